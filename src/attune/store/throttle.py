"""Sign-in throttling kept in the database, so every worker sees the same counts."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Connection, delete, select, update

from attune.store.ids import aware, now
from attune.store.schema import throttle

WINDOW = timedelta(minutes=15)
LIMITS = {"account": 10, "address": 50}


def is_blocked(conn: Connection, kind: str, key: str) -> bool:
    row = conn.execute(select(throttle).where(throttle.c.key == f"{kind}:{key}")).mappings().first()
    if row is None or aware(row["window_start"]) + WINDOW <= now():
        return False
    return bool(row["failures"] >= LIMITS[kind])


def record_failure(conn: Connection, kind: str, key: str) -> None:
    full = f"{kind}:{key}"
    row = conn.execute(select(throttle).where(throttle.c.key == full)).mappings().first()
    if row is None:
        conn.execute(throttle.insert().values(key=full, failures=1, window_start=now()))
    elif aware(row["window_start"]) + WINDOW <= now():
        conn.execute(update(throttle).where(throttle.c.key == full).values(failures=1, window_start=now()))
    else:
        conn.execute(update(throttle).where(throttle.c.key == full).values(failures=throttle.c.failures + 1))


def clear(conn: Connection, kind: str, key: str) -> None:
    conn.execute(delete(throttle).where(throttle.c.key == f"{kind}:{key}"))
