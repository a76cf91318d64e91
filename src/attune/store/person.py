"""Per-person companion state (learning, baseline, corrections) and the person's own window signs.

The companion state holds the person's own words (the emotion words they corrected Attune with,
notes on recent turns), so it is sealed with their data key like everything else they wrote. It
lives in state_json as {"sealed": base64 ciphertext}; a plain JSON state written before sealing
still loads, and is sealed at its next save.

Updates are compare-and-set on a version column, so two workers never overwrite each other.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy.exc import IntegrityError

from attune.store import crypto
from attune.store.ids import now
from attune.store.schema import person_state


def load_state(conn: Connection, user_id: str, key: bytes) -> tuple[dict[str, Any], int]:
    row = conn.execute(select(person_state).where(person_state.c.user_id == user_id)).mappings().first()
    if row is None:
        return {}, -1
    return _open_state(key, row["state_json"], user_id), int(row["version"])


def save_state(conn: Connection, user_id: str, key: bytes, state: dict[str, Any], version: int) -> bool:
    """False when someone else saved first; the caller reloads and tries again."""
    sealed = _seal_state(key, state, user_id)
    if version < 0:
        try:
            with conn.begin_nested():
                conn.execute(person_state.insert().values(
                    user_id=user_id, state_json=sealed, version=0, updated_at=now()
                ))
        except IntegrityError:  # another worker made the row first
            return False
        return True
    result = conn.execute(
        update(person_state)
        .where(person_state.c.user_id == user_id, person_state.c.version == version)
        .values(state_json=sealed, version=version + 1, updated_at=now())
    )
    return bool(result.rowcount)


def _seal_state(key: bytes, state: dict[str, Any], user_id: str) -> str:
    blob = crypto.seal_text(key, json.dumps(state), "person_state", "state", user_id)
    return json.dumps({"sealed": base64.b64encode(blob).decode()})


def _open_state(key: bytes, stored: str | None, user_id: str) -> dict[str, Any]:
    data = json.loads(stored or "{}")
    if isinstance(data, dict) and set(data) == {"sealed"}:
        blob = base64.b64decode(data["sealed"])
        return dict(json.loads(crypto.open_text(key, blob, "person_state", "state", user_id)))
    return dict(data)  # written before states were sealed


def load_window_signs(conn: Connection, user_id: str, key: bytes) -> dict[str, str]:
    row = conn.execute(
        select(person_state.c.window_signs_enc).where(person_state.c.user_id == user_id)
    ).first()
    if row is None or row[0] is None:
        return {}
    return dict(json.loads(crypto.open_text(key, row[0], "person_state", "window_signs", user_id)))


def save_window_signs(conn: Connection, user_id: str, key: bytes, signs: dict[str, str]) -> None:
    sealed = crypto.seal_text(key, json.dumps(signs), "person_state", "window_signs", user_id)
    _, version = load_state(conn, user_id, key)
    if version < 0:
        save_state(conn, user_id, key, {}, -1)
    conn.execute(update(person_state).where(person_state.c.user_id == user_id).values(window_signs_enc=sealed))
