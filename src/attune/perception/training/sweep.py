"""Train several encoder configurations side by side on one GPU and keep the best on dev.

Why: one CPU run of train_encoder takes about an hour here, so hyper-parameters for the affect
task (how often EmoBank is seen, how long, how fast) could not be compared on CPU. A lent GPU
trains six of them at once in minutes. Each configuration is a plain train_encoder run; this
script only launches them, stops them at a deadline, scores their last checkpoints on dev the
way the export does (per-label thresholds tuned on dev, the Ekman group head fitted on train,
Pearson r on EmoBank dev), also scores the uniform weight average ("soup") of the finished
ones, and saves the best in fp16, split into parts small enough to travel back:

    python -m attune.perception.training.sweep --data DATA --base BASE --out OUT

Then, on the CPU machine: join the parts (``cat best.fp16.pt.part* > best.fp16.pt``) and run
export_artifact on it as on any checkpoint. Needs torch, transformers and numpy beside the
repository's own source (no onnxruntime or web stack), so it runs on a bare GPU image.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch

from attune.evaluation.perception import (
    ekman_gold,
    label_matrix,
    read_ekman_groups,
    read_emobank,
    read_goemotions,
    read_label_names,
)
from attune.perception.training.train_encoder import MultiTaskModel

CONFIGS: list[dict[str, Any]] = [
    {"name": "base", "args": []},
    {"name": "eb4", "args": ["--emobank-repeats", "4"]},
    {"name": "eb6", "args": ["--emobank-repeats", "6"]},
    {"name": "eb4-ep4", "args": ["--emobank-repeats", "4", "--epochs", "4"]},
    {"name": "eb4-s21", "args": ["--emobank-repeats", "4", "--seed", "21"]},
    {"name": "eb4-lr8", "args": ["--emobank-repeats", "4", "--lr", "8e-5"]},
]
PART_BYTES = 15 * 1024 * 1024
MACRO_FLOOR, EKMAN_FLOOR = 0.466, 0.622  # targets 0.46 / 0.62 plus the int8 export's usual loss
DEVICE = "cuda"  # --device cpu for a smoke test


def launch(configs: list[dict[str, Any]], data: Path, base: Path, out: Path,
           extra: list[str]) -> dict[str, subprocess.Popen[bytes]]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    procs = {}
    for cfg in configs:
        folder = out / cfg["name"]
        folder.mkdir(parents=True, exist_ok=True)
        cmd = [sys.executable, "-m", "attune.perception.training.train_encoder", "--data", str(data),
               "--base", str(base), "--out", str(folder), "--device", DEVICE, *cfg["args"], *extra]
        log = (folder / "train.log").open("wb")
        procs[cfg["name"]] = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
    return procs


def wait(procs: dict[str, subprocess.Popen[bytes]], deadline: float) -> dict[str, str]:
    while time.time() < deadline and any(p.poll() is None for p in procs.values()):
        time.sleep(5)
    status = {}
    for name, p in procs.items():
        if p.poll() is None:
            p.kill()
            p.wait()
            status[name] = "stopped at deadline"
        else:
            status[name] = f"exit {p.returncode}"
    return status


def last_checkpoint(folder: Path) -> Path | None:
    found = sorted(folder.glob("epoch*.pt"), key=lambda p: int(p.stem.removeprefix("epoch")))
    return found[-1] if found else None


class Dev:
    """Texts and gold labels for scoring, loaded once (with the evaluation's own readers)."""

    def __init__(self, data: Path, tok: Any) -> None:
        ge_dir = data / "goemotions"
        self.labels = read_label_names(ge_dir / "emotions.txt")
        self.groups = read_ekman_groups(ge_dir)
        dev, train = read_goemotions(ge_dir / "dev.tsv"), read_goemotions(ge_dir / "train.tsv")
        self.dev_texts, self.train_texts = [r.text for r in dev], [r.text for r in train]
        self.gold = label_matrix([r.labels for r in dev], len(self.labels))
        self.train_gold = label_matrix([r.labels for r in train], len(self.labels))
        eb = read_emobank(data / "emobank" / "emobank.csv", "dev")
        self.eb_texts = [r.text for r in eb]
        self.eb_va = np.array([[r.valence, r.arousal] for r in eb])
        self.tok = tok

    def cut(self, n: int) -> None:
        self.dev_texts, self.gold = self.dev_texts[:n], self.gold[:n]
        self.train_texts, self.train_gold = self.train_texts[:n], self.train_gold[:n]
        self.eb_texts, self.eb_va = self.eb_texts[:n], self.eb_va[:n]

    def ekman(self, gold: np.ndarray) -> np.ndarray:
        return ekman_gold(gold, self.labels, self.groups)


@torch.no_grad()
def forward(model: MultiTaskModel, tok: Any, texts: list[str]) -> tuple[np.ndarray, ...]:
    model.eval()
    outs: list[list[np.ndarray]] = [[], [], []]
    order = np.argsort([len(t) for t in texts])
    for start in range(0, len(texts), 256):
        chunk = [texts[i] for i in order[start : start + 256]]
        enc = tok(chunk, truncation=True, max_length=128, padding=True, return_tensors="pt")
        pooled, logits, affect = model(enc["input_ids"].to(DEVICE), enc["attention_mask"].to(DEVICE))
        for o, t in zip(outs, (pooled, logits, affect), strict=True):
            o.append(t.float().cpu().numpy())
    back = np.argsort(order)
    return tuple(np.concatenate(o)[back] for o in outs)


def best_f1(scores: np.ndarray, gold: np.ndarray) -> float:
    """The best F1 of one column over thresholds at its score quantiles (as the export tunes them)."""
    cuts = np.unique(np.quantile(scores, np.linspace(0.5, 0.999, 300)))
    pred = scores[None, :] >= cuts[:, None]
    tp = (pred & gold[None, :]).sum(1)
    f1 = 2 * tp / np.maximum(pred.sum(1) + gold.sum(), 1)
    return float(f1.max())


def tuned_macro_f1(scores: np.ndarray, gold: np.ndarray) -> float:
    return float(np.mean([best_f1(scores[:, j], gold[:, j]) for j in range(gold.shape[1])]))


def group_head_scores(x_train: np.ndarray, y_train: np.ndarray, x_dev: np.ndarray) -> np.ndarray:
    """One L2 logistic regression per group (C=1, as fit_ekman_head) by full-batch L-BFGS on the GPU."""
    x = torch.tensor(x_train, device=DEVICE, dtype=torch.float64)
    y = torch.tensor(y_train, device=DEVICE, dtype=torch.float64)
    w = torch.zeros(x.shape[1], y.shape[1], device=DEVICE, dtype=torch.float64, requires_grad=True)
    b = torch.zeros(y.shape[1], device=DEVICE, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([w, b], max_iter=500, tolerance_grad=1e-6, line_search_fn="strong_wolfe")

    def closure() -> torch.Tensor:
        opt.zero_grad()
        loss = torch.nn.functional.binary_cross_entropy_with_logits(x @ w + b, y, reduction="sum")
        loss = loss + 0.5 * (w * w).sum()
        loss.backward()
        return loss

    opt.step(closure)
    with torch.no_grad():
        return torch.sigmoid(torch.tensor(x_dev, device=DEVICE, dtype=torch.float64) @ w + b).cpu().numpy()


def score(model: MultiTaskModel, dev: Dev, group_head: bool = True) -> dict[str, float]:
    """Dev figures; without group_head the Ekman head (a pass over all of train) is left out."""
    t0 = time.time()
    emb, logits, _ = forward(model, dev.tok, dev.dev_texts)
    _, _, affect = forward(model, dev.tok, dev.eb_texts)
    probs = 1 / (1 + np.exp(-logits))
    members = np.stack([probs[:, [dev.labels.index(m) for m in g]].max(1) for g in dev.groups.values()], axis=1)
    if group_head:
        train_emb, _, _ = forward(model, dev.tok, dev.train_texts)
        head = group_head_scores(train_emb, dev.ekman(dev.train_gold), emb)
    return {"macro_f1": tuned_macro_f1(probs, dev.gold),
            "ekman_members": tuned_macro_f1(members, dev.ekman(dev.gold)),
            "ekman_head": tuned_macro_f1(head, dev.ekman(dev.gold)) if group_head else float("nan"),
            "valence_r": float(np.corrcoef(affect[:, 0], dev.eb_va[:, 0])[0, 1]),
            "arousal_r": float(np.corrcoef(affect[:, 1], dev.eb_va[:, 1])[0, 1]),
            "seconds": round(time.time() - t0, 1)}


def soup(paths: list[Path]) -> dict[str, torch.Tensor]:
    states = [torch.load(p, map_location="cpu") for p in paths]
    return {k: sum(s[k] for s in states) / len(states) if v.is_floating_point() else v
            for k, v in states[0].items()}


def save_parts(state: dict[str, torch.Tensor], out: Path) -> list[str]:
    whole = out / "best.fp16.pt"
    torch.save({k: (v.half() if v.is_floating_point() else v).cpu() for k, v in state.items()}, whole)
    blob, names = whole.read_bytes(), []
    for i in range(0, len(blob), PART_BYTES):
        part = out / f"best.fp16.pt.part{i // PART_BYTES}"
        part.write_bytes(blob[i : i + PART_BYTES])
        names.append(part.name)
    whole.unlink()
    return names


def pick(results: dict[str, dict[str, Any]]) -> str | None:
    """The best valence among candidates that keep the emotion targets.

    The floors are the targets plus a margin, or the repeated shipped recipe's own figures ("base")
    less a little where those are lower: this quick scoring reads a little below the export's.
    """
    base = results.get("base", {})
    macro = min(MACRO_FLOOR, base.get("macro_f1", 1.0) - 0.004)
    ekman = min(EKMAN_FLOOR, base.get("ekman_head", 1.0) - 0.002)
    ok = [n for n, r in results.items() if "valence_r" in r and r["macro_f1"] >= macro and r["ekman_head"] >= ekman]
    return max(ok, key=lambda n: results[n]["valence_r"]) if ok else None


def score_only(checkpoints: list[Path], data: Path, base: Path, group_head: bool) -> None:
    """Score checkpoints the same quick way, e.g. one trained further on the CPU."""
    from transformers import AutoModel, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(base))
    dev = Dev(data, tok)
    model = MultiTaskModel(AutoModel.from_pretrained(str(base), attn_implementation="eager").float()).to(DEVICE)
    for ckpt in checkpoints:
        model.load_state_dict(torch.load(ckpt, map_location=DEVICE))
        print(json.dumps({str(ckpt): score(model, dev, group_head)}), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--base", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True, help="small results and the best model's parts")
    ap.add_argument("--work", type=Path, default=Path("build/sweep"))
    ap.add_argument("--train-seconds", type=float, default=360)
    ap.add_argument("--device", default="cuda")
    ap.add_argument("--limit", type=int, default=0, help="smoke test: N training and scoring examples")
    ap.add_argument("--score", type=Path, nargs="*", help="only score these checkpoints (no training)")
    ap.add_argument("--no-group-head", action="store_true", help="with --score: skip the Ekman head (quick)")
    args = ap.parse_args()
    global DEVICE
    DEVICE = args.device
    if args.score:
        score_only(args.score, args.data, args.base, not args.no_group_head)
        return
    extra = ["--limit", str(args.limit), "--epochs", "1"] if args.limit else []
    from transformers import AutoModel, AutoTokenizer

    start = time.time()
    procs = launch(CONFIGS, args.data, args.base, args.work, extra)
    status = wait(procs, start + args.train_seconds)
    tok = AutoTokenizer.from_pretrained(str(args.base))
    dev = Dev(args.data, tok)
    if args.limit:
        dev.cut(args.limit)
    model = MultiTaskModel(AutoModel.from_pretrained(str(args.base), attn_implementation="eager").float()).to(DEVICE)
    results: dict[str, dict[str, Any]] = {}
    finished: list[Path] = []
    for cfg in CONFIGS:
        ckpt = last_checkpoint(args.work / cfg["name"])
        log = (args.work / cfg["name"] / "train.log").read_text(errors="replace").splitlines()
        results[cfg["name"]] = {"status": status[cfg["name"]], "checkpoint": ckpt.name if ckpt else None,
                                "log_tail": log[-3:]}
        if ckpt is None:
            continue
        model.load_state_dict(torch.load(ckpt, map_location=DEVICE))
        results[cfg["name"]].update(score(model, dev))
        if status[cfg["name"]] == "exit 0":
            finished.append(ckpt)
        print(json.dumps({cfg["name"]: results[cfg["name"]]}), flush=True)
    if len(finished) > 1:
        model.load_state_dict({k: v.to(DEVICE) for k, v in soup(finished).items()})
        results["soup"] = {"of": [str(p) for p in finished], **score(model, dev)}
        print(json.dumps({"soup": results["soup"]}), flush=True)
    best = pick(results)
    args.out.mkdir(parents=True, exist_ok=True)
    summary: dict[str, Any] = {"results": results, "best": best, "seconds": round(time.time() - start)}
    if best:
        state = soup(finished) if best == "soup" else torch.load(args.work / best / results[best]["checkpoint"],
                                                                 map_location="cpu")
        summary["parts"] = save_parts(state, args.out)
        norm = (finished[0].parent if best == "soup" else args.work / best) / "affect_norm.json"
        (args.out / "affect_norm.json").write_bytes(norm.read_bytes())
    (args.out / "sweep.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    print(json.dumps({"best": best, "seconds": summary["seconds"]}), flush=True)


if __name__ == "__main__":
    main()
