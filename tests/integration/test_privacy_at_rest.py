"""What a person writes never reaches the disk or the logs in the clear, on SQLite and on PostgreSQL.

A real `attune serve` takes a marker string through every free-text field, and through requests
that are refused; then the database files (SQLite: the main file, -wal and -shm; PostgreSQL:
every row of every table as text, and the tables' files where this machine can read them) and
the server's log are searched for it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Connection, text

from attune.store.schema import metadata
from tests.e2e.conftest import Server, free_port
from tests.integration.free_text import MARKER, Person, available, write_everything
from tests.integration.signed_in_page import Browser
from tests.integration.stored_rows import database

pytestmark = pytest.mark.slow

PASSWORD = "correct horse battery"
# Sealed columns that no writer in free_text.py reaches, and why.
SEALED_ELSEWHERE = {
    "sessions.data_key_enc": "the data key, sealed under the session token, written at every sign-in",
    "push_subscriptions.subscription_enc": "needs a VAPID key pair and a browser's push service",
}


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def live(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    db = None if request.param == "sqlite" else str(request.getfixturevalue("pg_url"))
    server = Server(data_dir=tmp_path / "data", port=free_port(), db=db)
    server.data_dir.mkdir()
    server.start()
    yield server
    server.stop()


def person_on(server: Server) -> Person:
    api = httpx.Client(base_url=server.url, timeout=30)
    assert api.post("/api/v1/accounts", json={"username": "writer", "password": PASSWORD}).status_code == 201
    token = api.post("/api/v1/tokens", json={"username": "writer", "password": PASSWORD}).json()["token"]
    api.headers["Authorization"] = f"Bearer {token}"
    browser = Browser(httpx.Client(base_url=server.url, timeout=30), "writer", PASSWORD)
    return Person(api, browser)


def test_written_text_never_reaches_the_disk_or_the_log_in_the_clear(live: Server) -> None:
    who = person_on(live)
    write_everything(who)
    assert MARKER in who.api.get("/api/v1/export").text, "the writers did write"
    url = live.db or f"sqlite:///{live.data_dir / 'attune.db'}"
    assert_every_sealed_column_was_written(url, available()[1])
    if live.db is None:
        assert_not_in_sqlite_files(live.data_dir / "attune.db")
    live.stop()
    if live.db is None:
        assert_not_in_sqlite_files(live.data_dir / "attune.db")
    else:
        assert_not_in_postgres(live.db)
    log = (live.data_dir / "server.log").read_text(errors="replace")
    assert MARKER not in log
    assert "/api/v1/checkins" not in log, "no access log"


def assert_every_sealed_column_was_written(url: str, unreached: set[str]) -> None:
    """A new sealed column needs a writer in free_text.py, so that the search covers it."""
    with database(url) as engine, engine.connect() as conn:
        for table in metadata.tables.values():
            for column in table.c:
                name = f"{table.name}.{column.name}"
                if not column.name.endswith("_enc") or name in SEALED_ELSEWHERE or name in unreached:
                    continue
                filled = conn.execute(text(f"SELECT COUNT(*) FROM {table.name} WHERE {column.name} IS NOT NULL"))
                assert filled.scalar_one() > 0, f"no writer puts the marker into {name}"


def assert_not_in_sqlite_files(db: Path) -> None:
    files = [p for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")) if p.exists()]
    assert db in files
    for path in files:
        assert MARKER.encode() not in path.read_bytes(), path.name


def assert_not_in_postgres(url: str) -> None:
    hexed = MARKER.encode().hex()
    with database(url) as engine, engine.connect() as conn:
        for table in metadata.tables:
            for (row,) in conn.execute(text(f"SELECT CAST(t AS text) FROM {table} t")):
                assert MARKER not in row and hexed not in row, table
        for path in postgres_table_files(conn):
            assert MARKER.encode() not in path.read_bytes(), path


def postgres_table_files(conn: Connection) -> list[Path]:
    """The tables' files (and their TOAST), after a checkpoint; none where this machine can't read them."""
    try:
        conn.execute(text("CHECKPOINT"))
        root = Path(conn.execute(text("SHOW data_directory")).scalar_one())
        found = conn.execute(text(
            "SELECT pg_relation_filepath(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 't')"
            " UNION SELECT pg_relation_filepath(c.reltoastrelid) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.reltoastrelid <> 0"
        )).scalars().all()
    except Exception:
        return []
    paths = [root / p for p in found if p]
    return [p for p in paths if p.exists() and os.access(p, os.R_OK)]
