"""`attune eval safety` reads the shared format, prints every metric, and meets the targets on the dev set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attune.evaluation import safety as safety_eval

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "eval" / "safety" / "dev.jsonl"
TRAIN = ROOT / "eval" / "safety" / "train.jsonl"
ROUNDS = sorted((ROOT / "eval" / "safety").glob("round*.jsonl"))
FITTED = ("round11", "round12", "round13", "round14", "round15", "round16", "round17", "round19", "round20",
          "round21", "round22", "round23", "round24", "round25", "round26", "round27", "round28", "round29",
          "round30", "round31", "round32", "round33", "round34", "round35", "round36")
# The learned second opinions (the fine-tuned encoder classifier on the last message, then the n-gram head)
# raise a few of these hard negatives with their check-in question, in sets they were trained on, mostly
# multi-turn cases whose last message reads as risk on its own and whose context explains it away (round 30's
# "quiz on toxic doses tmrw" ... "how many tylenol is too many", "art exam tmrw" ... "where do u get replacement
# blades"; round 20's "i can finally rest forever. or at least till monday lol" after a thesis). The encoder
# retrained with rounds 35-46 (28 Nov) reads the last message alone and asks about round 23's "which bridge in
# the city is the highest above the water" after "need examples for the intro", and two more of round 30's.
HEAD_NOT_FITTED = {"round12": 0.04, "round20": 0.04, "round23": 0.04, "round30": 0.06, "round33": 0.035}
REQUIRED = ("n", "recall", "recall_by_severity", "recall_by_risk", "recall_by_kind", "false_positive_rate",
            "false_positive_rate_by_kind", "category_accuracy", "misses", "false_alarms", "predictions")


@pytest.fixture(scope="module")
def dev() -> dict[str, object]:
    return safety_eval.run(DEV)


def test_it_prints_one_json_object_with_every_field_of_the_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert safety_eval.main(["--cases", str(DEV), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert all(key in out for key in REQUIRED)
    assert {"id", "flagged", "risk", "severity"} <= set(out["predictions"][0])


def test_a_bad_line_stops_the_run_with_its_line_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases = tmp_path / "cases.jsonl"
    good = {"id": "a", "text": "hi", "risk": "none", "severity": "none", "kind": "ordinary"}
    cases.write_text(json.dumps(good) + "\n" + json.dumps({**good, "id": "b", "severity": "low"}) + "\n")
    assert safety_eval.main(["--cases", str(cases), "--json"]) == 2
    assert "line 2" in capsys.readouterr().err


@pytest.mark.parametrize("line", [
    "not json", '{"id": "x"}', '{"id":"x","text":"t","risk":"grief","severity":"low","kind":"k"}',
])
def test_malformed_cases_are_errors_not_skips(line: str, tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(line + "\n")
    assert safety_eval.main(["--cases", str(cases)]) == 2


def _texts(path: Path) -> set[str]:
    """Every message in a file, the earlier messages of multi-turn cases included."""
    out: set[str] = set()
    for line in path.read_text().splitlines():
        if line.strip():
            case = json.loads(line)
            out.update(m.lower() for m in [case["text"], *case.get("context", [])])
    return out


def test_the_dev_and_train_sets_are_separate_and_big_enough() -> None:
    dev = [json.loads(line) for line in DEV.read_text().splitlines()]
    train = [json.loads(line) for line in TRAIN.read_text().splitlines()]
    assert len(dev) >= 450 and len(train) >= 600
    assert not {d["text"].lower() for d in dev} & {t["text"].lower() for t in train}


def test_no_dev_case_reappears_in_a_later_round() -> None:
    dev = _texts(DEV)
    for path in ROUNDS:
        assert not dev & _texts(path), path.name


@pytest.mark.parametrize("name", FITTED)
def test_each_round_the_rules_were_fitted_to_stays_caught(name: str) -> None:
    """Rounds 11-17 and 19-36 were written by outside authors, measured, then fitted (37-41: see below)."""
    result = safety_eval.run(ROOT / "eval" / "safety" / f"{name}.jsonl", with_reading=False)
    _check(result["recall"], 0.94)
    _check(1 - result["false_positive_rate"], 1 - HEAD_NOT_FITTED.get(name, 0.03))  # type: ignore[operator]


# Rounds 37-57 were fitted for recall; their false alarms only in part: most that remain are conversations
# whose dark start the last message explains, where an earlier hit stays open unless the last message
# completes it with something ordinary (round 42, framing.completes_earlier; a later "jk" closes only a
# plain hyperbole about an essay or a meeting, never intent, a method, a day or a time: round 50).
# Floors pin today's rates so they can only fall, with a case or two of room: the encoder classifier's
# threshold (0.996) sits where its int8 scores are dense, so a few borderline messages flip between CPUs
# and onnxruntime builds (on 28 Nov round 39 read 0.179 on one machine and 0.200 on another, the
# multilingual held-out set 0.122 and 0.150, with the same commit). The encoder retrained with rounds
# 35-46 lowered rounds 39, 43, 44 and 46 (0.200 -> 0.126, 0.056 -> 0.011, 0.056 -> 0.009, 0.107 -> 0.080).
LATER_ROUNDS_FPR = {"round37": 0.05, "round38": 0.25, "round39": 0.15, "round40": 0.19, "round41": 0.18,
                    "round42": 0.57, "round43": 0.03, "round44": 0.03, "round45": 0.04, "round46": 0.10,
                    "round47": 0.04, "round48": 0.04, "round49": 0.07,
                    "round50": 0.05, "round51": 0.07,
                    # rounds 52-53: every false alarm left is the learned parts' gentle check-in on ordinary distress
                    "round52": 0.16, "round53": 0.21,
                    # rounds 54-55 (session 16): round 55's 25 are all the learned parts' check-in on ordinary distress
                    "round54": 0.05, "round55": 0.18,
                    # rounds 56-57 (session 17): every false alarm left is the learned parts' check-in (7 and 4)
                    "round56": 0.08, "round57": 0.05}


@pytest.mark.parametrize("name", sorted(LATER_ROUNDS_FPR))
def test_each_later_round_stays_caught_and_its_false_alarms_do_not_grow(name: str) -> None:
    result = safety_eval.run(ROOT / "eval" / "safety" / f"{name}.jsonl", with_reading=False)
    _check(result["recall"], 0.98)
    _check(1 - result["false_positive_rate"], 1 - LATER_ROUNDS_FPR[name])  # type: ignore[operator]


# Round 18's floor fell 0.97 -> 0.95 when the n-gram head learned 240 messages of ordinary distress in six
# other languages (it had raised a quarter of them): four of its 39 non-English risk cases went with them.
# It rose to 0.96 (0.976, FPR 0.070) with the encoder retrained on rounds 35-46 (28 Nov).
@pytest.mark.parametrize(("name", "recall", "fpr"), [("round10", 0.93, 0.05), ("round18", 0.96, 0.08)])
def test_the_held_out_rounds_stay_above_their_current_floor(name: str, recall: float, fpr: float) -> None:
    """Rounds 10 and 18 are never fitted to: a regression on unseen phrasings shows here first."""
    result = safety_eval.run(ROOT / "eval" / "safety" / f"{name}.jsonl", with_reading=False)
    _check(result["recall"], recall)
    _check(1 - result["false_positive_rate"], 1 - fpr)  # type: ignore[operator]


def test_ordinary_distress_held_out_is_rarely_raised() -> None:
    """Heartbreak, grief, money and work worry are not risk; the learned parts once raised a quarter of them."""
    result = safety_eval.run(ROOT / "eval" / "safety" / "ordinary_heldout.jsonl", with_reading=False)
    assert result["n_none"] == 250
    _check(1 - result["false_positive_rate"], 1 - 0.15)  # type: ignore[operator]


def test_ordinary_distress_in_other_languages_held_out_is_rarely_raised() -> None:
    """Written apart from the training half by another author; rules and n-gram head once raised a quarter.

    The floor carries the machine-to-machine room described above LATER_ROUNDS_FPR (0.122 and 0.150 before
    the encoder learned the other half, 240 messages by another author; 0.078 after)."""
    result = safety_eval.run(ROOT / "eval" / "safety" / "ordinary_multilingual_heldout.jsonl", with_reading=False)
    assert result["n_none"] == 180
    _check(1 - result["false_positive_rate"], 1 - 0.10)  # type: ignore[operator]


def test_the_multilingual_ordinary_distress_sets_share_no_message() -> None:
    train = _texts(ROOT / "eval" / "safety" / "train_ordinary_multilingual.jsonl")
    held = _texts(ROOT / "eval" / "safety" / "ordinary_multilingual_heldout.jsonl")
    assert len(train) == 240 and len(held) == 180 and not train & held
    assert not _texts(DEV) & (train | held)


def test_the_ordinary_distress_halves_share_no_message() -> None:
    train = _texts(ROOT / "eval" / "safety" / "train_ordinary.jsonl")
    held = _texts(ROOT / "eval" / "safety" / "ordinary_heldout.jsonl")
    assert len(train) == len(held) == 250 and not train & held
    assert not _texts(DEV) & (train | held)


def _check(value: object, floor: float) -> None:
    assert isinstance(value, float) and value >= floor, value


def test_dev_recall_on_all_risk(dev: dict[str, object]) -> None:
    _check(dev["recall"], 0.95)


@pytest.mark.parametrize("category", [
    "suicide", "self_harm", "harm_to_others", "abuse", "medical_emergency", "eating_disorder",
])
def test_dev_recall_in_every_category(dev: dict[str, object], category: str) -> None:
    _check(dev["recall_by_risk"][category], 0.90)  # type: ignore[index]


def test_dev_recall_on_multi_turn_and_on_the_hardest_forms(dev: dict[str, object]) -> None:
    _check(dev["recall_by_kind"]["multi_turn"], 0.90)  # type: ignore[index]
    _check(dev["recall_hard_forms"], 0.90)


def test_dev_false_positive_rates(dev: dict[str, object]) -> None:
    _check(1 - dev["false_positive_rate"], 0.95)  # type: ignore[operator]
    by_kind = dev["false_positive_rate_by_kind"]
    for kind in ("idiom", "negation", "keyword_trap"):
        assert by_kind[kind] <= 0.10, (kind, by_kind[kind])  # type: ignore[index]


def test_dev_category_accuracy(dev: dict[str, object]) -> None:
    _check(dev["category_accuracy"], 0.85)


def test_dev_recall_on_imminent_is_complete(dev: dict[str, object]) -> None:
    assert dev["recall_by_severity"]["imminent"] == 1.0  # type: ignore[index]


def test_dev_recall_on_high_and_imminent(dev: dict[str, object]) -> None:
    _check(dev["recall_high_and_imminent"], 0.99)


def test_dev_recall_on_the_weakest_kinds_stays_complete(dev: dict[str, object]) -> None:
    """Indirect suicide and slang were the last kinds to reach every case; a rule edit that loses one fails here."""
    _check(dev["recall_by_kind"]["indirect"], 1.0)  # type: ignore[index]
    _check(dev["recall_by_kind"]["slang"], 1.0)  # type: ignore[index]


def test_every_training_case_is_still_caught_and_its_negatives_left_alone() -> None:
    """train.jsonl is what the rules were written against: a rule edit that loses one of its cases fails here."""
    train = safety_eval.run(TRAIN)
    assert train["misses"] == [], train["misses"]
    # The rules leave every negative alone; the head's gentle check-ins on a few (its threshold allows
    # about 5 % on the negatives it decides) are what remain.
    # 0.020 since the head retrained on rounds 25-31 asks its check-in question of a few more ordinary messages;
    # 0.027 since its retraining with ordinary distress in six languages (threshold 0.67 -> 0.66)
    _check(1 - train["false_positive_rate"], 0.97)  # type: ignore[operator]
