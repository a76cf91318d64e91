"""Practice sessions: which practice, when, and distress before and after (plain: charts need it)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from attune.store.ids import aware, new_id, now
from attune.store.schema import checkins, practice_sessions


class UnknownCheckin(LookupError):
    pass


def add_session(
    conn: Connection, user_id: str, practice: str, before: int, after: int,
    checkin_id: str | None = None, zone: str | None = None,
) -> dict[str, Any]:
    if checkin_id is not None:
        owned = conn.execute(
            select(checkins.c.zone).where(checkins.c.id == checkin_id, checkins.c.user_id == user_id)
        ).first()
        if owned is None:
            raise UnknownCheckin(checkin_id)
        zone = zone or owned[0]
    record = {
        "id": new_id(), "user_id": user_id, "checkin_id": checkin_id, "practice_slug": practice,
        "zone": zone, "distress_before": before, "distress_after": after, "created_at": now(),
    }
    conn.execute(practice_sessions.insert().values(**record))
    return _public(record)


def _public(row: Any) -> dict[str, Any]:
    return {
        "id": row["id"], "practice": row["practice_slug"], "checkin_id": row["checkin_id"],
        "zone": row["zone"], "distress_before": row["distress_before"],
        "distress_after": row["distress_after"], "created_at": aware(row["created_at"]).isoformat(),
    }


def list_sessions(conn: Connection, user_id: str, limit: int = 500) -> list[dict[str, Any]]:
    query = (select(practice_sessions).where(practice_sessions.c.user_id == user_id)
             .order_by(practice_sessions.c.created_at.desc()).limit(limit))
    return [_public(r) for r in conn.execute(query).mappings()]
