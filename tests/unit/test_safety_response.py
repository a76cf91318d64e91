"""Crisis replies keep every 'never': no breathing or reframing, no method, abuse believed, emergency first."""

from __future__ import annotations

import re

import pytest

from attune.domain.reading import RISK_CATEGORIES, Risk
from attune.safety import SafetyPlan, crisis_response

CATEGORIES = [c for c in RISK_CATEGORIES if c != "none"]
LEVELS = ["low", "moderate", "high", "imminent"]
ALL = [Risk(level, category) for category in CATEGORIES for level in LEVELS]  # type: ignore[arg-type]
COPING_INSTEAD = re.compile(
    r"\b(breath\w*|inhale|exhale|calm down|relax|grounding|5-4-3-2-1|look on the bright side|silver lining|"
    r"could be worse|at least|everything happens for a reason|think positive|reframe|gratitude)\b", re.I)
METHOD_INFO = re.compile(
    r"\b(mg|milligram|dose|dosage|lethal|fatal|how many|tall|height|storey|floor|painless|quick)\b", re.I)
REFRAMING_ABUSE = re.compile(
    r"\b(misunderstand\w*|both sides|his side|her side|perspective|didn't mean|did not mean|communicat\w*|"
    r"provok\w*|your part|couples)\b", re.I)
NOT_A_SERVICE = "I'm not a crisis service or a therapist"


@pytest.mark.parametrize("risk", ALL, ids=lambda r: f"{r.category}-{r.level}")
def test_no_reply_offers_breathing_or_a_reframe_instead_of_help(risk: Risk) -> None:
    assert not COPING_INSTEAD.search(crisis_response(risk, "en-US").text)


@pytest.mark.parametrize("risk", ALL, ids=lambda r: f"{r.category}-{r.level}")
def test_no_reply_carries_method_information(risk: Risk) -> None:
    assert not METHOD_INFO.search(crisis_response(risk, "en-GB").text)


@pytest.mark.parametrize("risk", ALL, ids=lambda r: f"{r.category}-{r.level}")
def test_every_reply_says_attune_is_not_a_crisis_service_or_therapist(risk: Risk) -> None:
    assert NOT_A_SERVICE in crisis_response(risk, "en-AU").text


@pytest.mark.parametrize("level", LEVELS)
def test_abuse_is_believed_and_never_reframed(level: str) -> None:
    text = crisis_response(Risk(level, "abuse"), "en-US").text  # type: ignore[arg-type]
    assert "not okay" in text and "not your fault" in text
    assert not REFRAMING_ABUSE.search(text)


def test_abuse_in_the_us_leads_with_the_domestic_violence_hotline() -> None:
    reply = crisis_response(Risk("moderate", "abuse"), "en-US")
    assert reply.lines[0].name == "National Domestic Violence Hotline"


@pytest.mark.parametrize("risk", [Risk("imminent", "suicide"), Risk("low", "medical_emergency"),
                                  Risk("high", "medical_emergency"), Risk("imminent", "abuse")])
def test_imminent_risk_and_medical_emergencies_put_the_emergency_number_first(risk: Risk) -> None:
    reply = crisis_response(risk, "en-GB")
    assert reply.emergency_first
    assert reply.lines[0].kind == "emergency" and reply.lines[0].number == "999"
    if risk.level != "low":
        assert reply.text.startswith("Please call 999 now")


def test_moderate_suicide_risk_leads_with_the_crisis_line_not_the_emergency_number() -> None:
    reply = crisis_response(Risk("moderate", "suicide"), "en-US")
    assert not reply.emergency_first
    assert reply.lines[0].number == "988"


def test_low_severity_is_a_gentle_direct_question_with_the_lines_beside_it() -> None:
    reply = crisis_response(Risk("low", "suicide"), "en-IE")
    assert reply.kind == "check_in"
    assert "Are you having thoughts like that?" in reply.text
    assert "ending their life" in reply.text
    assert "116 123" in reply.text
    assert len(reply.text) < 500


def test_moderate_and_above_get_the_full_crisis_response() -> None:
    assert crisis_response(Risk("moderate", "self_harm"), "en-NZ").kind == "crisis"


def test_the_persons_safety_plan_is_included_when_present() -> None:
    plan = SafetyPlan(reasons_for_living=["my daughter"], people_to_ask=["Aunt Jo"])
    reply = crisis_response(Risk("high", "suicide"), "en-US", plan)
    assert [s.key for s in reply.plan] == ["people_to_ask", "reasons_for_living"]
    assert reply.plan[1].items == ("my daughter",)
    assert "safety plan" in reply.text


def test_no_plan_section_or_mention_without_a_plan() -> None:
    reply = crisis_response(Risk("high", "suicide"), "en-US", None)
    assert reply.plan == () and "safety plan" not in reply.text


def test_an_unknown_locale_falls_back_to_the_international_directory() -> None:
    reply = crisis_response(Risk("moderate", "suicide"), "xx-ZZ")
    assert "findahelpline.com" in [line.number for line in reply.lines]


def test_it_refuses_to_build_a_crisis_reply_for_no_risk() -> None:
    with pytest.raises(ValueError):
        crisis_response(Risk("none", "none"), "en-US")


def test_the_json_form_keeps_the_callers_kind_field_free() -> None:
    data = crisis_response(Risk("low", "suicide"), "en-US").to_json()
    assert "kind" not in data and data["crisis_kind"] == "check_in"
    lines = data["lines"]
    assert isinstance(lines, list) and all("id" in line for line in lines)
