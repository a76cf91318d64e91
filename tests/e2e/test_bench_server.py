"""`attune bench` runs end to end on a small scale and reports what it promises."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow


def test_a_quick_bench_reports_latency_memory_and_cold_start() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "attune", "bench", "--quick", "--json", "--db", "sqlite", "--workers", "1",
         "--clients", "1,2", "--batching", "on", "--duration", "1"],
        capture_output=True, text=True, timeout=300, check=True,
    )
    report = json.loads(run.stdout)
    assert [c["clients"] for c in report["cells"]] == [1, 2]
    assert all(c["errors"] == 0 and c["checkins"] > 0 and c["p95_ms"] for c in report["cells"])
    [server] = report["servers"]
    assert server["cold_start_s"] > 0
    assert all(m["peak_rss_mib"] > 0 for m in server["worker_memory"].values())
    assert report["machine"]["nproc"] and "p50 ms" in run.stderr
