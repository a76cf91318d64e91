"""The safety classifier's training data keeps rounds whole, and its threshold respects the false-alarm budget."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from attune.safety.training.classifier_data import (
    assign_folds,
    case_group,
    class_weights,
    is_ordinary_distress,
    oof_report,
    repeated,
    single_messages,
)
from attune.safety.training.export_classifier import threshold_of
from attune.safety.training.train_head import Corpus, choose_threshold


def test_a_round_file_is_one_group_and_train_splits_by_authoring_batch() -> None:
    assert case_group(Path("eval/safety/round21.jsonl"), "r21-0001") == "round21"
    assert case_group(Path("eval/safety/train.jsonl"), "train-r9-0004") == "train-r9"
    assert case_group(Path("eval/safety/train.jsonl"), "train-0104") == "train"


def test_folds_keep_each_group_whole_and_stay_balanced() -> None:
    sizes = Counter({"train": 900, "round11": 400, "round12": 380, "round13": 350, "round14": 300,
                     "round15": 290, "round16": 280, "round17": 100})
    folds = assign_folds(sizes, folds=3)
    assert set(folds) == set(sizes) and set(folds.values()) == {0, 1, 2}
    load: Counter[int] = Counter()
    for group, fold in folds.items():
        load[fold] += sizes[group]
    assert max(load.values()) - min(load.values()) <= 400


def test_half_the_loss_is_on_none_and_half_shared_by_the_risk_classes() -> None:
    labels = [0] * 80 + [1] * 15 + [4] * 5
    w = class_weights(labels)
    counts = np.bincount(labels, minlength=7)
    mass = w * counts
    assert mass[0] == pytest.approx(mass[1:].sum())
    assert mass[1] == pytest.approx(mass[4])
    assert w[2] == 0.0


def _rows(n_neg: int, n_risk: int) -> list[dict[str, object]]:
    neg = [{"id": f"n{i}", "label": 0, "gated": True, "hard": True} for i in range(n_neg)]
    risk = [{"id": f"r{i}", "label": 1, "gated": True, "hard": True} for i in range(n_risk)]
    return neg + risk


def test_the_out_of_fold_threshold_keeps_hard_negatives_within_budget() -> None:
    rows = _rows(100, 50)
    probs = {f"n{i}": [1 - i / 100] + [i / 600] * 6 for i in range(100)}  # p_risk = i / 100
    probs |= {f"r{i}": [0.0] + [1 / 6] * 6 for i in range(50)}
    report = oof_report(rows, probs)
    assert report["fpr_hard_negatives_left_by_rules"] <= 0.04
    assert report["recall_left_by_rules"] == 1.0
    assert report["threshold"] == pytest.approx(0.951, abs=0.0015)


def test_a_repeated_row_counts_once_when_the_threshold_is_chosen() -> None:
    rows = _rows(100, 10)
    copies = repeated([r for r in rows if r["id"] in {f"n{i}" for i in range(90, 100)}], 4)
    rows += copies
    probs = {f"n{i}": [1 - i / 100] + [i / 600] * 6 for i in range(100)}
    probs |= {str(c["id"]): probs[str(c["id"]).split("#")[0]] for c in copies}
    assert len(copies) == 30
    probs |= {f"r{i}": [0.0] + [1 / 6] * 6 for i in range(10)}
    report = oof_report(rows, probs)
    assert report["threshold"] == pytest.approx(0.951, abs=0.0015)  # as without the repeats


def test_ordinary_comments_get_a_third_of_the_false_alarm_budget() -> None:
    rows = _rows(100, 10) + [{"id": f"o{i}", "label": 0, "gated": True, "hard": False} for i in range(100)]
    probs = {f"{kind}{i}": [1 - i / 100] + [i / 600] * 6 for kind in "no" for i in range(100)}
    probs |= {f"r{i}": [0.0] + [1 / 6] * 6 for i in range(10)}
    report = oof_report(rows, probs)
    assert report["threshold"] == pytest.approx(0.981, abs=0.0015)  # one ordinary comment in 100 raised
    assert report["fpr_ordinary"] <= 0.04 / 3


def _case(case_id: str, text: str, kind: str = "ordinary", context: list[str] | None = None) -> dict[str, object]:
    return {"id": case_id, "text": text, "risk": "none", "severity": "none", "kind": kind, "context": context or []}


def test_a_conversation_of_ordinary_distress_gives_each_of_its_messages_as_a_row() -> None:
    case = _case("ordc-a-0001", "three in a row", "multi_turn", ["night shift again", "again"])
    pairs = single_messages(Path("eval/safety/train_ordinary_fresh.jsonl"), case)
    assert pairs == [("ordc-a-0001-m0", "night shift again"), ("ordc-a-0001-m1", "again"),
                     ("ordc-a-0001-m2", "three in a row")]


def test_a_conversation_elsewhere_gives_no_row_since_its_label_needs_the_earlier_messages() -> None:
    case = _case("r42-0001", "with jake", "multi_turn", ["i'm going to end it tonight"])
    assert single_messages(Path("eval/safety/round42.jsonl"), case) == []
    assert not is_ordinary_distress(Path("eval/safety/ordinary_fresh.jsonl"))  # measured, never trained on


def test_a_single_message_is_one_row_wherever_it_comes_from() -> None:
    case = _case("r42-0002", "exhausted after the double shift")
    for path in (Path("eval/safety/round42.jsonl"), Path("eval/safety/train_ordinary.jsonl")):
        assert single_messages(path, case) == [("r42-0002", "exhausted after the double shift")]


def _head_corpus(n_hard: int, n_distress: int, n_risk: int) -> Corpus:
    labels = np.array([0] * (n_hard + n_distress) + [1] * n_risk)
    distress = np.array([False] * n_hard + [True] * n_distress + [False] * n_risk)
    every = np.ones(len(labels), bool)
    return Corpus(texts=[""] * len(labels), raw=[""] * len(labels), labels=labels, hard=every, gated=every,
                  unseen=every, distress=distress)


def test_ordinary_distress_has_its_own_budget_when_the_head_threshold_is_chosen() -> None:
    corpus = _head_corpus(100, 100, 10)
    ramp = np.arange(100) / 100  # p_risk 0.00 .. 0.99
    p_risk = np.concatenate([ramp * 0.5, ramp, np.ones(10)])  # hard negatives stay under 0.5
    assert choose_threshold(p_risk, corpus, max_fpr=0.04) == 0.5  # no distress budget: the lowest cut
    assert choose_threshold(p_risk, corpus, max_fpr=0.04, max_fpr_distress=0.02) == 0.98


def test_without_distress_rows_the_head_threshold_is_chosen_as_before() -> None:
    corpus = _head_corpus(100, 0, 10)
    p_risk = np.concatenate([np.arange(100) / 100, np.ones(10)])
    assert choose_threshold(p_risk, corpus, max_fpr=0.04, max_fpr_distress=0.02) == 0.96


def _export_args(oof: Path | None, threshold: float | None) -> argparse.Namespace:
    return argparse.Namespace(oof=oof, threshold=threshold, threshold_why="ep8 of 28 Nov, out of fold", max_fpr=0.04)


def test_a_carried_threshold_is_recorded_as_carried_not_chosen() -> None:
    tau, how = threshold_of(_export_args(None, 0.996), [])
    assert tau == 0.996
    assert how == {"threshold_carried": "ep8 of 28 Nov, out of fold"}


def test_out_of_fold_probabilities_of_some_folds_choose_the_cut_on_the_rows_they_cover(tmp_path: Path) -> None:

    rows = [{"id": f"r{i}", "label": int(i % 2), "gated": True, "hard": True, "fold": i % 5} for i in range(50)]
    covered = [r for r in rows if r["fold"] == 0]
    oof = tmp_path / "oof-0.jsonl"
    oof.write_text("".join(json.dumps({"id": r["id"], "probs": [0.0, 1.0] if r["label"] else [1.0, 0.0]}) + "\n"
                           for r in covered))
    tau, how = threshold_of(_export_args(oof, None), rows)
    assert how["out_of_fold_folds"] == [0]
    assert how["out_of_fold_rows"] == len(covered)
    assert how["out_of_fold"]["recall_all"] == 1.0
    assert how["out_of_fold"]["fpr_hard_negatives_left_by_rules"] == 0.0
    assert 0.5 <= tau <= 1.0
