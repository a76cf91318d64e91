"""The fine-tuned encoder classifier ships, reads paraphrase, and only ever adds a low check-in."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from attune.safety.classifier import Opinion
from attune.safety.detector import SafetyDetector
from attune.safety.encoder_classifier import EncoderClassifier, load_encoder_classifier, open_classifier
from attune.safety.training.train_head import CLASSES


@pytest.fixture(scope="module")
def shipped() -> EncoderClassifier:
    found = load_encoder_classifier()
    assert found is not None, "the package ships safety/model/classifier.onnx and classifier.json"
    return found


@dataclass
class Scripted:
    """A second opinion that is sure of the messages it was told about and asked of every message."""

    sure: dict[str, str]
    asked: list[str] = field(default_factory=list)

    def opinions(self, normalised_texts: Sequence[str]) -> list[Opinion]:
        self.asked += list(normalised_texts)
        return [Opinion(p_risk=1.0 if t in self.sure else 0.0, category=self.sure.get(t, "suicide"),
                        confident=t in self.sure) for t in normalised_texts]


def test_the_shipped_classifier_knows_the_seven_classes_and_a_strict_threshold(shipped: EncoderClassifier) -> None:
    assert shipped.classes == CLASSES
    assert 0.5 < shipped.threshold < 1.0


def test_risk_said_in_words_no_rule_holds_gets_a_check_in(shipped: EncoderClassifier) -> None:
    risk = SafetyDetector(heads={}, encoder=shipped).assess("my dad comes home drunk and i hide in the wardrobe")
    assert (risk.level, risk.category, risk.reasons) == ("low", "abuse", ("encoder:check_in",))


@pytest.mark.parametrize("text", [
    "what time does the bakery open on sunday",
    "i finally finished the jigsaw with my nan, so proud of us",
    "work was long but the walk home in the rain was nice",
])
def test_everyday_messages_stay_below_the_threshold(shipped: EncoderClassifier, text: str) -> None:
    (view,) = shipped.opinions([text])
    assert not view.confident and view.p_risk < shipped.threshold


def test_a_message_gets_the_same_opinion_whatever_is_asked_beside_it(shipped: EncoderClassifier) -> None:
    texts = ["i hide in the wardrobe when he shouts", "lovely weather", "nobody would notice if i was gone"]
    batched = shipped.opinions(texts)
    alone = [shipped.opinions([t])[0] for t in texts]
    for a, b in zip(batched, alone, strict=True):
        assert a.category == b.category and a.confident == b.confident
        assert a.p_risk == pytest.approx(b.p_risk, abs=1e-4)


def test_no_messages_means_no_run_of_the_graph(tmp_path: Path) -> None:
    never_opened = EncoderClassifier(classes=CLASSES, threshold=0.9, model=tmp_path / "absent.onnx")
    assert never_opened.opinions([]) == []


def test_a_long_message_is_read_at_the_length_the_threshold_was_chosen_at(shipped: EncoderClassifier) -> None:
    """Run past its trained length, the graph drifted towards risk on plain text (0.97 at 138 words)."""
    long_plain = " ".join(["we walked to the shops and bought bread and milk for the week ahead"] * 10)
    (view,) = shipped.opinions([long_plain])
    assert shipped.max_length == 64 and not view.confident


def test_a_broken_model_file_falls_back_to_the_head_with_a_logged_error(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "classifier.json").write_text(json.dumps({"classes": list(CLASSES), "threshold": 0.9}))
    (tmp_path / "classifier.onnx").write_bytes(b"not an onnx graph")
    assert open_classifier(tmp_path) is None
    assert "could not be opened" in caplog.text
    assert open_classifier(tmp_path / "missing") is None


@pytest.mark.parametrize("text", ["", "🙂🙂🙂", "x" * 20000, "मुझे नींद नहीं आती"])
def test_odd_input_gets_an_opinion_not_a_crash(shipped: EncoderClassifier, text: str) -> None:
    (view,) = shipped.opinions([text])
    assert 0.0 <= view.p_risk <= 1.0 + 1e-6


def test_the_rules_decide_whenever_they_find_anything() -> None:
    scripted = Scripted({"i want to kill myself": "abuse"})
    risk = SafetyDetector(encoder=scripted).assess("i want to kill myself")
    assert risk.category == "suicide" and risk.level != "low"
    assert scripted.asked == []


def test_a_framing_the_rules_found_is_never_overridden() -> None:
    scripted = Scripted({"this traffic is killing me": "suicide"})
    risk = SafetyDetector(encoder=scripted).assess("this traffic is killing me")
    assert risk.level == "none" and scripted.asked == []


def test_a_sure_opinion_raises_only_to_a_low_check_in() -> None:
    scripted = Scripted({"the quiet has got very loud lately": "suicide"})
    risk = SafetyDetector(encoder=scripted).assess("the quiet has got very loud lately")
    assert (risk.level, risk.category, risk.reasons) == ("low", "suicide", ("encoder:check_in",))


def test_a_medical_emergency_is_never_left_to_the_classifier() -> None:
    scripted = Scripted({"qqxj zzq blorp": "medical_emergency"})
    assert SafetyDetector(encoder=scripted).assess("qqxj zzq blorp").level == "none"


def test_only_the_last_message_is_put_to_the_encoder_classifier() -> None:
    """Earlier messages are left to the n-gram head: put to the encoder, settled talk was raised."""
    scripted = Scripted({"the quiet has got very loud lately": "suicide"})
    risk = SafetyDetector(heads={}, encoder=scripted).assess(
        "adesso sto meglio grazie", ["the quiet has got very loud lately"])
    assert risk.level == "none"
    assert scripted.asked == ["adesso sto meglio grazie"]


def test_rules_alone_never_ask_the_classifier() -> None:
    scripted = Scripted({"my dad comes home drunk and i hide in the wardrobe": "abuse"})
    detector = SafetyDetector(use_classifier=False, encoder=scripted)
    assert detector.assess("my dad comes home drunk and i hide in the wardrobe").level == "none"
    assert scripted.asked == []
