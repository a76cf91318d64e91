"""When each questionnaire is due, from the person's chosen cadence and when they last answered it.

Pure: the caller passes "today" in the person's own time zone, so a measure falls due on a
calendar day they recognise rather than at a UTC instant.

Defaults follow the product research: WHO-5 weekly and DERS-16 monthly for everyone who
opts in to questionnaires; PHQ-9 and GAD-7 every two weeks, but only when the person (or their
therapist, with them) turns them on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

DEFAULT_CADENCE_DAYS: Mapping[str, int] = {"who5": 7, "phq9": 14, "gad7": 14, "ders16": 28}
DEFAULT_ENABLED: tuple[str, ...] = ("who5", "ders16")
MAX_CADENCE_DAYS = 365


@dataclass(frozen=True)
class Cadence:
    measure: str
    every_days: int

    def __post_init__(self) -> None:
        if isinstance(self.every_days, bool) or not 1 <= self.every_days <= MAX_CADENCE_DAYS:
            raise ValueError(f"{self.measure}: every_days must be 1 to {MAX_CADENCE_DAYS}, got {self.every_days}")


@dataclass(frozen=True)
class DueMeasure:
    """Where one measure stands today. `days_until` is negative once it is overdue."""

    measure: str
    due_on: date
    last_taken: date | None
    every_days: int
    days_until: int

    @property
    def is_due(self) -> bool:
        return self.days_until <= 0

    @property
    def never_taken(self) -> bool:
        return self.last_taken is None


def cadences(chosen: Mapping[str, int | None] | None = None) -> tuple[Cadence, ...]:
    """The person's cadences: the defaults, with their choices on top (None or 0 turns one off)."""
    merged: dict[str, int | None] = {name: DEFAULT_CADENCE_DAYS[name] for name in DEFAULT_ENABLED}
    merged.update(chosen or {})
    return tuple(Cadence(name, days) for name, days in merged.items() if days)


def next_due(cadence: Cadence, last_taken: date | datetime | None, today: date) -> DueMeasure:
    """A measure never answered is due today; otherwise `every_days` after the last answer."""
    last = _as_date(last_taken)
    due_on = today if last is None else last + timedelta(days=cadence.every_days)
    return DueMeasure(cadence.measure, due_on, last, cadence.every_days, (due_on - today).days)


def schedule(
    chosen: Iterable[Cadence], last_taken: Mapping[str, date | datetime], today: date | datetime
) -> list[DueMeasure]:
    """Every chosen measure, most overdue first, then the soonest upcoming."""
    day = today.date() if isinstance(today, datetime) else today
    rows = [next_due(c, last_taken.get(c.measure), day) for c in chosen]
    return sorted(rows, key=lambda d: (d.due_on, d.measure))


def due_now(
    chosen: Iterable[Cadence], last_taken: Mapping[str, date | datetime], today: date | datetime
) -> list[DueMeasure]:
    """Only what is due today or overdue; offer these one at a time so it never feels like a test."""
    return [d for d in schedule(chosen, last_taken, today) if d.is_due]


def _as_date(value: date | datetime | None) -> date | None:
    if value is None:
        return None
    return value.date() if isinstance(value, datetime) else value
