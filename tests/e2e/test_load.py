"""A minute of 32 people checking in at once, through two workers on PostgreSQL: nothing fails, nothing is lost.

Loopback only, and it stops by itself. ATTUNE_LOAD_SECONDS shortens it locally (CI runs 60).
"""

from __future__ import annotations

import asyncio
import os
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.e2e.conftest import Server, free_port

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

CLIENTS = 32
SECONDS = float(os.environ.get("ATTUNE_LOAD_SECONDS", "60"))


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


async def keep_checking_in(base: str, token: str, n: int, stop_at: float, problems: Counter[str]) -> dict[str, str]:
    written: dict[str, str] = {}
    async with httpx.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=60) as client:
        while time.monotonic() < stop_at:
            text = f"person {n}, note {len(written)}: a bit wound up but managing"
            try:
                made = await client.post("/api/v1/checkins", json={"text": text, "distress": len(written) % 11})
            except httpx.HTTPError as exc:
                problems[type(exc).__name__] += 1
                continue
            if made.status_code != 201:
                problems[f"{made.status_code} {made.text[:80]}"] += 1
                continue
            written[made.json()["id"]] = text
    return written


async def everyone(base: str, tokens: list[str]) -> tuple[list[dict[str, str]], Counter[str]]:
    problems: Counter[str] = Counter()
    stop_at = time.monotonic() + SECONDS
    results = await asyncio.gather(*(keep_checking_in(base, t, n, stop_at, problems) for n, t in enumerate(tokens)))
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


def test_thirty_two_people_for_a_minute_lose_nothing(two_workers: Server) -> None:
    tokens = [sign_up(two_workers.url, n) for n in range(CLIENTS)]
    written, problems = run_in_own_loop(everyone(two_workers.url, tokens))
    assert not problems, f"failed requests: {dict(problems)}"
    assert all(written), "every person should have managed at least one check-in"
    for token, mine in zip(tokens, written, strict=True):
        assert stored(two_workers.url, token) == mine
    with httpx.Client(base_url=two_workers.url, timeout=60) as client:  # and one by one, for a sample
        for token, mine in zip(tokens, written, strict=True):
            record_id, text = next(iter(mine.items()))
            got = client.get(f"/api/v1/checkins/{record_id}", headers={"Authorization": f"Bearer {token}"})
            assert got.status_code == 200 and got.json()["text"] == text
