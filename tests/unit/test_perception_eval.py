"""`attune eval perception` reads any folder in the shared formats and prints one JSON object."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attune.evaluation import perception
from attune.evaluation.metrics import macro_f1, micro_prf, pearson_r
from attune.perception.emotion_words import LABELS
from attune.perception.reader import model_available

needs_model = pytest.mark.skipif(not model_available(), reason="perception model artifact not installed")

EKMAN = {"anger": ["anger", "annoyance", "disapproval"], "disgust": ["disgust"], "fear": ["fear", "nervousness"],
         "joy": ["joy", "amusement", "approval", "excitement", "gratitude", "love", "optimism", "relief",
                 "pride", "admiration", "desire", "caring"],
         "sadness": ["sadness", "disappointment", "embarrassment", "grief", "remorse"],
         "surprise": ["surprise", "realization", "confusion", "curiosity"]}


def write_data(root: Path, split: str) -> None:
    ge = root / "goemotions"
    ge.mkdir(parents=True)
    (ge / "emotions.txt").write_text("\n".join(LABELS) + "\n")
    (ge / "ekman_mapping.json").write_text(json.dumps(EKMAN))
    (ge / f"{split}.tsv").write_text("I'm so happy for you!\t17\tc1\nThis is awful and unfair\t2,25\tc2\n"
                                     "Is it Tuesday?\t27\tc3\n")
    eb = root / "emobank"
    eb.mkdir()
    (eb / "emobank.csv").write_text('id,split,V,A,D,text\na,test,4.2,3.6,3.0,"What a wonderful day!"\n'
                                    'b,test,1.8,3.4,2.5,"He died last night, alone."\n'
                                    'c,train,3.0,3.0,3.0,"The meeting is at noon."\n'
                                    'd,test,3.0,2.8,3.0,"The meeting is at noon."\n')
    bc = root / "bodycues"
    bc.mkdir()
    (bc / f"{split}.jsonl").write_text(json.dumps({"id": "b1", "text": "my chest is tight", "regions": ["chest"]})
                                       + "\n" + json.dumps({"id": "b2", "text": "fine", "regions": []}) + "\n")


@needs_model
def test_it_prints_one_json_object_in_the_agreed_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_data(tmp_path, "test")
    assert perception.main(["--data", str(tmp_path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    ge, eb, bc = result["goemotions"], result["emobank"], result["bodycues"]
    assert ge["n"] == 3 and set(ge["per_label_f1"]) == set(LABELS)
    assert 0 <= ge["macro_f1"] <= 1 and 0 <= ge["ekman_macro_f1"] <= 1
    assert [p["id"] for p in ge["predictions"]] == ["c1", "c2", "c3"]
    assert all(p["labels"] and all(0 <= i < 28 for i in p["labels"]) for p in ge["predictions"])
    assert eb["n"] == 3 and [p["id"] for p in eb["predictions"]] == ["a", "b", "d"]
    assert -1 <= eb["valence_r"] <= 1 and -1 <= eb["arousal_r"] <= 1
    assert bc["n"] == 2 and {"precision", "recall", "f1"} <= set(bc)


@needs_model
def test_it_skips_absent_data_sets_with_a_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_data(tmp_path, "dev")
    assert perception.main(["--data", str(tmp_path), "--split", "test", "--json"]) == 0
    captured = capsys.readouterr()
    result = json.loads(captured.out)
    assert "goemotions" not in result and "bodycues" not in result and "emobank" in result
    assert "skipping GoEmotions" in captured.err and "skipping body cues" in captured.err


def test_metrics_are_the_textbook_ones() -> None:
    import numpy as np

    gold = np.array([[1, 0], [0, 1], [1, 1]], bool)
    pred = np.array([[1, 0], [1, 1], [0, 1]], bool)
    assert macro_f1(gold, pred) == pytest.approx((0.5 + 1.0) / 2)
    assert micro_prf(3, 1, 1) == pytest.approx((0.75, 0.75, 0.75))
    assert pearson_r([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0)
    assert pearson_r([1, 1, 1], [2, 4, 6]) == 0.0
