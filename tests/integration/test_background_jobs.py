"""Reminders run as background jobs: rung once, recorded, and the next ring scheduled."""

from __future__ import annotations

import json
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from attune.config import KdfCost, Settings
from attune.domain.reminder_times import next_ring
from attune.flows.job_handlers import HANDLERS, schedule_reminder
from attune.flows.job_loop import run_due
from attune.store import accounts
from attune.store.engine import make_engine, reading, writing
from attune.store.ids import aware, new_id, now
from attune.store.migrate import upgrade
from attune.store.schema import jobs, reminders
from attune.web.app import create_app

FAST = KdfCost(time_cost=1, memory_kib=8192, parallelism=1)


@pytest.fixture
def engine(db_url: str, tmp_path: Path) -> Engine:
    made = make_engine(Settings.load(data_dir=tmp_path, db=db_url))
    upgrade(made)
    return made


def add_reminder(engine: Engine, **values: Any) -> dict[str, Any]:
    with writing(engine) as conn:
        user = accounts.create_account(conn, f"person{new_id()[:8]}", "long enough password", "person", FAST)
        row = {"id": new_id(), "user_id": user.account.id, "kind": "checkin", "time_of_day": "08:30",
               "days": "mon,tue,wed,thu,fri,sat,sun", "timezone": "Europe/Paris", "enabled": True,
               "created_at": now(), **values}
        conn.execute(reminders.insert().values(**row))
        schedule_reminder(conn, row, after=now() - timedelta(days=1, minutes=1))  # so one ring is due
    return row


def job_rows(engine: Engine) -> list[Any]:
    with reading(engine) as conn:
        return list(conn.execute(select(jobs).order_by(jobs.c.run_at)).mappings())


def test_a_due_reminder_is_recorded_once_and_the_next_ring_is_scheduled(engine: Engine) -> None:
    add_reminder(engine)
    assert run_due(engine, HANDLERS, "w1") == 1
    assert run_due(engine, HANDLERS, "w2") == 0
    rung, following = job_rows(engine)
    assert json.loads(rung["payload_json"])["result"]["channel"] == "recorded"
    assert following["done_at"] is None and aware(following["run_at"]) > now()


def test_a_turned_off_reminder_rings_no_more(engine: Engine) -> None:
    add_reminder(engine, enabled=False)
    assert run_due(engine, HANDLERS, "w1") == 1
    [rung] = job_rows(engine)
    assert "skipped" in json.loads(rung["payload_json"])["result"]


def test_a_snoozed_reminder_rings_next_at_its_first_time_after_the_snooze(engine: Engine) -> None:
    until = now() + timedelta(days=2, hours=2)
    row = add_reminder(engine, snoozed_until=until)
    run_due(engine, HANDLERS, "w1")
    rung, later = job_rows(engine)
    assert json.loads(rung["payload_json"])["result"] == {"skipped": "snoozed"}
    assert aware(later["run_at"]) == next_ring(row["time_of_day"], row["days"], row["timezone"], until)


def test_the_app_runs_due_jobs_in_the_background_when_asked(db_url: str, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATTUNE_BACKGROUND_JOBS", "1")
    monkeypatch.setenv("ATTUNE_JOBS_POLL_SECONDS", "1")
    app = create_app(Settings.load(data_dir=tmp_path, db=db_url))
    add_reminder(app.state.ctx.engine)
    with TestClient(app):
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and job_rows(app.state.ctx.engine)[0]["done_at"] is None:
            time.sleep(0.2)
    assert job_rows(app.state.ctx.engine)[0]["done_at"] is not None
    app.state.ctx.engine.dispose()


def test_background_jobs_are_off_in_tests_unless_turned_on(app_client: TestClient) -> None:
    assert app_client.app.state.ctx.settings.background_jobs is False  # type: ignore[attr-defined]
