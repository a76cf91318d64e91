"""When a reminder next rings, in the person's own time zone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from attune.domain.reminder_times import next_ring


def test_it_rings_later_the_same_day_when_the_time_is_still_ahead() -> None:
    after = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)  # a Monday
    assert next_ring("08:30", "mon", "UTC", after) == datetime(2026, 3, 2, 8, 30, tzinfo=UTC)


def test_it_skips_to_the_next_chosen_weekday() -> None:
    after = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # Monday, after 08:30
    assert next_ring("08:30", "mon,thu", "UTC", after) == datetime(2026, 3, 5, 8, 30, tzinfo=UTC)


def test_it_keeps_local_time_across_a_clock_change() -> None:
    after = datetime(2026, 3, 28, 12, 0, tzinfo=UTC)  # London moves to BST on the 29th
    assert next_ring("08:00", "sun", "Europe/London", after) == datetime(2026, 3, 29, 7, 0, tzinfo=UTC)


def test_it_never_rings_at_the_instant_given() -> None:
    at = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)
    assert next_ring("08:30", "mon", "UTC", at) == datetime(2026, 3, 9, 8, 30, tzinfo=UTC)


def test_no_chosen_day_means_no_ring() -> None:
    assert next_ring("08:30", "", "UTC", datetime(2026, 3, 2, tzinfo=UTC)) is None


@pytest.mark.parametrize("time_of_day, days, zone", [("8h", "mon", "UTC"), ("08:30", "someday", "UTC"),
                                                     ("08:30", "mon", "Mars/Olympus")])
def test_a_bad_setting_fails_loudly(time_of_day: str, days: str, zone: str) -> None:
    with pytest.raises(ValueError):
        next_ring(time_of_day, days, zone, datetime(2026, 3, 2, tzinfo=UTC))
