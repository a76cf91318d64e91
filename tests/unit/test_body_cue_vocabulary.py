"""The body-cue vocabulary file: every region real, every pairing defined, refused loudly if not."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest

from attune.domain.reading import BODY_REGIONS
from attune.perception.body_cue_vocabulary import VOCABULARY_FILE, parse_vocabulary, vocabulary


def shipped() -> dict[str, Any]:
    with VOCABULARY_FILE.open("rb") as fh:
        return tomllib.load(fh)


def test_the_shipped_vocabulary_loads() -> None:
    vocab = vocabulary()
    assert set(vocab.region_patterns) == set(BODY_REGIONS)
    assert {cue.region for cue in vocab.cues} <= set(BODY_REGIONS)


def test_every_region_can_feel_at_least_one_sensation() -> None:
    assert all(vocabulary().allowed[region] for region in BODY_REGIONS)


def test_a_cue_in_an_unknown_region_is_refused() -> None:
    data = shipped()
    data["cues"][0]["region"] = "elbow"
    with pytest.raises(ValueError, match="elbow"):
        parse_vocabulary(data)


def test_an_undefined_sensation_group_is_refused() -> None:
    data = shipped()
    data["allowed"]["chest"] = [*data["allowed"]["chest"], "sparkly"]
    with pytest.raises(ValueError, match="sparkly"):
        parse_vocabulary(data)


def test_a_missing_region_is_refused() -> None:
    data = shipped()
    del data["regions"]["jaw"]
    with pytest.raises(ValueError, match="regions"):
        parse_vocabulary(data)


def test_a_missing_grammar_word_list_is_refused() -> None:
    data = shipped()
    del data["grammar"]["negators"]
    with pytest.raises(ValueError, match="negators"):
        parse_vocabulary(data)
