"""The person's own safety plan (sealed) and the record of every risk Attune noticed."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, select

from attune.store import crypto
from attune.store.ids import aware, new_id, now
from attune.store.schema import safety_events, safety_plans


def load_plan(conn: Connection, user_id: str, key: bytes) -> dict[str, Any] | None:
    row = conn.execute(select(safety_plans.c.plan_enc).where(safety_plans.c.user_id == user_id)).first()
    if row is None:
        return None
    return dict(json.loads(crypto.open_text(key, row[0], "safety_plans", "plan", user_id)))


def save_plan(conn: Connection, user_id: str, key: bytes, plan: dict[str, Any]) -> None:
    sealed = crypto.seal_text(key, json.dumps(plan), "safety_plans", "plan", user_id)
    conn.execute(delete(safety_plans).where(safety_plans.c.user_id == user_id))
    conn.execute(safety_plans.insert().values(user_id=user_id, plan_enc=sealed, updated_at=now()))


def record_event(
    conn: Connection, user_id: str, source: str, level: str, category: str, reasons: list[str],
    shown: dict[str, Any], checkin_id: str | None = None,
) -> str:
    event_id = new_id()
    conn.execute(safety_events.insert().values(
        id=event_id, user_id=user_id, checkin_id=checkin_id, source=source, level=level,
        category=category, reasons_json=json.dumps(reasons), shown_json=json.dumps(shown), created_at=now(),
    ))
    return event_id


def list_events(conn: Connection, user_id: str, since: datetime | None = None) -> list[dict[str, Any]]:
    query = select(safety_events).where(safety_events.c.user_id == user_id)
    if since is not None:
        query = query.where(safety_events.c.created_at >= since)
    rows = conn.execute(query.order_by(safety_events.c.created_at.desc())).mappings()
    return [
        {"id": r["id"], "checkin_id": r["checkin_id"], "source": r["source"], "level": r["level"],
         "category": r["category"], "reasons": json.loads(r["reasons_json"]),
         "shown": json.loads(r["shown_json"]), "created_at": aware(r["created_at"]).isoformat()}
        for r in rows
    ]
