"""Servers for the benchmark: real `attune serve` processes on free ports, over throwaway databases."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text

from attune.config import normalise_database_url


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def postgres_schema(admin_url: str) -> Iterator[str]:
    """A fresh schema in an existing database, dropped afterwards; yields a URL that uses it."""
    url = normalise_database_url(admin_url)
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    joiner = "&" if "?" in url else "?"
    try:
        yield f"{url}{joiner}options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def postgres_reachable(admin_url: str) -> bool:
    try:
        engine = create_engine(normalise_database_url(admin_url), connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
        return True
    except Exception:
        return False


@dataclass
class BenchServer:
    """One `attune serve --workers N` process; `env` is added to this process's environment."""

    data_dir: Path
    db: str
    workers: int
    env: dict[str, str] = field(default_factory=dict)
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    started_at: float = 0.0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log(self) -> Path:
        return self.data_dir / f"server-{self.port}.log"

    def start(self) -> None:
        cmd = [sys.executable, "-m", "attune", "serve", "--port", str(self.port), "--workers", str(self.workers),
               "--data-dir", str(self.data_dir), "--db", self.db]
        env = {**os.environ, "ATTUNE_EXPOSE_WORKER": "1", "ATTUNE_BACKGROUND_JOBS": "0", **self.env}
        out = self.log.open("ab")
        self.started_at = time.perf_counter()
        self.process = subprocess.Popen(cmd, env=env, stdout=out, stderr=out, start_new_session=True)

    def first_checkin_seconds(self, token: str, timeout: float = 120) -> float:
        """From process start until the first check-in is answered 201 (the cold start)."""
        deadline = time.perf_counter() + timeout
        headers = {"Authorization": f"Bearer {token}"}
        while time.perf_counter() < deadline:
            self._check_alive()
            try:
                got = httpx.post(f"{self.url}/api/v1/checkins", json={"text": "first one of the day"},
                                 headers=headers, timeout=30)
                if got.status_code == 201:
                    return time.perf_counter() - self.started_at
            except httpx.TransportError:
                pass
            time.sleep(0.02)
        raise TimeoutError(f"no check-in answered on {self.url} within {timeout} s")

    def warm_every_worker(self, token: str, timeout: float = 120) -> set[str]:
        """A check-in through every worker (each fresh connection goes to whichever accepts first),
        so no measured cell pays for a worker's first check-in."""
        seen: set[str] = set()
        deadline = time.perf_counter() + timeout
        headers = {"Authorization": f"Bearer {token}"}
        while len(seen) < self.workers and time.perf_counter() < deadline:
            self._check_alive()
            with contextlib.suppress(httpx.TransportError):
                got = httpx.post(f"{self.url}/api/v1/checkins", json={"text": "getting ready"}, headers=headers,
                                 timeout=30)
                if got.status_code == 201:
                    seen.add(got.headers.get("x-attune-worker", "?"))
        if len(seen) < self.workers:
            raise TimeoutError(f"only {len(seen)} of {self.workers} workers answered on {self.url}")
        return seen

    def wait_ready(self, timeout: float = 120) -> None:
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            self._check_alive()
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"{self.url}/healthz", timeout=2).status_code == 200:
                    return
            time.sleep(0.05)
        raise TimeoutError(f"attune serve did not answer on {self.url}")

    def _check_alive(self) -> None:
        if self.process is not None and self.process.poll() is not None:
            raise RuntimeError(f"attune serve exited:\n{self.log.read_text(errors='replace')[-3000:]}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def tree_cpu_seconds(root: int) -> float:
    """CPU time (user + system) used so far by a process and all its descendants."""
    tick = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    used: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            parents[int(entry.name)] = int(fields[1])
            used[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree, grew = tree | more, bool(more)
    return sum(used.get(pid, 0.0) for pid in tree)


def memory_mib(pid: int | str) -> dict[str, float]:
    """Resident memory now and at its peak (VmRSS, VmHWM) of one process, in MiB."""
    found: dict[str, float] = {}
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            name, _, value = line.partition(":")
            if name in {"VmRSS", "VmHWM"}:
                found[{"VmRSS": "rss_mib", "VmHWM": "peak_rss_mib"}[name]] = round(int(value.split()[0]) / 1024, 1)
    return found
