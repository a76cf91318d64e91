"""Every chart is valid, self-describing SVG for empty and full data, and tells its story in words."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from attune.domain import charts, language_check
from attune.domain.charts import Chart
from attune.domain.insights import CheckinPoint, PracticePoint, ScorePoint

NS = {"svg": "http://www.w3.org/2000/svg"}
START = datetime(2024, 3, 4, 8, 0, tzinfo=UTC)
ZONES = ("within", "hyper", "hypo")


def full_checkins() -> list[CheckinPoint]:
    points = []
    for i in range(30):
        zone = ZONES[i % 3]
        distress = {"within": 3 + i % 3, "hyper": 8, "hypo": 1}[zone]
        regions = ("chest",) if zone == "hyper" else ("jaw", "stomach")
        emotion = {"within": "calm", "hyper": "anger", "hypo": "numb"}[zone]
        points.append(CheckinPoint(START + timedelta(hours=13 * i), distress, zone, emotion, regions))  # type: ignore[arg-type]
    return points


def full_practices() -> list[PracticePoint]:
    return [
        PracticePoint("long-exhale", "Long-exhale breathing", 8, 4, START),
        PracticePoint("long-exhale", "Long-exhale breathing", 7, 3, START + timedelta(days=2)),
        PracticePoint("orienting", "Orienting", 3, 5, START + timedelta(days=3)),
    ]


def full_scores() -> list[ScorePoint]:
    return [
        ScorePoint(m, START + timedelta(days=14 * k), s)
        for k in range(3)
        for m, s in (("phq9", 14 - 3 * k), ("gad7", 9 + k), ("who5", 10 + 2 * k), ("ders16", 55 - k))
    ]


CHARTS: dict[str, tuple[Callable[[Any], Chart], Callable[[], Sequence[Any]]]] = {
    "distress": (charts.distress_chart, full_checkins),
    "emotions": (charts.emotions_chart, full_checkins),
    "practices": (charts.practices_chart, full_practices),
    "warning_signs": (charts.warning_signs_chart, full_checkins),
    "scores": (charts.scores_chart, full_scores),
    "rhythm": (charts.rhythm_chart, full_checkins),
}


def render(kind: str, empty: bool) -> Chart:
    make, data = CHARTS[kind]
    return make([] if empty else data())


@pytest.mark.parametrize("empty", [True, False], ids=["empty", "full"])
@pytest.mark.parametrize("kind", sorted(CHARTS))
def test_every_chart_is_valid_svg_labelled_by_its_own_title_and_summary(kind: str, empty: bool) -> None:
    chart = render(kind, empty)
    root = ET.fromstring(chart.svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("role") == "img"
    title_id, desc_id = root.get("aria-labelledby", "").split()
    assert root.find(f"svg:title[@id='{title_id}']", NS) is not None
    desc = root.find(f"svg:desc[@id='{desc_id}']", NS)
    assert desc is not None and desc.text == chart.summary
    assert chart.summary.strip()


@pytest.mark.parametrize("kind", sorted(CHARTS))
def test_charts_carry_no_script_style_or_outside_links(kind: str) -> None:
    for empty in (True, False):
        svg = render(kind, empty).svg
        assert "<script" not in svg and "<style" not in svg and "href" not in svg
        assert svg.count("http") == 1  # the SVG namespace only: nothing fetched from a CDN


def test_empty_charts_say_so_kindly_instead_of_drawing_nothing() -> None:
    chart = charts.distress_chart([])
    assert "No distress ratings yet" in chart.summary
    assert "No distress ratings yet" in "".join(ET.fromstring(chart.svg).itertext())


def test_the_distress_summary_counts_check_ins_and_zones() -> None:
    summary = charts.distress_chart(full_checkins()).summary
    assert "30 check-ins" in summary
    assert "10 above your window" in summary and "10 within your window" in summary
    assert "10 below your window" in summary


def test_zones_are_told_apart_by_shape_and_words_not_only_colour() -> None:
    root = ET.fromstring(charts.distress_chart(full_checkins()).svg)
    classes = {g.get("class") for g in root.iter("{http://www.w3.org/2000/svg}g")}
    assert {"zone-hyper", "zone-within", "zone-hypo"} <= classes
    shapes = {
        next(iter(g)).tag.split("}")[1]
        for g in root.iter("{http://www.w3.org/2000/svg}g")
        if g.get("class") in ("zone-within", "zone-hyper")
    }
    assert shapes == {"circle", "path"}
    words = "".join(root.itertext())
    assert "Above your window" in words and "Below your window" in words and "Your window that week" in words


def test_the_distress_chart_shades_the_window_for_each_week() -> None:
    root = ET.fromstring(charts.distress_chart(full_checkins()).svg)
    assert len(root.findall(".//svg:rect[@class='chart-window']", NS)) >= 2


def test_the_emotions_summary_names_the_feelings() -> None:
    summary = charts.emotions_chart(full_checkins()).summary
    assert "calm (10 times)" in summary and "anger (10 times)" in summary


def test_the_practices_summary_shows_before_and_after_for_each_practice() -> None:
    chart = charts.practices_chart(full_practices())
    assert "Long-exhale breathing: about 7.5 before and 3.5 after (2 times)" in chart.summary
    assert "Orienting" in chart.summary
    assert "7.5 → 3.5" in "".join(ET.fromstring(chart.svg).itertext())


def test_the_warning_signs_chart_writes_n_of_m_beside_each_bar() -> None:
    chart = charts.warning_signs_chart(full_checkins())
    assert "chest came before or with anger on 10 of the 10 check-ins" in chart.summary
    assert "10 of 10" in "".join(ET.fromstring(chart.svg).itertext())


def test_the_scores_chart_has_a_panel_per_measure_with_band_thresholds() -> None:
    chart = charts.scores_chart(full_scores())
    words = "".join(ET.fromstring(chart.svg).itertext())
    for title in ("PHQ-9", "GAD-7", "WHO-5", "DERS-16"):
        assert title in words and title in chart.summary
    assert "Moderate (10+)" in words and "Severe (20+)" in words
    assert "56%" in chart.summary  # WHO-5 raw 14 shown as a percentage


def test_the_scores_chart_skips_unknown_measures() -> None:
    chart = charts.scores_chart([ScorePoint("erq", START, 30)])
    assert "No questionnaires answered yet" in chart.summary


def test_the_rhythm_grid_writes_each_count_in_its_cell() -> None:
    chart = charts.rhythm_chart(full_checkins())
    assert "30 times" in chart.summary
    root = ET.fromstring(chart.svg)
    cells = root.findall(".//svg:rect", NS)
    assert len(cells) == 28


def test_text_from_people_is_escaped_and_still_readable() -> None:
    hostile = '<script>alert("x")</script> & "quotes"'
    chart = charts.emotions_chart([CheckinPoint(START, 5, "within", hostile)])
    assert "<script>" not in chart.svg
    root = ET.fromstring(chart.svg)
    assert hostile.lower() in "".join(root.itertext())


def test_a_single_check_in_still_draws() -> None:
    chart = charts.distress_chart([CheckinPoint(START, 4, "within")])
    ET.fromstring(chart.svg)
    assert "One check-in" in chart.summary


def test_check_ins_without_a_zone_get_their_own_shape_and_legend() -> None:
    chart = charts.distress_chart([CheckinPoint(START, 4, None), CheckinPoint(START + timedelta(days=1), 6, "hyper")])
    assert "Zone not recorded" in "".join(ET.fromstring(chart.svg).itertext())


def test_the_stylesheet_hooks_cover_the_zone_classes() -> None:
    for cls in ("zone-hyper", "zone-within", "zone-hypo", "chart-window", "prefers-color-scheme: dark"):
        assert cls in charts.CHART_CSS


@pytest.mark.parametrize("kind", sorted(CHARTS))
def test_chart_summaries_pass_the_shared_language_check(kind: str) -> None:
    for empty in (True, False):
        summary = render(kind, empty).summary
        assert language_check.problems(summary) == [], summary
