"""Check-ins: the text and the reply are sealed with the person's data key before they are stored."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, or_, select, update

from attune.store import crypto
from attune.store.ids import aware, is_id, new_id, now
from attune.store.schema import checkins


@dataclass(frozen=True)
class CheckinRecord:
    id: str
    created_at: datetime
    text: str
    reading: dict[str, Any]
    reply: dict[str, Any]
    fits: bool | None = None
    correction: str | None = None


def add_checkin(
    conn: Connection, user_id: str, key: bytes, text: str, reading: dict[str, Any], reply: dict[str, Any],
    chosen: dict[str, Any] | None = None,
) -> CheckinRecord:
    record_id, at = new_id(), now()
    risk = reading.get("risk", {})
    conn.execute(checkins.insert().values(
        id=record_id, user_id=user_id, created_at=at,
        text_enc=crypto.seal_text(key, text, "checkins", "text", record_id),
        reply_enc=crypto.seal_text(key, json.dumps(reply), "checkins", "reply", record_id),
        distress=reading.get("distress"), valence=reading["valence"], arousal=reading["arousal"],
        zone=reading["zone"], risk_level=risk.get("level", "none"), risk_category=risk.get("category", "none"),
        emotions_json=json.dumps(reading.get("emotions", [])), body_json=json.dumps(reading.get("body_cues", [])),
        chosen_json=json.dumps(chosen or {}), practice_slug=(reply.get("practice") or {}).get("slug"),
        reply_kind=reply.get("kind", "reflect"),
    ))
    return CheckinRecord(record_id, at, text, reading, reply)


def _reading_from_row(row: Any) -> dict[str, Any]:
    return {
        "emotions": json.loads(row["emotions_json"]), "valence": row["valence"], "arousal": row["arousal"],
        "body_cues": json.loads(row["body_json"]), "zone": row["zone"], "distress": row["distress"],
        "risk": {"level": row["risk_level"], "category": row["risk_category"]},
        "chosen": json.loads(row["chosen_json"] or "{}"),
    }


def record_from_row(row: Any, key: bytes) -> CheckinRecord:
    rid = row["id"]
    correction = None
    if row["correction_enc"] is not None:
        correction = crypto.open_text(key, row["correction_enc"], "checkins", "correction", rid)
    return CheckinRecord(
        id=rid, created_at=aware(row["created_at"]),
        text=crypto.open_text(key, row["text_enc"], "checkins", "text", rid),
        reading=_reading_from_row(row),
        reply=json.loads(crypto.open_text(key, row["reply_enc"], "checkins", "reply", rid)),
        fits=row["fits"], correction=correction,
    )


def get_checkin(conn: Connection, user_id: str, key: bytes, checkin_id: str) -> CheckinRecord | None:
    if not is_id(checkin_id):
        return None
    row = conn.execute(
        select(checkins).where(checkins.c.id == checkin_id, checkins.c.user_id == user_id)
    ).mappings().first()
    return record_from_row(row, key) if row else None


def list_checkins(
    conn: Connection, user_id: str, key: bytes, limit: int = 20, before: tuple[datetime, str] | None = None,
) -> list[CheckinRecord]:
    """Newest first; `before` is the (created_at, id) of the last item already seen (keyset paging)."""
    query = select(checkins).where(checkins.c.user_id == user_id)
    if before is not None:
        at, rid = before
        query = query.where(or_(checkins.c.created_at < at, and_(checkins.c.created_at == at, checkins.c.id < rid)))
    query = query.order_by(checkins.c.created_at.desc(), checkins.c.id.desc()).limit(limit)
    return [record_from_row(r, key) for r in conn.execute(query).mappings()]


def recent_plain(conn: Connection, user_id: str, limit: int = 200) -> list[dict[str, Any]]:
    """The plain (unencrypted) columns of recent check-ins: enough for baselines and charts."""
    query = (select(checkins).where(checkins.c.user_id == user_id)
             .order_by(checkins.c.created_at.desc()).limit(limit))
    return [
        {"id": r["id"], "created_at": aware(r["created_at"]), **_reading_from_row(r),
         "practice_slug": r["practice_slug"], "fits": r["fits"]}
        for r in conn.execute(query).mappings()
    ]


def record_feedback(
    conn: Connection, user_id: str, key: bytes, checkin_id: str, fits: bool, correction: str | None,
) -> bool:
    if not is_id(checkin_id):
        return False
    sealed = None
    if correction:
        sealed = crypto.seal_text(key, correction, "checkins", "correction", checkin_id)
    result = conn.execute(
        update(checkins).where(checkins.c.id == checkin_id, checkins.c.user_id == user_id)
        .values(fits=fits, correction_enc=sealed)
    )
    return bool(result.rowcount)


def all_checkins(conn: Connection, user_id: str, key: bytes) -> list[CheckinRecord]:
    query = select(checkins).where(checkins.c.user_id == user_id).order_by(checkins.c.created_at)
    return [record_from_row(r, key) for r in conn.execute(query).mappings()]


def plain_between(
    conn: Connection, user_id: str, since: datetime | None = None, until: datetime | None = None,
) -> list[dict[str, Any]]:
    """The plain columns of check-ins in [since, until), oldest first: what charts and shares need."""
    query = select(checkins).where(checkins.c.user_id == user_id)
    if since is not None:
        query = query.where(checkins.c.created_at >= since)
    if until is not None:
        query = query.where(checkins.c.created_at < until)
    query = query.order_by(checkins.c.created_at, checkins.c.id)
    return [{"id": r["id"], "created_at": aware(r["created_at"]), **_reading_from_row(r)}
            for r in conn.execute(query).mappings()]
