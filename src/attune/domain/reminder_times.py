"""When a reminder next rings: its local time of day, on one of its chosen weekdays, in its own time zone."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def parse_time_of_day(value: str) -> time:
    hour, _, minute = value.partition(":")
    try:
        return time(int(hour), int(minute))
    except ValueError:
        raise ValueError(f"a reminder time is HH:MM, not {value!r}") from None


def parse_days(value: str) -> set[int]:
    names = {d.strip().lower() for d in value.split(",") if d.strip()}
    unknown = names - set(WEEKDAYS)
    if unknown:
        raise ValueError(f"not weekdays: {sorted(unknown)}")
    return {WEEKDAYS.index(d) for d in names}


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"not a time zone: {name!r}") from None


def next_ring(time_of_day: str, days: str, timezone: str, after: datetime) -> datetime | None:
    """The first ring strictly after `after` (aware), in UTC; None when no weekday is chosen."""
    at, chosen, tz = parse_time_of_day(time_of_day), parse_days(days), zone(timezone)
    local_day = after.astimezone(tz).date()
    for offset in range(8):
        day = local_day + timedelta(days=offset)
        candidate = datetime.combine(day, at, tzinfo=tz).astimezone(UTC)
        if day.weekday() in chosen and candidate > after:
            return candidate
    return None
