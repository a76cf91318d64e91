"""One engine per process, with SQLite set up for safety: WAL, full sync, immediate write locks."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

from attune.config import Settings

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA busy_timeout=10000",
    "PRAGMA foreign_keys=ON",
    "PRAGMA secure_delete=ON",
)


def make_engine(settings: Settings) -> Engine:
    """Each worker process has its own pool: up to 2 × ATTUNE_DB_POOL_SIZE connections."""
    if settings.is_sqlite:
        return _sqlite_engine(settings.database_url, settings.pool_size)
    return create_engine(
        settings.database_url,
        pool_size=settings.pool_size,
        max_overflow=settings.pool_size,
        pool_pre_ping=True,
        future=True,
    )


def _sqlite_engine(url: str, pool_size: int) -> Engine:
    database = make_url(url).database
    pool: dict[str, int] = {}
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
        pool = {"pool_size": pool_size, "max_overflow": pool_size}
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10}, **pool)
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Autocommit at the driver level, so that we issue BEGIN ourselves (see _on_sqlite_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in SQLITE_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def _on_sqlite_begin(conn: Connection) -> None:
    # A write takes the lock up front, so two writers never deadlock upgrading a read lock.
    mode = "IMMEDIATE" if conn.get_execution_options().get("attune_write") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A write transaction: committed on success, rolled back on any error."""
    with engine.connect() as conn:
        conn = conn.execution_options(attune_write=True)
        with conn.begin():
            yield conn


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as conn, conn.begin():
        yield conn


def forget_deleted_bytes(engine: Engine) -> None:
    """After a deletion on SQLite, fold the WAL into the database file and empty it.

    secure_delete has zeroed the deleted rows in the pages it rewrote; truncating the WAL removes the
    older copies of those pages. PostgreSQL reclaims dead rows through (auto)vacuum instead.
    """
    if engine.dialect.name != "sqlite":
        return
    raw = engine.raw_connection()  # outside any transaction, which a checkpoint needs
    try:
        raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        raw.close()
