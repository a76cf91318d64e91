"""The person's own safety plan, in the Stanley & Brown structure.

Written by the person in a calm moment and shown back to them in a crisis, in their words. Storage
and the editing pages live elsewhere; this module only holds the shape, its limits (so a plan stays
readable on a phone in a bad moment) and the conversion to and from plain dicts.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

MAX_ITEMS = 12
MAX_ITEM_CHARS = 280

# Stanley & Brown order, with the plain titles Attune shows.
SECTION_TITLES: dict[str, str] = {
    "warning_signs": "My warning signs",
    "internal_coping": "Things I can do on my own",
    "distraction_people_places": "People and places that take my mind off things",
    "people_to_ask": "People I can ask for help",
    "professionals": "Professionals I can contact",
    "crisis_lines_note": "Crisis lines",
    "making_safe": "Making my surroundings safe",
    "reasons_for_living": "My reasons for living",
}


class SafetyPlanError(ValueError):
    """A plan that does not fit the limits (too many items, an item too long, an unknown section)."""


def _clean(name: str, items: Any) -> list[str]:
    if isinstance(items, str) or not isinstance(items, (list, tuple)):
        raise SafetyPlanError(f"{name}: expected a list of strings")
    cleaned = []
    for item in items:
        if not isinstance(item, str):
            raise SafetyPlanError(f"{name}: every item must be a string")
        text = " ".join(item.split())
        if len(text) > MAX_ITEM_CHARS:
            raise SafetyPlanError(f"{name}: an item is longer than {MAX_ITEM_CHARS} characters")
        if text:
            cleaned.append(text)
    if len(cleaned) > MAX_ITEMS:
        raise SafetyPlanError(f"{name}: more than {MAX_ITEMS} items")
    return cleaned


@dataclass
class SafetyPlan:
    """Eight lists of short strings; blank items are dropped and whitespace is tidied on creation."""

    warning_signs: list[str] = field(default_factory=list)
    internal_coping: list[str] = field(default_factory=list)
    distraction_people_places: list[str] = field(default_factory=list)
    people_to_ask: list[str] = field(default_factory=list)
    professionals: list[str] = field(default_factory=list)
    crisis_lines_note: list[str] = field(default_factory=list)
    making_safe: list[str] = field(default_factory=list)
    reasons_for_living: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        for f in fields(self):
            setattr(self, f.name, _clean(f.name, getattr(self, f.name)))

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))

    def sections(self) -> list[tuple[str, str, tuple[str, ...]]]:
        """(key, title, items) for each non-empty section, in Stanley & Brown order."""
        return [(k, t, tuple(getattr(self, k))) for k, t in SECTION_TITLES.items() if getattr(self, k)]

    def to_dict(self) -> dict[str, list[str]]:
        return {f.name: list(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SafetyPlan:
        """Build from a dict; unknown keys are an error so that a typo never drops a section silently."""
        unknown = set(data) - set(SECTION_TITLES)
        if unknown:
            raise SafetyPlanError(f"unknown safety plan sections: {sorted(unknown)}")
        return cls(**{k: list(v) if isinstance(v, (list, tuple)) else v for k, v in data.items()})
