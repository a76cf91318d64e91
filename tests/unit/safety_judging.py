"""The rules-only detector the safety tests judge with, and the assertion they share."""

from __future__ import annotations

from attune.domain.reading import Risk, RiskCategory, RiskLevel
from attune.safety import SafetyDetector
from attune.safety.levels import rank

# Rules alone: these tests pin phrase families and framings, not the learned backstop.
RULES_ONLY = SafetyDetector(use_classifier=False)


def judge(text: str, context: tuple[str, ...] = ()) -> Risk:
    return RULES_ONLY.assess(text, context)


def assert_risk(text: str, category: RiskCategory, floor: RiskLevel, context: tuple[str, ...] = ()) -> None:
    risk = judge(text, context)
    assert risk.category == category, (text, risk)
    assert rank(risk.level) >= rank(floor), (text, risk)


def assert_quiet(text: str, context: tuple[str, ...] = ()) -> None:
    """The rules leave the message alone: no level at all, not even a check-in."""
    risk = judge(text, context)
    assert risk.level == "none", (text, context, risk)


def assert_at_most(text: str, ceiling: RiskLevel, context: tuple[str, ...] = ()) -> None:
    """Other rules may flag the message, but the new ones must not raise it above the ceiling."""
    risk = judge(text, context)
    assert rank(risk.level) <= rank(ceiling), (text, context, risk)
