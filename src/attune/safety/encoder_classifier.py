"""The fine-tuned sentence-encoder classifier: the detector's learned second opinion.

all-MiniLM-L6-v2 fine-tuned end to end on the safety cases (training/finetune_classifier.py),
shipped as an int8 ONNX graph (training/export_classifier.py) that reads the same word pieces as
the perception encoder. It joined the hashed n-gram head as a second opinion because it reads
paraphrase: with folds that keep each outside round whole, it raises 0.895 of the risk the rules
leave alone at a 4 % false-alarm rate on the hard negatives they leave alone (ordinary distress
among them), and 2.4 % of fresh ordinary-distress messages, where the n-gram head raises 11 %.

As with the n-gram head, the detector only asks it when the rules found nothing and explained
nothing away, only of the last message (detector._learned says why), and it can only raise a
message to a gentle `low` check-in. Where it is unsure, the n-gram head still gets its say.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Protocol

import numpy as np

from attune.loaded_once import once
from attune.perception.encoder import OnnxEncoder, threads_from_env
from attune.safety.classifier import Opinion

ONNX_FILE, META_FILE = "classifier.onnx", "classifier.json"
TOKENIZER = Path(__file__).resolve().parents[1] / "perception" / "model" / "tokenizer.json"


class SecondOpinion(Protocol):
    """What the detector asks of a learned model: one opinion per normalised message."""

    def opinions(self, normalised_texts: Sequence[str]) -> list[Opinion]: ...


@dataclass(frozen=True)
class EncoderClassifier:
    """The ONNX graph, its classes and the threshold chosen on out-of-fold predictions."""

    classes: tuple[str, ...]
    threshold: float
    model: Path
    tokenizer: Path = TOKENIZER

    def opinions(self, normalised_texts: Sequence[str]) -> list[Opinion]:
        """One opinion per normalised message (each scored on its own, see _session)."""
        if not normalised_texts:
            return []
        probs = softmax(_session(self.model, self.tokenizer).outputs(list(normalised_texts))[0])
        return [self._opinion(row) for row in probs]

    def _opinion(self, probs: np.ndarray) -> Opinion:
        risky = {c: float(p) for c, p in zip(self.classes, probs, strict=True) if c != "none"}
        p_risk = sum(risky.values())
        category = max(risky, key=lambda c: risky[c])
        return Opinion(p_risk=p_risk, category=category, confident=p_risk >= self.threshold)


def softmax(logits: np.ndarray) -> np.ndarray:
    z = np.exp(logits - logits.max(axis=1, keepdims=True))
    return np.asarray(z / z.sum(axis=1, keepdims=True))


_sessions: dict[tuple[Path, Path], OnnxEncoder] = {}
_lock = threading.Lock()


def _session(model: Path, tokenizer: Path) -> OnnxEncoder:
    """One onnxruntime session per graph file per process, opened on first use (thread-safe)."""
    key = (model, tokenizer)
    with _lock:
        if key not in _sessions:
            # One message per run: dynamic int8 quantisation scales activations by the whole batch,
            # so a message's score would otherwise depend on the messages batched beside it.
            _sessions[key] = OnnxEncoder(model, tokenizer, threads_from_env(), max_batch=1)
        return _sessions[key]


@once
def load_encoder_classifier() -> EncoderClassifier | None:
    """The shipped classifier, or None where the package was built without it."""
    folder = resources.files("attune.safety.model")
    meta_path, onnx_path = folder.joinpath(META_FILE), folder.joinpath(ONNX_FILE)
    if not (meta_path.is_file() and onnx_path.is_file() and TOKENIZER.is_file()):
        return None
    meta = json.loads(meta_path.read_text("utf-8"))
    return EncoderClassifier(classes=tuple(meta["classes"]), threshold=float(meta["threshold"]),
                             model=Path(str(onnx_path)))
