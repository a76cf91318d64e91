"""The composer's words: tentative, validating, varied, remembering, and slower above the window."""

from __future__ import annotations

import random
import re

import pytest

from attune.domain.composer import (
    PhrasingDataError,
    Reply,
    compose,
    cue_phrase,
    load_phrasing,
    memory_from,
    parse_phrasing,
)
from attune.domain.learning import LearningState, record
from attune.domain.person import CheckinMemory, CorrectionMemory, PersonState
from attune.domain.policy import Plan, TurnNote, decide
from attune.domain.practices import load_catalogue
from attune.domain.reading import BodyCue, Reading, Risk, TextReading, Zone
from tests.unit.test_companion_fakes import text_reading

PHRASING = load_phrasing()
FRUSTRATED = text_reading(("annoyance", 0.7, "frustrated"), ("disappointment", 0.5, "let down"))
CHEST = BodyCue("chest", "tight", "my chest is tight")


def reply_for(text: TextReading, zone: Zone = "within", distress: int | None = 4, person: PersonState | None = None,
              history: tuple[TurnNote, ...] = (), seed: int = 0) -> Reply:
    person = person or PersonState()
    reading = Reading(text, Risk(), zone, distress)
    plan = decide(reading, history, person.learning, random.Random(seed))
    return compose(plan, reading, person, random.Random(seed))


def sentences(reply: Reply) -> list[str]:
    return re.findall(r"[^.?!]+[.?!]", reply.text)


def test_it_mirrors_the_feeling_with_a_finer_word_validates_and_asks_if_it_fits() -> None:
    reply = reply_for(FRUSTRATED)
    assert "frustrated" in reply.text and "let down" in reply.text
    assert reply.sentence_keys[0].startswith("reflect_finer.")
    assert any(k.startswith("validate_") for k in reply.sentence_keys)
    assert any(k.startswith("check_fit.") for k in reply.sentence_keys)
    assert "fits" in reply.asks


def test_the_reflection_is_tentative() -> None:
    for seed in range(12):
        first = sentences(reply_for(FRUSTRATED, seed=seed))[0].lower()
        assert re.search(r"sounds like|wondering|seems like|sense|might|maybe|perhaps", first)


def test_a_finer_word_comes_from_the_table_when_perception_gives_one_emotion() -> None:
    reply = reply_for(text_reading(("anger", 0.8, "angry")))
    assert any(w in reply.text for w in PHRASING.finer["angry"])


def test_a_goemotions_label_is_turned_into_a_plain_word() -> None:
    reply = reply_for(text_reading(("nervousness", 0.8, "nervousness")))
    assert "anxious" in reply.text and "nervousness" not in reply.text


def test_a_struggling_person_is_not_told_they_sound_admiring_or_curious() -> None:
    odd = text_reading(("admiration", 0.6, "admiring"), ("sadness", 0.4, "sad"), valence=-0.6)
    reply = reply_for(odd, distress=7)
    assert "admiring" not in reply.text and "sad" in reply.text


def test_when_no_body_sensation_is_named_it_asks_about_the_body_and_offers_the_body_map() -> None:
    reply = reply_for(FRUSTRATED)
    assert "body" in reply.asks
    assert "body map" in reply.text.lower()


def test_a_named_body_cue_is_reflected_back_in_plain_words() -> None:
    reply = reply_for(text_reading(("fear", 0.8, "scared"), cues=[CHEST]))
    assert "tightness in your chest" in reply.text
    assert "body" not in reply.asks


def test_it_refers_back_to_an_earlier_check_in_with_the_same_body_cue() -> None:
    memory = CheckinMemory("anxious", memory_from("anxious", [CHEST]).body, "before a meeting")
    person = PersonState(memories=(memory,))
    reply = reply_for(text_reading(("nervousness", 0.8, "anxious"), cues=[CHEST]), person=person)
    assert "tightness in your chest before a meeting" in reply.text
    assert "last time" in reply.text.lower()


def test_it_refers_back_to_the_same_feeling_when_no_body_cue_is_shared() -> None:
    person = PersonState(memories=(CheckinMemory("sad"),))
    reply = reply_for(text_reading(("sadness", 0.8, "sad")), person=person)
    assert any(k.startswith("memory_emotion.") for k in reply.sentence_keys)


def test_above_the_window_sentences_are_short_and_there_is_one_question() -> None:
    for seed in range(15):
        hot = reply_for(text_reading(("anger", 0.9, "angry")), zone="hyper", distress=9, seed=seed)
        calm = reply_for(text_reading(("anger", 0.9, "angry")), zone="within", distress=4, seed=seed)
        assert hot.text.count("?") == 1
        reflective = [s for k, s in zip(hot.sentence_keys, sentences(hot), strict=False)
                      if not k.startswith("practice.")]
        assert max(len(s.split()) for s in reflective) <= 10
        assert len(sentences(hot)[0].split()) < len(sentences(calm)[0].split()) + 2


def test_the_practice_is_offered_only_after_the_reflection() -> None:
    reply = reply_for(text_reading(("fear", 0.9, "scared")), zone="hyper", distress=9)
    keys = reply.sentence_keys
    first_offer = next(i for i, k in enumerate(keys) if k.startswith(("offer_", "practice.", "settle_")))
    assert keys[0].startswith("reflect") and first_offer > 0
    assert reply.practice is not None and reply.practice.summary in reply.text
    assert "practice" in reply.asks


def test_a_practice_that_helped_before_is_introduced_as_such() -> None:
    learning = LearningState()
    for _ in range(3):
        learning = record(learning, "hyper", "cold-water", 9, 4)
    person = PersonState(learning=learning)
    plan = Plan(("reflect", "offer_practice"), "hyper", load_catalogue()["cold-water"], True)
    reading = Reading(text_reading(("fear", 0.9, "scared")), Risk(), "hyper", 9)
    texts = [compose(plan, reading, person, random.Random(s)).sentence_keys for s in range(10)]
    assert all(any(k.startswith("helped_before.") for k in keys) for keys in texts)


def test_it_never_repeats_a_sentence_from_the_persons_previous_reply() -> None:
    person = PersonState()
    for seed in range(40):
        reply = reply_for(FRUSTRATED, person=person, seed=seed)
        assert not set(reply.sentence_keys) & set(person.last_sentence_keys)
        person = PersonState(last_sentence_keys=reply.sentence_keys)


def test_repair_acknowledges_the_correction_and_says_sorry() -> None:
    missed = TurnNote(("reflect",), "within", "angry", fits=False, corrected_to="hurt")
    reply = compose(Plan(("repair",), "within", about=missed), None, PersonState(), random.Random(1))
    assert "angry" in reply.text and "hurt" in reply.text and "sorry" in reply.text.lower()
    assert reply.move == "repair" and reply.text.endswith("?")


def test_repair_without_a_new_word_asks_to_hear_more() -> None:
    missed = TurnNote(("reflect",), "within", "angry", fits=False)
    reply = compose(Plan(("repair",), "within", about=missed), None, PersonState(), random.Random(2))
    assert reply.sentence_keys[0].startswith("repair_unnamed.") and reply.text.endswith("?")


def test_remembered_corrections_change_the_word_named_next_time() -> None:
    corrections = CorrectionMemory().correct("angry", "hurt")
    reply = reply_for(text_reading(("anger", 0.8, "angry")), person=PersonState(corrections=corrections))
    assert "hurt" in reply.text and "angry" not in reply.text
    assert reply.emotion == "hurt"


def test_a_confirmed_word_outweighs_a_single_old_correction() -> None:
    corrections = CorrectionMemory().correct("angry", "hurt").confirm("angry").confirm("angry")
    assert corrections.preferred("angry") == "angry"


def test_integration_names_the_change_in_distress() -> None:
    done = TurnNote(("reflect", "offer_practice"), "hyper", "angry", "cold-water", practice_before=8,
                    practice_after=5)
    reply = compose(Plan(("integrate",), "hyper", about=done), None, PersonState(), random.Random(0))
    assert "8" in reply.text and "5" in reply.text


def test_unclear_text_is_not_asked_did_i_get_that_right() -> None:
    flat = text_reading(("neutral", 0.9, ""), valence=0.0)
    reply = reply_for(flat)
    assert any(k.startswith("ask_feeling.") for k in reply.sentence_keys)
    assert not any(k.startswith("check_fit.") for k in reply.sentence_keys)


def test_reply_json_has_the_api_shape() -> None:
    data = reply_for(text_reading(("fear", 0.9, "scared")), zone="hyper", distress=9).to_json()
    assert {"text", "move", "moves", "practice", "asks", "sentence_keys", "emotion"} <= data.keys()
    assert data["move"] == "offer_practice"
    assert {"slug", "name", "steps", "source", "timing"} <= data["practice"].keys()


def test_body_cues_read_naturally() -> None:
    assert cue_phrase("heart", "racing", PHRASING) == "your heart racing"
    assert cue_phrase("stomach", "knot", PHRASING) == "a knot in your stomach"
    assert cue_phrase("neck_shoulders", "tense", PHRASING) == "tension in your neck and shoulders"
    assert cue_phrase("legs_feet", "wobbly", PHRASING) == "a feeling in your legs and feet"


def test_every_main_slot_has_at_least_three_variants() -> None:
    for slot, variants in PHRASING.slots.items():
        assert len(variants) >= 3, slot


RAW = """
[slots.reflect]
a = "It sounds like you might be feeling {word}."
b = "I'm wondering if you're feeling {word}."
"""


@pytest.mark.parametrize(("toml_text", "message"), [
    ("[slots]\n[words]\nx='y'\n[finer]\n[regions]\n[sensations]\n", "slots"),
    (RAW, "[words]"),
])
def test_malformed_phrasing_fails_loudly(toml_text: str, message: str) -> None:
    with pytest.raises(PhrasingDataError, match=re.escape(message)):
        parse_phrasing(toml_text)


def _packaged_toml() -> str:
    from importlib import resources

    return resources.files("attune.content").joinpath("phrasing.toml").read_text(encoding="utf-8")


def test_a_variant_with_the_wrong_placeholder_is_refused() -> None:
    broken = _packaged_toml().replace('a = "It sounds like you might be feeling {word}."',
                                      'a = "It sounds like you might be feeling {feeling}."')
    with pytest.raises(PhrasingDataError, match=r"reflect\.a uses \['feeling'\]"):
        parse_phrasing(broken)


def test_a_judgemental_variant_is_refused_at_load() -> None:
    broken = _packaged_toml().replace('a = "That makes sense."', 'a = "You should calm down."')
    with pytest.raises(PhrasingDataError, match="calm down"):
        parse_phrasing(broken)
