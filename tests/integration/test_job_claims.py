"""Background jobs are claimed through the database: each one runs once, however many workers ask."""

from __future__ import annotations

import multiprocessing
import threading
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, select, update

from attune.config import Settings
from attune.flows.job_loop import run_due, run_one
from attune.store import jobs as job_store
from attune.store.engine import make_engine, reading, writing
from attune.store.ids import now
from attune.store.jobs import Job
from attune.store.migrate import upgrade
from attune.store.schema import jobs

JOBS = 120


@pytest.fixture
def engine(db_url: str, tmp_path: Path) -> Engine:
    made = make_engine(Settings.load(data_dir=tmp_path, db=db_url))
    upgrade(made)
    return made


def enqueue_many(engine: Engine, count: int, kind: str = "count") -> set[str]:
    with writing(engine) as conn:
        return {job_store.enqueue(conn, kind, payload={"n": i}) for i in range(count)}


def done_rows(engine: Engine) -> list[Any]:
    with reading(engine) as conn:
        return list(conn.execute(select(jobs)).mappings())


def test_every_job_runs_exactly_once_with_eight_threads_claiming(engine: Engine) -> None:
    ids = enqueue_many(engine, JOBS)
    runs: Counter[str] = Counter()
    lock = threading.Lock()

    def count(_conn: Connection, job: Job) -> dict[str, Any]:
        with lock:
            runs[job.id] += 1
        return {"ok": True}

    def worker(name: str) -> None:
        while run_due(engine, {"count": count}, name, limit=3):
            pass

    threads = [threading.Thread(target=worker, args=(f"thread-{i}",)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert set(runs) == ids and set(runs.values()) == {1}
    rows = done_rows(engine)
    assert all(r["done_at"] is not None and r["attempts"] == 1 for r in rows)
    assert len({r["claimed_by"] for r in rows}) > 1, "the claims should have been shared between threads"


def claim_in_a_process(url: str, name: str, out: str) -> None:
    engine = make_engine(Settings.load(data_dir=Path(out).parent, db=url))
    seen: list[str] = []

    def record(_conn: Connection, job: Job) -> None:
        seen.append(job.id)

    while run_due(engine, {"count": record}, name, limit=2):
        pass
    Path(out).write_text("\n".join(seen))
    engine.dispose()


@pytest.mark.slow
def test_every_job_runs_exactly_once_with_four_processes_claiming(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    ids = enqueue_many(engine, JOBS)
    spawn = multiprocessing.get_context("spawn")
    outs = [tmp_path / f"seen-{i}.txt" for i in range(4)]
    procs = [spawn.Process(target=claim_in_a_process, args=(db_url, f"proc-{i}", str(out)))
             for i, out in enumerate(outs)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=120)
        assert p.exitcode == 0
    runs = Counter(line for out in outs for line in out.read_text().split())
    assert set(runs) == ids and set(runs.values()) == {1}
    assert all(r["done_at"] is not None for r in done_rows(engine))


def test_a_job_that_is_not_due_yet_is_left_alone(engine: Engine) -> None:
    with writing(engine) as conn:
        job_store.enqueue(conn, "count", run_at=now() + timedelta(minutes=10))
    assert job_store.claim(engine, "w1", limit=5) == []


def test_a_claimed_job_is_not_claimed_again_while_its_worker_is_alive(engine: Engine) -> None:
    enqueue_many(engine, 1)
    assert len(job_store.claim(engine, "w1")) == 1
    assert job_store.claim(engine, "w2") == []


def test_a_stale_claim_is_taken_over_and_the_old_holder_cannot_close_it(engine: Engine) -> None:
    enqueue_many(engine, 1)
    [first] = job_store.claim(engine, "died")
    with writing(engine) as conn:  # the holder went quiet an hour ago
        conn.execute(update(jobs).values(claimed_at=now() - timedelta(hours=1)))
    [second] = job_store.claim(engine, "alive")
    assert second.id == first.id and second.attempts == 2
    with writing(engine) as conn:
        assert not job_store.complete(conn, first)
        assert job_store.complete(conn, second)


def test_a_handler_that_loses_its_claim_leaves_no_trace(engine: Engine) -> None:
    enqueue_many(engine, 1)
    [job] = job_store.claim(engine, "slow")

    def taken_over_meanwhile(conn: Connection, j: Job) -> None:
        job_store.enqueue(conn, "side-effect")
        conn.execute(update(jobs).where(jobs.c.id == j.id).values(claimed_by="someone-else"))

    assert not run_one(engine, taken_over_meanwhile, job)
    with reading(engine) as conn:
        assert conn.execute(select(jobs).where(jobs.c.kind == "side-effect")).first() is None


def test_a_failing_job_is_given_back_for_later_and_closed_after_the_last_attempt(engine: Engine) -> None:
    enqueue_many(engine, 1)

    def broken(_conn: Connection, _job: Job) -> None:
        raise RuntimeError("no luck")

    for attempt in range(1, job_store.MAX_ATTEMPTS + 1):
        with writing(engine) as conn:  # make it due again straight away
            conn.execute(update(jobs).values(run_at=now() - timedelta(seconds=1)))
        assert run_due(engine, {"count": broken}, "w1") == 1
        [row] = done_rows(engine)
        assert row["attempts"] == attempt and row["claimed_by"] is None
        assert "no luck" in row["payload_json"]
    assert row["done_at"] is not None


def test_jobs_of_a_kind_nobody_handles_are_left_for_a_worker_that_does(engine: Engine) -> None:
    enqueue_many(engine, 2, kind="future-kind")
    assert run_due(engine, {"count": lambda c, j: None}, "w1") == 0
    with reading(engine) as conn:
        assert job_store.pending_count(conn) == 2
