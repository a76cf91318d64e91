"""`attune backup FILE` and `attune restore FILE` for SQLite, through SQLite's online backup API.

A backup is a consistent copy taken while Attune runs (a WAL reader never blocks the writers), written
to a temporary file and renamed into place, so FILE is either the old file or a whole new one. A
restore copies a checked backup into the live database in one locked step: every connection sees
either the old database or the restored one. What is encrypted stays encrypted in both files.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

from sqlalchemy.engine import make_url

from attune.config import Settings

REQUIRED_TABLES = {"users", "checkins", "sessions", "alembic_version"}
PG_MESSAGE = (
    "attune: backup and restore work on SQLite databases. For PostgreSQL, use its own tools, e.g.\n"
    "  pg_dump --format=custom --file=attune.dump 'postgresql://user@host:5432/attune'\n"
    "  pg_restore --clean --dbname='postgresql://user@host:5432/attune' attune.dump"
)


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message says why, in plain words."""


def main(argv: Sequence[str]) -> int:
    args = list(argv)
    restoring = "--restore" in args
    parser = argparse.ArgumentParser(prog="attune restore" if restoring else "attune backup")
    parser.add_argument("file", type=Path, help="the backup file")
    parser.add_argument("--restore", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", type=Path, default=None, help="folder for the SQLite database")
    parser.add_argument("--db", default=None, help="database URL (sqlite:///PATH)")
    ns = parser.parse_args(args)
    settings = Settings.load(data_dir=ns.data_dir, db=ns.db)
    if not settings.is_sqlite:
        print(PG_MESSAGE, file=sys.stderr)
        return 2
    try:
        database = database_path(settings.database_url)
        if ns.restore:
            restore(ns.file, database)
            print(f"Restored {database} from {ns.file}.")
        else:
            backup(database, ns.file)
            print(f"Backed up {database} to {ns.file}. It holds wrapped keys: please keep it private.")
    except BackupError as exc:
        print(f"attune: {exc}", file=sys.stderr)
        return 2
    return 0


def database_path(url: str) -> Path:
    name = make_url(url).database
    if not name or name == ":memory:":
        raise BackupError("an in-memory database cannot be backed up or restored")
    return Path(name)


def backup(database: Path, target: Path) -> None:
    if not database.is_file():
        raise BackupError(f"there is no database at {database} to back up")
    if target.resolve() == database.resolve():
        raise BackupError("the backup file cannot be the database itself")
    if not target.parent.is_dir():
        raise BackupError(f"the folder {target.parent} does not exist")
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    os.close(os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600))  # private from the start
    try:
        with closing(sqlite3.connect(database, timeout=30)) as src, closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
            _check(dst, target)
        _fsync(partial)
        os.replace(partial, target)
        _fsync(target.parent)
    finally:
        partial.unlink(missing_ok=True)


def restore(source: Path, database: Path) -> None:
    if not source.is_file():
        raise BackupError(f"there is no backup at {source}")
    if database.exists() and source.resolve() == database.resolve():
        raise BackupError("the backup file is the database itself")
    database.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)) as src:
        _check(src, source)
        with closing(sqlite3.connect(database, timeout=30)) as dst:
            src.backup(dst)
            _check(dst, database)
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _check(conn: sqlite3.Connection, where: Path) -> None:
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{where} is not a readable SQLite database ({exc})") from None
    if not REQUIRED_TABLES.issubset(tables):
        raise BackupError(f"{where} is not an Attune database")
    if verdict != "ok":
        raise BackupError(f"{where} failed SQLite's integrity check: {verdict}")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
