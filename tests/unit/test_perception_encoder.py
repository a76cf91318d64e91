"""The encoder's plain-numpy parts: thread setting, chunking, calibration and decision rules."""

from __future__ import annotations

import numpy as np
import pytest

from attune.perception.encoder import THREADS_ENV, Heads, OnnxEncoder, threads_from_env


def heads(**overrides: object) -> Heads:
    data: dict[str, object] = {
        "labels": ["joy", "anger", "neutral"],
        "platt": {"a": [1.0, 2.0, 1.0], "b": [0.0, -1.0, 0.0]},
        "thresholds": [0.5, 0.4, 0.6],
        "at_least_one": True,
        "ekman": {"groups": {"joy": ["joy"], "anger": ["anger"], "neutral": ["neutral"]},
                  "thresholds": {"joy": 0.5, "anger": 0.4, "neutral": 0.6}},
        "affect": {"valence_mean": 3.0, "valence_std": 0.5, "arousal_mean": 3.0, "arousal_std": 0.25,
                   "arousal_center": 3.0, "arousal_scale": 0.25},
    }
    data.update(overrides)
    return Heads.from_json(data)


def test_threads_default_to_two_and_follow_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(THREADS_ENV, raising=False)
    assert threads_from_env() == 2
    monkeypatch.setenv(THREADS_ENV, "3")
    assert threads_from_env() == 3


@pytest.mark.parametrize("value", ["zero", "0", "-1", "1.5"])
def test_a_bad_thread_setting_fails_loudly(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(THREADS_ENV, value)
    with pytest.raises(ValueError, match=THREADS_ENV):
        threads_from_env()


def test_platt_scaling_is_sigmoid_of_a_logit_plus_b() -> None:
    probs = heads().probabilities(np.array([[0.0, 0.5, 2.0]], np.float32))
    assert probs[0] == pytest.approx([0.5, 0.5, 1 / (1 + np.exp(-2.0))], abs=1e-6)


def test_with_at_least_one_the_label_nearest_its_threshold_is_kept() -> None:
    probs = np.array([[0.30, 0.35, 0.10], [0.9, 0.1, 0.7]], np.float32)
    decided = heads().decide(probs)
    assert decided[0].tolist() == [False, True, False]  # 0.35/0.4 beats 0.30/0.5
    assert decided[1].tolist() == [True, False, True]
    assert not heads(at_least_one=False).decide(probs)[0].any()


def test_affect_maps_to_the_scales_attune_uses() -> None:
    h = heads()
    va = h.affect_1_to_5(np.array([[2.0, 2.0], [-10.0, -10.0]], np.float32), np.zeros((2, 384), np.float32))
    assert va[0] == pytest.approx([4.0, 3.5])
    assert h.valence_unit(va[:, 0]).tolist() == pytest.approx([0.5, -1.0])  # clipped
    arousal = h.arousal_unit(va[:, 1])
    assert arousal[0] == pytest.approx(1 / (1 + np.exp(-2.0)), abs=1e-6)
    assert 0.0 <= arousal[1] < 0.01


def test_chunks_hold_similar_lengths_within_the_batch_and_token_caps() -> None:
    encoder = OnnxEncoder.__new__(OnnxEncoder)
    encoder.max_batch, encoder.token_budget = 4, 128
    ids = [[0] * n for n in (5, 60, 6, 7, 8, 9, 61, 10)]
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    chunks = encoder._chunks(order, ids)
    assert sorted(i for c in chunks for i in c) == list(range(len(ids)))
    for chunk in chunks:
        assert len(chunk) <= 4
        assert len(chunk) * max(len(ids[i]) for i in chunk) <= 128 or len(chunk) == 1


def test_without_a_group_head_an_ekman_group_scores_its_strongest_member() -> None:
    probs = np.array([[0.2, 0.7, 0.1]], np.float32)
    assert heads().ekman_scores(probs, np.ones((1, 4), np.float32))[0].tolist() == pytest.approx([0.2, 0.7, 0.1])


def test_a_group_head_scores_each_group_from_the_embedding() -> None:
    group_head = {"weights": [[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]], "bias": [0.0, -1.0, 2.0]}
    h = heads(ekman={"groups": {"joy": ["joy"], "anger": ["anger"], "neutral": ["neutral"]},
                     "thresholds": {"joy": 0.5, "anger": 0.5, "neutral": 0.5}, "head": group_head})
    probs = np.array([[0.9, 0.9, 0.9]], np.float32)  # ignored once a head ships
    scores = h.ekman_scores(probs, np.array([[2.0, 1.0]], np.float32))
    sigmoid = [1 / (1 + np.exp(-z)) for z in (2.0, 0.0, 2.0)]
    assert scores[0].tolist() == pytest.approx(sigmoid, abs=1e-6)
    assert h.decide_ekman(scores)[0].tolist() == [True, True, True]


def test_a_shipped_ridge_replaces_the_affect_head_for_its_targets() -> None:
    h = heads(affect_ridge={"weights": [[1.0], [0.0]], "bias": [0.5], "targets": ["arousal"]})
    va = h.affect_1_to_5(np.array([[2.0, 2.0]], np.float32), np.array([[1.0, 3.0]], np.float32))
    assert va[0] == pytest.approx([4.0, 1.5])  # valence from the head, arousal from the ridge
