"""The pacer's phases from a query string, and the sentence that describes them."""

from __future__ import annotations

from attune.web.pacer_params import DEFAULT_CYCLES, describe, plan_from_query


def test_no_query_gives_slow_breathing() -> None:
    plan = plan_from_query({})
    assert plan.phases == ({"phase": "inhale", "seconds": 4.0}, {"phase": "exhale", "seconds": 6.0})
    assert plan.cycles == DEFAULT_CYCLES and not plan.problems


def test_box_breathing_keeps_both_holds_in_order() -> None:
    plan = plan_from_query({"inhale": "4", "hold": "4", "exhale": "4", "rest": "4", "cycles": "3"})
    assert [p["phase"] for p in plan.phases] == ["inhale", "hold", "exhale", "hold"]
    assert plan.cycles == 3


def test_it_keeps_tenths_of_a_second_and_leaves_out_zero_phases() -> None:
    plan = plan_from_query({"inhale": "2.25", "top_up": "0.5", "hold": "0", "exhale": "6.04"})
    assert plan.phases == ({"phase": "inhale", "seconds": 2.2}, {"phase": "top_up", "seconds": 0.5},
                           {"phase": "exhale", "seconds": 6.0})


def test_out_of_range_values_fall_back_to_the_default_and_say_why() -> None:
    bad = ({"inhale": "31"}, {"inhale": "-1"}, {"inhale": "nan"}, {"inhale": "4", "cycles": "0"}, {"inhale": "0"})
    for query in bad:
        plan = plan_from_query(query)
        assert plan.problems
        assert plan.phases[0] == {"phase": "inhale", "seconds": 4.0}


def test_it_describes_the_rhythm_in_plain_words() -> None:
    plan = plan_from_query({"inhale": "4", "hold": "4", "exhale": "4", "rest": "4", "cycles": "4"})
    assert describe(plan.phases, plan.cycles) == (
        "Breathe in for 4 seconds, then hold for 4 seconds, then breathe out for 4 seconds, "
        "then rest for 4 seconds. 4 rounds, about 1 minute."
    )
