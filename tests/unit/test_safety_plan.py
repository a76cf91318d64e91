"""A safety plan keeps the Stanley & Brown sections, stays short, and round-trips through a dict."""

from __future__ import annotations

import pytest

from attune.safety.safety_plan import MAX_ITEM_CHARS, MAX_ITEMS, SECTION_TITLES, SafetyPlan, SafetyPlanError


def test_it_round_trips_through_a_dict() -> None:
    plan = SafetyPlan(warning_signs=["not sleeping"], reasons_for_living=["my cat", "  my  sister "])
    again = SafetyPlan.from_dict(plan.to_dict())
    assert again == plan
    assert again.reasons_for_living == ["my cat", "my sister"]


def test_it_has_the_eight_stanley_brown_sections_in_order() -> None:
    assert list(SafetyPlan().to_dict()) == list(SECTION_TITLES)
    assert len(SECTION_TITLES) == 8


def test_blank_items_are_dropped_and_an_empty_plan_says_so() -> None:
    assert SafetyPlan(people_to_ask=["", "   "]).is_empty()


def test_it_refuses_too_many_items_or_an_item_too_long() -> None:
    with pytest.raises(SafetyPlanError):
        SafetyPlan(internal_coping=["walk"] * (MAX_ITEMS + 1))
    with pytest.raises(SafetyPlanError):
        SafetyPlan(professionals=["x" * (MAX_ITEM_CHARS + 1)])


def test_it_refuses_unknown_sections_and_non_string_items() -> None:
    with pytest.raises(SafetyPlanError):
        SafetyPlan.from_dict({"reasons_to_live": ["typo in the key"]})
    with pytest.raises(SafetyPlanError):
        SafetyPlan.from_dict({"making_safe": "not a list"})
