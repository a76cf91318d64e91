"""One check-in end to end: read, judge risk first, answer, and keep it — all or nothing."""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import Engine

from attune.companion.turn import TurnResult, take_turn
from attune.domain.person import PersonState
from attune.domain.reading import QUADRANTS, BodyCue, ChosenFeelings
from attune.flows import crisis
from attune.flows.person import load_person, save_person
from attune.flows.runtime import Runtime
from attune.store import checkins as checkin_store
from attune.store import safety as safety_store
from attune.store.engine import reading, writing
from attune.store.ids import now

MAX_TEXT = 10_000
CONTEXT_WINDOW = timedelta(hours=24)
CONTEXT_TURNS = 5
SAVE_ATTEMPTS = 3


class CheckinInputError(ValueError):
    """The text or distress cannot be used; the message is safe to show."""


@dataclass(frozen=True)
class CheckinOutcome:
    reading: dict[str, Any]
    reply: dict[str, Any]
    result: TurnResult


def validate(text: str, distress: int | None) -> str:
    if not text.strip():
        raise CheckinInputError("Please write a few words about how you are.")
    if len(text) > MAX_TEXT:
        raise CheckinInputError(f"A check-in can hold up to {MAX_TEXT:,} characters; this one has {len(text):,}.")
    if distress is not None and not 0 <= distress <= 10:
        raise CheckinInputError("Distress is a number from 0 (calm) to 10 (the worst it gets).")
    return text


def chosen_feelings(chosen: Mapping[str, Any] | None) -> ChosenFeelings | None:
    """What the person picked on the quick path, as the domain's type (unknown parts ignored)."""
    if not chosen:
        return None
    quadrant = chosen.get("quadrant")
    words = tuple(str(w) for w in chosen.get("words") or () if str(w).strip())
    body = tuple(
        BodyCue(str(b["region"]), str(b.get("sensation", ""))) for b in chosen.get("body") or ()
        if isinstance(b, Mapping) and b.get("region")
    )
    if quadrant not in QUADRANTS and not words and not body:
        return None
    return ChosenFeelings(quadrant if quadrant in QUADRANTS else None, words, body)


def compose(runtime: Runtime, text: str, distress: int | None, context: list[str],
            person: PersonState | None = None, chosen: Mapping[str, Any] | None = None,
            locale: str | None = None, safety_plan: dict[str, Any] | None = None,
            rng: random.Random | None = None) -> CheckinOutcome:
    """The turn without the store: used by `attune checkin` and by check_in below."""
    result = take_turn(text, distress, person or PersonState(), runtime.perceiver, runtime.assessor,
                       context, chosen_feelings(chosen), rng)
    if result.crisis:
        reply = crisis.reply_for(result.reading.risk, locale, safety_plan)
    else:
        assert result.reply is not None
        reply = {"kind": "companion", **result.reply.to_json()}
    return CheckinOutcome(result.reading.to_json(), reply, result)


def recent_context(rows: list[checkin_store.CheckinRecord]) -> list[str]:
    """Earlier messages of the same conversation: the last day's check-ins, oldest first."""
    cutoff = now() - CONTEXT_WINDOW
    return [r.text for r in reversed(rows) if r.created_at >= cutoff]


def check_in(engine: Engine, runtime: Runtime, user_id: str, key: bytes, text: str, distress: int | None,
             chosen: Mapping[str, Any] | None = None, locale: str | None = None) -> checkin_store.CheckinRecord:
    validate(text, distress)
    for attempt in range(SAVE_ATTEMPTS):
        with reading(engine) as conn:
            person, version = load_person(conn, user_id, key)
            context = recent_context(checkin_store.list_checkins(conn, user_id, key, limit=CONTEXT_TURNS))
            plan = safety_store.load_plan(conn, user_id, key)
        outcome = compose(runtime, text, distress, context, person, chosen, locale, plan)
        with writing(engine) as conn:
            saved = outcome.result.crisis or save_person(conn, user_id, key, outcome.result.person, version)
            if not saved and attempt < SAVE_ATTEMPTS - 1:
                continue  # someone else saved this person's state first: read it again
            # On the last try the words are kept even if the companion's memory misses this turn:
            # losing what a person wrote is worse than a missed update.
            record = checkin_store.add_checkin(conn, user_id, key, text, outcome.reading, outcome.reply,
                                               chosen=dict(chosen) if chosen else None)
            if outcome.result.crisis:
                crisis.record(conn, user_id, outcome.result.reading.risk, outcome.reply, record.id)
            return record
    raise RuntimeError("could not save the check-in after several attempts")
