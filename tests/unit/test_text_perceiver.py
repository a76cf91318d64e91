"""TextPerceiver reads anything without crashing, and says when its reading should not be trusted.

These run the shipped ONNX artifact (no torch). The checks of what the model says (joy reads as
joy, valence has the right sign) are skipped for a smoke build, i.e. an artifact whose dev
macro-F1 in manifest.json is below 0.3.
"""

from __future__ import annotations

import json
import math
import sys
import time

import pytest

from attune.domain.reading import BodyCue, TextReading
from attune.perception.emotion_words import ekman_group
from attune.perception.encoder import MODEL_DIR
from attune.perception.reader import TextPerceiver, default_body_cue_finder, load_perceiver, model_available

pytestmark = pytest.mark.skipif(not model_available(), reason="perception model artifact not installed")


def _is_smoke_build() -> bool:
    try:
        dev = json.loads((MODEL_DIR / "manifest.json").read_text())["dev"]
    except (OSError, KeyError, ValueError):
        return True
    return float(dev["macro_f1"]) < 0.3


needs_trained_model = pytest.mark.skipif(_is_smoke_build(), reason="artifact is a smoke build")

JOYFUL = "I'm so happy today, we got the flat and I can't stop smiling!"
MISERABLE = "I feel awful and hopeless, everything went wrong and I can't stop crying."
SCARED = "I'm terrified, my hands are shaking and I think something terrible is about to happen."


@pytest.fixture(scope="module")
def perceiver() -> TextPerceiver:
    return load_perceiver()


def assert_well_formed(reading: TextReading) -> None:
    assert -1.0 <= reading.valence <= 1.0
    assert 0.0 <= reading.arousal <= 1.0
    assert 0.0 <= reading.confidence <= 1.0
    assert len(reading.embedding) == 384 and all(math.isfinite(x) for x in reading.embedding)
    scores = [e.score for e in reading.emotions]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert all(e.word for e in reading.emotions)


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_empty_text_gives_a_reading_with_no_confidence(perceiver: TextPerceiver, text: str) -> None:
    reading = perceiver.read(text)
    assert_well_formed(reading)
    assert reading.confidence < 0.4


@pytest.mark.parametrize("text", ["😭😭😭", "🙂", "💔🥲", "..."])
def test_emoji_only_text_has_low_confidence(perceiver: TextPerceiver, text: str) -> None:
    reading = perceiver.read(text)
    assert_well_formed(reading)
    assert reading.confidence < 0.4


@pytest.mark.parametrize("text", ["ok", "meh", "tired"])
def test_very_short_text_has_low_confidence(perceiver: TextPerceiver, text: str) -> None:
    assert perceiver.read(text).confidence < 0.4


@pytest.mark.parametrize(
    "text",
    ["Estoy muy triste hoy y no sé qué hacer", "Je suis tellement fatigué, je ne sais pas quoi faire",
     "Ich bin heute sehr müde und traurig", "mujhe aaj bahut dukh ho raha hai yaar", "मैं आज बहुत दुखी हूँ"],
)
def test_non_english_text_has_low_confidence(perceiver: TextPerceiver, text: str) -> None:
    reading = perceiver.read(text)
    assert_well_formed(reading)
    assert reading.confidence < 0.4
    assert reading.language != "en"


def test_a_very_long_text_is_read_quickly(perceiver: TextPerceiver) -> None:
    text = "I keep thinking about it and my chest feels tight. " * 1000  # ~50k characters
    start = time.perf_counter()
    reading = perceiver.read(text)
    assert time.perf_counter() - start < 2.0
    assert_well_formed(reading)


@pytest.mark.parametrize(
    "text",
    ["\x00\x01\x02 hello \x7f", "bad surrogate \ud800 here", "\u200b\u200b", "a" * 50_000,
     "🙂" * 20_000, "\u202eright to left override", "<script>alert(1)</script>", "\r\n" * 1000],
)
def test_it_never_crashes_on_odd_input(perceiver: TextPerceiver, text: str) -> None:
    assert_well_formed(perceiver.read(text))


def test_ordinary_english_is_read_with_confidence(perceiver: TextPerceiver) -> None:
    reading = perceiver.read(MISERABLE)
    assert_well_formed(reading)
    assert reading.language == "en"
    assert reading.confidence >= 0.5


def test_read_many_keeps_order_and_matches_read(perceiver: TextPerceiver) -> None:
    texts = [JOYFUL, "", MISERABLE, "ok", SCARED] * 9  # more than one internal batch
    many = perceiver.read_many(texts)
    assert len(many) == len(texts)
    single = perceiver.read(MISERABLE)
    assert many[2].confidence == pytest.approx(single.confidence, abs=0.1)
    assert many[2].valence == pytest.approx(single.valence, abs=0.1)
    assert perceiver.read_many([]) == []


def test_it_does_not_import_torch(perceiver: TextPerceiver) -> None:
    perceiver.read("hello there")
    assert "torch" not in sys.modules


def test_a_failing_body_cue_finder_does_not_cost_the_reading() -> None:
    def broken(text: str) -> tuple[BodyCue, ...]:
        raise RuntimeError("boom")

    reading = TextPerceiver(body_cues=broken).read("my chest is tight")
    assert reading.body_cues == ()


def test_body_cues_come_from_the_finder() -> None:
    cue = BodyCue("chest", "tight", "chest is tight")
    reading = TextPerceiver(body_cues=lambda text: (cue,)).read("my chest is tight")
    assert reading.body_cues == (cue,)


def test_without_a_body_cue_module_there_are_no_cues(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "attune.perception.body_cues", None)
    assert default_body_cue_finder()("my chest is tight") == ()


@needs_trained_model
def test_a_clearly_joyful_sentence_reads_as_joy(perceiver: TextPerceiver) -> None:
    encoded = perceiver.encoder.encode([JOYFUL])
    groups = perceiver.encoder.ekman_groups
    assert groups[int(encoded.ekman_scores[0].argmax())] == "joy"
    top = perceiver.read(JOYFUL).top_emotion()
    assert top is not None and ekman_group(top.label) == "joy"


@needs_trained_model
def test_a_frightened_sentence_reads_as_fear(perceiver: TextPerceiver) -> None:
    encoded = perceiver.encoder.encode([SCARED])
    assert perceiver.encoder.ekman_groups[int(encoded.ekman_scores[0].argmax())] == "fear"


@needs_trained_model
def test_valence_has_a_sensible_sign(perceiver: TextPerceiver) -> None:
    joyful, miserable = perceiver.read_many([JOYFUL, MISERABLE])
    assert joyful.valence > 0 > miserable.valence


@needs_trained_model
def test_panic_is_more_aroused_than_tiredness(perceiver: TextPerceiver) -> None:
    panic, flat = perceiver.read_many([SCARED, "I'm so tired and flat, I just want to lie in bed all day."])
    assert panic.arousal > flat.arousal
