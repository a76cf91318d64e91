"""The fine-tuned sentence-encoder classifier: the detector's learned second opinion.

all-MiniLM-L6-v2 fine-tuned end to end on the safety cases (training/finetune_classifier.py),
shipped as an int8 ONNX graph (training/export_classifier.py) that reads the same word pieces as
the perception encoder. It joined the hashed n-gram head as a second opinion because it reads
paraphrase: with folds that keep each outside round whole, it raises 0.864 of the risk the rules
leave alone at a 4 % false-alarm rate on the hard negatives they leave alone (ordinary distress in
seven languages among them); finetune_classifier's docstring has the held-out figures.

As with the n-gram head, the detector only asks it when the rules found nothing and explained
nothing away, only of the last message (detector._learned says why), and it can only raise a
message to a gentle `low` check-in. Where it is unsure, the n-gram head still gets its say.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Protocol

import numpy as np

from attune.loaded_once import once
from attune.perception.encoder import OnnxEncoder, threads_from_env
from attune.safety.classifier import Opinion, opinion_from

ONNX_FILE, META_FILE = "classifier.onnx", "classifier.json"
TOKENIZER = Path(__file__).resolve().parents[1] / "perception" / "model" / "tokenizer.json"
log = logging.getLogger(__name__)


class SecondOpinion(Protocol):
    """What the detector asks of a learned model: one opinion per normalised message."""

    def opinions(self, normalised_texts: Sequence[str]) -> list[Opinion]: ...


TRAINED_MAX_LENGTH = 64  # word pieces per message in finetune_classifier (its --max-length)


@dataclass(frozen=True)
class EncoderClassifier:
    """The ONNX graph, its classes and the threshold chosen on out-of-fold predictions.

    max_length is the length it was trained and calibrated at: run longer, the same graph drifts
    towards risk (a neutral sentence repeated to 138 words scored 0.97), so the threshold would no
    longer mean what the out-of-fold figures say. Risk said past that point in a long message is
    still read by the rules and the n-gram head, which see the whole text.
    """

    classes: tuple[str, ...]
    threshold: float
    model: Path
    tokenizer: Path = TOKENIZER
    max_length: int = TRAINED_MAX_LENGTH

    def opinions(self, normalised_texts: Sequence[str]) -> list[Opinion]:
        """One opinion per normalised message (each scored on its own, see _session)."""
        if not normalised_texts:
            return []
        probs = softmax(self.session().outputs(list(normalised_texts))[0])
        return [opinion_from(dict(zip(self.classes, map(float, row), strict=True)), self.threshold)
                for row in probs]

    def session(self) -> OnnxEncoder:
        return _session(self.model, self.tokenizer, self.max_length)


def softmax(logits: np.ndarray) -> np.ndarray:
    z = np.exp(logits - logits.max(axis=1, keepdims=True))
    return np.asarray(z / z.sum(axis=1, keepdims=True))


_sessions: dict[tuple[Path, Path, int], OnnxEncoder] = {}
_lock = threading.Lock()


def _session(model: Path, tokenizer: Path, max_length: int) -> OnnxEncoder:
    """One onnxruntime session per graph file per process, opened on first use (thread-safe)."""
    key = (model, tokenizer, max_length)
    with _lock:
        if key not in _sessions:
            # One message per run: dynamic int8 quantisation scales activations by the whole batch,
            # so a message's score would otherwise depend on the messages batched beside it.
            _sessions[key] = OnnxEncoder(model, tokenizer, threads_from_env(), max_batch=1, max_length=max_length)
        return _sessions[key]


@once
def load_encoder_classifier() -> EncoderClassifier | None:
    """The shipped classifier, opened and checked once per process (see open_classifier)."""
    return open_classifier(Path(str(resources.files("attune.safety.model"))))


def open_classifier(folder: Path, tokenizer: Path = TOKENIZER) -> EncoderClassifier | None:
    """The classifier in folder, opened and checked; None where it is absent or will not run.

    Opened here rather than at the first message so that a broken file or an onnxruntime without
    the fused operators costs one logged error at start-up, and the detector falls back to the
    n-gram head, instead of failing on every message the rules leave alone.
    """
    meta_path, onnx_path = folder / META_FILE, folder / ONNX_FILE
    if not (meta_path.is_file() and onnx_path.is_file() and tokenizer.is_file()):
        return None
    try:
        meta = json.loads(meta_path.read_text("utf-8"))
        found = EncoderClassifier(classes=tuple(meta["classes"]), threshold=float(meta["threshold"]),
                                  model=onnx_path, tokenizer=tokenizer,
                                  max_length=int(meta.get("max_length", TRAINED_MAX_LENGTH)))
        (logits,) = found.session().outputs(["hello"])
        if logits.shape != (1, len(found.classes)):
            raise ValueError(f"classifier.onnx gives {logits.shape[1]} classes, classifier.json {len(found.classes)}")
    except Exception:  # any failure means: fall back, loudly
        log.exception("safety encoder classifier could not be opened; the n-gram head stands in")
        return None
    return found
