"""`attune eval perception`: score the shipped perception on any folder in ../shared/data's formats.

Reads, when present in DIR: goemotions/{split}.tsv, emobank/emobank.csv (rows of the split) and
bodycues/{split}.jsonl; skips the others with a note on stderr; prints one JSON object
(see ../shared/eval-format.md). Emotions and affect come from the same encoder and decision
rules the companion uses; body cues come from TextPerceiver, as in a check-in.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from attune.evaluation.metrics import f1_per_column, micro_prf, pearson_r

BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class GoEmotionsRow:
    text: str
    labels: tuple[int, ...]
    id: str


@dataclass(frozen=True)
class EmoBankRow:
    id: str
    text: str
    valence: float
    arousal: float


def read_label_names(path: Path) -> tuple[str, ...]:
    return tuple(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def read_ekman_mapping(path: Path) -> dict[str, list[str]]:
    data: dict[str, list[str]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def read_goemotions(path: Path) -> list[GoEmotionsRow]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            text, labels, cid = line.rstrip("\n").split("\t")
            rows.append(GoEmotionsRow(text, tuple(int(x) for x in labels.split(",") if x), cid))
    return rows


def read_emobank(path: Path, split: str) -> list[EmoBankRow]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [EmoBankRow(r["id"], r["text"], float(r["V"]), float(r["A"]))
                for r in csv.DictReader(fh) if r["split"] == split]


def read_bodycues(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def label_matrix(label_ids: Sequence[Sequence[int]], n_labels: int) -> BoolArray:
    out = np.zeros((len(label_ids), n_labels), bool)
    for row, ids in enumerate(label_ids):
        out[row, list(ids)] = True
    return out


def ekman_gold(gold: BoolArray, labels: Sequence[str], groups: dict[str, tuple[str, ...]]) -> BoolArray:
    """A comment belongs to a group when any of its labels is a member."""
    index = {name: i for i, name in enumerate(labels)}
    cols = [gold[:, [index[m] for m in members if m in index]].any(axis=1) for members in groups.values()]
    return np.stack(cols, axis=1)


def _note(message: str) -> None:
    print(f"attune eval perception: {message}", file=sys.stderr)


def read_ekman_groups(folder: Path) -> dict[str, tuple[str, ...]]:
    """The six Ekman groups of ekman_mapping.json, then neutral as a group of its own."""
    groups = {g: tuple(m) for g, m in read_ekman_mapping(folder / "ekman_mapping.json").items()}
    groups["neutral"] = ("neutral",)
    return groups


def evaluate_goemotions(folder: Path, split: str) -> dict[str, Any]:
    from attune.perception.encoder import get_encoder

    names = read_label_names(folder / "emotions.txt")
    groups = read_ekman_groups(folder)
    rows = read_goemotions(folder / f"{split}.tsv")
    encoder = get_encoder()
    out = encoder.encode([r.text for r in rows])
    # Align the model's columns to the data's label ids and group order by name.
    pred = _columns(out.detected, encoder.labels, names)
    pred_groups = _columns(out.ekman_detected, encoder.ekman_groups, tuple(groups))
    gold = label_matrix([r.labels for r in rows], len(names))
    gold_groups = ekman_gold(gold, names, groups)
    per_label = f1_per_column(gold, pred)
    per_group = f1_per_column(gold_groups, pred_groups)
    return {
        "n": len(rows),
        "macro_f1": float(per_label.mean()),
        "ekman_macro_f1": float(per_group.mean()),
        "per_label_f1": {name: round(float(f), 4) for name, f in zip(names, per_label, strict=True)},
        "per_ekman_f1": {name: round(float(f), 4) for name, f in zip(groups, per_group, strict=True)},
        "predictions": [
            {"id": r.id, "labels": np.flatnonzero(p).tolist(),
             "ekman": [g for g, on in zip(groups, pg, strict=True) if on]}
            for r, p, pg in zip(rows, pred, pred_groups, strict=True)
        ],
    }


def _columns(matrix: BoolArray, have: Sequence[str], want: Sequence[str]) -> BoolArray:
    index = {name: i for i, name in enumerate(have)}
    out = np.zeros((len(matrix), len(want)), bool)
    for j, name in enumerate(want):
        if name in index:
            out[:, j] = matrix[:, index[name]]
    return out


def evaluate_emobank(path: Path, split: str) -> dict[str, Any] | None:
    from attune.perception.encoder import get_encoder

    rows = read_emobank(path, split)
    if not rows:
        return None
    out = get_encoder().encode([r.text for r in rows])
    return {
        "n": len(rows),
        "valence_r": pearson_r(out.valence_1_5, [r.valence for r in rows]),
        "arousal_r": pearson_r(out.arousal_1_5, [r.arousal for r in rows]),
        "scale": "predictions are on EmoBank's 1-5 scale",
        "predictions": [{"id": r.id, "valence": round(float(v), 4), "arousal": round(float(a), 4)}
                        for r, v, a in zip(rows, out.valence_1_5, out.arousal_1_5, strict=True)],
    }


def evaluate_bodycues(path: Path) -> dict[str, Any]:
    from attune.perception.reader import load_perceiver

    rows = read_bodycues(path)
    readings = load_perceiver().read_many([str(r["text"]) for r in rows])
    tp = fp = fn = 0
    predictions = []
    for row, reading in zip(rows, readings, strict=True):
        gold = set(row.get("regions", []))
        found = {c.region for c in reading.body_cues}
        tp, fp, fn = tp + len(gold & found), fp + len(found - gold), fn + len(gold - found)
        predictions.append({"id": row["id"], "regions": sorted(found)})
    precision, recall, f1 = micro_prf(tp, fp, fn)
    return {"n": len(rows), "precision": precision, "recall": recall, "f1": f1, "predictions": predictions}


def model_summary() -> dict[str, Any]:
    from attune.perception.encoder import MODEL_DIR

    try:
        manifest = json.loads((MODEL_DIR / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    keys = ("created", "git_commit", "epochs", "variant", "keep_layers_fp32", "affect_ridge")
    return {k: manifest.get(k) for k in keys}


def run(data_dir: Path, split: str) -> dict[str, Any]:
    """Every data set present in data_dir, scored on split; absent ones are skipped with a note."""
    result: dict[str, Any] = {}
    ge = data_dir / "goemotions"
    if (ge / f"{split}.tsv").exists():
        result["goemotions"] = evaluate_goemotions(ge, split)
    else:
        _note(f"no {ge / f'{split}.tsv'}; skipping GoEmotions")
    eb = data_dir / "emobank" / "emobank.csv"
    scored = evaluate_emobank(eb, split) if eb.exists() else None
    if scored is None:
        _note(f"no EmoBank rows for split {split!r} in {eb}; skipping EmoBank")
    else:
        result["emobank"] = scored
    bc = data_dir / "bodycues" / f"{split}.jsonl"
    if bc.exists():
        result["bodycues"] = evaluate_bodycues(bc)
    else:
        _note(f"no {bc}; skipping body cues")
    result["split"] = split
    result["model"] = model_summary()
    return result


def summary_lines(result: dict[str, Any]) -> list[str]:
    lines = []
    if "goemotions" in result:
        g = result["goemotions"]
        lines.append(f"goemotions n={g['n']} macro_f1={g['macro_f1']:.4f} "
                     f"ekman_macro_f1={g['ekman_macro_f1']:.4f}")
    if "emobank" in result:
        e = result["emobank"]
        lines.append(f"emobank    n={e['n']} valence_r={e['valence_r']:.4f} arousal_r={e['arousal_r']:.4f}")
    if "bodycues" in result:
        b = result["bodycues"]
        lines.append(f"bodycues   n={b['n']} precision={b['precision']:.4f} recall={b['recall']:.4f} "
                     f"f1={b['f1']:.4f}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="attune eval perception", description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="folder in ../shared/data's layout")
    ap.add_argument("--split", default="test")
    ap.add_argument("--json", action="store_true", help="print one JSON object (with predictions)")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        _note(f"{args.data} is not a folder")
        return 2
    result = run(args.data, args.split)
    print(json.dumps(result) if args.json else "\n".join(summary_lines(result)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
