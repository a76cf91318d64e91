"""What each kind of background job does. A handler runs inside the transaction that closes its job.

Reminders: no push sender is configured yet (no VAPID keys, no Web Push client), so delivery
is recorded on the job row (`result.channel = "recorded"`) and nothing leaves the server. Each
ring schedules the next one in the same transaction, so a reminder is never doubled by two
workers and never lost if a worker dies mid-way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from attune.domain.reminder_times import next_ring
from attune.store import jobs as job_store
from attune.store.ids import aware, now
from attune.store.jobs import Job
from attune.store.schema import push_subscriptions, reminders

Handler = Callable[[Connection, Job], dict[str, Any] | None]


def schedule_reminder(conn: Connection, reminder: Mapping[str, Any], after: datetime | None = None) -> str | None:
    """Enqueue the next ring of a reminder row; the reminders API calls this when one is made."""
    at = next_ring(reminder["time_of_day"], reminder["days"], reminder["timezone"], after or now())
    if at is None:
        return None
    return job_store.enqueue(conn, "reminder", at, {"reminder_id": reminder["id"]}, reminder["user_id"])


def ring_reminder(conn: Connection, job: Job) -> dict[str, Any] | None:
    row = conn.execute(select(reminders).where(reminders.c.id == job.payload.get("reminder_id"))).mappings().first()
    if row is None or not row["enabled"]:
        return {"skipped": "reminder deleted or turned off"}
    snoozed = aware(row["snoozed_until"]) if row["snoozed_until"] else None
    if snoozed and snoozed > now():
        schedule_reminder(conn, dict(row), after=snoozed)  # the first regular ring once the snooze ends
        return {"skipped": "snoozed"}
    subscribers = conn.execute(
        select(func.count()).select_from(push_subscriptions).where(push_subscriptions.c.user_id == row["user_id"])
    ).scalar_one()
    schedule_reminder(conn, dict(row), after=max(now(), job.run_at))
    return {"channel": "recorded", "kind": row["kind"], "push_subscriptions": int(subscribers),
            "delivered_at": now().isoformat()}


HANDLERS: Mapping[str, Handler] = {"reminder": ring_reminder}
