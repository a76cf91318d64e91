"""The learned head loads from the package, gives probabilities, and only ever adds a low check-in."""

from __future__ import annotations

import numpy as np

from attune.safety import features
from attune.safety.classifier import Head, choose_head, load_heads, opinion, probabilities
from attune.safety.detector import SafetyDetector


def _head(emb_dim: int = 0) -> Head:
    k = 7
    emb = np.zeros((k, emb_dim), np.float32) if emb_dim else None
    return Head(("none", "suicide", "self_harm", "harm_to_others", "abuse", "medical_emergency", "eating_disorder"),
                np.zeros((k, features.DIM), np.float32), np.zeros(k, np.float32), 0.9, emb)


def test_the_shipped_head_loads_and_its_probabilities_sum_to_one() -> None:
    heads = load_heads()
    assert "ngram" in heads
    probs = probabilities(heads["ngram"], "i feel fine today")
    assert abs(sum(probs.values()) - 1.0) < 1e-5


def test_hashed_features_are_stable_and_normalised() -> None:
    idx, val = features.hashed("i want to die")
    again_idx, again_val = features.hashed("i want to die")
    assert np.array_equal(idx, again_idx) and np.allclose(val, again_val)
    assert abs(float(np.linalg.norm(val)) - 1.0) < 1e-5


def test_the_embedding_head_is_used_only_when_the_embedding_fits() -> None:
    heads = {"ngram": _head(), "ngram_embedding": _head(384)}
    assert choose_head(heads, [0.0] * 384) is heads["ngram_embedding"]
    assert choose_head(heads, ()) is heads["ngram"]
    only_ngram = {"ngram": _head()}
    assert choose_head(only_ngram, [0.0] * 384) is only_ngram["ngram"]


def test_an_unsure_head_raises_nothing() -> None:
    assert not opinion(_head(), "i want to die").confident


def test_the_head_never_overrides_a_framing_the_rules_found() -> None:
    certain = _head()
    certain.bias[1] = 50.0  # a head that calls everything suicide
    detector = SafetyDetector(heads={"ngram": certain})
    assert detector.assess("this deadline is killing me").level == "none"
    assert detector.assess("I had a lovely lunch").level == "low"
