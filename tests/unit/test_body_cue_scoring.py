"""Scoring body cues: micro precision and recall over (sentence, region) pairs."""

from __future__ import annotations

import pytest

from attune.perception.body_cue_scoring import errors, score_body_cues

GOLD = [
    {"id": "a", "text": "chest tight, heart racing", "regions": ["chest", "heart"]},
    {"id": "b", "text": "no headache today", "regions": []},
    {"id": "c", "text": "my hands are shaking", "regions": ["arms_hands"]},
]


def test_it_counts_each_sentence_region_pair_once() -> None:
    predicted = [
        {"id": "a", "regions": ["chest"]},
        {"id": "b", "regions": ["head"]},
        {"id": "c", "regions": ["arms_hands"]},
    ]
    result = score_body_cues(GOLD, predicted)
    assert (result["tp"], result["fp"], result["fn"]) == (2, 1, 1)
    assert result["n"] == 3
    assert result["precision"] == pytest.approx(2 / 3)
    assert result["recall"] == pytest.approx(2 / 3)
    assert result["f1"] == pytest.approx(2 / 3)


def test_a_perfect_prediction_scores_one() -> None:
    predicted = [{"id": row["id"], "regions": row["regions"]} for row in GOLD]
    assert score_body_cues(GOLD, predicted)["f1"] == 1.0


def test_predictions_are_matched_by_id_not_order() -> None:
    predicted = [{"id": row["id"], "regions": row["regions"]} for row in reversed(GOLD)]
    assert score_body_cues(GOLD, predicted)["f1"] == 1.0


def test_a_missing_prediction_counts_as_nothing_found() -> None:
    result = score_body_cues(GOLD, [{"id": "a", "regions": ["chest", "heart"]}])
    assert (result["precision"], result["recall"]) == (1.0, pytest.approx(2 / 3))


def test_nothing_to_find_and_nothing_found_is_not_an_error() -> None:
    result = score_body_cues([{"id": "x", "regions": []}], [{"id": "x", "regions": []}])
    assert (result["precision"], result["recall"], result["f1"]) == (1.0, 1.0, 1.0)


def test_finding_nothing_when_something_was_there_scores_zero() -> None:
    result = score_body_cues(GOLD, [])
    assert (result["precision"], result["recall"], result["f1"]) == (0.0, 0.0, 0.0)


def test_errors_lists_what_was_missed_and_added() -> None:
    wrong = errors(GOLD, [{"id": "a", "regions": ["chest", "eyes"]}, {"id": "b", "regions": []},
                          {"id": "c", "regions": ["arms_hands"]}])
    assert wrong == [{"id": "a", "text": "chest tight, heart racing", "missed": ["heart"], "added": ["eyes"]}]
