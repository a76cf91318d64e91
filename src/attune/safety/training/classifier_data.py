"""Prepare the fine-tuning set for the safety encoder classifier (finetune_classifier.py).

    python -m attune.safety.training.classifier_data --cases eval/safety/train.jsonl \\
        eval/safety/round1{1..7}.jsonl eval/safety/round{19..34}.jsonl --data ../shared/data \\
        --out build/safety_ft/data.jsonl

Why a separate step: deciding which messages the rules leave to the classifier ("gated") needs
the rule engine, and the fine-tuning itself may run on a bare GPU machine that has torch but not
Attune's dependencies. Each row is one single message, normalised as the detector normalises it,
with its class, whether the rules leave it to the classifier, and a fold.

Folds are whole files (whole outside rounds), never random rows: a round holds families of
near-identical phrasings, and a random split would put a sentence's twin in the training folds
and flatter the out-of-fold figures the threshold is chosen on.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from attune.domain.reading import RISK_CATEGORIES as CLASSES

FOLDS = 5
N_CLASSES = len(CLASSES)
MAX_FPR_HARD = 0.04  # as train_head with --max-fpr 0.04
FINE_GRID = tuple(step / 1000 for step in range(500, 1000))  # fine-tuned probabilities crowd near 0 and 1


def read_rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def case_group(path: Path, case_id: str) -> str:
    """The unit kept whole inside one fold: a round file, or one authoring batch of train.jsonl."""
    if path.stem != "train":
        return path.stem
    return "train-r9" if case_id.startswith("train-r9") else "train"


def assign_folds(sizes: Counter[str], folds: int = FOLDS) -> dict[str, int]:
    """Largest groups first, each into the currently smallest fold (balanced by rows)."""
    load = [0] * folds
    out: dict[str, int] = {}
    for group, size in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0])):
        fold = load.index(min(load))
        out[group] = fold
        load[fold] += size
    return out


def is_ordinary_distress(path: Path) -> bool:
    """A file of ordinary distress only: every message in it, earlier ones included, is non-risk."""
    return path.stem.startswith("train_ordinary")


def single_messages(path: Path, case: dict[str, Any]) -> list[tuple[str, str]]:
    """(id, message) pairs a case gives as single-message rows.

    A multi-turn case's label depends on earlier messages that one message does not carry, so it
    gives none, except in an ordinary-distress file: there each message of the conversation is
    ordinary on its own, and short fragments ("again", "night shift again") are exactly what the
    n-gram head over-reads when it is asked about earlier messages.
    """
    if case["kind"] != "multi_turn":
        return [(case["id"], case["text"])]
    if not is_ordinary_distress(path):
        return []
    messages = [*case.get("context", []), case["text"]]
    return [(f"{case['id']}-m{i}", text) for i, text in enumerate(messages)]


def case_rows(paths: list[Path]) -> list[dict[str, object]]:
    from attune.safety.normalise import normalise
    from attune.safety.rule_engine import assess_messages

    rows: list[dict[str, object]] = []
    for path in paths:
        for case in read_rows(path):
            for row_id, text in single_messages(path, case):
                result = assess_messages([text])
                rows.append({"id": row_id, "text": normalise(text), "written": text,
                             "label": CLASSES.index(case["risk"]), "group": case_group(path, case["id"]),
                             "gated": result.level == "none" and not result.explained, "hard": True})
    return rows


def ordinary_texts(data: Path, n: int, seed: int) -> list[str]:
    """A seeded sample of GoEmotions comments (as written) that the rules leave alone."""
    from attune.safety.rule_engine import assess_messages

    path = data / "goemotions" / "train.tsv"
    if not path.is_file():
        return []
    lines = path.read_text("utf-8").splitlines()
    random.Random(seed).shuffle(lines)
    out: list[str] = []
    for line in lines:
        text = line.split("\t", 1)[0]
        if assess_messages([text]).level == "none":
            out.append(text)
        if len(out) >= n:
            break
    return out


def ordinary_rows(data: Path, n: int, seed: int) -> list[dict[str, object]]:
    """GoEmotions comments the rules leave alone, as ordinary (non-risk) language (CC BY 4.0)."""
    from attune.safety.normalise import normalise

    texts = ordinary_texts(data, n, seed)
    return [{"id": f"goemotions-{i}", "text": normalise(t), "label": 0, "group": f"goemotions-{i % FOLDS}",
             "gated": True, "hard": False} for i, t in enumerate(texts)]


DISTRESS = ("sadness", "grief", "disappointment", "fear", "nervousness", "anger", "annoyance", "remorse",
            "embarrassment", "disgust")


def distress_rows(data: Path, n: int, seed: int, skip: set[str]) -> list[dict[str, object]]:
    """GoEmotions comments labelled with a painful emotion that the rules leave alone.

    Why: ordinary sadness, anger and worry are not risk (the issue says so), and a random sample
    of comments holds too few of them; without these the classifier learned "distress" rather
    than "danger" and raised a heartbroken divorce or a money worry as if it were risk.
    """
    from attune.safety.normalise import normalise
    from attune.safety.rule_engine import assess_messages

    names = (data / "goemotions" / "emotions.txt").read_text("utf-8").split()
    wanted = {names.index(e) for e in DISTRESS}
    lines = (data / "goemotions" / "train.tsv").read_text("utf-8").splitlines()
    random.Random(seed + 7).shuffle(lines)
    rows: list[dict[str, object]] = []
    for line in lines:
        text, labels, _ = line.split("\t")
        if not wanted & {int(x) for x in labels.split(",")} or normalise(text) in skip:
            continue
        result = assess_messages([text])
        if result.level != "none" or result.explained:
            continue  # as case_rows: only what the rules leave to the classifier
        i = len(rows)
        rows.append({"id": f"goemotions-distress-{i}", "text": normalise(text), "label": 0,
                     "group": f"goemotions-{i % FOLDS}", "gated": True, "hard": False})
        if len(rows) >= n:
            break
    return rows


def class_weights(labels: list[int]) -> np.ndarray:
    """Half the loss on `none`, half shared by the risk classes present (the detector asks risk or not)."""
    counts = np.bincount(np.asarray(labels, dtype=np.int64), minlength=N_CLASSES).astype(np.float32)
    present = int((counts[1:] > 0).sum())
    w = np.zeros(N_CLASSES, np.float32)
    w[0] = 0.5 / max(1.0, float(counts[0]))
    w[1:] = np.where(counts[1:] > 0, 0.5 / (max(1, present) * np.maximum(counts[1:], 1)), 0.0)
    return w * len(labels)


def _share(flags: np.ndarray) -> float:
    return float(flags.mean()) if flags.size else 0.0


def _columns(rows: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    label = np.array([r["label"] for r in rows])
    gated = np.array([r["gated"] for r in rows], dtype=bool)
    hard = np.array([r["hard"] for r in rows], dtype=bool)
    return label, gated, hard


def lowest_cut(p_risk: np.ndarray, hard_negatives: np.ndarray, easy_negatives: np.ndarray, max_fpr: float,
               grid: tuple[float, ...]) -> float | None:
    """The lowest cut in grid within the false-alarm budget, or None where none is.

    Ordinary comments get a third of the budget of the hard negatives the case authors wrote to
    look like risk: there are far more of them in what people write.
    """
    for tau in grid:
        if _share(p_risk[hard_negatives] >= tau) <= max_fpr and _share(p_risk[easy_negatives] >= tau) <= max_fpr / 3:
            return tau
    return None


def choose_threshold(p_risk: np.ndarray, rows: list[dict[str, Any]], max_fpr: float = MAX_FPR_HARD) -> float:
    """The lowest cut within budget on the negatives the rules leave to the classifier."""
    label, gated, hard = _columns(rows)
    cut = lowest_cut(p_risk, (label == 0) & gated & hard, (label == 0) & gated & ~hard, max_fpr, FINE_GRID)
    if cut is None:
        print("choose_threshold: no cut meets the false-alarm budget; using 0.999", file=sys.stderr)
        return 0.999
    return cut


def threshold_report(p_risk: np.ndarray, rows: list[dict[str, Any]], tau: float) -> dict[str, float]:
    label, gated, hard = _columns(rows)
    flagged = p_risk >= tau
    return {
        "recall_all": round(_share(flagged[label > 0]), 4),
        "recall_left_by_rules": round(_share(flagged[(label > 0) & gated]), 4),
        "fpr_hard_negatives_left_by_rules": round(_share(flagged[(label == 0) & gated & hard]), 4),
        "fpr_ordinary": round(_share(flagged[(label == 0) & ~hard]), 4),
    }


REPEAT_MARK = "#"  # in the id of a row's extra copy (--repeat): "r35-0001#2"


def repeated(rows: list[dict[str, object]], times: int) -> list[dict[str, object]]:
    """The extra copies that weigh rows `times` times in training."""
    return [{**r, "id": f"{r['id']}{REPEAT_MARK}{k}"} for k in range(1, times) for r in rows]


def first_copies(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each row once: thresholds and reports count a repeated row a single time."""
    return [r for r in rows if REPEAT_MARK not in str(r["id"])]


def oof_report(rows: list[dict[str, Any]], probs: dict[str, list[float]]) -> dict[str, float]:
    """Out-of-fold recall at the threshold the detector's false-alarm budget allows."""
    scored = [r for r in first_copies(rows) if r["id"] in probs]
    p_risk = np.array([1.0 - probs[r["id"]][0] for r in scored])
    tau = choose_threshold(p_risk, scored)
    return {"threshold": tau, "rows": len(scored), **threshold_report(p_risk, scored, tau)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=Path, nargs="+", required=True)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--ordinary", type=int, default=3000)
    ap.add_argument("--repeat", nargs="*", default=[], metavar="FILE:K",
                    help="weigh a small, targeted cases file K times (its rows repeated)")
    ap.add_argument("--distress", type=int, default=0, help="GoEmotions comments of painful emotions as `none`")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", type=Path, default=Path("build/safety_ft/data.jsonl"))
    args = ap.parse_args()
    rows = case_rows(args.cases)
    for spec in args.repeat:
        name, times = spec.rsplit(":", 1)
        if Path(name) not in args.cases:
            ap.error(f"--repeat {spec}: give {name} in --cases too (the repeats are its extra copies)")
        rows += repeated(case_rows([Path(name)]), int(times))
    folds = assign_folds(Counter(str(r["group"]) for r in rows))
    extra = ordinary_rows(args.data, args.ordinary, args.seed)
    if args.distress:
        extra += distress_rows(args.data, args.distress, args.seed, {str(r["text"]) for r in extra})
    for row in rows:
        row["fold"] = folds[str(row["group"])]
    for row in extra:
        row["fold"] = int(str(row["group"]).rsplit("-", 1)[1])
    all_rows = rows + extra
    random.Random(args.seed).shuffle(all_rows)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for row in all_rows:  # the text as written is for train_head's encoder features, not this file
            fh.write(json.dumps({k: v for k, v in row.items() if k != "written"}, ensure_ascii=False) + "\n")
    print(json.dumps({"rows": len(all_rows), "cases": len(rows), "ordinary": len(extra),
                      "folds": Counter(int(str(r["fold"])) for r in all_rows),
                      "groups": folds}, default=str))


if __name__ == "__main__":
    main()
