"""One check-in end to end: read, judge risk first, answer, and keep it — all or nothing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from attune.domain.reading import Reading
from attune.flows.runtime import Runtime
from attune.store import checkins as checkin_store
from attune.store.engine import reading, writing

MAX_TEXT = 10_000


class CheckinInputError(ValueError):
    """The text or distress cannot be used; the message is safe to show."""


@dataclass(frozen=True)
class CheckinOutcome:
    reading: dict[str, Any]
    reply: dict[str, Any]


def validate(text: str, distress: int | None) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise CheckinInputError("Please write a few words about how you are.")
    if len(text) > MAX_TEXT:
        raise CheckinInputError(f"A check-in can hold up to {MAX_TEXT:,} characters; this one has {len(text):,}.")
    if distress is not None and not 0 <= distress <= 10:
        raise CheckinInputError("Distress is a number from 0 (calm) to 10 (the worst it gets).")
    return text


def _zone(read: Reading) -> str:
    return read.zone


def compose(runtime: Runtime, text: str, distress: int | None, context: list[str]) -> CheckinOutcome:
    """Placeholder composition until the companion lands; replaced by attune.companion.turn."""
    from attune.domain.reading import Reading as R

    text_reading = runtime.perceiver.read(text)
    risk = runtime.assessor.assess(text, context, text_reading)
    zone = "hyper" if (distress or 0) >= 8 or text_reading.arousal > 0.75 else "within"
    full = R(text_reading, risk, zone, distress)  # type: ignore[arg-type]
    top = text_reading.top_emotion()
    words = top.word if top else "a lot at once"
    reply = {"kind": "reflect", "text": f"It sounds like you might be feeling {words}. Did I get that right?",
             "practice": None}
    return CheckinOutcome(full.to_json(), reply)


def recent_context(engine: Engine, user_id: str, key: bytes) -> list[str]:
    with reading(engine) as conn:
        records = checkin_store.list_checkins(conn, user_id, key, limit=3)
    return [r.text for r in reversed(records)]


def check_in(engine: Engine, runtime: Runtime, user_id: str, key: bytes, text: str,
             distress: int | None) -> checkin_store.CheckinRecord:
    validate(text, distress)
    outcome = compose(runtime, text, distress, recent_context(engine, user_id, key))
    with writing(engine) as conn:
        return checkin_store.add_checkin(conn, user_id, key, text, outcome.reading, outcome.reply)
