"""The check-in vocabulary: the valence–energy grid's words and the body map."""

from __future__ import annotations

import pytest

from attune.domain import feelings
from attune.domain.reading import BODY_REGIONS, QUADRANTS


def test_it_offers_at_least_a_hundred_words_across_the_four_squares() -> None:
    assert [s.key for s in feelings.grid()] == list(QUADRANTS)
    assert feelings.word_count() >= 100
    assert all(len(s.words) >= feelings.MIN_WORDS_PER_QUADRANT for s in feelings.grid())


def test_each_word_belongs_to_one_square_only() -> None:
    words = [w for s in feelings.grid() for w in s.words]
    assert len(words) == len(set(words))
    assert feelings.square_of_word("tense") == "high_unpleasant"
    assert feelings.square_of_word("calm") == "low_pleasant"
    assert feelings.square_of_word("not a feeling word") is None


def test_the_body_map_has_exactly_the_shared_regions_in_order() -> None:
    assert tuple(r.key for r in feelings.body_map()) == BODY_REGIONS
    assert all(r.sensations for r in feelings.body_map())


def test_it_refuses_a_grid_with_a_missing_square() -> None:
    data: dict[str, object] = {"quadrant": {"high_pleasant": {}}}
    with pytest.raises(feelings.ContentError):
        feelings.parse_grid(data)


def test_it_refuses_a_word_in_two_squares() -> None:
    words = [f"w{i}" for i in range(25)]
    square = {"label": "x", "example": "x", "felt": "x", "common": words[:5], "more": words[5:]}
    with pytest.raises(feelings.ContentError, match="in both"):
        feelings.parse_grid({"quadrant": {key: square for key in QUADRANTS}})


def test_it_refuses_a_judging_word() -> None:
    regions = {key: {"label": key, "sensations": ["tight"]} for key in BODY_REGIONS}
    regions["legs_feet"] = {"label": "Legs", "sensations": ["weak"]}
    with pytest.raises(feelings.ContentError, match="legs_feet"):
        feelings.parse_body_map({"region": regions})
