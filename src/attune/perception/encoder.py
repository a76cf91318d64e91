"""The shipped text encoder: tokenizer + int8 ONNX graph + calibrated heads, without torch.

Why no torch: importing torch costs 8–10 s and ~300 MB; onnxruntime and tokenizers open in well
under a second, so a check-in can be read by a freshly started process.

The graph (see training/export_artifact.py) already mean-pools, and returns for every text the
384-d pooled embedding, 28 emotion logits and the z-scored EmoBank valence/arousal. Everything
after that (Platt scaling, thresholds, affect scales) is plain numpy driven by heads.json, so
the same code scores dev at export time and check-ins at run time.

Affect scales exposed to the rest of Attune:

* valence in -1..1 is ``(V - 3) / 2`` clipped, with V the predicted EmoBank valence (1–5).
* arousal in 0..1 is ``sigmoid((A - centre) / scale)`` with the centre and scale of EmoBank's
  own arousal ratings (train split; in heads.json). The plain ``(A - 1) / 4`` would squeeze
  nearly all text into 0.45–0.60 because EmoBank arousal sits at 3.05 ± 0.23; the logistic keeps
  0.5 for typical text, spreads ±2 typical deviations over roughly 0.12–0.88, and stays in 0..1
  for any prediction.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

MODEL_DIR = Path(__file__).with_name("model")
MAX_LENGTH = 128
# 128 word pieces never need more characters than this unless the text is pathological; cutting
# first keeps a 50k-character paste from costing tens of milliseconds in the tokenizer.
MAX_CHARS = 4096
DEFAULT_THREADS = 2
DEFAULT_MAX_BATCH = 32
# Padded tokens per graph run (see OnnxEncoder._chunks); also bounds activation memory.
DEFAULT_TOKEN_BUDGET = 256
THREADS_ENV = "ATTUNE_PERCEPTION_THREADS"

FloatArray = npt.NDArray[np.float32]


def threads_from_env(default: int = DEFAULT_THREADS) -> int:
    """Intra-op threads from ATTUNE_PERCEPTION_THREADS; a bad value fails loudly at start-up."""
    raw = os.environ.get(THREADS_ENV, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{THREADS_ENV} must be a positive integer, got {raw!r}") from None
    if value < 1:
        raise ValueError(f"{THREADS_ENV} must be a positive integer, got {raw!r}")
    return value


@dataclass(frozen=True)
class RawOutputs:
    """What the graph returns for a batch, before any calibration."""

    embedding: FloatArray  # [B, 384]
    logits: FloatArray  # [B, 28]
    affect_z: FloatArray  # [B, 2] z-scored EmoBank valence, arousal


class OnnxEncoder:
    """Tokenizer + ONNX session; returns raw graph outputs in input order."""

    def __init__(
        self,
        onnx_path: Path,
        tokenizer_path: Path,
        threads: int = DEFAULT_THREADS,
        max_batch: int = DEFAULT_MAX_BATCH,
        token_budget: int = DEFAULT_TOKEN_BUDGET,
        max_length: int = MAX_LENGTH,
    ) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.max_batch = max(1, max_batch)
        self.token_budget = max(max_length, token_budget)
        self._tokenizer = Tokenizer.from_file(str(tokenizer_path))
        self._tokenizer.enable_truncation(max_length)
        self._tokenizer.no_padding()
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = ort.InferenceSession(
            str(onnx_path), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self._inputs = {i.name for i in self._session.get_inputs()}

    def token_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Word-piece ids with [CLS]/[SEP], truncated to max_length (MAX_LENGTH unless set)."""
        clipped = [t[:MAX_CHARS] for t in texts]
        return [e.ids for e in self._tokenizer.encode_batch(clipped)]

    def forward(self, texts: Sequence[str]) -> RawOutputs:
        """Run the graph in length-sorted chunks of at most max_batch (padding and memory stay small)."""
        if not texts:
            return RawOutputs(*(np.zeros((0, d), np.float32) for d in (384, 28, 2)))
        emb, logits, affect = self.outputs(texts)
        return RawOutputs(emb, logits, affect)

    def outputs(self, texts: Sequence[str]) -> list[FloatArray]:
        """Every output of the graph, in input order (texts must not be empty).

        Shared with graphs that are not the perception encoder (the safety classifier reads the
        same word pieces and returns its own logits)."""
        ids = self.token_ids(texts)
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        parts = [self._run([ids[i] for i in chunk]) for chunk in self._chunks(order, ids)]
        inverse = np.argsort(np.asarray(order))
        return [np.concatenate([p[k] for p in parts])[inverse] for k in range(len(parts[0]))]

    def _chunks(self, order: list[int], ids: list[list[int]]) -> list[list[int]]:
        """Length-sorted runs of at most max_batch texts and token_budget padded tokens.

        Every text in a run is padded to the run's longest, so mixing a 5-token and a 60-token
        text wastes most of the work; small runs of similar length are faster per text."""
        chunks: list[list[int]] = [[]]
        for i in order:
            current = chunks[-1]
            if current and (len(current) >= self.max_batch
                            or (len(current) + 1) * len(ids[i]) > self.token_budget):
                chunks.append(current := [])
            current.append(i)
        return chunks

    def _run(self, ids: list[list[int]]) -> list[FloatArray]:
        width = max(len(x) for x in ids)
        input_ids = np.zeros((len(ids), width), np.int64)
        mask = np.zeros((len(ids), width), np.int64)
        for row, x in enumerate(ids):
            input_ids[row, : len(x)] = x
            mask[row, : len(x)] = 1
        feeds = {"input_ids": input_ids, "attention_mask": mask}
        outputs = self._session.run(None, {k: v for k, v in feeds.items() if k in self._inputs})
        return [np.asarray(o, np.float32) for o in outputs]


def _sigmoid(x: npt.NDArray[Any]) -> FloatArray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(x, -60, 60))), np.float32)


@dataclass(frozen=True)
class Heads:
    """Calibration and decision rules from heads.json, shared by export-time dev scoring and runtime."""

    labels: tuple[str, ...]
    platt_a: FloatArray
    platt_b: FloatArray
    thresholds: FloatArray
    at_least_one: bool
    ekman_groups: dict[str, tuple[str, ...]]
    ekman_thresholds: dict[str, float]
    affect: dict[str, float]
    ridge: dict[str, Any] | None = None
    ekman_head: dict[str, Any] | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Heads:
        ekman = data["ekman"]
        return cls(
            labels=tuple(data["labels"]),
            platt_a=np.asarray(data["platt"]["a"], np.float32),
            platt_b=np.asarray(data["platt"]["b"], np.float32),
            thresholds=np.asarray(data["thresholds"], np.float32),
            at_least_one=bool(data.get("at_least_one", True)),
            ekman_groups={g: tuple(m) for g, m in ekman["groups"].items()},
            ekman_thresholds={g: float(t) for g, t in ekman["thresholds"].items()},
            affect={k: float(v) for k, v in data["affect"].items()},
            ridge=data.get("affect_ridge"),
            ekman_head=ekman.get("head"),
        )

    @classmethod
    def load(cls, path: Path) -> Heads:
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))

    def probabilities(self, logits: FloatArray) -> FloatArray:
        """Platt-scaled per-label probabilities: sigmoid(a * logit + b)."""
        return _sigmoid(logits * self.platt_a + self.platt_b)

    def decide(self, probs: FloatArray) -> npt.NDArray[np.bool_]:
        """Labels at or above their F1-tuned threshold; with at_least_one, the label nearest its
        threshold when none passes (every GoEmotions comment carries at least one label)."""
        return _at_least_one(probs / self.thresholds, probs >= self.thresholds, self.at_least_one)

    @cached_property
    def _member_columns(self) -> list[list[int]]:
        index = {label: i for i, label in enumerate(self.labels)}
        return [[index[m] for m in members] for members in self.ekman_groups.values()]

    @cached_property
    def _ekman_cut(self) -> FloatArray:
        return np.asarray([self.ekman_thresholds[g] for g in self.ekman_groups], np.float32)

    @cached_property
    def _ekman_linear(self) -> tuple[FloatArray, FloatArray] | None:
        """The group head's weights as arrays, converted once rather than on every reading."""
        return None if self.ekman_head is None else _linear(self.ekman_head)

    @cached_property
    def _ridge_linear(self) -> tuple[FloatArray, FloatArray] | None:
        return None if not self.ridge else _linear(self.ridge)

    def ekman_scores(self, probs: FloatArray, embedding: FloatArray | None = None) -> FloatArray:
        """Group scores in ekman_groups order: from the group head where one ships, else the max
        of the members' probabilities.

        A group head (one logistic regression per group on the embedding, fitted on GoEmotions
        train by training/fit_ekman_head.py) learns each group as one concept, where the max of
        28 separately thresholded labels misses comments spread thinly over several members.
        """
        if self._ekman_linear is not None and embedding is not None:
            weights, bias = self._ekman_linear
            return _sigmoid(embedding @ weights.T + bias)
        cols = [probs[:, members].max(axis=1) for members in self._member_columns]
        return np.stack(cols, axis=1) if cols else np.zeros((len(probs), 0), np.float32)

    def decide_ekman(self, group_scores: FloatArray) -> npt.NDArray[np.bool_]:
        cut = self._ekman_cut
        return _at_least_one(group_scores / cut, group_scores >= cut, self.at_least_one)

    def affect_1_to_5(self, affect_z: FloatArray, embedding: FloatArray) -> FloatArray:
        """Predicted EmoBank valence and arousal on their 1–5 scale ([B, 2])."""
        a = self.affect
        out = np.stack([affect_z[:, 0] * a["valence_std"] + a["valence_mean"],
                        affect_z[:, 1] * a["arousal_std"] + a["arousal_mean"]], axis=1)
        if self.ridge and self._ridge_linear is not None:
            # A closed-form ridge on the shipped embedding, fitted on EmoBank train, replaces the
            # head for the dimensions it was fitted for (see export_artifact.py).
            w, bias = self._ridge_linear
            fitted = embedding @ w + bias
            for col, target in enumerate(self.ridge["targets"]):
                out[:, ("valence", "arousal").index(target)] = fitted[:, col]
        return np.asarray(out, np.float32)

    def valence_unit(self, v: FloatArray) -> FloatArray:
        """EmoBank valence 1–5 → -1..1."""
        return np.asarray(np.clip((v - 3.0) / 2.0, -1.0, 1.0), np.float32)

    def arousal_unit(self, a: FloatArray) -> FloatArray:
        """EmoBank arousal 1–5 → 0..1 via a logistic around EmoBank's own centre and spread."""
        return _sigmoid((a - self.affect["arousal_center"]) / self.affect["arousal_scale"])


def _linear(spec: dict[str, Any]) -> tuple[FloatArray, FloatArray]:
    return np.asarray(spec["weights"], np.float32), np.asarray(spec["bias"], np.float32)


def _at_least_one(
    ratio: FloatArray, passed: npt.NDArray[np.bool_], enforce: bool
) -> npt.NDArray[np.bool_]:
    if not enforce or len(passed) == 0:
        return passed
    out = passed.copy()
    empty = ~out.any(axis=1)
    out[np.flatnonzero(empty), ratio[empty].argmax(axis=1)] = True
    return out


@dataclass(frozen=True)
class Encoded:
    """Calibrated outputs for a batch of texts, in input order."""

    probabilities: FloatArray  # [B, 28] calibrated, in Encoder.labels order
    detected: npt.NDArray[np.bool_]  # [B, 28] passes the per-label threshold
    ekman_scores: FloatArray  # [B, 7]
    ekman_detected: npt.NDArray[np.bool_]  # [B, 7]
    valence_1_5: FloatArray  # [B] EmoBank scale
    arousal_1_5: FloatArray  # [B] EmoBank scale
    valence: FloatArray  # [B] -1..1
    arousal: FloatArray  # [B] 0..1
    embedding: FloatArray  # [B, 384]


class Encoder:
    """Text → calibrated emotions, affect and embedding. Build once per process (get_encoder)."""

    def __init__(self, model_dir: Path = MODEL_DIR, threads: int | None = None,
                 max_batch: int = DEFAULT_MAX_BATCH) -> None:
        self.model_dir = model_dir
        self.heads = Heads.load(model_dir / "heads.json")
        self._onnx = OnnxEncoder(model_dir / "encoder.onnx", model_dir / "tokenizer.json",
                                 threads or threads_from_env(), max_batch)

    @property
    def labels(self) -> tuple[str, ...]:
        return self.heads.labels

    @property
    def ekman_groups(self) -> tuple[str, ...]:
        return tuple(self.heads.ekman_groups)

    def token_count(self, text: str) -> int:
        """Word pieces the model sees (after truncation), [CLS]/[SEP] excluded."""
        return max(0, len(self._onnx.token_ids([text])[0]) - 2)

    def encode(self, texts: Sequence[str]) -> Encoded:
        raw = self._onnx.forward(texts)
        h = self.heads
        probs = h.probabilities(raw.logits)
        groups = h.ekman_scores(probs, raw.embedding)
        affect = h.affect_1_to_5(raw.affect_z, raw.embedding)
        return Encoded(
            probabilities=probs, detected=h.decide(probs), ekman_scores=groups,
            ekman_detected=h.decide_ekman(groups), valence_1_5=affect[:, 0], arousal_1_5=affect[:, 1],
            valence=h.valence_unit(affect[:, 0]), arousal=h.arousal_unit(affect[:, 1]),
            embedding=raw.embedding,
        )


_lock = threading.Lock()
_encoders: dict[Path, Encoder] = {}


def get_encoder(model_dir: Path = MODEL_DIR) -> Encoder:
    """The process-wide encoder for model_dir, opened on first use (thread-safe)."""
    key = model_dir.resolve()
    found = _encoders.get(key)
    if found is not None:
        return found
    with _lock:
        if key not in _encoders:
            _encoders[key] = Encoder(key)
        return _encoders[key]
