"""The policy's next move: reflect first, co-regulate outside the window, repair after a miss."""

from __future__ import annotations

import random

from attune.domain.learning import LearningState, record
from attune.domain.policy import Plan, TurnNote, decide, follow_up
from attune.domain.reading import BodyCue, Reading, Risk, TextReading, Zone
from tests.unit.test_companion_fakes import text_reading

SAD = text_reading(("sadness", 0.8, "sad"))
SAD_WITH_BODY = text_reading(("sadness", 0.8, "sad"), cues=[BodyCue("chest", "tight")])


def plan(text: TextReading, zone: Zone, distress: int | None = None, history: tuple[TurnNote, ...] = (),
         learning: LearningState | None = None, seed: int = 0) -> Plan:
    reading = Reading(text, Risk(), zone, distress)
    return decide(reading, history, learning or LearningState(), random.Random(seed))


def test_every_plan_reflects_before_anything_else() -> None:
    for zone in ("hyper", "within", "hypo"):
        for distress in (None, 3, 6, 9):
            assert plan(SAD, zone, distress).moves[0] == "reflect"


def test_within_the_window_the_first_turn_reflects_and_asks_about_the_body() -> None:
    first = plan(SAD, "within", 4)
    assert first.moves == ("reflect", "ask_body")
    assert first.practice is None


def test_it_does_not_ask_about_the_body_when_the_text_names_a_sensation() -> None:
    assert plan(SAD_WITH_BODY, "within", 4).moves == ("reflect",)


def test_it_does_not_ask_about_the_body_twice_in_a_row() -> None:
    asked = TurnNote(("reflect", "ask_body"), "within", "sad")
    assert "ask_body" not in plan(SAD, "within", 4, (asked,)).moves


def test_above_the_window_a_body_first_practice_comes_in_the_same_reply() -> None:
    for seed in range(20):
        flooded = plan(SAD, "hyper", 9, seed=seed)
        assert flooded.moves == ("reflect", "offer_practice")
        assert flooded.practice is not None and flooded.practice.body_first
        assert flooded.lid_flipped


def test_below_the_window_the_first_offer_is_gently_activating() -> None:
    for seed in range(20):
        low = plan(SAD, "hypo", 4, seed=seed)
        assert low.practice is not None and low.practice.body_first and "hypo" in low.practice.zones


def test_within_the_window_a_practice_waits_until_the_reflection_has_landed() -> None:
    landed = TurnNote(("reflect", "ask_body"), "within", "sad", fits=True)
    nxt = plan(SAD_WITH_BODY, "within", 4, (landed,))
    assert nxt.moves == ("reflect", "offer_practice") and nxt.practice is not None


def test_thinking_tools_are_offered_once_distress_has_come_down_three_points() -> None:
    peak = TurnNote(("reflect", "offer_practice"), "hyper", "angry", "cold-water", distress=9,
                    practice_before=9, practice_after=6)
    kinds = {plan(SAD, "hyper", 6, (peak,), seed=s).practice.kind for s in range(60)}  # type: ignore[union-attr]
    assert kinds & {"cognitive", "reflective", "labelling", "compassion"}


def test_while_still_flooded_no_thinking_tool_is_offered_even_later_on() -> None:
    earlier = TurnNote(("reflect", "offer_practice"), "hyper", "angry", "cold-water", distress=9)
    for seed in range(40):
        again = plan(SAD, "hyper", 8, (earlier,), seed=seed)
        assert again.practice is not None and again.practice.body_first


def test_the_practice_not_taken_up_last_turn_is_not_offered_again_straight_away() -> None:
    offered = TurnNote(("reflect", "offer_practice"), "hyper", "angry", "cold-water", distress=9)
    assert all(plan(SAD, "hyper", 9, (offered,), seed=s).practice.slug != "cold-water"  # type: ignore[union-attr]
               for s in range(30))


def test_learning_steers_the_choice_towards_what_helped_this_person() -> None:
    learning = LearningState()
    for _ in range(8):
        learning = record(learning, "hyper", "butterfly-hug", 9, 3)
    for slug in ("slow-breathing", "cyclic-sighing", "box-breathing", "cold-water", "grounding-54321",
                 "orienting", "burst-of-movement", "paired-muscle-relaxation", "paced-breathing"):
        learning = record(record(learning, "hyper", slug, 9, 9), "hyper", slug, 9, 8)
    chosen = [plan(SAD, "hyper", 9, learning=learning, seed=s).practice.slug for s in range(20)]  # type: ignore[union-attr]
    assert chosen.count("butterfly-hug") >= 16


def test_after_that_didnt_fit_the_next_reply_repairs_first() -> None:
    missed = TurnNote(("reflect", "ask_body"), "within", "angry", fits=False, corrected_to="hurt")
    repaired = plan(SAD, "within", 4, (missed,))
    assert repaired.moves[:2] == ("repair", "reflect")
    assert repaired.move == "repair" and repaired.about == missed


def test_after_a_practice_the_next_reply_integrates() -> None:
    done = TurnNote(("reflect", "offer_practice"), "hyper", "angry", "cold-water", distress=8,
                    practice_before=8, practice_after=5)
    moves = plan(SAD, "within", 5, (done,)).moves
    assert moves[0] == "reflect" and "integrate" in moves


def test_a_follow_up_to_feedback_alone_repairs_or_integrates() -> None:
    missed = TurnNote(("reflect",), "within", "angry", fits=False)
    done = TurnNote(("reflect", "offer_practice"), "hyper", "angry", "cold-water", practice_before=8,
                    practice_after=5)
    assert follow_up((missed,)) == Plan(("repair",), "within", about=missed)
    assert follow_up((done,)).moves == ("integrate",)  # type: ignore[union-attr]
    assert follow_up(()) is None
    assert follow_up((TurnNote(("reflect",), fits=True),)) is None


def test_turn_notes_survive_a_round_trip_through_a_dict() -> None:
    note = TurnNote(("reflect", "offer_practice"), "hyper", "angry", "cold-water", 9, True, None, 9, 5)
    assert TurnNote.from_dict(note.to_dict()) == note


def test_a_turn_note_from_a_newer_version_still_loads() -> None:
    data = {**TurnNote(("reflect",), "hypo", "sad").to_dict(), "added_later": 1}
    assert TurnNote.from_dict(data) == TurnNote(("reflect",), "hypo", "sad")
