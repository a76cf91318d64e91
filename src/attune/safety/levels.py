"""Severity ordering and category priority, kept in one place so every module ranks risk the same way."""

from __future__ import annotations

from attune.domain.reading import RISK_LEVELS, RiskCategory, RiskLevel

# After imminent medical danger and abuse of a child, suicide comes first; the rest follow in the order
# whose first action (emergency care, protection, harm reduction) is most time-critical.
CATEGORY_ORDER: tuple[RiskCategory, ...] = (
    "suicide", "medical_emergency", "abuse", "self_harm", "harm_to_others", "eating_disorder",
)


def rank(level: RiskLevel) -> int:
    """Position of a level on the none..imminent scale."""
    return RISK_LEVELS.index(level)


def higher(a: RiskLevel, b: RiskLevel) -> RiskLevel:
    """The more severe of two levels."""
    return a if rank(a) >= rank(b) else b


def at_least(level: RiskLevel, floor: RiskLevel) -> RiskLevel:
    """Raise a level to a floor; never lowers it."""
    return higher(level, floor)


def at_most(level: RiskLevel, ceiling: RiskLevel) -> RiskLevel:
    """Cap a level; used when a framing (a resisted urge) lowers severity without erasing it."""
    return level if rank(level) <= rank(ceiling) else ceiling


def is_flagged(level: RiskLevel) -> bool:
    """Whether Attune enters its crisis pathway: the full response from moderate, a check-in at low."""
    return rank(level) >= rank("low")
