"""A minute of 32 people checking in at once, through two workers on PostgreSQL: nothing fails, nothing is lost.

Loopback only, and it stops by itself. ATTUNE_LOAD_SECONDS shortens it locally (CI runs 60).

This is not a timed test: the machines are shared, and a stalled disk or a busy neighbour can hold
every request for a while. A request may take up to READ_TIMEOUT (a bound, so a real hang still
fails); any request slower than SLOW is reported as a warning, with what PostgreSQL and the server
were doing at the time, so that a stall can be told apart from a fault.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
import warnings
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text

from tests.conftest import PG_ADMIN_URL
from tests.e2e.conftest import Server, free_port

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

CLIENTS = 32
SECONDS = float(os.environ.get("ATTUNE_LOAD_SECONDS", "60"))
READ_TIMEOUT = 300.0
SLOW = 20.0


@dataclass
class Watch:
    """Requests in flight, keyed by client, and what was seen while any of them was slow."""

    in_flight: dict[int, float] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    stalls: list[str] = field(default_factory=list)
    done: threading.Event = field(default_factory=threading.Event)


@pytest.fixture
def two_workers(pg_url: str, tmp_path: Path) -> Any:
    srv = Server(data_dir=tmp_path / "data", port=free_port(), db=pg_url, workers=2)
    srv.data_dir.mkdir()
    srv.start()
    yield srv
    srv.stop()


def sign_up(base: str, n: int) -> str:
    who = {"username": f"load{n:03d}", "password": "correct horse battery"}
    assert httpx.post(f"{base}/api/v1/accounts", json=who, timeout=60).status_code == 201
    return str(httpx.post(f"{base}/api/v1/tokens", json=who, timeout=60).json()["token"])


async def keep_checking_in(base: str, token: str, n: int, stop_at: float, problems: Counter[str],
                           watch: Watch) -> dict[str, str]:
    written: dict[str, str] = {}
    timeout = httpx.Timeout(60, read=READ_TIMEOUT)
    async with httpx.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {token}"},
                                 timeout=timeout) as client:
        while time.monotonic() < stop_at:
            text = f"person {n}, note {len(written)}: a bit wound up but managing"
            watch.in_flight[n] = started = time.monotonic()
            try:
                made = await client.post("/api/v1/checkins", json={"text": text, "distress": len(written) % 11})
            except httpx.HTTPError as exc:
                problems[type(exc).__name__] += 1
                continue
            finally:
                watch.in_flight.pop(n, None)
                watch.latencies.append(time.monotonic() - started)
            if made.status_code != 201:
                problems[f"{made.status_code} {made.text[:80]}"] += 1
                continue
            written[made.json()["id"]] = text
    return written


async def everyone(base: str, tokens: list[str], watch: Watch) -> tuple[list[dict[str, str]], Counter[str]]:
    problems: Counter[str] = Counter()
    stop_at = time.monotonic() + SECONDS
    results = await asyncio.gather(*(keep_checking_in(base, t, n, stop_at, problems, watch)
                                     for n, t in enumerate(tokens)))
    return list(results), problems


def stored(base: str, token: str) -> dict[str, str]:
    found: dict[str, str] = {}
    params: dict[str, Any] = {"limit": 100}
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=60) as client:
        while True:
            page = client.get("/api/v1/checkins", params=params)
            assert page.status_code == 200, page.text
            found.update({item["id"]: item["text"] for item in page.json()["items"]})
            if not page.json()["next_cursor"]:
                return found
            params["cursor"] = page.json()["next_cursor"]


def run_in_own_loop(coroutine: Any) -> Any:
    """A fresh event loop in its own thread: the browser tests' sync Playwright keeps one running here."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def snapshot() -> str:
    """What every PostgreSQL backend of this database is doing, and the load average."""
    engine = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            rows = [tuple(r) for r in conn.execute(text(
                "SELECT state, wait_event_type, wait_event, count(*) FROM pg_stat_activity"
                " WHERE datname = current_database() GROUP BY 1, 2, 3 ORDER BY 4 DESC"))]
    except Exception as exc:  # a diagnostic must never be the failure
        rows = [("snapshot failed", repr(exc))]
    finally:
        engine.dispose()
    return f"load {os.getloadavg()}; backends {rows}"


@pytest.fixture
def watch() -> Iterator[Watch]:
    """Looks every few seconds for a request older than SLOW, and notes what was going on."""
    seen = Watch()

    def look() -> None:
        while not seen.done.wait(5):
            oldest = min(tuple(seen.in_flight.values()), default=time.monotonic())  # a copy: the loop edits it
            if time.monotonic() - oldest > SLOW:
                seen.stalls.append(f"{time.strftime('%H:%M:%S')} oldest request {time.monotonic() - oldest:.0f} s; "
                                   f"{snapshot()}")

    watcher = threading.Thread(target=look, daemon=True)
    watcher.start()
    yield seen
    seen.done.set()
    watcher.join()


def describe(watch: Watch, server: Server) -> str:
    ordered = sorted(watch.latencies)
    figures = (f"{len(ordered)} requests, median {ordered[len(ordered) // 2]:.2f} s, slowest {ordered[-1]:.1f} s"
               if ordered else "no requests")
    log = (server.data_dir / "server.log").read_text(errors="replace")[-3000:]
    return "\n".join([figures, *watch.stalls[:12], "server log (tail):", log])


def test_thirty_two_people_for_a_minute_lose_nothing(two_workers: Server, watch: Watch) -> None:
    tokens = [sign_up(two_workers.url, n) for n in range(CLIENTS)]
    written, problems = run_in_own_loop(everyone(two_workers.url, tokens, watch))
    watch.done.set()
    assert not problems, f"failed requests: {dict(problems)}\n{describe(watch, two_workers)}"
    if watch.stalls:
        warnings.warn(f"the load test saw slow requests (not a failure): {describe(watch, two_workers)}",
                      stacklevel=1)
    assert all(written), "every person should have managed at least one check-in"
    for token, mine in zip(tokens, written, strict=True):
        assert stored(two_workers.url, token) == mine
    with httpx.Client(base_url=two_workers.url, timeout=60) as client:  # and one by one, for a sample
        for token, mine in zip(tokens, written, strict=True):
            record_id, text = next(iter(mine.items()))
            got = client.get(f"/api/v1/checkins/{record_id}", headers={"Authorization": f"Bearer {token}"})
            assert got.status_code == 200 and got.json()["text"] == text
