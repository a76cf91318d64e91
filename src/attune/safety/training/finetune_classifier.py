"""Fine-tune all-MiniLM-L6-v2 end to end as the safety detector's learned second opinion.

Why: the shipped n-gram head only generalises as far as the word pieces it has seen (out-of-fold
recall 0.64 with folds that split families). A fine-tuned sentence encoder reads paraphrase,
so risk said in words no rule or n-gram holds can still reach a gentle check-in.

    python -m attune.safety.training.finetune_classifier --data build/safety_ft/data.jsonl \\
        --base BASE --out OUT --launch [--device cuda]

--launch trains, for each configuration in CONFIGS (or --configs), one model per fold (trained on the
other folds, scoring its own: out-of-fold probabilities) and one on everything, side by side, and
writes each configuration's out-of-fold report, with every training's exit status, to reports.json.
Each full model is kept in fp16 parts small enough to travel back from a lent GPU. Choose the
configuration from reports.json; on the CPU machine, export_classifier.py turns its parts into the
shipped int8 ONNX file and chooses the threshold from its out-of-fold probabilities. Needs only torch,
transformers and numpy (data from classifier_data.py), so it runs on a bare GPU image: carry the
base in fp16 (AutoModel's save_pretrained after .half(), 45 MB) to fit the transfer limit; it
trains in fp32.

On a lent H200 (28 Nov 2026; up to 18 trainings side by side, 2-4 minutes a run), out-of-fold recall
on the risk the rules leave alone, at a 4 % false-alarm rate on the hard negatives they leave alone:
with 8,562 single-message cases and 3,000 GoEmotions comments, ep4 0.884, ep8 0.923, ep4-lr1e4
0.906; adding 3,000 comments of painful emotions (classifier_data --distress), ep6 0.906, ep8 0.912,
ep8 seed 21 0.934: the seed moves it as much as the recipe. But 250 fresh messages of ordinary
distress (eval/safety/ordinary_heldout.jsonl) showed the first ep8 raising 16 % of them. Shipped:
ep8 with those 3,000 comments and 250 ordinary-distress messages by two outside authors
(train_ordinary.jsonl, weighed four times; the other 250 held out), whose threshold is chosen with
ordinary distress inside the false-alarm budget: out-of-fold 0.895 at threshold 0.997, and 2.4 % of
the held-out ordinary distress raised.

Retrained on a lent H200 (28 Nov 2026, second lease; 12 trainings side by side, 4.5 minutes) with
rounds 35-46 and 240 messages of ordinary distress in the six other languages
(train_ordinary_multilingual.jsonl, weighed four times like the English half): 18,454 rows, ep8 seed 13
out of fold 0.864 of the risk the rules leave alone at threshold 0.996 (ep8 seed 21: 0.825; not
comparable with 0.895 above: the folds now hold twelve more rounds of hard negatives). Shipped for what
it did on sets it never saw: round 18 recall 0.958 -> 0.976 (high 0.902 -> 0.941, FPR 0.076 -> 0.070),
round 10 unchanged, ordinary distress in six languages held out raised 15.0 % -> 7.8 %, English ordinary
distress held out 9.6 % -> 10.4 % (two messages), ESConv situations 10 -> 9 of 195.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from attune.perception.training.train_encoder import (
    collate,
    decay_groups,
    length_grouped_batches,
    mean_pooled,
    warmup_then_linear,
)
from attune.safety.encoder_classifier import TRAINED_MAX_LENGTH
from attune.safety.training.classifier_data import N_CLASSES, class_weights, oof_report, read_rows

PART_BYTES = 15 * 1024 * 1024
CONFIGS: dict[str, list[str]] = {
    "ep4": ["--epochs", "4"],
    "ep8": ["--epochs", "8"],
    "ep4-lr1e4": ["--epochs", "4", "--lr", "1e-4"],
    "ep8-s21": ["--epochs", "8", "--seed", "21"],
    "ep6": ["--epochs", "6"],
}


class SafetyClassifier(nn.Module):
    """Encoder, mean pooling over the attention mask, dropout, one linear layer to the 7 classes."""

    def __init__(self, encoder: nn.Module, hidden: int = 384) -> None:
        super().__init__()
        self.encoder = encoder
        self.dropout = nn.Dropout(0.1)
        self.classes = nn.Linear(hidden, N_CLASSES)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.classes(self.dropout(mean_pooled(self.encoder, input_ids, attention_mask)))


def load_model(base: Path) -> tuple[Any, SafetyClassifier]:
    from transformers import AutoModel, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(base))
    # .float(): a base carried in fp16 (to fit a transfer limit) trains in fp32
    encoder = AutoModel.from_pretrained(str(base), attn_implementation="eager").float()
    return tok, SafetyClassifier(encoder)


def train_one(args: argparse.Namespace) -> None:
    """One model: trained on every fold but args.fold (all of them when it is -1)."""
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    device = torch.device(args.device)
    rows = read_rows(args.data)
    train = [r for r in rows if r["fold"] != args.fold]
    held = [r for r in rows if r["fold"] == args.fold]
    tok, model = load_model(args.base)
    model.to(device)
    enc = tok([r["text"] for r in train], truncation=True, max_length=args.max_length)["input_ids"]
    y = torch.tensor([r["label"] for r in train], dtype=torch.long)
    plan_len = len(length_grouped_batches([len(x) for x in enc], args.batch, random.Random(0)))
    total, warmup = plan_len * args.epochs, int(0.06 * plan_len * args.epochs)
    opt = torch.optim.AdamW(decay_groups(model), lr=args.lr)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: warmup_then_linear(s, warmup, total))
    loss_fn = nn.CrossEntropyLoss(weight=torch.tensor(class_weights(y.tolist())).to(device))
    t0 = time.time()
    for epoch in range(1, args.epochs + 1):
        model.train()
        for batch in length_grouped_batches([len(x) for x in enc], args.batch, rng):
            ids, mask = collate([enc[i] for i in batch])
            loss = loss_fn(model(ids.to(device), mask.to(device)), y[batch].to(device))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
        print(f"fold {args.fold} epoch {epoch} loss {loss.item():.4f} {time.time() - t0:.0f}s", flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    if held:
        probs = predict(model, tok, [r["text"] for r in held], device, args.max_length)
        with (args.out / f"oof-{args.fold}.jsonl").open("w", encoding="utf-8") as fh:
            for row, p in zip(held, probs, strict=True):
                fh.write(json.dumps({"id": row["id"], "probs": [round(float(v), 5) for v in p]}) + "\n")
    else:
        save_parts(model, args.out)
    print(f"fold {args.fold} done {time.time() - t0:.0f}s", flush=True)


@torch.no_grad()
def predict(model: SafetyClassifier, tok: Any, texts: list[str], device: torch.device,
            max_length: int) -> np.ndarray:
    model.eval()
    enc = tok(texts, truncation=True, max_length=max_length)["input_ids"]
    out = np.zeros((len(texts), N_CLASSES), np.float32)
    for start in range(0, len(texts), 128):
        ids, mask = collate(enc[start : start + 128])
        logits = model(ids.to(device), mask.to(device))
        out[start : start + 128] = torch.softmax(logits.float(), -1).cpu().numpy()
    return out


def save_parts(model: SafetyClassifier, out: Path) -> None:
    """fp16 state dict in parts under PART_BYTES (files coming back from a lent GPU are capped)."""
    whole = out / "final.fp16.pt"
    state = {k: (v.half() if v.is_floating_point() else v).cpu() for k, v in model.state_dict().items()}
    torch.save(state, whole)
    data = whole.read_bytes()
    for i in range(0, len(data), PART_BYTES):  # zero-padded, so that `cat part*` joins them in order
        (out / f"final.fp16.pt.part{i // PART_BYTES:02d}").write_bytes(data[i : i + PART_BYTES])
    whole.unlink()


def launch(args: argparse.Namespace) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    rows = read_rows(args.data)
    folds = sorted({int(r["fold"]) for r in rows})
    procs: dict[tuple[str, int], subprocess.Popen[bytes]] = {}
    configs = {k: v for k, v in CONFIGS.items() if not args.configs or k in args.configs.split(",")}
    for name, extra in configs.items():
        out = args.out / name
        out.mkdir(parents=True, exist_ok=True)
        for stale in [*out.glob("oof-*.jsonl"), *out.glob("final.fp16.pt.part*")]:
            stale.unlink()  # a crashed fold must not be covered by an earlier run's file
        for fold in [*folds, -1]:
            cmd = [sys.executable, "-m", "attune.safety.training.finetune_classifier", "--data", str(args.data),
                   "--base", str(args.base), "--out", str(out), "--fold", str(fold), "--device", args.device,
                   *extra]
            log = (out / f"log-{fold}.txt").open("wb")
            procs[(name, fold)] = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
    deadline = time.time() + args.deadline if args.deadline > 0 else float("inf")
    while any(p.poll() is None for p in procs.values()) and time.time() < deadline:
        time.sleep(5)
    for p in procs.values():
        if p.poll() is None:
            p.kill()
            p.wait()
    reports: dict[str, dict[str, Any]] = {}
    for name in configs:
        probs = {}
        for fold in folds:
            path = args.out / name / f"oof-{fold}.jsonl"
            if path.is_file():
                probs.update({r["id"]: r["probs"] for r in read_rows(path)})
        report: dict[str, Any] = dict(oof_report(rows, probs)) if probs else {}
        report["exit_status"] = {str(fold): procs[(name, fold)].returncode for fold in [*folds, -1]}
        report["complete"] = all(code == 0 for code in report["exit_status"].values())
        reports[name] = report
        print(name, json.dumps(report), flush=True)
    (args.out / "reports.json").write_text(json.dumps(reports, indent=1))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, required=True, help="classifier_data.py's output")
    ap.add_argument("--base", type=Path, required=True, help="all-MiniLM-L6-v2 folder (fp16 is fine)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--fold", type=int, default=-1, help="the fold held out; -1 trains on everything")
    ap.add_argument("--launch", action="store_true", help="every configuration and fold side by side")
    ap.add_argument("--deadline", type=float, default=420.0,
                    help="seconds before --launch stops the trainings (0: no limit, as on a CPU)")
    ap.add_argument("--configs", default="", help="comma-separated names from CONFIGS (default: all)")
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--max-length", type=int, default=TRAINED_MAX_LENGTH, help="word pieces per message")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--limit", type=int, default=0, help="smoke test: only N rows")
    args = ap.parse_args()
    if args.limit:
        limited = args.out / "limited.jsonl"
        args.out.mkdir(parents=True, exist_ok=True)
        limited.write_text("".join(json.dumps(r) + "\n" for r in read_rows(args.data)[: args.limit]))
        args.data = limited
    if args.launch:
        launch(args)
    else:
        train_one(args)


if __name__ == "__main__":
    main()
