"""The detector flags real risk at the right severity, leaves figures of speech alone, and reads the conversation."""

from __future__ import annotations

import pytest

from attune.domain.ports import RiskAssessor
from attune.safety import SafetyDetector, assess, enters_crisis_pathway
from attune.safety.levels import rank
from tests.unit.safety_judging import judge


def test_it_satisfies_the_risk_assessor_port() -> None:
    detector: RiskAssessor = SafetyDetector()
    assert detector.assess("I had a nice walk today").level == "none"


@pytest.mark.parametrize("text", [
    "I'm standing on the edge of the bridge right now and I'm going to jump",
    "I have the pills counted out and I'm taking them tonight when everyone's asleep",
    "the rope is tied and I'm going to do it in the next hour",
    "my husband is hitting me right now, he's in the next room",
    "I just swallowed a whole bottle of sleeping pills",
])
def test_it_calls_imminent_danger_imminent(text: str) -> None:
    assert judge(text).level == "imminent"


@pytest.mark.parametrize("text", [
    "I've decided to kill myself this weekend",
    "what's the most painless way to kill yourself",
    "I tried to hang myself on Sunday",
    "I've written letters to my family for when I'm gone",
    "I'm going to stab him when he gets home",
])
def test_it_calls_method_intent_farewell_and_threats_high_or_worse(text: str) -> None:
    assert rank(judge(text).level) >= rank("high")


@pytest.mark.parametrize("text", [
    "this deadline is killing me",
    "I could murder a pizza",
    "we were dying of laughter",
    "my mum is going to kill me when she sees the car",
    "I'd never hurt myself, I'm just venting",
    "I'm not suicidal, just exhausted",
    "in the film the main character kills himself",
    "what are the warning signs of suicide? it's for my essay",
    "I attempted suicide when I was sixteen, I'm thirty now and doing well",
    "my plant died again",
    "I'm so tired of this job",
])
def test_it_leaves_idioms_negations_media_and_topics_alone(text: str) -> None:
    assert judge(text).level == "none"


def test_it_flags_method_seeking_after_distress_earlier_in_the_conversation() -> None:
    risk = judge("where can I buy pesticides near me?", ("I want to hurt myself",))
    assert risk.level == "high"
    assert risk.category == "suicide"


def test_it_leaves_the_same_question_alone_without_distress() -> None:
    assert judge("how tall is the golden gate bridge?", ("we watched a film about bridges",)).level == "none"


@pytest.mark.parametrize("closer", ["jk", "lol nvm", "haha just kidding", "forget it, I'm fine"])
def test_a_joke_afterwards_does_not_close_an_open_risk(closer: str) -> None:
    risk = judge(closer, ("I've been thinking about killing myself",))
    assert rank(risk.level) >= rank("moderate")
    assert risk.category == "suicide"


def test_a_passive_wish_not_to_exist_is_a_low_check_in() -> None:
    risk = judge("I wish I could go to sleep and never wake up")
    assert risk.level == "low"
    assert enters_crisis_pathway(risk)


def test_an_intentional_overdose_is_a_medical_emergency() -> None:
    assert judge("I took all my antidepressants an hour ago, I wanted to die").category == "medical_emergency"


def test_abuse_of_a_child_comes_before_suicide() -> None:
    risk = judge("I'm 13 and my stepdad hits me every night and I want to die")
    assert risk.category == "abuse"


@pytest.mark.parametrize("text", [
    "i wanna kil myslef", "kms fr", "thinking about sewerslide", "i want to ctb", "su*cidal again",
])
def test_it_reads_typos_slang_and_masked_words(text: str) -> None:
    assert judge(text).category == "suicide"


def test_emoji_with_distress_is_risk_and_emoji_alone_is_not() -> None:
    assert judge("can't do this anymore 💊💊💊").category == "suicide"
    assert judge("new knife set for the kitchen 🔪✨").level == "none"


def test_reasons_are_machine_tags_and_never_the_persons_words() -> None:
    text = "I feel like killing myself because of Mrs Henderson"
    risk = judge(text)
    assert risk.reasons
    joined = " ".join(risk.reasons)
    assert "Henderson" not in joined and "feel like" not in joined
    assert all(":" in reason for reason in risk.reasons)


def test_the_module_level_assess_uses_a_shared_detector() -> None:
    assert assess("I want to end my life").category == "suicide"


def test_no_risk_is_not_the_crisis_pathway() -> None:
    assert not enters_crisis_pathway(judge("I had a good day"))
