"""One companion turn end to end, with stand-ins for perception and safety."""

from __future__ import annotations

import json
import random

import pytest

from attune.companion.turn import (
    PersonState,
    TurnResult,
    apply_feedback,
    follow_up_reply,
    record_practice,
    take_turn,
    with_chosen,
)
from attune.domain.reading import BodyCue, ChosenFeelings, RiskLevel
from attune.domain.window import WindowSigns
from tests.unit.test_companion_fakes import FixedAssessor, WordPerceiver, text_reading

PERCEIVER = WordPerceiver()


def turn(text: str, distress: int | None = 4, person: PersonState | None = None, seed: int = 0,
         chosen: ChosenFeelings | None = None, level: RiskLevel = "none") -> TurnResult:
    return take_turn(text, distress, person or PersonState(), PERCEIVER, FixedAssessor(level),
                     chosen=chosen, rng=random.Random(seed))


@pytest.mark.parametrize("level", ["low", "moderate", "high", "imminent"])
def test_any_risk_goes_to_the_crisis_pathway_with_no_companion_reply(level: RiskLevel) -> None:
    person = PersonState()
    result = turn("I can't do this anymore", 9, person, level=level)
    assert result.crisis and result.reply is None
    assert result.reading.risk.level == level
    assert result.person is person


def test_the_assessor_sees_the_text_and_the_earlier_messages() -> None:
    assessor = FixedAssessor()
    take_turn("and now this", 5, PersonState(), PERCEIVER, assessor, context=("earlier", "then"))
    assert assessor.calls == [("and now this", ("earlier", "then"))]


def test_an_ordinary_check_in_gets_a_reflection_and_a_body_question() -> None:
    result = turn("I'm sad about the weekend", 4)
    assert not result.crisis and result.reply is not None
    assert result.reply.moves == ("reflect", "ask_body")
    assert result.reading.zone == "within"
    assert "sad" in result.reply.text


def test_a_flooded_check_in_gets_a_body_first_practice_straight_away() -> None:
    result = turn("I'm furious, my heart is racing", 9)
    assert result.reading.zone == "hyper" and result.reply is not None
    assert result.reply.practice is not None and result.reply.practice.body_first
    assert result.reply.text.count("?") == 1


def test_the_persons_own_window_signs_place_them() -> None:
    signs = WindowSigns.from_text(hyper="clenched jaw, talking fast")
    person = PersonState(signs=signs)
    assert turn("my jaw is clenched and I'm talking fast", None, person).reading.zone == "hyper"
    assert turn("my jaw is clenched and I'm talking fast", None).reading.zone == "within"


def test_the_persons_chosen_words_lead_over_the_text() -> None:
    chosen = ChosenFeelings(words=("hurt", "lonely"))
    result = turn("I'm so angry at him", 5, chosen=chosen)
    assert result.reply is not None and result.reply.emotion == "hurt"
    assert "hurt" in result.reply.text and "lonely" in result.reply.text
    assert result.reading.text.emotions[0].word == "hurt"


def test_a_chosen_body_region_is_reflected_and_no_body_question_is_asked() -> None:
    chosen = ChosenFeelings(body=(BodyCue("stomach", "knot"),))
    result = turn("I'm anxious about tomorrow", 4, chosen=chosen)
    assert result.reply is not None and "a knot in your stomach" in result.reply.text
    assert "body" not in result.reply.asks


def test_a_chosen_quadrant_overrides_energy_the_text_got_wrong() -> None:
    reading = with_chosen(text_reading(("anger", 0.8, "angry"), valence=-0.7, arousal=0.9),
                          ChosenFeelings(quadrant="low_unpleasant"))
    assert reading.arousal == pytest.approx(0.2) and reading.valence == pytest.approx(-0.7)


def test_a_whole_conversation_reflects_then_offers_then_integrates_and_learns() -> None:
    first = turn("I'm sad, my chest is tight", 5)
    person = apply_feedback(first.person, fits=True)
    second = turn("yes, sad and tired", 5, person, seed=1)
    assert second.reply is not None and second.reply.moves == ("reflect", "offer_practice")
    practice = second.reply.practice
    assert practice is not None
    person = record_practice(second.person, practice.slug, second.reading.zone, 5, 2)
    person, reply = follow_up_reply(person, random.Random(2))
    assert reply is not None and reply.move == "integrate" and "5" in reply.text and "2" in reply.text
    assert person.learning.arms[f"within:{practice.slug}"].n == 1
    assert follow_up_reply(person)[1] is None


def test_that_didnt_fit_is_repaired_once_and_remembered() -> None:
    first = turn("I'm so angry", 5)
    assert first.reply is not None and first.reply.emotion == "angry"
    person = apply_feedback(first.person, fits=False, emotion="hurt")
    assert person.corrections.preferred("angry") == "hurt"
    person, repair = follow_up_reply(person, random.Random(1))
    assert repair is not None and "angry" in repair.text and "hurt" in repair.text
    later = turn("angry again today", 5, person, seed=3)
    assert later.reply is not None and "repair" not in later.reply.moves
    assert later.reply.emotion == "hurt"


def test_a_pending_repair_opens_the_next_reply_when_there_was_no_follow_up() -> None:
    first = turn("I'm so angry", 5)
    person = apply_feedback(first.person, fits=False, emotion="hurt")
    nxt = turn("it's more that he let me down", 5, person, seed=4)
    assert nxt.reply is not None and nxt.reply.moves[0] == "repair"
    assert nxt.reply.sentence_keys[0].startswith("repair_named.")


def test_consecutive_replies_never_share_a_sentence() -> None:
    person = PersonState()
    for seed in range(25):
        result = turn("I'm anxious and scared", 6, person, seed=seed)
        assert result.reply is not None
        assert not set(result.reply.sentence_keys) & set(person.last_sentence_keys)
        person = result.person


def test_the_baseline_learns_from_each_check_in() -> None:
    result = turn("I'm furious", 7)
    assert result.person.baseline.n == 1 and result.person.baseline.n_distress == 1


def test_record_practice_refuses_distress_outside_zero_to_ten() -> None:
    with pytest.raises(ValueError):
        record_practice(PersonState(), "cold-water", "hyper", 11, 3)


def test_a_practice_done_from_the_library_is_still_learned_and_integrated() -> None:
    person = record_practice(PersonState(), "orienting", "hypo", 6, 4)
    assert person.learning.arms["hypo:orienting"].n == 1
    assert follow_up_reply(person)[1] is not None


def test_person_state_survives_json_without_free_text() -> None:
    first = turn("I'm so angry", 5)
    person = apply_feedback(record_practice(first.person, "cold-water", "hyper", 8, 5), False, "hurt")
    signs = WindowSigns.from_text(hyper="clenched jaw")
    stored = json.loads(json.dumps(person.to_dict()))
    assert "clenched" not in json.dumps(stored)
    again = PersonState.from_dict(stored, signs=signs)
    assert again == PersonState(**{**person.__dict__, "signs": signs})
    assert PersonState.from_dict({}) == PersonState()


def test_turn_result_json_carries_the_reading_and_the_reply() -> None:
    data = turn("I'm furious, my heart is racing", 9).to_json()
    assert data["crisis"] is False and data["reading"]["zone"] == "hyper"
    assert data["reply"]["practice"]["slug"]
    assert turn("x", 9, level="high").to_json()["reply"] is None
