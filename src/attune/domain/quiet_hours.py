"""Quiet hours: a daily stretch, perhaps across midnight, when no reminder makes a sound."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time


def parse_hhmm(value: str) -> time:
    """'HH:MM' (24-hour) → time; ValueError for anything else."""
    hour, sep, minute = value.strip().partition(":")
    if not sep or not (hour.isdigit() and minute.isdigit()) or len(minute) != 2:
        raise ValueError(f"a time of day is HH:MM, not {value!r}")
    return time(int(hour), int(minute))


@dataclass(frozen=True)
class QuietHours:
    start: time
    end: time

    def covers(self, moment: time) -> bool:
        """Whether a local time of day falls inside; equal start and end means no quiet hours."""
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end

    def to_json(self) -> dict[str, str]:
        return {"start": self.start.strftime("%H:%M"), "end": self.end.strftime("%H:%M")}

    @classmethod
    def from_json(cls, raw: object) -> QuietHours | None:
        """From users.settings_json["quiet_hours"]; None when unset or unreadable."""
        if not isinstance(raw, dict):
            return None
        try:
            return cls(parse_hhmm(str(raw.get("start", ""))), parse_hhmm(str(raw.get("end", ""))))
        except ValueError:
            return None
