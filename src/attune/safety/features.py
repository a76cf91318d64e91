"""Hashed character and word n-grams of a normalised message: the classifier's input.

Hashing keeps the head small and vocabulary-free, so misspellings and other languages still share
features ("suicid" in "suicidal", "suicidio", "sucidal" after smoothing). crc32 is used because
Python's hash() changes between runs and the weights must mean the same thing everywhere.
"""

from __future__ import annotations

import math
import zlib

import numpy as np

DIM = 1 << 14
CHAR_NGRAMS = (3, 4, 5)


def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & (DIM - 1)


def _grams(text: str) -> list[str]:
    words = text.split()
    grams = [f"w:{w}" for w in words]
    grams += [f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    for word in words:
        padded = f"<{word}>"
        for n in CHAR_NGRAMS:
            grams += [f"c:{padded[i:i + n]}" for i in range(max(1, len(padded) - n + 1))]
    return grams


def hashed(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Sparse (indices, values): sublinear counts, L2-normalised."""
    counts: dict[int, int] = {}
    for gram in _grams(text):
        slot = _hash(gram)
        counts[slot] = counts.get(slot, 0) + 1
    if not counts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    val = np.fromiter((1.0 + math.log(c) for c in counts.values()), dtype=np.float32, count=len(counts))
    return idx, val / float(np.linalg.norm(val))


def dense(texts: list[str]) -> np.ndarray:
    """A dense matrix of hashed features, for training."""
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    for row, text in enumerate(texts):
        idx, val = hashed(text)
        out[row, idx] = val
    return out
