"""`attune bench`: check-in latency, throughput, memory and cold start of real servers on loopback.

For each database (SQLite, PostgreSQL), worker count and micro-batching setting it starts a
fresh `attune serve` on a free port over a throwaway database (a temporary folder, or a
temporary PostgreSQL schema that is dropped afterwards), times the first check-in from process
start, then holds 1, 8 and 32 concurrent clients in turn. The people are made through the API
once per database, by a server that is then stopped, so every measured server starts cold.

A benchmark, not a test: numbers depend on the machine and on whatever else runs on it, which
the report records next to them.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from attune.bench.launch import BenchServer, memory_mib, postgres_reachable, postgres_schema, tree_cpu_seconds
from attune.bench.load import run_cell

DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/test"
PASSWORD = "bench password, not a secret"


def _int_list(raw: str) -> list[int]:
    return [int(x) for x in raw.split(",") if x.strip()]


def _name_list(raw: str) -> list[str]:
    return [x.strip() for x in raw.split(",") if x.strip()]


def parse(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="attune bench", description=__doc__.split("\n\n")[0])
    p.add_argument("--json", action="store_true", help="print the report as JSON (the table goes to stderr)")
    p.add_argument("--out", type=Path, help="also write the JSON report to this file")
    p.add_argument("--quick", action="store_true", help="2 s per cell, no warm-up to speak of, no sign-in burst")
    p.add_argument("--duration", type=float, default=10.0, help="seconds measured per cell (default 10)")
    p.add_argument("--warmup", type=float, default=2.0, help="seconds run before each cell is measured")
    p.add_argument("--clients", type=_int_list, default=[1, 8, 32], help="concurrent clients, e.g. 1,8,32")
    p.add_argument("--workers", type=_int_list, default=[1, 2], help="worker counts, e.g. 1,2")
    p.add_argument("--db", type=_name_list, default=["sqlite", "postgres"], help="sqlite,postgres")
    p.add_argument("--batching", choices=("on", "off", "both"), default="both",
                   help="perception micro-batching in the servers (default: both, to compare)")
    p.add_argument("--threads", type=_int_list, default=[int(os.environ.get("ATTUNE_PERCEPTION_THREADS", "1"))],
                   help="ATTUNE_PERCEPTION_THREADS values to compare, e.g. 1,2 (default: 1, as attune serve)")
    p.add_argument("--pg", default=os.environ.get("ATTUNE_BENCH_PG", DEFAULT_PG),
                   help="a PostgreSQL database to make a temporary schema in")
    p.add_argument("--batch-wait-ms", type=int, default=None,
                   help="ATTUNE_PERCEPTION_BATCH_WAIT_MS for the servers (default: the server's own, 2)")
    p.add_argument("--repeat", type=int, default=1,
                   help="run every server configuration this many times, interleaved; the table shows medians")
    p.add_argument("--no-signin-burst", action="store_true", help="skip the concurrent sign-in memory check")
    ns = p.parse_args(list(argv))
    if ns.quick:
        ns.duration, ns.warmup, ns.no_signin_burst = min(ns.duration, 2.0), min(ns.warmup, 0.5), True
    return ns


def main(argv: Sequence[str] | None = None) -> int:
    ns = parse(sys.argv[1:] if argv is None else argv)
    report: dict[str, Any] = {"machine": machine(), "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
                              "options": _options(ns), "servers": [], "cells": [], "signin_burst": [], "notes": []}
    with tempfile.TemporaryDirectory(prefix="attune-bench-") as tmp:
        for db in ns.db:
            with database(db, Path(tmp), ns.pg, report["notes"]) as url:
                if url is not None:
                    bench_database(ns, db, url, Path(tmp), report)
    report["medians"] = medians(report["cells"])
    report["machine"]["loadavg_after"] = list(os.getloadavg())
    report["finished_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    if ns.out:
        ns.out.write_text(json.dumps(report, indent=1) + "\n")
    if ns.json:
        print(json.dumps(report, indent=1))
    print(table(report), file=sys.stderr if ns.json else sys.stdout)
    return 0


def _options(ns: argparse.Namespace) -> dict[str, Any]:
    keep = ("duration", "warmup", "clients", "workers", "db", "batching", "threads", "repeat", "batch_wait_ms")
    return {k: getattr(ns, k) for k in keep}


@contextlib.contextmanager
def database(db: str, tmp: Path, pg: str, notes: list[str]) -> Iterator[str | None]:
    if db == "sqlite":
        yield f"sqlite:///{tmp / 'sqlite' / 'attune.db'}"
    elif db == "postgres" and postgres_reachable(pg):
        with postgres_schema(pg) as url:
            yield url
    else:
        notes.append(f"{db}: skipped (unknown, or not reachable)")
        yield None


def bench_database(ns: argparse.Namespace, db: str, url: str, tmp: Path, report: dict[str, Any]) -> None:
    people = make_people(url, tmp, max(ns.clients))
    batchings = {"on": [True], "off": [False], "both": [True, False]}[ns.batching]
    for repeat, workers, threads, batching in itertools.product(range(ns.repeat), ns.workers, ns.threads, batchings):
        label = {"db": db, "workers": workers, "batching": batching, "threads": threads, "repeat": repeat}
        server, cells = bench_server(ns, label, url, tmp, people)
        report["servers"].append(server)
        report["cells"].extend(cells)
        _progress(f"{label}: done")
    if not ns.no_signin_burst:
        report["signin_burst"].append(signin_burst(db, url, tmp, people[:8]))


def _progress(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def make_people(url: str, tmp: Path, count: int) -> list[dict[str, str]]:
    """Accounts and API tokens made through the API by a setup server, which is stopped afterwards."""
    setup = BenchServer(tmp, url, 1, env={"ATTUNE_KDF_PROFILE": "test"})
    setup.start()
    try:
        setup.wait_ready()
        people = []
        with httpx.Client(base_url=setup.url, timeout=60) as client:
            for i in range(count):
                who = {"username": f"bench{i:03d}", "password": PASSWORD}
                client.post("/api/v1/accounts", json=who).raise_for_status()
                token = client.post("/api/v1/tokens", json=who).raise_for_status().json()["token"]
                people.append({**who, "token": token})
        return people
    finally:
        setup.stop()


def server_env(ns: argparse.Namespace, label: dict[str, Any]) -> dict[str, str]:
    env = {"ATTUNE_PERCEPTION_BATCH": "1" if label["batching"] else "0",
           "ATTUNE_PERCEPTION_THREADS": str(label["threads"])}
    if ns.batch_wait_ms is not None:
        env["ATTUNE_PERCEPTION_BATCH_WAIT_MS"] = str(ns.batch_wait_ms)
    return env


def bench_server(
    ns: argparse.Namespace, label: dict[str, Any], url: str, tmp: Path, people: list[dict[str, str]],
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    server = BenchServer(tmp, url, label["workers"], env=server_env(ns, label))
    server.start()
    root = server.process.pid if server.process else 0
    tokens = [p["token"] for p in people]
    try:
        cold = server.first_checkin_seconds(tokens[0])
        server.warm_every_worker(tokens[0])
        cells = [label | run_cell(server.url, tokens, n, ns.duration, ns.warmup, lambda: tree_cpu_seconds(root))
                 .summary() for n in ns.clients]
        workers = sorted({w for cell in cells for w in cell["answered_by"] if w != "?"})
        memory = {w: memory_mib(w) for w in workers}
        supervisor = memory_mib(root) if label["workers"] > 1 else None
    finally:
        server.stop()
    return label | {"cold_start_s": round(cold, 2), "worker_memory": memory, "supervisor_memory": supervisor}, cells


def signin_burst(db: str, url: str, tmp: Path, people: list[dict[str, str]]) -> dict[str, Any]:
    """Peak memory of one worker while 8 people sign in at once with the production Argon2id cost
    (64 MiB each). Their stored hashes use the test cost, so each sign-in re-hashes at production
    cost: the same two Argon2id runs as an ordinary production sign-in."""
    server = BenchServer(tmp, url, 1, env={"ATTUNE_KDF_PROFILE": ""})
    server.start()
    try:
        server.wait_ready()
        pids: set[str] = set()
        started = time.perf_counter()
        threads = [threading.Thread(target=_sign_in, args=(server.url, p, pids)) for p in people]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - started
        memory = {pid: memory_mib(pid) for pid in pids}
    finally:
        server.stop()
    return {"db": db, "signins": len(people), "wall_s": round(elapsed, 2), "worker_memory": memory}


def _sign_in(base: str, person: dict[str, str], pids: set[str]) -> None:
    got = httpx.post(f"{base}/api/v1/tokens", json={"username": person["username"], "password": person["password"]},
                     timeout=120)
    got.raise_for_status()
    pids.add(got.headers.get("x-attune-worker", "?"))


def machine() -> dict[str, Any]:
    return {
        "nproc": os.cpu_count(), "cpu_model": _cpu_model(), "ram_gib": _ram_gib(), "python": platform.python_version(),
        "loadavg_before": list(os.getloadavg()), "busiest_other_processes": _busiest_processes(),
    }


def _cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def _ram_gib() -> float | None:
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    return None


def _busiest_processes() -> list[str]:
    """What else was using the CPU when the run started: it shares the cores with the benchmark."""
    try:
        out = subprocess.run(["ps", "-eo", "pid=,pcpu=,rss=,args=", "--sort=-pcpu"], capture_output=True, text=True,
                             timeout=5, check=True).stdout.splitlines()
    except (OSError, subprocess.SubprocessError):
        return []
    others = [line.split(None, 1)[1] for line in out if line.split() and line.split()[0] != str(os.getpid())]
    return [" ".join(line.split())[:110] for line in others if not line.split(None, 2)[2].startswith("ps -eo")][:5]


CONFIG = ("db", "workers", "batching", "threads", "clients")
MEASURES = ("p50_ms", "p95_ms", "p99_ms", "throughput_per_s", "server_cpu_ms_per_checkin", "client_cpu_share")


def medians(cells: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per configuration: the median of each measure over the repeats, errors summed."""
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for cell in cells:
        groups.setdefault(tuple(cell[k] for k in CONFIG), []).append(cell)
    rows = []
    for key, group in groups.items():
        row: dict[str, Any] = dict(zip(CONFIG, key, strict=True)) | {"runs": len(group)}
        for measure in MEASURES:
            values = [c[measure] for c in group if c[measure] is not None]
            row[measure] = round(statistics.median(values), 2) if values else None
        row["errors"] = sum(c["errors"] for c in group)
        rows.append(row)
    return rows


def table(report: dict[str, Any]) -> str:
    lines = [f"{'db':9}{'workers':>8}{'batch':>6}{'thr':>4}{'clients':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
             f"{'check-ins/s':>12}{'cpu ms':>8}{'errors':>7}"]
    for c in report["medians"]:
        lines.append(f"{c['db']:9}{c['workers']:>8}{_onoff(c['batching']):>6}{_num(c['threads'], 0):>4}"
                     f"{c['clients']:>8}"
                     f"{_num(c['p50_ms']):>9}{_num(c['p95_ms']):>9}{_num(c['p99_ms']):>9}"
                     f"{c['throughput_per_s']:>12}{_num(c['server_cpu_ms_per_checkin']):>8}{c['errors']:>7}")
    lines.append("")
    lines.append(f"{'db':9}{'workers':>8}{'batch':>6}{'thr':>4}{'cold start s':>14}  peak RSS per worker, MiB (max)")
    for config, servers in _by_config(report["servers"]).items():
        cold = statistics.median(s["cold_start_s"] for s in servers)
        peak = max(m.get("peak_rss_mib", 0.0) for s in servers for m in s["worker_memory"].values())
        db, workers, batching, threads = config
        lines.append(f"{db:9}{workers:>8}{_onoff(batching):>6}{_num(threads, 0):>4}{cold:>14.2f}  {peak}")
    for b in report["signin_burst"]:
        peaks = ", ".join(str(m.get("peak_rss_mib", "?")) for m in b["worker_memory"].values())
        lines.append(f"{b['db']}: {b['signins']} sign-ins at once took {b['wall_s']} s; worker peak RSS {peaks} MiB")
    lines.extend(report["notes"])
    return "\n".join(lines)


def _by_config(servers: list[dict[str, Any]]) -> dict[tuple[Any, ...], list[dict[str, Any]]]:
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for server in servers:
        groups.setdefault(tuple(server[k] for k in CONFIG[:-1]), []).append(server)
    return groups


def _num(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _onoff(value: bool) -> str:
    return "on" if value else "off"
