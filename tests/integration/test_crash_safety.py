"""Nothing answered is lost and nothing half-written shows, when the server is killed mid-write.

Several clients write check-ins to a real `attune serve` while it is killed with SIGKILL at a
random moment, round after round. After each restart every check-in that was answered 201 is
there, word for word, and every check-in that is there opens, has its reply, and is one that a
client sent. ATTUNE_CRASH_ROUNDS sets the number of rounds (8 by default).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from tests.e2e.conftest import Server, free_port

pytestmark = pytest.mark.slow

ROUNDS = int(os.environ.get("ATTUNE_CRASH_ROUNDS", "8"))
WRITERS = 4
PASSWORD = "correct horse battery"
# Text that exercises the encoding path: accents, emoji, a right-to-left script, a NUL, newlines.
FLAVOURS = ["plain words", "café, naïve", "heart 💙 racing", "שלום", "tab\tand\nnewline", "nul\x00inside"]


@dataclass
class Ledger:
    """What the clients sent, and which of those were answered 201 (by id)."""

    sent: set[str] = field(default_factory=set)
    answered: dict[str, str] = field(default_factory=dict)
    unexpected: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    writing: threading.Event = field(default_factory=threading.Event)  # set at each round's first 201


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def crashing(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    db = None if request.param == "sqlite" else str(request.getfixturevalue("pg_url"))
    server = Server(data_dir=tmp_path / "data", port=free_port(), db=db)
    server.data_dir.mkdir()
    server.start()
    yield server
    server.stop(signal.SIGKILL)


def token_on(server: Server) -> str:
    with httpx.Client(base_url=server.url, timeout=30) as client:
        assert client.post("/api/v1/accounts", json={"username": "crashy", "password": PASSWORD}).status_code == 201
        return str(client.post("/api/v1/tokens", json={"username": "crashy", "password": PASSWORD}).json()["token"])


def write_until_it_dies(server: Server, token: str, name: str, ledger: Ledger, stop: threading.Event) -> None:
    rng = random.Random(name)
    with httpx.Client(base_url=server.url, timeout=10, headers={"Authorization": f"Bearer {token}"}) as client:
        n = 0
        while not stop.is_set():
            n += 1
            text = f"{name} #{n}: {rng.choice(FLAVOURS)} {'x' * rng.randrange(0, 3000)}"
            with ledger.lock:
                ledger.sent.add(text)
            try:
                got = client.post("/api/v1/checkins", json={"text": text, "distress": rng.randrange(0, 11)})
            except httpx.HTTPError:
                return  # the server is gone: this write may or may not have landed
            with ledger.lock:
                if got.status_code == 201:
                    ledger.answered[got.json()["id"]] = text
                    ledger.writing.set()
                else:
                    ledger.unexpected.append(f"{got.status_code}: {got.text[:200]}")


def one_round(server: Server, token: str, round_no: int, ledger: Ledger, rng: random.Random) -> None:
    stop = threading.Event()
    ledger.writing.clear()
    threads = [threading.Thread(target=write_until_it_dies, args=(server, token, f"r{round_no}w{w}", ledger, stop))
               for w in range(WRITERS)]
    for thread in threads:
        thread.start()
    ledger.writing.wait(timeout=60)  # the first check-in after a start also loads the model
    time.sleep(rng.uniform(0, 1.0))
    server.stop(signal.SIGKILL)
    stop.set()
    for thread in threads:
        thread.join(timeout=30)


def everything_stored(server: Server, token: str) -> list[dict[str, object]]:
    items: list[dict[str, object]] = []
    cursor = None
    with httpx.Client(base_url=server.url, timeout=30, headers={"Authorization": f"Bearer {token}"}) as client:
        while True:
            params = {"limit": 100, **({"cursor": cursor} if cursor else {})}
            page = client.get("/api/v1/checkins", params=params)
            assert page.status_code == 200, "every stored check-in opens with the person's key"
            body = page.json()
            items += body["items"]
            cursor = body["next_cursor"]
            if not cursor:
                return items


def assert_whole(server: Server, token: str, ledger: Ledger) -> None:
    assert not ledger.unexpected, ledger.unexpected[:3]
    stored = everything_stored(server, token)
    by_id = {str(item["id"]): item for item in stored}
    lost = [cid for cid in ledger.answered if cid not in by_id]
    assert not lost, f"{len(lost)} check-ins answered 201 are gone"
    for cid, text in ledger.answered.items():
        assert by_id[cid]["text"] == text, "an answered check-in changed"
    for item in stored:
        assert item["text"] in ledger.sent, "a stored check-in that no client sent"
        reply = item["reply"]
        assert isinstance(reply, dict) and reply.get("text"), "a check-in without its reply"
        assert item["reading"], "a check-in without its reading"


def test_killing_the_server_mid_write_loses_nothing_that_was_answered(crashing: Server) -> None:
    token = token_on(crashing)
    ledger, rng = Ledger(), random.Random(os.environ.get("ATTUNE_CRASH_SEED", "attune"))
    for round_no in range(ROUNDS):
        one_round(crashing, token, round_no, ledger, rng)
        crashing.start()
        assert_whole(crashing, token, ledger)
    assert len(ledger.answered) >= ROUNDS, "the clients got to write between the crashes"
    if crashing.db is None:
        crashing.stop(signal.SIGKILL)
        with sqlite3.connect(crashing.data_dir / "attune.db") as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
