"""Scoring body cues against annotated sentences (eval-format `bodycues/{split}.jsonl`).

Micro-averaged over (sentence, region) pairs, as eval-format.md asks: a sentence with two
regions counts twice, a sentence with none counts only through false alarms. Sentences are
matched by id, so predictions may come in any order; a gold sentence with no prediction is
scored as if nothing was found.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def score_body_cues(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> dict[str, Any]:
    """{"n", "precision", "recall", "f1", "tp", "fp", "fn"} for predicted {"id", "regions"} rows.

    With nothing predicted and nothing to find, precision and recall are 1.0 (nothing was
    wrong); with nothing predicted but something to find, precision is 0.0, as recall is.
    """
    found = {str(row["id"]): _regions(row.get("regions", ())) for row in predicted}
    tp = fp = fn = 0
    for row in gold:
        want = _regions(row.get("regions", ()))
        got = found.get(str(row["id"]), frozenset())
        tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
    precision = _ratio(tp, tp + fp, empty=1.0 if fn == 0 else 0.0)
    recall = _ratio(tp, tp + fn, empty=1.0)
    f1 = _ratio(2 * precision * recall, precision + recall, empty=0.0)
    return {"n": len(gold), "precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def errors(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The sentences scored wrong, with what was missed and what was added: for error analysis."""
    found = {str(row["id"]): _regions(row.get("regions", ())) for row in predicted}
    out = []
    for row in gold:
        want = _regions(row.get("regions", ()))
        got = found.get(str(row["id"]), frozenset())
        if want != got:
            out.append({"id": row["id"], "text": row.get("text", ""),
                        "missed": sorted(want - got), "added": sorted(got - want)})
    return out


def _regions(value: Iterable[str] | Mapping[str, Any]) -> frozenset[str]:
    return frozenset(str(r) for r in value)


def _ratio(numerator: float, denominator: float, empty: float) -> float:
    return numerator / denominator if denominator else empty
