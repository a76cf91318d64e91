"""Reminders as an iCalendar file (RFC 5545), for people whose browser cannot take web push.

Written by hand: one VEVENT per reminder with a weekly RRULE and a display alarm. Times are
"floating" (no time zone, RFC 5545 §3.3.5), so 09:00 rings at 09:00 wherever the person is,
which is what a personal reminder means. Lines end in CRLF and fold at 75 octets (§3.1).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
BYDAY = {"mon": "MO", "tue": "TU", "wed": "WE", "thu": "TH", "fri": "FR", "sat": "SA", "sun": "SU"}
WORDING = {
    "checkin": ("A gentle moment to check in",
                "If now is a good time, how are you? A few taps in Attune is enough. "
                "If it isn't a good time, let this one pass; there is no streak to keep."),
    "practice": ("A few minutes to practise",
                 "If you have a moment, a short practice in a calm moment makes it easier to reach for later. "
                 "Skipping is fine too."),
}


@dataclass(frozen=True)
class CalendarReminder:
    id: str
    kind: str
    time_of_day: str  # HH:MM
    days: tuple[str, ...]


def escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def fold(line: str) -> str:
    """Split a content line into chunks of at most 75 octets, never inside a UTF-8 character."""
    out: list[str] = []
    current, size = "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        limit = 75 if not out else 74  # continuation lines start with one space
        if size + width > limit:
            out.append(current)
            current, size = "", 0
        current += ch
        size += width
    out.append(current)
    return "\r\n ".join(out)


def first_day(days: tuple[str, ...], today: date) -> date:
    """The first chosen weekday on or after today, so DTSTART is itself an occurrence of the RRULE."""
    chosen = {WEEKDAYS.index(d) for d in days}
    return next(today + timedelta(days=i) for i in range(7) if (today + timedelta(days=i)).weekday() in chosen)


PATHS = {"checkin": "/checkin", "practice": "/pacer"}


def event(reminder: CalendarReminder, stamp: datetime, base_url: str | None) -> list[str]:
    summary, description = WORDING.get(reminder.kind, WORDING["checkin"])
    link = f"{base_url.rstrip('/')}{PATHS.get(reminder.kind, '/checkin')}" if base_url else None
    if link:
        description = f"{description} {link}"
    hour, minute = reminder.time_of_day.split(":")
    start = first_day(reminder.days, stamp.date())
    byday = ",".join(BYDAY[d] for d in WEEKDAYS if d in reminder.days)
    rule = "FREQ=DAILY" if len(set(reminder.days)) == 7 else f"FREQ=WEEKLY;BYDAY={byday}"
    lines = [
        "BEGIN:VEVENT",
        f"UID:{reminder.id}@attune",
        f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART:{start.strftime('%Y%m%d')}T{int(hour):02d}{int(minute):02d}00",
        "DURATION:PT5M",
        f"RRULE:{rule}",
        f"SUMMARY:{escape(summary)}",
        f"DESCRIPTION:{escape(description)}",
        *([f"URL:{link}"] if link else []),
        "TRANSP:TRANSPARENT",
        "CLASS:PRIVATE",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{escape(summary)}",
        "TRIGGER:PT0M",
        "END:VALARM",
        "END:VEVENT",
    ]
    return lines


def calendar(reminders: Iterable[CalendarReminder], stamp: datetime, base_url: str | None = None) -> str:
    """The whole VCALENDAR; `stamp` is an aware UTC datetime (DTSTAMP and the first day)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Attune//Gentle reminders//EN", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", "X-WR-CALNAME:Attune reminders"]
    for reminder in reminders:
        if reminder.days:
            lines.extend(event(reminder, stamp, base_url))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
