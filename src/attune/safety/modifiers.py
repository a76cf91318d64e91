"""Raise (or cap) severity from what surrounds a risk phrase: C-SSRS and Crisis Text Line in code.

A phrase gives a base severity; the words around it decide how urgent it is. Method, intent,
farewell or a recent attempt make it high; a plan or intent with the means and a time frame, or
an act in progress, make it imminent; a resisted urge is low.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from attune.domain.reading import RiskCategory, RiskLevel
from attune.loaded_once import once
from attune.safety.levels import at_least, at_most, rank
from attune.safety.patterns import Hit, compile_pattern, macros

STRONG_TAGS = frozenset({"method", "attempt", "intent", "farewell", "in_progress", "threat"})


@dataclass(frozen=True)
class Cues:
    """Which escalating cues occur in the conversation."""

    intent: bool = False
    plan: bool = False
    means: bool = False
    timeframe: bool = False
    in_progress: bool = False
    farewell: bool = False
    recent_past: bool = False
    just_now: bool = False
    distress: bool = False
    weapon: bool = False
    located: bool = False


@once
def _patterns() -> dict[str, re.Pattern[str]]:
    raw = tomllib.loads(resources.files("attune.safety.rules").joinpath("modifiers.toml").read_text("utf-8"))
    compiled = {name: compile_pattern(source) for name, source in raw.items()}
    compiled["distress"] = re.compile(f'{macros()["distress"]}|{macros()["distress_intl"]}')
    return compiled


def distress_pattern() -> re.Pattern[str]:
    """The distress cue alone, for framings that ask only whether a message says distress of its own."""
    return _patterns()["distress"]


def find_cues(text: str) -> Cues:
    """Every escalating cue present anywhere in the (masked, joined) conversation."""
    found = {name: bool(p.search(text)) for name, p in _patterns().items()}
    return Cues(**found)


@dataclass(frozen=True)
class Softeners:
    """Framings of the winning hits that lower severity without erasing it."""

    resisted: bool = False
    laughter: bool = False


def _suicide(level: RiskLevel, tags: frozenset[str], cues: Cues, passive_only: bool) -> tuple[RiskLevel, list[str]]:
    why: list[str] = []
    if tags & {"method", "attempt", "intent", "farewell"} or (cues.intent and not passive_only):
        level = at_least(level, "high")
        why.append("escalate:method_intent_or_farewell")
    committed = bool(tags & {"method", "intent"}) or cues.intent or cues.plan
    if committed and cues.means and cues.timeframe and not passive_only:
        level = "imminent"
        why.append("escalate:plan_means_time")
    if "in_progress" in tags or (cues.in_progress and tags & {"method", "intent"}):
        level = "imminent"
        why.append("escalate:in_progress")
    return level, why


def _self_harm(level: RiskLevel, tags: frozenset[str], cues: Cues) -> tuple[RiskLevel, list[str]]:
    why: list[str] = []
    if cues.intent and cues.timeframe:
        level = at_least(level, "high")
        why.append("escalate:intent_time")
    if "in_progress" in tags:
        level = "imminent"
        why.append("escalate:in_progress")
    return level, why


def _harm_to_others(level: RiskLevel, tags: frozenset[str], cues: Cues) -> tuple[RiskLevel, list[str]]:
    why: list[str] = []
    if "threat" in tags or cues.intent or cues.weapon or cues.located:
        level = at_least(level, "high")
        why.append("escalate:threat_with_target")
    if "in_progress" in tags or ("threat" in tags and cues.means and cues.timeframe):
        level = "imminent"
        why.append("escalate:means_time")
    return level, why


def _medical(level: RiskLevel, tags: frozenset[str], cues: Cues) -> tuple[RiskLevel, list[str]]:
    if "ingestion" in tags and level == "imminent" and cues.recent_past and not cues.just_now:
        return "high", ["soften:not_recent"]
    return level, []


def _eating_disorder(level: RiskLevel, tags: frozenset[str], cues: Cues) -> tuple[RiskLevel, list[str]]:
    if "method" in tags and cues.intent and cues.timeframe:
        return "imminent", ["escalate:plan_means_time"]
    return level, []


def _abuse(level: RiskLevel, tags: frozenset[str], cues: Cues) -> tuple[RiskLevel, list[str]]:
    if "in_progress" in tags:
        return "imminent", ["escalate:danger_now"]
    return level, []


def severity_for(
    category: RiskCategory, hits: Iterable[Hit], cues: Cues, soft: Softeners
) -> tuple[RiskLevel, list[str]]:
    """The category's severity after escalators and softeners, with the reasons."""
    hits = list(hits)
    level: RiskLevel = max((h.rule.severity for h in hits), key=rank)
    tags = frozenset().union(*(h.rule.tags for h in hits))
    passive_only = all("passive" in h.rule.tags or h.rule.severity == "low" for h in hits)
    if category == "suicide":
        level, why = _suicide(level, tags, cues, passive_only)
    elif category == "self_harm":
        level, why = _self_harm(level, tags, cues)
    elif category == "harm_to_others":
        level, why = _harm_to_others(level, tags, cues)
    elif category == "medical_emergency":
        level, why = _medical(level, tags, cues)
    elif category == "eating_disorder":
        level, why = _eating_disorder(level, tags, cues)
    else:
        level, why = _abuse(level, tags, cues)
    strong = bool(tags & STRONG_TAGS) or rank(level) >= rank("high")
    if soft.resisted and not strong and category in ("suicide", "self_harm", "harm_to_others"):
        level = at_most(level, "low")
        why.append("soften:resisted_urge")
    if soft.laughter and not strong and category == "suicide":
        level = at_most(level, "low")
        why.append("soften:laughter")
    return level, why
