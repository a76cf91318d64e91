"""`attune backup` and `attune restore`: a consistent, private copy through SQLite's backup API."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from attune.cli import main
from attune.web.app import create_app
from tests.integration.conftest import Api, make_settings


@pytest.fixture
def serving(tmp_path: Path) -> TestClient:
    data = tmp_path / "data"
    return TestClient(create_app(make_settings(f"sqlite:///{data / 'attune.db'}", data)))


def test_a_backup_taken_while_serving_restores_what_was_written_before_it(serving: TestClient, tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    person = Api(serving, "backed")
    kept = person.checkin("written before the backup")
    assert main(["backup", str(tmp_path / "attune.backup"), "--data-dir", str(tmp_path / "data")]) == 0
    later = person.checkin("written after the backup")
    assert main(["restore", str(tmp_path / "attune.backup"), "--data-dir", str(tmp_path / "data")]) == 0
    assert "Restored" in capsys.readouterr().out
    assert person.get(f"/api/v1/checkins/{kept['id']}").json()["text"] == "written before the backup"
    assert person.get(f"/api/v1/checkins/{later['id']}").status_code == 404


def test_the_backup_is_one_private_file_that_passes_an_integrity_check(serving: TestClient, tmp_path: Path) -> None:
    Api(serving, "backed").checkin("private")
    target = tmp_path / "attune.backup"
    assert main(["backup", str(target), "--data-dir", str(tmp_path / "data")]) == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not Path(f"{target}-wal").exists() and not list(tmp_path.glob(".attune.backup*"))
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == 1
    assert b"private" not in target.read_bytes(), "what was written stays encrypted in the backup"


def test_a_second_backup_replaces_the_first_whole(serving: TestClient, tmp_path: Path) -> None:
    person = Api(serving, "backed")
    target = tmp_path / "attune.backup"
    person.checkin("one")
    assert main(["backup", str(target), "--data-dir", str(tmp_path / "data")]) == 0
    person.checkin("two")
    assert main(["backup", str(target), "--data-dir", str(tmp_path / "data")]) == 0
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == 2


def test_restore_refuses_a_file_that_is_not_an_attune_backup(serving: TestClient, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    person = Api(serving, "backed")
    person.checkin("still here")
    junk, other = tmp_path / "junk.db", tmp_path / "other.db"
    junk.write_text("not a database")
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (x TEXT)")
    for bad in (junk, other, tmp_path / "missing.db"):
        assert main(["restore", str(bad), "--data-dir", str(tmp_path / "data")]) == 2
    err = capsys.readouterr().err
    assert "not a readable SQLite database" in err and "not an Attune database" in err and "no backup at" in err
    assert person.get("/api/v1/checkins").json()["items"][0]["text"] == "still here"


def test_a_missing_database_is_said_plainly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", str(tmp_path / "b.db"), "--data-dir", str(tmp_path / "empty")]) == 2
    assert "there is no database at" in capsys.readouterr().err


def test_on_postgresql_backup_and_restore_point_to_pg_dump(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql://attune@db.example:5432/attune"
    assert main(["backup", str(tmp_path / "b.dump"), "--db", url]) == 2
    assert main(["restore", str(tmp_path / "b.dump"), "--db", url]) == 2
    err = capsys.readouterr().err
    assert "pg_dump" in err and "pg_restore" in err
    assert not (tmp_path / "b.dump").exists()


def test_restore_into_an_empty_data_folder_makes_a_working_database(serving: TestClient, tmp_path: Path) -> None:
    made = Api(serving, "moved").checkin("moving house")
    assert main(["backup", str(tmp_path / "attune.backup"), "--data-dir", str(tmp_path / "data")]) == 0
    fresh = tmp_path / "fresh"
    assert main(["restore", str(tmp_path / "attune.backup"), "--data-dir", str(fresh)]) == 0
    with TestClient(create_app(make_settings(f"sqlite:///{fresh / 'attune.db'}", fresh))) as client:
        token = client.post("/api/v1/tokens", json={"username": "moved", "password": "correct horse battery"})
        got = client.get(f"/api/v1/checkins/{made['id']}",
                         headers={"Authorization": f"Bearer {token.json()['token']}"})
    assert got.json()["text"] == "moving house"
