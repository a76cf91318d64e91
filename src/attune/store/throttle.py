"""Sign-in throttling kept in the database, so every worker sees the same counts.

Keys are stored hashed: the table never holds a username or an address, and whatever a client
sends (any length, any character) becomes a safe fixed-size key.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.exc import IntegrityError

from attune.store.ids import aware, now
from attune.store.schema import throttle

WINDOW = timedelta(minutes=15)
LIMITS = {"account": 10, "address": 50}


def _stored_key(kind: str, key: str) -> str:
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{kind}:{digest}"


def is_blocked(conn: Connection, kind: str, key: str) -> bool:
    row = conn.execute(select(throttle).where(throttle.c.key == _stored_key(kind, key))).mappings().first()
    if row is None or aware(row["window_start"]) + WINDOW <= now():
        return False
    return bool(row["failures"] >= LIMITS[kind])


def record_failure(conn: Connection, kind: str, key: str) -> None:
    full = _stored_key(kind, key)
    row = conn.execute(select(throttle).where(throttle.c.key == full)).mappings().first()
    if row is None and _insert_first(conn, full):
        return
    if row is not None and aware(row["window_start"]) + WINDOW <= now():
        conn.execute(update(throttle).where(throttle.c.key == full).values(failures=1, window_start=now()))
    else:
        conn.execute(update(throttle).where(throttle.c.key == full).values(failures=throttle.c.failures + 1))


def _insert_first(conn: Connection, full: str) -> bool:
    """False when another worker counted the first failure a moment ago (PostgreSQL, read committed)."""
    try:
        with conn.begin_nested():
            conn.execute(throttle.insert().values(key=full, failures=1, window_start=now()))
    except IntegrityError:
        return False
    return True


def clear(conn: Connection, kind: str, key: str) -> None:
    conn.execute(delete(throttle).where(throttle.c.key == _stored_key(kind, key)))
