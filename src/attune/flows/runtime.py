"""The parts a process loads once (models, detectors) and hands to every flow."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from attune.domain.ports import Perceiver, RiskAssessor

_lock = threading.Lock()
_runtime: Runtime | None = None


@dataclass(frozen=True)
class Runtime:
    perceiver: Perceiver
    assessor: RiskAssessor


def load_runtime() -> Runtime:
    """Loaded once per process: the model is the main start-up cost."""
    global _runtime
    with _lock:
        if _runtime is None:
            _runtime = Runtime(perceiver=_load_perceiver(), assessor=_load_assessor())
        return _runtime


def _load_perceiver() -> Perceiver:
    """The model, behind a micro-batcher unless ATTUNE_PERCEPTION_BATCH=0 (see perception/batching.py)."""
    from attune.config import env_bool, env_int
    from attune.perception.batching import MAX_BATCH, BatchingPerceiver

    perceiver = _open_perceiver()
    if not env_bool("ATTUNE_PERCEPTION_BATCH", True):
        return perceiver
    wait_ms = env_int("ATTUNE_PERCEPTION_BATCH_WAIT_MS", 2)
    return BatchingPerceiver(perceiver, max_batch=MAX_BATCH, max_wait=wait_ms / 1000)


def _open_perceiver() -> Perceiver:
    from attune.perception.lexicon import LexiconPerceiver

    try:
        from attune.perception.reader import load_perceiver
    except ImportError:
        return LexiconPerceiver()
    try:
        return load_perceiver()
    except FileNotFoundError:
        return LexiconPerceiver()


def _load_assessor() -> RiskAssessor:
    from attune.safety.detector import SafetyDetector

    return SafetyDetector()
