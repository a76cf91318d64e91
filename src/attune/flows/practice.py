"""After the reply: "did I get that right?" and a practice's distress before and after.

Both are learning signals: corrections teach the companion this person's words, and the drop in
distress teaches it which practices help them. The person's state is saved compare-and-set.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from sqlalchemy import Engine

from attune.companion.turn import apply_feedback, follow_up_reply, record_practice
from attune.domain.learning import explain_what_helps
from attune.domain.person import PersonState
from attune.domain.practices import load_catalogue
from attune.domain.reading import Zone
from attune.flows.person import load_person, save_person
from attune.store import checkins as checkin_store
from attune.store import practice as practice_store
from attune.store.engine import reading, writing

SAVE_ATTEMPTS = 3


class NotFound(LookupError):
    """No such record for this person (never says whether it exists for someone else)."""


class PracticeInputError(ValueError):
    pass


def _update_person(engine: Engine, user_id: str, key: bytes,
                   change: Callable[[PersonState], PersonState]) -> dict[str, Any] | None:
    """Apply a pure change to the person's state, then any follow-up words; retried on conflict."""
    for _ in range(SAVE_ATTEMPTS):
        with reading(engine) as conn:
            person, version = load_person(conn, user_id, key)
        updated, reply = follow_up_reply(change(person), random.Random())
        with writing(engine) as conn:
            if save_person(conn, user_id, key, updated, version):
                return {"kind": "companion", **reply.to_json()} if reply else None
    raise RuntimeError("could not save the person's state after several attempts")


def give_feedback(engine: Engine, user_id: str, key: bytes, checkin_id: str, fits: bool,
                  emotion: str | None) -> dict[str, Any] | None:
    with reading(engine) as conn:
        latest = checkin_store.list_checkins(conn, user_id, key, limit=1)
        exists = checkin_store.get_checkin(conn, user_id, key, checkin_id)
    if exists is None:
        raise NotFound(checkin_id)
    with writing(engine) as conn:
        checkin_store.record_feedback(conn, user_id, key, checkin_id, fits, emotion)
    if not latest or latest[0].id != checkin_id or exists.reply.get("kind") == "crisis":
        return None  # older turns keep their answer but don't move the live conversation
    return _update_person(engine, user_id, key, lambda p: apply_feedback(p, fits, emotion))


def record_session(engine: Engine, user_id: str, key: bytes, slug: str, before: int, after: int,
                   checkin_id: str | None) -> tuple[dict[str, Any], dict[str, Any] | None]:
    if slug not in load_catalogue():
        raise PracticeInputError(f"There is no practice called {slug!r}.")
    try:
        with writing(engine) as conn:
            session = practice_store.add_session(conn, user_id, slug, before, after, checkin_id)
    except practice_store.UnknownCheckin:
        raise NotFound(checkin_id or "") from None
    zone: Zone = session["zone"] if session["zone"] in ("hyper", "within", "hypo") else "within"
    reply = _update_person(engine, user_id, key, lambda p: record_practice(p, slug, zone, before, after))
    return session, reply


def what_helps(engine: Engine, user_id: str, key: bytes) -> list[dict[str, Any]]:
    with reading(engine) as conn:
        person, _ = load_person(conn, user_id, key)
    return [asdict(e) for e in explain_what_helps(person.learning, load_catalogue().names())]
