"""The words Attune shows for each GoEmotions label are pinned: changing one is a copy decision."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attune.perception import emotion_words as ew

SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
MODEL_DIR = Path(ew.__file__).with_name("model")

PINNED = {
    "annoyance": "irritated", "nervousness": "anxious", "disappointment": "let down", "sadness": "sad",
    "grief": "grief", "remorse": "regret", "fear": "scared", "anger": "angry", "joy": "happy",
}


def test_every_one_of_the_28_labels_has_a_plain_word() -> None:
    words = ew.all_words()
    assert len(ew.LABELS) == 28 and set(words) == set(ew.LABELS)
    assert all(words[label].word.strip() for label in ew.LABELS)


@pytest.mark.parametrize(("label", "word"), sorted(PINNED.items()))
def test_it_shows_the_agreed_plain_word(label: str, word: str) -> None:
    assert ew.word_for(label) == word


def test_plain_words_are_distinct() -> None:
    words = [ew.word_for(label) for label in ew.LABELS]
    assert len(set(words)) == len(words)


def test_every_emotion_offers_finer_words_and_neutral_offers_none() -> None:
    for label in ew.LABELS:
        assert bool(ew.finer_words(label)) == (label != "neutral"), label
    assert {"frustrated", "resentful", "furious"} <= set(ew.finer_words("anger"))
    assert {"dread", "panicky", "uneasy"} <= set(ew.finer_words("fear"))


def test_finer_words_do_not_repeat_the_plain_word() -> None:
    for label in ew.LABELS:
        assert ew.word_for(label) not in ew.finer_words(label), label


def test_every_label_belongs_to_exactly_one_ekman_group() -> None:
    members = ew.ekman_members()
    assert tuple(members) == ew.EKMAN_GROUPS
    flat = [label for group in members.values() for label in group]
    assert sorted(flat) == sorted(ew.LABELS)
    assert members["neutral"] == ("neutral",)


@pytest.mark.skipif(not (SHARED_DATA / "goemotions").exists(), reason="../shared/data not present")
def test_groups_match_goemotions_ekman_mapping_and_label_order() -> None:
    mapping = json.loads((SHARED_DATA / "goemotions" / "ekman_mapping.json").read_text())
    for group, labels in mapping.items():
        assert {ew.ekman_group(label) for label in labels} == {group}
    names = (SHARED_DATA / "goemotions" / "emotions.txt").read_text().split()
    assert tuple(names) == ew.LABELS


@pytest.mark.skipif(not (MODEL_DIR / "heads.json").exists(), reason="model artifact not installed")
def test_the_shipped_model_uses_the_same_labels_and_groups() -> None:
    heads = json.loads((MODEL_DIR / "heads.json").read_text())
    assert tuple(heads["labels"]) == ew.LABELS
    shipped = {g: set(m) for g, m in heads["ekman"]["groups"].items()}
    assert shipped == {g: set(m) for g, m in ew.ekman_members().items()}


def test_an_unknown_label_never_raises() -> None:
    assert ew.word_for("bewilderment") == "bewilderment"
    assert ew.finer_words("bewilderment") == ()
    assert ew.ekman_group("bewilderment") == "neutral"


def test_it_refuses_a_word_table_missing_a_label() -> None:
    table = {label: {"word": label, "group": "neutral"} for label in ew.LABELS[1:]}
    with pytest.raises(ValueError, match="admiration"):
        ew.parse_words({"labels": table})


def test_it_refuses_an_unknown_group() -> None:
    table = {label: {"word": label, "group": "neutral"} for label in ew.LABELS}
    table["anger"]["group"] = "rage"
    with pytest.raises(ValueError, match="anger"):
        ew.parse_words({"labels": table})
