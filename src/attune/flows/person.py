"""Building the companion's view of a person from the store, and saving it back safely."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from attune.domain.composer import memory_from
from attune.domain.person import CheckinMemory, PersonState
from attune.domain.reading import BodyCue
from attune.domain.window import WindowSigns
from attune.store import checkins as checkin_store
from attune.store import person as person_store

MEMORY_SPAN = 12


def load_person(conn: Connection, user_id: str, key: bytes) -> tuple[PersonState, int]:
    state, version = person_store.load_state(conn, user_id, key)
    signs = person_store.load_window_signs(conn, user_id, key)
    memories = memories_from(checkin_store.recent_plain(conn, user_id, MEMORY_SPAN))
    return PersonState.from_dict(state, signs=window_signs(signs), memories=memories), version


def window_signs(raw: dict[str, str]) -> WindowSigns | None:
    """Onboarding stores the person's own words for above and below their window."""
    if not raw:
        return None
    above = raw.get("above") or raw.get("hyper") or ""
    below = raw.get("below") or raw.get("hypo") or ""
    return WindowSigns.from_text(above, below) if (above or below) else None


def memories_from(rows: list[dict[str, Any]]) -> list[CheckinMemory]:
    """Most recent first: the emotion that fitted (or was named) and the body cues of each check-in."""
    memories = []
    for row in rows:
        if row["risk"]["level"] != "none":
            continue  # crisis turns are never fed back into the companion's memory
        cues = [BodyCue(c["region"], c.get("sensation", "")) for c in row["body_cues"]]
        emotion = _fitted_emotion(row)
        if emotion or cues:
            memories.append(memory_from(emotion, cues))
    return memories


def _fitted_emotion(row: dict[str, Any]) -> str | None:
    if row.get("fits") is False:
        return None
    chosen = (row.get("chosen") or {}).get("words") or []
    if chosen:
        return str(chosen[0])
    named = [e for e in row["emotions"] if e.get("label") != "neutral"]
    return str(named[0].get("word") or named[0]["label"]) if named else None


def save_person(conn: Connection, user_id: str, key: bytes, person: PersonState, version: int) -> bool:
    return person_store.save_state(conn, user_id, key, person.to_dict(), version)
