"""Background jobs claimed through the database, so no two workers run the same one.

A claim is a compare-and-set on `claimed_by`: the UPDATE only matches a row nobody holds (or
whose holder went quiet for longer than `stale_after`), and its rowcount says who won. On
PostgreSQL the candidates are read `FOR UPDATE SKIP LOCKED`, so claimers pass each other
instead of queueing; on SQLite the claim runs inside `BEGIN IMMEDIATE` (see engine.writing),
which lets one writer in at a time.

A job's work and its completion commit in one transaction (see flows.job_loop), so what a
handler writes to the database happens exactly once; anything it sends outside the database
happens at least once, and twice only if a worker dies between sending and committing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, and_, func, or_, select, update

from attune.store.engine import writing
from attune.store.ids import aware, new_id, now
from attune.store.schema import jobs

STALE_AFTER = timedelta(minutes=5)
MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class Job:
    id: str
    kind: str
    user_id: str | None
    run_at: datetime
    payload: dict[str, Any]
    attempts: int
    claimed_by: str


def enqueue(
    conn: Connection, kind: str, run_at: datetime | None = None, payload: dict[str, Any] | None = None,
    user_id: str | None = None,
) -> str:
    job_id = new_id()
    conn.execute(jobs.insert().values(
        id=job_id, kind=kind, user_id=user_id, run_at=run_at or now(), payload_json=json.dumps(payload or {}),
        attempts=0,
    ))
    return job_id


def _claimable(at: datetime, stale_after: timedelta) -> Any:
    free = or_(jobs.c.claimed_by.is_(None), jobs.c.claimed_at < at - stale_after)
    return and_(jobs.c.done_at.is_(None), jobs.c.run_at <= at, free)


def claim(
    engine: Engine, worker: str, limit: int = 1, kinds: tuple[str, ...] | None = None,
    stale_after: timedelta = STALE_AFTER,
) -> list[Job]:
    """Due jobs that nobody holds, now held by `worker`; committed before this returns."""
    at = now()
    with writing(engine) as conn:
        query = select(jobs.c.id).where(_claimable(at, stale_after)).order_by(jobs.c.run_at).limit(limit)
        if kinds is not None:
            query = query.where(jobs.c.kind.in_(kinds))
        # Rendered only on PostgreSQL; SQLite's BEGIN IMMEDIATE already keeps other claimers out.
        candidates = conn.execute(query.with_for_update(skip_locked=True)).scalars().all()
        won = [job_id for job_id in candidates if _take(conn, job_id, worker, at, stale_after)]
        if not won:
            return []
        rows = conn.execute(select(jobs).where(jobs.c.id.in_(won)).order_by(jobs.c.run_at)).mappings()
        return [_job_from_row(r) for r in rows]


def _take(conn: Connection, job_id: str, worker: str, at: datetime, stale_after: timedelta) -> bool:
    result = conn.execute(
        update(jobs).where(jobs.c.id == job_id, _claimable(at, stale_after))
        .values(claimed_by=worker, claimed_at=at, attempts=jobs.c.attempts + 1)
    )
    return result.rowcount == 1


def _job_from_row(row: Any) -> Job:
    return Job(
        id=row["id"], kind=row["kind"], user_id=row["user_id"], run_at=aware(row["run_at"]),
        payload=json.loads(row["payload_json"] or "{}"), attempts=int(row["attempts"]),
        claimed_by=row["claimed_by"],
    )


def complete(conn: Connection, job: Job, result: dict[str, Any] | None = None) -> bool:
    """Close the job, keeping `result` in its payload. False when the claim was lost (it went
    stale and another worker took it): the caller rolls its transaction back then."""
    values: dict[str, Any] = {"done_at": now()}
    if result is not None:
        values["payload_json"] = json.dumps({**job.payload, "result": result})
    outcome = conn.execute(
        update(jobs).where(jobs.c.id == job.id, jobs.c.claimed_by == job.claimed_by, jobs.c.done_at.is_(None))
        .values(**values)
    )
    return outcome.rowcount == 1


def release(conn: Connection, job: Job, error: str, retry_in: timedelta) -> bool:
    """Give a failed job back for a later try; after MAX_ATTEMPTS it is closed with the error kept."""
    payload = {**job.payload, "last_error": error[:500]}
    values: dict[str, Any] = {"claimed_by": None, "claimed_at": None, "payload_json": json.dumps(payload)}
    if job.attempts >= MAX_ATTEMPTS:
        values["done_at"] = now()
    else:
        values["run_at"] = now() + retry_in
    result = conn.execute(
        update(jobs).where(jobs.c.id == job.id, jobs.c.claimed_by == job.claimed_by, jobs.c.done_at.is_(None))
        .values(**values)
    )
    return result.rowcount == 1


def pending_count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(jobs).where(jobs.c.done_at.is_(None))).scalar_one())
