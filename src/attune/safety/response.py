"""What Attune says when risk is found: a check-in question at low, the crisis response above.

Rules this module keeps (pinned by tests/unit/test_safety_response_*.py):
- say plainly what was noticed, without quoting the person; calm, direct, warm, plain words;
- never offer a breathing exercise or a reframe in place of escalation, never method information;
- believe abuse disclosures ("not okay, not your fault"), never reframe them;
- imminent risk and any medical emergency: the emergency number first;
- low severity: one gentle direct question with the lines beside it, not the full script;
- say that Attune is not a crisis service or a therapist; show the person's own safety plan.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal

from attune.domain.reading import Risk, RiskCategory, RiskLevel
from attune.loaded_once import once
from attune.safety.levels import rank
from attune.safety.lines import CrisisLine, emergency_for, lines_for
from attune.safety.safety_plan import SafetyPlan

ResponseKind = Literal["crisis", "check_in"]


@dataclass(frozen=True)
class PlanSection:
    """One non-empty section of the person's safety plan, in their own words."""

    key: str
    title: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class CrisisResponse:
    """The reply and everything the page needs to show beside it, in display order."""

    kind: ResponseKind
    text: str
    lines: tuple[CrisisLine, ...]
    emergency_first: bool
    plan: tuple[PlanSection, ...]
    category: RiskCategory
    level: RiskLevel

    def to_json(self) -> dict[str, object]:
        """The shape web pages and API clients read. "crisis_kind" (not "kind") so a caller's own
        "kind" field is not overwritten when the two are merged."""
        return {
            "crisis_kind": self.kind,
            "text": self.text,
            "emergency_first": self.emergency_first,
            "lines": [line.to_json() for line in self.lines],
            "safety_plan": [{"key": s.key, "title": s.title, "items": list(s.items)} for s in self.plan],
            "risk": {"level": self.level, "category": self.category},
        }


@once
def phrases() -> dict[str, Any]:
    """crisis_text.toml, loaded once."""
    return tomllib.loads(resources.files("attune.safety").joinpath("crisis_text.toml").read_text("utf-8"))


def _describe(line: CrisisLine) -> str:
    """Short inline form; the full "how" (hours, text options) is shown with the structured lines."""
    return f"{line.name} ({line.number})"


def _fill(template: str, emergency: CrisisLine, line: CrisisLine | None) -> str:
    return template.format(emergency=emergency.number, line=_describe(line) if line else emergency.number)


def _plan_sections(plan: SafetyPlan | None) -> tuple[PlanSection, ...]:
    if plan is None:
        return ()
    return tuple(PlanSection(key, title, items) for key, title, items in plan.sections())


def _needs_emergency_first(risk: Risk) -> bool:
    return risk.level == "imminent" or risk.category == "medical_emergency"


def _category(risk: Risk) -> RiskCategory:
    return risk.category if risk.category != "none" else "suicide"


def _check_in_text(category: RiskCategory, emergency: CrisisLine, line: CrisisLine | None) -> str:
    p = phrases()
    opening = "" if category == "abuse" else p["check_in"]["opening"]
    parts = [opening, p["check_in"][category], p["line_offer"], p["not_a_service"]]
    return " ".join(_fill(s, emergency, line) for s in parts if s)


def _crisis_text(risk: Risk, category: RiskCategory, emergency: CrisisLine, line: CrisisLine | None,
                 has_plan: bool) -> str:
    p = phrases()
    noticed_key = "suicide_high" if category == "suicide" and rank(risk.level) >= rank("high") else category
    parts = [p["emergency_now"]] if _needs_emergency_first(risk) else []
    parts += [p["noticed"][noticed_key], p["next_step"][category], p["stay_with_me"], p["line_offer"]]
    if not _needs_emergency_first(risk) and category != "abuse":
        parts.append(p["ask_safe"])
    if has_plan:
        parts.append(p["plan_intro"])
    parts.append(p["not_a_service"])
    return " ".join(_fill(s, emergency, line) for s in parts)


def crisis_response(risk: Risk, locale: str, safety_plan: SafetyPlan | None = None) -> CrisisResponse:
    """The reply for a flagged risk (level low or above) in the person's locale."""
    if risk.level == "none":
        raise ValueError("crisis_response is only for flagged risk (level low or above)")
    category = _category(risk)
    emergency = emergency_for(locale)
    services = lines_for(locale, category)
    first_line = services[0] if services else None
    plan = _plan_sections(safety_plan)
    emergency_first = _needs_emergency_first(risk)
    ordered = (emergency, *services) if emergency_first else (*services, emergency)
    if risk.level == "low":
        text = _check_in_text(category, emergency, first_line)
        return CrisisResponse("check_in", text, ordered, emergency_first, plan, category, risk.level)
    text = _crisis_text(risk, category, emergency, first_line, bool(plan))
    return CrisisResponse("crisis", text, ordered, emergency_first, plan, category, risk.level)
