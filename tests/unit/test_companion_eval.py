"""`attune eval companion`: the ESConv and EPITOME reports, on tiny files in the shared formats."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest

from attune.evaluation import companion as evaluation
from tests.unit.test_companion_fakes import FixedAssessor, WordPerceiver

SHARED_ESCONV = Path(__file__).resolve().parents[3] / "shared" / "data" / "esconv" / "valid.json"
CONVERSATIONS = [
    ("I'm so anxious about my exams, I can't sleep", "anxiety", 5),
    ("I feel sad since my friend moved away", "sadness", 3),
    ("My boss made me angry again today", "anger", 4),
    ("Things have been hard lately", "depression", 2),
]


def write_esconv(folder: Path, split: str = "valid") -> None:
    (folder / "esconv").mkdir(parents=True)
    with (folder / "esconv" / f"{split}.json").open("w", encoding="utf-8") as out:
        for situation, emotion, intensity in CONVERSATIONS:
            line = {"emotion_type": emotion, "problem_type": "x", "situation": situation,
                    "survey_score": {"seeker": {"initial_emotion_intensity": str(intensity)}}, "dialog": []}
            out.write(json.dumps(line) + "\n")


def write_epitome(folder: Path) -> None:
    (folder / "epitome").mkdir(parents=True)
    responses = [("That sounds so hard, I'm really sorry you're going through this.", 2, 1, 0),
                 ("Have you tried going for a run?", 0, 0, 0),
                 ("What happened after that? How are you feeling now?", 0, 0, 2),
                 ("I understand, I felt the same when my dad left.", 1, 2, 0)] * 6
    for index, (name, _) in enumerate(evaluation.EPITOME_FILES.items()):
        with (folder / "epitome" / evaluation.EPITOME_FILES[name]).open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(["sp_id", "rp_id", "seeker_post", "response_post", "level", "rationales"])
            for i, (response, *levels) in enumerate(responses):
                writer.writerow([f"s{i % 8}", f"r{i}", f"I'm sad and anxious, post {i % 8}", response,
                                 levels[index], ""])


def run(folder: Path) -> dict[str, object]:
    return evaluation.run(folder, "valid", WordPerceiver, FixedAssessor())


def test_esconv_output_has_the_fields_of_the_eval_format(tmp_path: Path) -> None:
    write_esconv(tmp_path)
    esconv = run(tmp_path)["esconv"]
    assert isinstance(esconv, dict)
    assert {"n", "emotion_agreement", "reflect_before_suggest", "high_intensity_body_first",
            "judgemental_replies", "reply_words", "predictions"} <= esconv.keys()
    assert esconv["n"] == 4 and set(esconv["reply_words"]) == {"p50", "p95"}
    first = esconv["predictions"][0]
    assert {"id", "emotion", "zone", "practice", "reply"} <= first.keys() and first["id"] == 0


def test_intensity_is_doubled_into_distress_and_high_intensity_gets_body_first_practice(tmp_path: Path) -> None:
    write_esconv(tmp_path)
    esconv = run(tmp_path)["esconv"]
    assert isinstance(esconv, dict)
    assert esconv["high_intensity_body_first"] == 1.0
    assert esconv["predictions"][0]["zone"] == "hyper"


def test_every_reply_reflects_before_it_suggests_and_none_is_judgemental(tmp_path: Path) -> None:
    write_esconv(tmp_path)
    esconv = run(tmp_path)["esconv"]
    assert isinstance(esconv, dict)
    assert esconv["reflect_before_suggest"] == 1.0 and esconv["judgemental_replies"] == 0


def test_emotion_agreement_follows_the_documented_mapping(tmp_path: Path) -> None:
    write_esconv(tmp_path)
    esconv = run(tmp_path)["esconv"]
    assert isinstance(esconv, dict)
    by_type = esconv["emotion_agreement_by_type"]
    assert by_type["anxiety"]["agreement"] == 1.0 and by_type["sadness"]["agreement"] == 1.0
    assert by_type["anger"]["agreement"] == 1.0 and by_type["depression"]["agreement"] == 0.0
    assert esconv["emotion_agreement"] == 0.75


def test_crisis_turns_are_counted_and_carry_no_reply(tmp_path: Path) -> None:
    write_esconv(tmp_path)
    esconv = evaluation.run(tmp_path, "valid", WordPerceiver, FixedAssessor("high", "suicide"))["esconv"]
    assert esconv["crisis_turns"] == 4 and esconv["predictions"][0]["reply"] is None


def test_absent_data_sets_are_skipped_with_a_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert set(run(tmp_path)) == {"split"}
    err = capsys.readouterr().err
    assert "skipping ESConv" in err and "skipping EPITOME" in err


def test_epitome_reports_cross_validated_accuracy_and_mean_levels(tmp_path: Path) -> None:
    write_epitome(tmp_path)
    epitome = run(tmp_path)["epitome"]
    assert isinstance(epitome, dict)
    assert epitome["n_seeker_posts"] == 8 and epitome["attune_replies"] == 8
    for mechanism in evaluation.MECHANISMS:
        m = epitome["mechanisms"][mechanism]
        assert m["cv_accuracy"] == 1.0
        assert 0 <= m["attune_mean_level_predicted"] <= 2
        assert m["human_mean_level"] == pytest.approx(m["human_mean_level_predicted"])


def test_the_classifier_learns_a_separable_toy_problem() -> None:
    x = evaluation.hash_features(["so sorry", "so sorry friend", "try running", "try yoga", "how are you", "how now"])
    y = np.array([2, 2, 0, 0, 1, 1])
    model = evaluation.fit_logistic(x, y)
    assert evaluation.predict(model, evaluation.hash_features(["sorry", "try", "how"])).tolist() == [2, 0, 1]


def test_the_command_prints_one_json_object(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    write_esconv(tmp_path)
    monkeypatch.setattr(evaluation, "load_lexicon_perceiver", WordPerceiver)
    monkeypatch.setattr(evaluation, "load_assessor", FixedAssessor)
    code = evaluation.main(["--data", str(tmp_path), "--split", "valid", "--json", "--perceiver", "lexicon"])
    assert code == 0
    assert json.loads(capsys.readouterr().out)["esconv"]["n"] == 4


def test_the_command_refuses_a_missing_folder(tmp_path: Path) -> None:
    assert evaluation.main(["--data", str(tmp_path / "nope"), "--json"]) == 2


@pytest.mark.skipif(not SHARED_ESCONV.exists(), reason="../shared/data/esconv is not on this machine")
def test_on_the_shared_esconv_dev_split_every_reply_is_kind_and_reflects_first() -> None:
    esconv = evaluation.evaluate_esconv(SHARED_ESCONV, WordPerceiver(), FixedAssessor())
    assert esconv["n"] == 195
    assert esconv["reflect_before_suggest"] == 1.0 and esconv["judgemental_replies"] == 0
    assert esconv["high_intensity_body_first"] == 1.0
