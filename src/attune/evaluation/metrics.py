"""Metrics in plain numpy, so evaluation runs where only the runtime dependencies are installed."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

BoolArray = npt.NDArray[np.bool_]


def f1_per_column(gold: BoolArray, pred: BoolArray) -> npt.NDArray[np.float64]:
    """F1 of each column; 0 where a column has neither gold nor predicted positives."""
    tp = (gold & pred).sum(axis=0).astype(np.float64)
    denom = gold.sum(axis=0) + pred.sum(axis=0)
    return np.divide(2 * tp, denom, out=np.zeros_like(tp), where=denom > 0)


def macro_f1(gold: BoolArray, pred: BoolArray) -> float:
    return float(f1_per_column(gold, pred).mean()) if gold.shape[1] else 0.0


def micro_prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Micro precision, recall and F1 from pooled counts (0 when undefined)."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def pearson_r(x: npt.ArrayLike, y: npt.ArrayLike) -> float:
    """Pearson correlation; 0 when either side is constant or empty."""
    a = np.asarray(x, np.float64)
    b = np.asarray(y, np.float64)
    if a.size < 2:
        return 0.0
    a = a - a.mean()
    b = b - b.mean()
    denom = float(np.sqrt((a * a).sum() * (b * b).sum()))
    return float((a * b).sum() / denom) if denom > 0 else 0.0
