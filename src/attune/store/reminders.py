"""Reminders a person set for themselves, and the web-push subscriptions of their devices.

A push subscription is an address a push service will deliver to; it is sealed with a key
that only a server holding the push (VAPID) private key can derive, so a database dump alone
cannot be used to reach anyone's device.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, select, update

from attune.store import crypto
from attune.store.ids import aware, new_id, now
from attune.store.schema import push_subscriptions, reminders

KINDS = ("checkin", "practice")
MAX_REMINDERS = 12


@dataclass(frozen=True)
class Reminder:
    id: str
    kind: str
    time_of_day: str
    days: tuple[str, ...]
    timezone: str
    enabled: bool
    snoozed_until: datetime | None

    def snoozed(self, at: datetime | None = None) -> bool:
        return self.snoozed_until is not None and self.snoozed_until > (at or now())


def _reminder(row: Any) -> Reminder:
    snoozed = aware(row["snoozed_until"]) if row["snoozed_until"] else None
    days = tuple(d for d in str(row["days"]).split(",") if d)
    return Reminder(row["id"], row["kind"], row["time_of_day"], days, row["timezone"], bool(row["enabled"]), snoozed)


def list_reminders(conn: Connection, user_id: str) -> list[Reminder]:
    query = select(reminders).where(reminders.c.user_id == user_id).order_by(reminders.c.time_of_day,
                                                                                reminders.c.created_at)
    return [_reminder(r) for r in conn.execute(query).mappings()]


def count_reminders(conn: Connection, user_id: str) -> int:
    return int(conn.execute(select(func.count()).select_from(reminders)
                            .where(reminders.c.user_id == user_id)).scalar_one())


def add_reminder(conn: Connection, user_id: str, kind: str, time_of_day: str, days: tuple[str, ...],
                 timezone: str) -> dict[str, Any]:
    """The new row as a mapping (what the job scheduler takes). Inputs are validated by the caller."""
    row = {"id": new_id(), "user_id": user_id, "kind": kind, "time_of_day": time_of_day, "days": ",".join(days),
           "timezone": timezone, "enabled": True, "snoozed_until": None, "created_at": now()}
    conn.execute(reminders.insert().values(**row))
    return row


def get_row(conn: Connection, user_id: str, reminder_id: str) -> dict[str, Any] | None:
    row = conn.execute(select(reminders).where(reminders.c.id == reminder_id, reminders.c.user_id == user_id)
                       ).mappings().first()
    return dict(row) if row else None


def delete_reminder(conn: Connection, user_id: str, reminder_id: str) -> bool:
    result = conn.execute(delete(reminders).where(reminders.c.id == reminder_id, reminders.c.user_id == user_id))
    return bool(result.rowcount)


def set_enabled(conn: Connection, user_id: str, enabled: bool, reminder_id: str | None = None) -> list[str]:
    """Turn one reminder (or all of them) on or off; the ids whose state changed."""
    where = [reminders.c.user_id == user_id, reminders.c.enabled == (not enabled)]
    if reminder_id is not None:
        where.append(reminders.c.id == reminder_id)
    ids = [r[0] for r in conn.execute(select(reminders.c.id).where(*where))]
    if ids:
        conn.execute(update(reminders).where(reminders.c.id.in_(ids)).values(enabled=enabled))
    return ids


def snooze(conn: Connection, user_id: str, until: datetime | None, reminder_id: str | None = None) -> int:
    """Quiet one reminder (or all) until a moment; None wakes them again."""
    query = update(reminders).where(reminders.c.user_id == user_id)
    if reminder_id is not None:
        query = query.where(reminders.c.id == reminder_id)
    return int(conn.execute(query.values(snoozed_until=until)).rowcount or 0)


def push_key(vapid_private_key: str) -> bytes:
    return crypto.derive_token_key(vapid_private_key, "push_subscriptions")


def add_push_subscription(conn: Connection, user_id: str, subscription_json: str, key: bytes) -> str:
    sub_id = new_id()
    sealed = crypto.seal_text(key, subscription_json, "push_subscriptions", "subscription", sub_id)
    conn.execute(push_subscriptions.insert().values(id=sub_id, user_id=user_id, subscription_enc=sealed,
                                                    created_at=now()))
    return sub_id


def open_push_subscriptions(conn: Connection, user_id: str, key: bytes) -> list[str]:
    rows = conn.execute(select(push_subscriptions).where(push_subscriptions.c.user_id == user_id)).mappings()
    return [crypto.open_text(key, r["subscription_enc"], "push_subscriptions", "subscription", r["id"]) for r in rows]


def count_push_subscriptions(conn: Connection, user_id: str) -> int:
    return int(conn.execute(select(func.count()).select_from(push_subscriptions)
                            .where(push_subscriptions.c.user_id == user_id)).scalar_one())


def delete_push_subscriptions(conn: Connection, user_id: str) -> int:
    return int(conn.execute(delete(push_subscriptions).where(push_subscriptions.c.user_id == user_id)).rowcount or 0)
