"""From what the check-in form posted to the `chosen` dict, and from `chosen` to the check-in text."""

from __future__ import annotations

import pytest

from attune.web.checkin_form import MAX_WORDS, chosen_from_form, chosen_to_keep, parse_distress, text_for


def test_nothing_chosen_is_none() -> None:
    assert chosen_from_form("", [], [], {}) is None


def test_it_keeps_only_words_of_the_chosen_square() -> None:
    chosen = chosen_from_form("high_unpleasant", ["tense", "calm", "tense", "<script>"], [], {})
    assert chosen == {"quadrant": "high_unpleasant", "words": ["tense"], "body": [], "sift": {}}


def test_a_word_without_a_square_places_the_square() -> None:
    chosen = chosen_from_form("", ["sad"], [], {})
    assert chosen is not None and chosen["quadrant"] == "low_unpleasant"


def test_it_caps_the_number_of_words() -> None:
    many = ["tense", "worried", "anxious", "stressed", "overwhelmed", "irritated", "angry", "scared"]
    chosen = chosen_from_form("high_unpleasant", many, [], {})
    assert chosen is not None and len(chosen["words"]) == MAX_WORDS


def test_body_choices_keep_known_region_and_sensation_pairs() -> None:
    chosen = chosen_from_form("", [], ["chest", "chest:tight", "jaw:exploding", "elbow:tight", "throat"], {})
    assert chosen is not None
    assert chosen["body"] == [{"region": "chest", "sensation": "tight"}, {"region": "throat", "sensation": ""}]


def test_chosen_words_stand_in_for_text_when_none_was_written() -> None:
    assert text_for("", {"words": ["tense", "worried"]}) == "I feel tense and worried."
    assert text_for("", {"words": ["tense", "worried", "tired"]}) == "I feel tense, worried and tired."
    assert text_for("  My own words ", {"words": ["tense"]}) == "My own words"


def test_a_square_alone_is_enough_to_check_in() -> None:
    assert text_for("", {"quadrant": "low_pleasant", "words": []}) == "I feel calm and steady."


def test_the_body_alone_is_enough_to_check_in() -> None:
    body = [{"region": "chest", "sensation": "tight"}, {"region": "throat", "sensation": ""}]
    assert text_for("", {"body": body}) == "I notice something in my body: chest tight, throat."


def test_nothing_at_all_leaves_the_text_for_validation_to_refuse() -> None:
    assert text_for("   ", None) == "   "


def test_sift_answers_go_into_the_encrypted_text_not_the_plain_choices() -> None:
    chosen = {"quadrant": None, "words": ["calm"], "body": [], "sift": {"images": "a quiet lake", "thoughts": "enough"}}
    assert text_for("", chosen) == "I feel calm.\n\nImages: a quiet lake\nThoughts: enough"
    kept = chosen_to_keep(chosen)
    assert kept == {"quadrant": None, "words": ["calm"], "body": [], "sift": ["images", "thoughts"]}
    assert "quiet lake" not in str(kept)


@pytest.mark.parametrize("raw, value", [("", None), ("0", 0), ("10", 10)])
def test_distress_reads_zero_to_ten(raw: str, value: int | None) -> None:
    assert parse_distress(raw) == value


@pytest.mark.parametrize("raw", ["11", "-1", "six"])
def test_distress_refuses_anything_else(raw: str) -> None:
    with pytest.raises(ValueError):
        parse_distress(raw)
