"""When a questionnaire falls due, from the person's cadence and their last answer."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from attune.domain.schedule import Cadence, cadences, due_now, next_due, schedule

TODAY = date(2024, 5, 15)


def test_a_measure_never_answered_is_due_today() -> None:
    due = next_due(Cadence("who5", 7), None, TODAY)
    assert (due.due_on, due.is_due, due.never_taken) == (TODAY, True, True)


def test_it_falls_due_the_chosen_number_of_days_after_the_last_answer() -> None:
    due = next_due(Cadence("phq9", 14), date(2024, 5, 1), TODAY)
    assert (due.due_on, due.days_until, due.is_due) == (date(2024, 5, 15), 0, True)


def test_it_is_not_due_before_the_cadence_has_passed() -> None:
    due = next_due(Cadence("phq9", 14), date(2024, 5, 10), TODAY)
    assert (due.due_on, due.days_until, due.is_due) == (date(2024, 5, 24), 9, False)


def test_an_overdue_measure_counts_days_below_zero() -> None:
    assert next_due(Cadence("who5", 7), date(2024, 5, 1), TODAY).days_until == -7


def test_a_late_evening_answer_counts_for_its_own_calendar_day() -> None:
    due = next_due(Cadence("who5", 7), datetime(2024, 5, 8, 23, 50), TODAY)
    assert due.due_on == TODAY


def test_schedule_lists_the_most_overdue_first_and_due_now_leaves_out_upcoming() -> None:
    chosen = [Cadence("who5", 7), Cadence("phq9", 14), Cadence("ders16", 28)]
    last = {"who5": date(2024, 5, 1), "phq9": date(2024, 5, 10), "ders16": date(2024, 4, 1)}
    assert [d.measure for d in schedule(chosen, last, TODAY)] == ["ders16", "who5", "phq9"]
    assert [d.measure for d in due_now(chosen, last, datetime(2024, 5, 15, 8))] == ["ders16", "who5"]


def test_by_default_only_who5_and_ders16_are_on_and_phq9_gad7_are_opt_in() -> None:
    assert {c.measure: c.every_days for c in cadences()} == {"who5": 7, "ders16": 28}


def test_the_persons_choices_override_and_can_turn_a_measure_off() -> None:
    chosen = {c.measure: c.every_days for c in cadences({"phq9": 14, "gad7": 21, "ders16": None})}
    assert chosen == {"who5": 7, "phq9": 14, "gad7": 21}


@pytest.mark.parametrize("days", [0, -3, 366, True])
def test_it_refuses_a_cadence_outside_one_day_to_a_year(days: int) -> None:
    with pytest.raises(ValueError, match="every_days"):
        Cadence("who5", days)
