"""Quiet hours, including a stretch across midnight."""

from __future__ import annotations

from datetime import time

import pytest

from attune.domain.quiet_hours import QuietHours, parse_hhmm


def test_an_overnight_stretch_covers_late_evening_and_early_morning() -> None:
    quiet = QuietHours(time(22, 0), time(8, 0))
    assert quiet.covers(time(23, 30)) and quiet.covers(time(7, 59)) and quiet.covers(time(22, 0))
    assert not quiet.covers(time(8, 0)) and not quiet.covers(time(12, 0))


def test_a_daytime_stretch_covers_only_itself() -> None:
    quiet = QuietHours(time(13, 0), time(14, 0))
    assert quiet.covers(time(13, 30)) and not quiet.covers(time(14, 30))


def test_equal_start_and_end_means_no_quiet_hours() -> None:
    assert not QuietHours(time(9, 0), time(9, 0)).covers(time(9, 0))


def test_it_round_trips_through_settings_json() -> None:
    quiet = QuietHours(time(21, 30), time(7, 0))
    assert QuietHours.from_json(quiet.to_json()) == quiet
    assert QuietHours.from_json({"start": "late"}) is None
    assert QuietHours.from_json(None) is None


@pytest.mark.parametrize("raw", ["9", "24:00", "12:5", "ab:cd", ""])
def test_it_refuses_a_time_that_is_not_hh_mm(raw: str) -> None:
    with pytest.raises(ValueError):
        parse_hhmm(raw)
