"""The reminders calendar file, written by hand per RFC 5545."""

from __future__ import annotations

from datetime import UTC, datetime

from attune.domain.language_check import problems
from attune.web.reminder_calendar import WEEKDAYS, WORDING, CalendarReminder, calendar, escape, fold

FRIDAY = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def unfolded(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_every_line_ends_in_crlf_and_no_line_is_longer_than_75_octets() -> None:
    text = calendar([CalendarReminder("a1", "checkin", "09:05", ("mon", "wed"))], FRIDAY, "https://attune.example/")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    lines = unfolded(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)


def test_each_reminder_is_a_weekly_event_starting_on_a_chosen_day() -> None:
    lines = unfolded(calendar([CalendarReminder("a1", "checkin", "09:05", ("mon", "wed"))], FRIDAY))
    assert "RRULE:FREQ=WEEKLY;BYDAY=MO,WE" in lines
    assert "DTSTART:20261130T090500" in lines  # the Monday after Friday the 27th, floating local time
    assert "DTSTAMP:20261127T090000Z" in lines
    assert "UID:a1@attune" in lines
    assert lines.count("BEGIN:VALARM") == 1 and "TRIGGER:PT0M" in lines


def test_every_day_is_a_daily_rule() -> None:
    lines = unfolded(calendar([CalendarReminder("a1", "practice", "21:00", WEEKDAYS)], FRIDAY))
    assert "RRULE:FREQ=DAILY" in lines and "DTSTART:20261127T210000" in lines


def test_text_is_escaped_and_folding_never_splits_a_character() -> None:
    assert escape("a, b; c\\d\ne") == "a\\, b\\; c\\\\d\\ne"
    folded = fold("DESCRIPTION:" + "é" * 80)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == "DESCRIPTION:" + "é" * 80


def test_no_reminders_is_still_a_valid_calendar() -> None:
    assert unfolded(calendar([], FRIDAY))[:-1][-1] == "END:VCALENDAR"


def test_the_wording_is_gentle() -> None:
    for summary, description in WORDING.values():
        assert not problems(summary) and not problems(description)
        assert "streak" not in summary.lower() and "miss" not in description.lower()
