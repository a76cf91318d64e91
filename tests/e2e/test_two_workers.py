"""Two workers share nothing but the database: sign in through one, carry on through the other."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.e2e.conftest import Server, free_port

WORKER = "x-attune-worker"


def parent_of(pid: str) -> int:
    stat = Path(f"/proc/{pid}/stat").read_text()
    return int(stat.rsplit(")", 1)[1].split()[1])  # the field after the state


def fresh(method: str, url: str, **kw: Any) -> httpx.Response:
    """One request on its own connection, so the kernel picks a worker afresh each time."""
    with httpx.Client(timeout=30, limits=httpx.Limits(max_keepalive_connections=0)) as client:
        return client.request(method, url, **kw)


@pytest.fixture
def two_workers(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("ATTUNE_EXPOSE_WORKER", "1")
    srv = Server(data_dir=tmp_path / "data", port=free_port(), db=db_url, workers=2)
    srv.data_dir.mkdir()
    srv.start()
    yield srv
    srv.stop()


def test_a_person_signs_in_through_one_worker_and_carries_on_through_the_other(two_workers: Server) -> None:
    api = f"{two_workers.url}/api/v1"
    person = {"username": "river", "password": "correct horse battery"}
    assert fresh("POST", f"{api}/accounts", json=person).status_code == 201
    signed_in = fresh("POST", f"{api}/tokens", json=person)
    token, first = signed_in.json()["token"], signed_in.headers[WORKER]
    auth = {"Authorization": f"Bearer {token}"}
    written: dict[str, tuple[str, str]] = {}  # check-in id -> (text, worker that wrote it)
    for i in range(300):
        made = fresh("POST", f"{api}/checkins", json={"text": f"note {i}: a little tired"}, headers=auth)
        assert made.status_code == 201, made.text
        written[made.json()["id"]] = (f"note {i}: a little tired", made.headers[WORKER])
        if len({w for _, w in written.values()}) == 2 and i >= 10:
            break
    # The kernel decides which worker accepts each connection, so read until one is served by a worker
    # other than the one that wrote it (a bounded number of tries; every read must be right).
    records = list(written.items())
    readers: set[str] = set()
    for attempt in range(300):
        record_id, (text, wrote) = records[attempt % len(records)]
        got = fresh("GET", f"{api}/checkins/{record_id}", headers=auth)
        assert got.status_code == 200 and got.json()["text"] == text
        if got.headers[WORKER] != wrote:
            readers.add(got.headers[WORKER])
            break
    seen = {w for _, w in written.values()} | {first} | readers
    assert {parent_of(w) for w in seen} == {two_workers.process.pid}  # type: ignore[union-attr]
    assert readers, "no check-in was read back through the other worker"


def test_the_worker_is_not_named_unless_asked(server: Server) -> None:
    assert WORKER not in httpx.get(f"{server.url}/healthz").headers
