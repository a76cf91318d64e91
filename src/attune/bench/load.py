"""Closed-loop load: each client is one person on one keep-alive connection, checking in again
as soon as the last answer arrives. Latency is timed in the client, so it includes loopback and
the client's own parsing (a few hundred microseconds, on the same cores as the server)."""

from __future__ import annotations

import asyncio
import resource
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

TEXTS = (
    "I'm so anxious about tomorrow's meeting, my chest is tight and I can't settle.",
    "A quiet afternoon. Tired but okay, had a walk with my sister.",
    "Everything feels too much today and I snapped at my partner, now I feel awful about it.",
    "Woke up feeling flat and heavy, I don't really want to do anything.",
    "Got good news at work and I'm buzzing, a bit restless too.",
    "My stomach is in knots before the exam and my hands won't stop shaking.",
    "Feeling calm after yoga, breathing slower than this morning.",
    "I keep going over the argument in my head, angry and hurt at the same time.",
)


@dataclass
class Cell:
    """What one load level produced: latencies in seconds of the check-ins answered inside the window."""

    clients: int
    seconds: float
    latencies: list[float] = field(default_factory=list)
    statuses: Counter[str] = field(default_factory=Counter)
    workers: Counter[str] = field(default_factory=Counter)
    client_cpu_seconds: float = 0.0
    answered_in_all: int = 0  # warm-up included, to share the server's CPU time out
    server_cpu_seconds: float | None = None

    def summary(self) -> dict[str, Any]:
        ordered = sorted(self.latencies)
        ok = len(ordered)
        return {
            "clients": self.clients, "seconds": round(self.seconds, 2), "checkins": ok,
            "throughput_per_s": round(ok / self.seconds, 1) if self.seconds else 0.0,
            "p50_ms": _ms(percentile(ordered, 50)), "p95_ms": _ms(percentile(ordered, 95)),
            "p99_ms": _ms(percentile(ordered, 99)), "max_ms": _ms(ordered[-1] if ordered else None),
            "errors": sum(n for status, n in self.statuses.items() if status != "201"),
            "statuses": dict(self.statuses), "answered_by": dict(self.workers),
            "client_cpu_share": round(self.client_cpu_seconds / self.seconds, 3) if self.seconds else 0.0,
            "server_cpu_ms_per_checkin": self._server_cpu_ms(),
        }

    def _server_cpu_ms(self) -> float | None:
        if self.server_cpu_seconds is None or not self.answered_in_all:
            return None
        return round(1000 * self.server_cpu_seconds / self.answered_in_all, 2)


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds * 1000, 2)


def percentile(ordered: list[float], pct: float) -> float | None:
    """Nearest-rank percentile of an already sorted list."""
    if not ordered:
        return None
    rank = max(1, -(-len(ordered) * pct // 100))  # ceil without floats drifting
    return ordered[int(rank) - 1]


async def _one_client(
    base: str, token: str, number: int, cell: Cell, measure_from: float, stop_at: float,
) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    async with httpx.AsyncClient(base_url=base, headers=headers, limits=limits, timeout=60) as client:
        sent = 0
        while time.perf_counter() < stop_at:
            body = {"text": f"{TEXTS[(number + sent) % len(TEXTS)]} ({number}.{sent})", "distress": sent % 11}
            started = time.perf_counter()
            try:
                answer = await client.post("/api/v1/checkins", json=body)
                status = str(answer.status_code)
                worker = answer.headers.get("x-attune-worker", "?")
            except httpx.HTTPError as exc:
                status, worker = type(exc).__name__, "?"
            finished = time.perf_counter()
            sent += 1
            cell.answered_in_all += status == "201"
            if measure_from <= finished <= stop_at:
                cell.statuses[status] += 1
                cell.workers[worker] += 1
                if status == "201":
                    cell.latencies.append(finished - started)


async def _run(base: str, tokens: list[str], clients: int, seconds: float, warmup: float) -> Cell:
    cell = Cell(clients, seconds)
    start = time.perf_counter()
    measure_from, stop_at = start + warmup, start + warmup + seconds
    await asyncio.gather(*(
        _one_client(base, tokens[i % len(tokens)], i, cell, measure_from, stop_at) for i in range(clients)
    ))
    return cell


def run_cell(
    base: str, tokens: list[str], clients: int, seconds: float, warmup: float,
    server_cpu: Callable[[], float] | None = None,
) -> Cell:
    """`clients` people checking in back to back for `warmup` + `seconds`; only the last part
    counts for latency. `server_cpu` reads the server's CPU seconds, to price one check-in."""
    before, server_before = _cpu_seconds(), server_cpu() if server_cpu else 0.0
    cell = asyncio.run(_run(base, tokens, clients, seconds, warmup))
    cell.client_cpu_seconds = (_cpu_seconds() - before) * seconds / (seconds + warmup)
    if server_cpu is not None:
        cell.server_cpu_seconds = server_cpu() - server_before
    return cell


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
