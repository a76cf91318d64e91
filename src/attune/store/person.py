"""Per-person companion state (learning, baseline, corrections) and the person's own window signs.

Updates are compare-and-set on a version column, so two workers never overwrite each other.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select, update

from attune.store import crypto
from attune.store.ids import now
from attune.store.schema import person_state


def load_state(conn: Connection, user_id: str) -> tuple[dict[str, Any], int]:
    row = conn.execute(select(person_state).where(person_state.c.user_id == user_id)).mappings().first()
    if row is None:
        return {}, -1
    return json.loads(row["state_json"] or "{}"), int(row["version"])


def save_state(conn: Connection, user_id: str, state: dict[str, Any], version: int) -> bool:
    """False when someone else saved first; the caller reloads and tries again."""
    if version < 0:
        conn.execute(person_state.insert().values(
            user_id=user_id, state_json=json.dumps(state), version=0, updated_at=now()
        ))
        return True
    result = conn.execute(
        update(person_state)
        .where(person_state.c.user_id == user_id, person_state.c.version == version)
        .values(state_json=json.dumps(state), version=version + 1, updated_at=now())
    )
    return bool(result.rowcount)


def load_window_signs(conn: Connection, user_id: str, key: bytes) -> dict[str, str]:
    row = conn.execute(
        select(person_state.c.window_signs_enc).where(person_state.c.user_id == user_id)
    ).first()
    if row is None or row[0] is None:
        return {}
    return dict(json.loads(crypto.open_text(key, row[0], "person_state", "window_signs", user_id)))


def save_window_signs(conn: Connection, user_id: str, key: bytes, signs: dict[str, str]) -> None:
    sealed = crypto.seal_text(key, json.dumps(signs), "person_state", "window_signs", user_id)
    _, version = load_state(conn, user_id)
    if version < 0:
        save_state(conn, user_id, {}, -1)
    conn.execute(update(person_state).where(person_state.c.user_id == user_id).values(window_signs_enc=sealed))
