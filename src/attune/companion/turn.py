"""One turn of the companion: perception, the safety gate, the window, the policy and the words.

Safety comes first: a turn with any risk (even low) returns no companion reply at all, so the
crisis response is never mixed with coaching. What the person picked themselves (grid quadrant,
emotion words, body map) leads where it differs from the text reading: Attune offers, the
person decides. Every function here is pure: it returns the person's updated state for the
caller to save.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from attune.domain import learning
from attune.domain.composer import Reply, compose, load_phrasing
from attune.domain.person import PersonState
from attune.domain.policy import Plan, TurnNote, decide, follow_up, mark_followed_up
from attune.domain.ports import Perceiver, RiskAssessor
from attune.domain.reading import BodyCue, ChosenFeelings, EmotionScore, Quadrant, Reading, TextReading, Zone
from attune.domain.window import MIN_CONFIDENCE, zone_for

__all__ = [
    "PersonState", "TurnResult", "apply_feedback", "follow_up_reply", "record_practice", "take_turn",
    "with_chosen",
]

# Where a chosen grid cell puts valence and arousal when the text reading disagrees with it.
QUADRANT_POINTS: dict[Quadrant, tuple[float, float]] = {
    "high_unpleasant": (-0.6, 0.8), "high_pleasant": (0.6, 0.8),
    "low_unpleasant": (-0.6, 0.2), "low_pleasant": (0.6, 0.2),
}


@dataclass(frozen=True)
class TurnResult:
    reading: Reading
    reply: Reply | None  # None on a crisis turn: the safety response answers instead
    crisis: bool
    person: PersonState  # the state to save; unchanged on a crisis turn
    plan: Plan | None = None

    def to_json(self) -> dict[str, Any]:
        return {"reading": self.reading.to_json(), "reply": self.reply.to_json() if self.reply else None,
                "crisis": self.crisis}


def take_turn(
    text: str,
    distress: int | None,
    person: PersonState,
    perceiver: Perceiver,
    assessor: RiskAssessor,
    context: Sequence[str] = (),
    chosen: ChosenFeelings | None = None,
    rng: random.Random | None = None,
) -> TurnResult:
    """Answer one check-in, or hand it to the crisis pathway when there is any risk."""
    rng = rng or random.Random()
    perceived = perceiver.read(text)
    risk = assessor.assess(text, context, perceived)
    seen = with_chosen(perceived, chosen)
    zone = zone_for(seen, distress, person.baseline, person.signs, text=text)
    reading = Reading(seen, risk, zone, distress)
    if risk.needs_crisis_pathway or risk.level == "low":
        return TurnResult(reading, None, True, person)
    plan = decide(reading, person.conversation, person.learning, rng, opted_in=person.opted_in)
    reply = compose(plan, reading, person, rng)
    return TurnResult(reading, reply, False, _after_turn(person, reading, plan, reply), plan)


def _after_turn(person: PersonState, reading: Reading, plan: Plan, reply: Reply) -> PersonState:
    history = mark_followed_up(person.conversation) if plan.about else person.conversation
    slug = plan.practice.slug if plan.practice else None
    note = TurnNote(plan.moves, reading.zone, reply.emotion, slug, reading.distress)
    baseline = person.baseline
    if reading.text.confidence >= MIN_CONFIDENCE:
        baseline = baseline.updated(reading.text.arousal, reading.distress)
    updated = replace(person, conversation=history, baseline=baseline, last_sentence_keys=reply.sentence_keys)
    return updated.with_note(note)


def apply_feedback(person: PersonState, fits: bool, emotion: str | None = None) -> PersonState:
    """The person's answer to "did I get that right?", with their own word when it didn't fit."""
    if not person.conversation:
        return person
    last = person.conversation[-1]
    corrections = person.corrections
    if fits and last.emotion:
        corrections = corrections.confirm(last.emotion)
    if not fits and last.emotion and emotion and emotion.strip():
        corrections = corrections.correct(last.emotion, emotion)
    corrected = emotion.strip() if not fits and emotion and emotion.strip() else None
    note = replace(last, fits=fits, corrected_to=corrected, followed_up=False if not fits else last.followed_up)
    return replace(person, corrections=corrections).with_last_note(note)


def record_practice(person: PersonState, practice_slug: str, zone: Zone, before: int, after: int) -> PersonState:
    """Distress before and after a practice: the learning signal, and the next turn's integration."""
    for value in (before, after):
        if not 0 <= value <= 10:
            raise ValueError("distress is a number from 0 to 10")
    state = replace(person, learning=learning.record(person.learning, zone, practice_slug, before, after))
    last = state.conversation[-1] if state.conversation else None
    if last is not None and last.practice == practice_slug and last.practice_after is None:
        return state.with_last_note(replace(last, practice_before=before, practice_after=after, followed_up=False))
    note = TurnNote((), zone, practice=practice_slug, practice_before=before, practice_after=after)
    return state.with_note(note)


def follow_up_reply(person: PersonState, rng: random.Random | None = None) -> tuple[PersonState, Reply | None]:
    """Words for feedback alone: a repair after "that didn't fit", or integration after a practice."""
    plan = follow_up(person.conversation)
    if plan is None:
        return person, None
    reply = compose(plan, None, person, rng or random.Random())
    updated = replace(person, conversation=mark_followed_up(person.conversation),
                      last_sentence_keys=reply.sentence_keys)
    return updated, reply


def with_chosen(reading: TextReading, chosen: ChosenFeelings | None) -> TextReading:
    """The text reading with the person's own choices leading where they differ."""
    if chosen is None:
        return reading
    valence, arousal = _quadrant_point(reading, chosen.quadrant)
    picked = _chosen_emotions(chosen.words)
    taken = {e.label for e in picked} | {e.word for e in picked}
    emotions = picked + tuple(e for e in reading.emotions if e.label not in taken and e.word not in taken)
    regions = {c.region for c in chosen.body}
    body = chosen.body + tuple(c for c in reading.body_cues if c.region not in regions)
    confidence = 1.0 if chosen.quadrant else reading.confidence
    return replace(reading, emotions=emotions, valence=valence, arousal=arousal, body_cues=body,
                   confidence=confidence)


def _quadrant_point(reading: TextReading, quadrant: Quadrant | None) -> tuple[float, float]:
    if quadrant is None:
        return reading.valence, reading.arousal
    valence, arousal = QUADRANT_POINTS[quadrant]
    same_valence = (reading.valence >= 0) == (valence >= 0)
    same_energy = (reading.arousal >= 0.5) == (arousal >= 0.5)
    return (reading.valence if same_valence else valence), (reading.arousal if same_energy else arousal)


def _chosen_emotions(words: Sequence[str]) -> tuple[EmotionScore, ...]:
    labels = {word: label for label, word in load_phrasing().words.items()}
    cleaned = [w.strip().lower() for w in words if w.strip()]
    return tuple(EmotionScore(labels.get(w, w), 1.0 - 0.01 * i, w) for i, w in enumerate(cleaned))


def body_cues_from_regions(regions: Sequence[str], sensation: str = "") -> tuple[BodyCue, ...]:
    """Body-map taps as cues, for callers that only have region names."""
    return tuple(BodyCue(region, sensation) for region in regions)
