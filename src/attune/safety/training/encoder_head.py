"""Ship the safety head that was trained together with the sentence encoder.

    python -m attune.safety.training.encoder_head --checkpoint build/perception/epoch4.pt \\
        --train eval/safety/train.jsonl --calibrate train-r9 --data ../shared/data

Why: the n-gram head only knows the surface of the phrasings it was trained on. Training the
perception encoder with safety as an auxiliary task (train_encoder.py --safety) teaches the shared
embedding what risk language means, so a linear layer on that embedding can recognise phrasings
nobody wrote down. That layer's weights are taken from the checkpoint as they are; only the
decision threshold is chosen here, on cases the encoder never saw: the ids under --calibrate
(train_encoder.py kept them out with --safety-exclude) and ordinary GoEmotions *dev* comments.
Embeddings come from the shipped int8 encoder through the perceiver, exactly as at run time, and
the head records that encoder's sha256 (the detector ignores it with any other encoder).
"""

from __future__ import annotations

import argparse
import json
import random
from itertools import islice
from pathlib import Path

import numpy as np

from attune.domain.reading import RISK_CATEGORIES
from attune.safety.classifier import HEAD_FILE, encode_array, shipped_encoder_sha256

CLASSES = RISK_CATEGORIES
HIGH = ("high", "imminent")


def checkpoint_layer(checkpoint: Path) -> tuple[np.ndarray, np.ndarray]:
    """The safety layer (weight [7, 384], bias [7]) of a train_encoder.py checkpoint."""
    import torch

    from attune.perception.training.train_encoder import SAFETY_CLASSES

    if tuple(SAFETY_CLASSES) != tuple(CLASSES):
        raise ValueError("the encoder's safety classes differ from the detector's")
    state = torch.load(checkpoint, map_location="cpu", weights_only=True)
    return state["safety.weight"].numpy().astype(np.float32), state["safety.bias"].numpy().astype(np.float32)


def embed(texts: list[str]) -> np.ndarray:
    from attune.perception.reader import load_perceiver

    perceiver = load_perceiver()
    readings = [r for i in range(0, len(texts), 32) for r in perceiver.read_many(texts[i : i + 32])]
    return np.asarray([r.embedding for r in readings], np.float32)


def p_risk(w: np.ndarray, b: np.ndarray, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Probability of any risk, and the most likely risk category (index into CLASSES)."""
    logits = x @ w.T + b
    logits -= logits.max(axis=1, keepdims=True)
    p = np.exp(logits)
    p /= p.sum(axis=1, keepdims=True)
    return 1.0 - p[:, 0], p[:, 1:].argmax(axis=1) + 1


def calibration_cases(train: Path, prefix: str) -> list[dict[str, str]]:
    rows = [json.loads(line) for line in train.read_text("utf-8").splitlines() if line.strip()]
    return [r for r in rows if r["id"].startswith(prefix) and r["kind"] != "multi_turn"]


def ordinary_comments(data: Path, n: int, seed: int) -> list[str]:
    """GoEmotions dev comments the rules leave alone: the head's everyday false-alarm rate."""
    from attune.safety.rule_engine import assess_messages

    lines = (data / "goemotions" / "dev.tsv").read_text("utf-8").splitlines()
    random.Random(seed).shuffle(lines)
    texts = (line.split("\t", 1)[0] for line in lines)
    return list(islice((t for t in texts if assess_messages([t]).level == "none"), n))


def choose_threshold(risk_p: np.ndarray, hard_p: np.ndarray, ordinary_p: np.ndarray,
                     max_fpr: float) -> float:
    """The lowest threshold keeping both false-alarm rates in bounds (everyday ones three times lower)."""
    for tau in np.arange(0.50, 0.995, 0.01):
        if (hard_p >= tau).mean() <= max_fpr and (ordinary_p >= tau).mean() <= max_fpr / 3:
            return float(round(tau, 2))
    return 0.99


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--checkpoint", type=Path, required=True)
    parser.add_argument("--train", type=Path, default=Path("eval/safety/train.jsonl"))
    parser.add_argument("--calibrate", default="train-r9", help="id prefix of cases the encoder never saw")
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--ordinary", type=int, default=2000)
    parser.add_argument("--max-fpr", type=float, default=0.04)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "model" / HEAD_FILE)
    args = parser.parse_args()

    w, b = checkpoint_layer(args.checkpoint)
    cases = calibration_cases(args.train, args.calibrate)
    ordinary = ordinary_comments(args.data, args.ordinary, args.seed)
    case_p, case_cat = p_risk(w, b, embed([c["text"] for c in cases]))
    ordinary_p, _ = p_risk(w, b, embed(ordinary))
    risky = np.array([c["risk"] != "none" for c in cases])
    severe = np.array([c["severity"] in HIGH for c in cases])
    gold = np.array([CLASSES.index(c["risk"]) for c in cases])
    tau = choose_threshold(case_p[risky], case_p[~risky], ordinary_p, args.max_fpr)
    hit = case_p >= tau
    report = {
        "threshold": tau, "calibrated_on": f"{args.train} ids {args.calibrate}* and GoEmotions dev",
        "n_risk": int(risky.sum()), "n_hard_negatives": int((~risky).sum()), "n_ordinary": len(ordinary),
        "recall": round(float(hit[risky].mean()), 4),
        "recall_high_and_imminent": round(float(hit[risky & severe].mean()), 4),
        "fpr_hard_negatives": round(float(hit[~risky].mean()), 4),
        "fpr_ordinary": round(float((ordinary_p >= tau).mean()), 4),
        "category_accuracy": round(float((case_cat[risky & hit] == gold[risky & hit]).mean()), 4)
        if (risky & hit).any() else 0.0,
    }
    stored = json.loads(args.out.read_text("utf-8")) if args.out.is_file() else {"meta": {}, "heads": {}}
    stored["heads"]["embedding"] = {
        "classes": list(CLASSES), "dim": 0, "threshold": tau, "bias": [round(float(v), 6) for v in b],
        "embedding_dim": int(w.shape[1]), "embedding_weights": encode_array(w),
        "encoder_sha256": shipped_encoder_sha256(),
    }
    stored["meta"].setdefault("report", {})["embedding"] = report
    args.out.write_text(json.dumps(stored), encoding="utf-8")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
