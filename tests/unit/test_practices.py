"""The practice catalogue: enough practices, sound data, and routing rules enforced at load."""

from __future__ import annotations

import re

import pytest

from attune.domain.practices import (
    BODY_KINDS,
    PracticeDataError,
    eligible,
    load_catalogue,
    parse_catalogue,
    settled,
)

CATALOGUE = load_catalogue()

GOOD = """
[[practice]]
slug = "easy-breath"
name = "Easy breath"
kind = "breathing"
body_first = true
zones = ["hyper", "within"]
summary = "Breathe in gently, and out a little longer."
steps = ["Breathe in for four.", "Breathe out for six."]
cautions = []
source = "Somebody (2020). A paper."
evidence = "small trial"
[practice.timing]
session_seconds = 60
phases = [{ phase = "inhale", seconds = 4.0 }, { phase = "exhale", seconds = 6.0 }]

[[practice]]
slug = "wake-up"
name = "Wake up"
kind = "movement"
body_first = true
zones = ["hypo"]
summary = "Stand up and stretch."
steps = ["Stand up.", "Reach up high."]
source = "Somebody else (2021). Another paper."
evidence = "clinical practice"
[practice.timing]
session_seconds = 60
"""


def test_there_are_at_least_sixteen_practices() -> None:
    assert len(CATALOGUE.practices) >= 16


def test_the_practices_the_research_names_are_all_there() -> None:
    wanted = {"slow-breathing", "cyclic-sighing", "box-breathing", "paced-breathing", "grounding-54321",
              "orienting", "cold-water", "burst-of-movement", "paired-muscle-relaxation", "butterfly-hug",
              "self-compassion-break", "name-it", "another-angle", "opposite-action", "sift",
              "wheel-of-awareness", "stand-and-stretch", "energising-breath"}
    assert wanted <= {p.slug for p in CATALOGUE.practices}


def test_every_practice_names_a_source_and_has_steps() -> None:
    for practice in CATALOGUE.practices:
        assert practice.source and practice.evidence and len(practice.steps) >= 2, practice.slug


def test_cyclic_sighing_cites_balban_2023() -> None:
    assert "10.1016/j.xcrm.2022.100895" in CATALOGUE["cyclic-sighing"].source


def test_affect_labelling_cites_lieberman_2007() -> None:
    assert "10.1111/j.1467-9280.2007.01916.x" in CATALOGUE["name-it"].source


def test_siegel_concepts_are_attributed_as_our_own_scripts() -> None:
    for slug in ("sift", "wheel-of-awareness"):
        assert "Siegel" in CATALOGUE[slug].source and "our own script" in CATALOGUE[slug].source.lower()


def test_breathing_phases_are_in_tenth_of_a_second_steps_up_to_thirty_seconds() -> None:
    for practice in CATALOGUE.practices:
        for phase in practice.timing.phases:
            assert 0 <= phase.seconds <= 30
            assert round(phase.seconds * 10) == pytest.approx(phase.seconds * 10)


def test_slow_breathing_paces_about_six_breaths_a_minute() -> None:
    assert CATALOGUE["slow-breathing"].timing.breaths_per_minute == pytest.approx(6.0)


def test_body_first_matches_the_kind() -> None:
    for practice in CATALOGUE.practices:
        assert practice.body_first == (practice.kind in BODY_KINDS), practice.slug


def test_nothing_for_below_the_window_has_a_long_slow_exhale() -> None:
    for practice in CATALOGUE.practices:
        if "hypo" in practice.zones:
            inhale = sum(p.seconds for p in practice.timing.phases if p.phase in ("inhale", "top_up"))
            exhale = sum(p.seconds for p in practice.timing.phases if p.phase == "exhale")
            assert exhale <= inhale, practice.slug


def test_above_the_window_and_unsettled_only_body_first_practices_are_offered() -> None:
    offered = eligible(CATALOGUE, "hyper", is_settled=False)
    assert offered and all(p.body_first for p in offered)


def test_thinking_tools_come_only_once_distress_has_come_down() -> None:
    thinking = {"another-angle", "opposite-action", "sift", "wheel-of-awareness"}
    assert not thinking & {p.slug for p in eligible(CATALOGUE, "hyper", is_settled=False)}
    assert {"another-angle", "opposite-action", "sift"} <= {p.slug for p in eligible(CATALOGUE, "hyper", True)}
    assert thinking <= {p.slug for p in eligible(CATALOGUE, "within", is_settled=False)}


def test_below_the_window_the_first_offer_is_gently_activating_and_body_first() -> None:
    offered = eligible(CATALOGUE, "hypo", is_settled=True, first_line=True)
    assert offered and all(p.body_first for p in offered)
    assert not {"slow-breathing", "paced-breathing", "cyclic-sighing"} & {p.slug for p in offered}


def test_the_energising_breath_is_offered_only_to_someone_who_opted_in() -> None:
    assert "energising-breath" not in {p.slug for p in eligible(CATALOGUE, "hypo", True)}
    opted = eligible(CATALOGUE, "hypo", True, opted_in=frozenset({"energising-breath"}))
    assert "energising-breath" in {p.slug for p in opted}
    assert any("pregnant" in c for c in CATALOGUE["energising-breath"].cautions)


@pytest.mark.parametrize(("distress", "peak", "expected"), [
    (None, None, False), (5, 9, True), (7, 7, False), (6, 9, True), (7, 9, False), (9, None, False),
])
def test_distress_has_come_down_below_six_or_three_points_under_its_peak(
    distress: int | None, peak: int | None, expected: bool
) -> None:
    assert settled(distress, peak) is expected


def test_a_well_formed_entry_loads() -> None:
    assert parse_catalogue(GOOD)["easy-breath"].timing.breaths_per_minute == 6.0


@pytest.mark.parametrize(("change", "message"), [
    (("kind = \"breathing\"", "kind = \"singing\""), "kind"),
    (("body_first = true", "body_first = false"), "body_first"),
    (("seconds = 6.0", "seconds = 6.05"), "0.1 s steps"),
    (("seconds = 6.0", "seconds = 31.0"), "0-30"),
    (("zones = [\"hyper\", \"within\"]", "zones = [\"hyper\", \"hypo\"]"), "long slow exhale"),
    (("Breathe out for six.", "You should breathe out."), "should"),
    (("session_seconds = 60", "session_seconds = 0"), "session_seconds"),
    (("summary = \"Breathe in gently, and out a little longer.\"\n", ""), "summary"),
])
def test_bad_data_fails_loudly_naming_the_practice(change: tuple[str, str], message: str) -> None:
    with pytest.raises(PracticeDataError, match=re.escape(message)) as caught:
        parse_catalogue(GOOD.replace(*change))
    assert "easy-breath" in str(caught.value)


def test_a_duplicate_slug_is_refused() -> None:
    with pytest.raises(PracticeDataError, match="duplicate"):
        parse_catalogue(GOOD + GOOD)


def test_practice_json_has_what_the_api_returns() -> None:
    data = CATALOGUE["cyclic-sighing"].to_json()
    assert {"slug", "name", "steps", "source", "timing"} <= data.keys()
    assert [p["phase"] for p in data["timing"]["phases"]] == ["inhale", "top_up", "exhale"]


def test_a_catalogue_that_leaves_a_zone_without_a_practice_is_refused() -> None:
    only_hyper = GOOD.split("\n[[practice]]\nslug = \"wake-up\"")[0]
    with pytest.raises(PracticeDataError, match="no practice suits zone 'hypo'"):
        parse_catalogue(only_hyper)
