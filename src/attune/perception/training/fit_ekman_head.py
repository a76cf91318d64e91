"""Fit the Ekman group head on a shipped perception model and write it into its heads.json.

Why: the Ekman reading used to be the max of its member labels' probabilities, each member
thresholded for its own F1. A comment spread thinly over several members of one group (a little
annoyance, a little disapproval) then reaches no member's bar. One logistic regression per group on
the model's own 384-d embedding learns each group as one concept: on GoEmotions dev, Ekman macro-F1
0.601 → 0.620 with thresholds tuned on dev (0.596 → 0.611 five-fold cross-validated) for the model
shipped on 27 Nov 2026. The 28-label reading is unchanged.

Only GoEmotions train is fitted on; dev chooses the thresholds, as for every other threshold.
The embedding comes from the same ONNX graph that ships, so nothing is re-exported:

    python -m attune.perception.training.fit_ekman_head --data ../shared/data
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from attune.evaluation.metrics import macro_f1
from attune.evaluation.perception import ekman_gold, label_matrix, read_ekman_groups, read_goemotions, read_label_names
from attune.perception.encoder import MODEL_DIR, Encoder, Heads
from attune.perception.training.export_artifact import ROOT, best_thresholds, git_commit, sha256

SCRIPT = Path(__file__).resolve().relative_to(ROOT).as_posix()
C = 1.0
MAX_ITER = 1000
FOLDS = 5


def load_split(data: Path, split: str, encoder: Encoder) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(embedding, calibrated 28-label probabilities, Ekman gold) for one GoEmotions split."""
    labels = read_label_names(data / "goemotions" / "emotions.txt")
    groups = read_ekman_groups(data / "goemotions")
    if tuple(groups) != encoder.ekman_groups:
        raise SystemExit(f"Ekman groups differ: data {tuple(groups)} vs model {encoder.ekman_groups}")
    rows = read_goemotions(data / "goemotions" / f"{split}.tsv")
    out = encoder.encode([r.text for r in rows])
    gold = ekman_gold(label_matrix([r.labels for r in rows], len(labels)), labels, groups)
    return out.embedding, out.probabilities, gold


def fit_head(x: np.ndarray, y: np.ndarray) -> dict[str, Any]:
    from sklearn.linear_model import LogisticRegression

    models = [LogisticRegression(C=C, max_iter=MAX_ITER).fit(x, y[:, j]) for j in range(y.shape[1])]
    return {"weights": [m.coef_[0].astype(float).tolist() for m in models],
            "bias": [float(m.intercept_[0]) for m in models], "C": C}


def tuned_on(heads: Heads, scores: np.ndarray, gold: np.ndarray) -> Heads:
    """The heads with each group's F1-best threshold on these scores."""
    cut = best_thresholds(scores, gold)
    return replace(heads, ekman_thresholds=dict(zip(heads.ekman_groups, (float(t) for t in cut), strict=True)))


def evaluate(heads: Heads, scores: np.ndarray, gold: np.ndarray) -> dict[str, float]:
    """Macro-F1 with thresholds tuned on all of dev, and five-fold (tuned on four fifths, scored on one)."""
    cv = np.zeros_like(gold, dtype=bool)
    for held in np.array_split(np.random.default_rng(0).permutation(len(gold)), FOLDS):
        tune = np.setdiff1d(np.arange(len(gold)), held)
        cv[held] = tuned_on(heads, scores[tune], gold[tune]).decide_ekman(scores[held])
    return {"dev_tuned": macro_f1(gold, tuned_on(heads, scores, gold).decide_ekman(scores)),
            "dev_cv5": macro_f1(gold, cv)}


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--model", type=Path, default=MODEL_DIR)
    ap.add_argument("--no-write", action="store_true", help="score only; leave the model alone")
    args = ap.parse_args(argv)

    encoder = Encoder(args.model)
    without = replace(encoder.heads, ekman_head=None)
    train_emb, _, train_gold = load_split(args.data, "train", encoder)
    dev_emb, dev_probs, dev_gold = load_split(args.data, "dev", encoder)
    head = fit_head(train_emb, train_gold)
    with_head = replace(encoder.heads, ekman_head=head)
    old_scores, new_scores = (h.ekman_scores(dev_probs, dev_emb) for h in (without, with_head))
    before, after = evaluate(without, old_scores, dev_gold), evaluate(with_head, new_scores, dev_gold)
    print(json.dumps({"max_of_members": before, "group_head": after}, indent=1))
    if not args.no_write:
        cut = tuned_on(with_head, new_scores, dev_gold).ekman_thresholds
        write(args.model, head, cut, {"before": before, "after": after}, args.data)


def write(model: Path, head: dict[str, Any], cut: dict[str, float], figures: dict[str, Any], data: Path) -> None:
    heads_path, manifest_path = model / "heads.json", model / "manifest.json"
    heads = json.loads(heads_path.read_text(encoding="utf-8"))
    heads["ekman"]["head"] = head
    heads["ekman"]["thresholds"] = cut
    heads_path.write_text(json.dumps(heads, indent=1) + "\n", encoding="utf-8")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["ekman_head"] = {
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "git_commit": git_commit(),
        "script": SCRIPT, "command": "python -m attune.perception.training.fit_ekman_head --data ../shared/data",
        "fitted_on": "goemotions/train.tsv", "thresholds_on": "goemotions/dev.tsv",
        "data": {name: {"sha256": sha256(data / name)} for name in ("goemotions/train.tsv", "goemotions/dev.tsv")},
        "dev_ekman_macro_f1": figures,
    }
    manifest["dev"]["ekman_macro_f1"] = figures["after"]["dev_tuned"]
    manifest["dev"]["ekman_macro_f1_cv5"] = figures["after"]["dev_cv5"]
    manifest["files"]["heads.json"] = {"sha256": sha256(heads_path), "bytes": heads_path.stat().st_size}
    manifest_path.write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
