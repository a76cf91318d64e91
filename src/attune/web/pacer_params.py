"""The breathing pacer's phases from a query string, and the plain sentence that describes them.

Phases follow the practice catalogue's shape ({"phase", "seconds"}), so a practice's timing can
drive the same pacer: seconds in 0.1 s steps from 0 to 30; a phase of 0 is left out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

MAX_SECONDS = 30.0
MAX_CYCLES = 100
# query name → phase name; "rest" is the hold after breathing out
QUERY_PHASES = (("inhale", "inhale"), ("top_up", "top_up"), ("hold", "hold"), ("exhale", "exhale"),
                ("rest", "hold"))
DEFAULT = {"inhale": 4.0, "exhale": 6.0}
DEFAULT_CYCLES = 10
WORDS = {"inhale": "breathe in", "top_up": "a little more in", "hold": "hold", "exhale": "breathe out"}


@dataclass(frozen=True)
class PacerPlan:
    phases: tuple[dict[str, Any], ...]
    cycles: int | None
    problems: tuple[str, ...] = field(default=())

    @property
    def cycle_seconds(self) -> float:
        return round(sum(p["seconds"] for p in self.phases), 1)

    def to_json(self) -> dict[str, Any]:
        return {"phases": list(self.phases), "cycles": self.cycles}


def seconds(raw: str) -> float:
    """0 to 30 in 0.1 s steps; ValueError otherwise."""
    value = round(float(raw), 1)
    if not 0 <= value <= MAX_SECONDS or value != value:  # NaN fails every comparison
        raise ValueError(raw)
    return value


def plan_from_query(query: Mapping[str, str]) -> PacerPlan:
    """The pacer asked for; the default (in 4, out 6, ten rounds) where a value cannot be used."""
    problems: list[str] = []
    phases: list[dict[str, Any]] = []
    asked = any(name in query for name, _ in QUERY_PHASES)
    for name, phase in QUERY_PHASES:
        raw = query.get(name, "") if asked else str(DEFAULT.get(name, ""))
        if not raw:
            continue
        try:
            value = seconds(raw)
        except ValueError:
            problems.append(f"“{name}” needs a number of seconds from 0 to 30.")
            continue
        if value:
            phases.append({"phase": phase, "seconds": value})
    cycles = _cycles(query.get("cycles", ""), problems)
    if problems or not phases:
        defaults = tuple({"phase": k, "seconds": v} for k, v in DEFAULT.items())
        return PacerPlan(defaults, DEFAULT_CYCLES, tuple(problems) or ("Those timings left nothing to breathe to.",))
    return PacerPlan(tuple(phases), cycles)


def _cycles(raw: str, problems: list[str]) -> int | None:
    if not raw:
        return DEFAULT_CYCLES
    if raw.isdigit() and 1 <= int(raw) <= MAX_CYCLES:
        return int(raw)
    problems.append(f"“cycles” needs a whole number from 1 to {MAX_CYCLES}.")
    return DEFAULT_CYCLES


def _amount(value: float) -> str:
    text = f"{value:g}"
    return f"{text} second" if text == "1" else f"{text} seconds"


def describe(phases: tuple[dict[str, Any], ...] | list[dict[str, Any]], cycles: int | None) -> str:
    """'Breathe in for 4 seconds, then breathe out for 6 seconds. 10 rounds, about 2 minutes.'"""
    parts = []
    for i, p in enumerate(phases):
        word = "rest" if p["phase"] == "hold" and i and phases[i - 1]["phase"] == "exhale" else WORDS[p["phase"]]
        parts.append(f"{word} for {_amount(p['seconds'])}")
    sentence = ", then ".join(parts)
    sentence = sentence[:1].upper() + sentence[1:] + "."
    if cycles:
        total = sum(p["seconds"] for p in phases) * cycles
        minutes = round(total / 60)
        length = f"about {minutes} minute{'s' if minutes != 1 else ''}" if minutes >= 1 else f"{total:g} seconds"
        sentence += f" {cycles} round{'s' if cycles != 1 else ''}, {length}."
    return sentence
