"""A learned second opinion: a softmax (multinomial logistic regression) head in numpy.

The phrase rules are precise but only know the phrasings someone wrote down. The head, trained on
eval/safety/train.jsonl by training/train_head.py, scores hashed n-grams of the normalised message
(and, when the shipped sentence encoder provides reading.embedding, a 384-d embedding too). The
detector only lets it raise a message the rules left untouched to a low-severity check-in, so a
head mistake costs a gentle question, never a missed rule hit.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from attune.loaded_once import once
from attune.safety import features

HEAD_FILE = "safety_head.json"


@dataclass(frozen=True)
class Head:
    """Weights and the decision threshold chosen on held-out folds of the training set."""

    classes: tuple[str, ...]
    weights: np.ndarray  # (classes, DIM)
    bias: np.ndarray  # (classes,)
    threshold: float
    embedding_weights: np.ndarray | None = None  # (classes, embedding_dim) when trained with embeddings
    encoder_sha256: str = ""  # the encoder whose embeddings embedding_weights read

    @property
    def embedding_dim(self) -> int:
        return 0 if self.embedding_weights is None else int(self.embedding_weights.shape[1])


def encode_array(array: np.ndarray) -> str:
    """float16 little-endian, base64: compact enough for a JSON file inside the package."""
    return base64.b64encode(array.astype("<f2").tobytes()).decode("ascii")


def decode_array(text: str, shape: Sequence[int]) -> np.ndarray:
    """The inverse of encode_array, as float32."""
    raw = np.frombuffer(base64.b64decode(text), dtype="<f2").astype(np.float32)
    return raw.reshape(tuple(shape))


def head_from_dict(data: dict[str, object]) -> Head:
    """Rebuild a Head from its JSON form, checking that it matches this feature space."""
    classes = tuple(str(c) for c in data["classes"])  # type: ignore[attr-defined]
    dim = int(data["dim"])  # type: ignore[call-overload]
    if dim not in (0, features.DIM):  # 0: the head reads the embedding only
        raise ValueError("safety head was trained for a different feature size")
    emb = None
    emb_dim = int(data.get("embedding_dim", 0))  # type: ignore[call-overload]
    if emb_dim:
        emb = decode_array(str(data["embedding_weights"]), (len(classes), emb_dim))
    return Head(
        classes=classes,
        weights=decode_array(str(data["weights"]), (len(classes), dim)) if dim else np.zeros((len(classes), 0)),
        bias=np.asarray(data["bias"], dtype=np.float32),
        threshold=float(data["threshold"]),  # type: ignore[arg-type]
        embedding_weights=emb,
        encoder_sha256=str(data.get("encoder_sha256", "")),
    )


@once
def load_heads() -> dict[str, Head]:
    """The shipped heads by name ("ngram", and "ngram_embedding" once trained with the encoder)."""
    path = resources.files("attune.safety.model").joinpath(HEAD_FILE)
    if not path.is_file():
        return {}
    data = json.loads(path.read_text("utf-8"))
    heads = {name: head_from_dict(entry) for name, entry in data["heads"].items()}
    return {name: head for name, head in heads.items() if fits_shipped_encoder(head)}


def shipped_encoder_sha256() -> str:
    """The sha256 the perception manifest records for the shipped encoder ("" when there is none)."""
    import attune.perception

    path = Path(attune.perception.__file__).with_name("model") / "manifest.json"
    if not path.is_file():
        return ""
    return str(json.loads(path.read_text("utf-8")).get("files", {}).get("encoder.onnx", {}).get("sha256", ""))


def fits_shipped_encoder(head: Head) -> bool:
    """An embedding head only makes sense with the encoder it was trained on; a retrained encoder
    moves every embedding, and a stale head would then judge noise."""
    return head.embedding_weights is None or head.encoder_sha256 == shipped_encoder_sha256()


EMBEDDING_HEADS = ("embedding", "ngram_embedding")


def choose_head(heads: dict[str, Head], embedding: Sequence[float] = ()) -> Head | None:
    """The embedding head when this message has an embedding of the right size, else the n-gram head."""
    for name in EMBEDDING_HEADS:
        head = heads.get(name)
        if head is not None and len(embedding) == head.embedding_dim:
            return head
    return heads.get("ngram")


def probabilities(head: Head, normalised_text: str, embedding: Sequence[float] = ()) -> dict[str, float]:
    """Class probabilities for one normalised message."""
    logits = head.bias.copy()
    if head.weights.shape[1]:
        idx, val = features.hashed(normalised_text)
        logits = logits + head.weights[:, idx] @ val
    if head.embedding_weights is not None and len(embedding) == head.embedding_dim:
        logits = logits + head.embedding_weights @ np.asarray(embedding, dtype=np.float32)
    logits = logits - logits.max()
    exp = np.exp(logits)
    probs = exp / exp.sum()
    return {c: float(p) for c, p in zip(head.classes, probs, strict=True)}


@dataclass(frozen=True)
class Opinion:
    """The head's view: probability of any risk and the most likely risk category."""

    p_risk: float
    category: str
    confident: bool


def opinion(head: Head, normalised_text: str, embedding: Sequence[float] = ()) -> Opinion:
    """The head's opinion of one normalised message."""
    return opinion_from(probabilities(head, normalised_text, embedding), head.threshold)


def opinion_from(probs: dict[str, float], threshold: float) -> Opinion:
    """Collapse class probabilities to risk / no risk and a category (shared by every learned part)."""
    risky = {c: p for c, p in probs.items() if c != "none"}
    p_risk = sum(risky.values())
    category = max(risky, key=lambda c: risky[c]) if risky else "none"
    return Opinion(p_risk=p_risk, category=category, confident=p_risk >= threshold)
