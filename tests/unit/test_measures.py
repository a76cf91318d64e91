"""Scoring pinned against the published instruments, and loud failures on bad answers or bad data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from attune.domain import language_check, measures
from attune.domain.measures import InvalidAnswers, MeasureDataError, UnknownMeasure, get_measure, score

PACKAGED = Path(measures.__file__).resolve().parents[1] / "content" / "questionnaires"
# Beyond the shared language check: words that rank or pathologise a person's answers.
ALSO_NOT_OURS = re.compile(r"\b(abnormal|patient|poor|you suffer)\b", re.IGNORECASE)


def answers_totalling(total: int, items: int, top: int) -> list[int]:
    """A valid answer list with the given total, filled from the first item."""
    answers = []
    for _ in range(items):
        answers.append(min(top, total))
        total -= answers[-1]
    assert total == 0
    return answers


# --- PHQ-9 ------------------------------------------------------------------------------------


def test_phq9_all_ones_scores_nine_in_the_mild_band() -> None:
    result = score("phq9", [1] * 9)
    assert (result.score, result.band and result.band.key) == (9, "mild")


def test_phq9_all_threes_scores_twenty_seven_in_the_severe_band() -> None:
    result = score("phq9", [3] * 9)
    assert (result.score, result.band and result.band.key) == (27, "severe")


def test_phq9_item_nine_above_zero_asks_for_safety_even_with_a_low_total() -> None:
    result = score("phq9", [1, 1, 0, 0, 0, 0, 0, 0, 1])
    assert result.score == 3
    assert result.band is not None and result.band.key == "minimal"
    assert result.safety is True


@pytest.mark.parametrize("item9", [1, 2, 3])
def test_phq9_any_answer_above_not_at_all_on_item_nine_asks_for_safety(item9: int) -> None:
    assert score("phq9", [0] * 8 + [item9]).safety is True


def test_phq9_a_high_total_without_item_nine_does_not_flag_safety_by_itself() -> None:
    assert score("phq9", [3] * 8 + [0]).safety is False


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "minimal"),
        (4, "minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "moderately_severe"),
        (19, "moderately_severe"),
        (20, "severe"),
        (27, "severe"),
    ],
)
def test_phq9_bands_follow_the_published_cut_points(total: int, band: str) -> None:
    result = score("phq9", answers_totalling(total, 9, 3))
    assert result.band is not None and result.band.key == band


def test_phq9_item_nine_asks_about_thoughts_of_being_better_off_dead_or_hurting_yourself() -> None:
    item9 = get_measure("phq9").items[8]
    assert item9.text == "Thoughts that you would be better off dead or of hurting yourself in some way"
    assert item9.code == "44260-8"


def test_phq9_items_carry_their_loinc_codes_in_published_order() -> None:
    codes = [i.code for i in get_measure("phq9").items]
    assert codes == ["44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8"]


# --- GAD-7 ------------------------------------------------------------------------------------


def test_gad7_total_of_ten_is_moderate() -> None:
    result = score("gad7", [2, 2, 2, 1, 1, 1, 1])
    assert (result.score, result.band and result.band.key) == (10, "moderate")


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "minimal"),
        (4, "minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "severe"),
        (21, "severe"),
    ],
)
def test_gad7_bands_follow_the_published_cut_points(total: int, band: str) -> None:
    result = score("gad7", answers_totalling(total, 7, 3))
    assert result.band is not None and result.band.key == band


def test_gad7_has_no_safety_item() -> None:
    assert score("gad7", [3] * 7).safety is False


def test_gad7_items_carry_their_loinc_codes_in_published_order() -> None:
    codes = [i.code for i in get_measure("gad7").items]
    assert codes == ["69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"]


# --- WHO-5 ------------------------------------------------------------------------------------


def test_who5_raw_twelve_is_forty_eight_percent_lower_well_being() -> None:
    result = score("who5", [3, 3, 2, 2, 2])
    assert (result.score, result.percentage) == (12, 48)
    assert result.band is not None and result.band.key == "low"


@pytest.mark.parametrize(
    ("raw", "percentage", "band"),
    [
        (0, 0, "low_mood_likely"),
        (7, 28, "low_mood_likely"),
        (8, 32, "low"),
        (12, 48, "low"),
        (13, 52, "good"),
        (25, 100, "good"),
    ],
)
def test_who5_bands_are_read_on_the_percentage(raw: int, percentage: int, band: str) -> None:
    result = score("who5", answers_totalling(raw, 5, 5))
    assert result.percentage == percentage
    assert result.band is not None and result.band.key == band


# --- DERS-16 ----------------------------------------------------------------------------------


def test_ders16_subscales_sum_their_own_items() -> None:
    by_subscale = {"clarity": 1, "goals": 2, "impulse": 3, "strategies": 4, "nonacceptance": 5}
    answers = [0] * 16
    for subscale in get_measure("ders16").subscales:
        for item in subscale.items:
            answers[item - 1] = by_subscale[subscale.key]
    result = score("ders16", answers)
    assert dict(result.subscales) == {"clarity": 2, "goals": 6, "impulse": 9, "strategies": 20, "nonacceptance": 15}
    assert result.score == 52


def test_ders16_subscales_follow_bjureberg_and_cover_every_item_once() -> None:
    subscales = {s.key: s.items for s in get_measure("ders16").subscales}
    assert subscales == {
        "clarity": (1, 2),
        "goals": (3, 7, 15),
        "impulse": (4, 8, 11),
        "strategies": (5, 6, 12, 14, 16),
        "nonacceptance": (9, 10, 13),
    }
    assert sorted(i for items in subscales.values() for i in items) == list(range(1, 17))


def test_ders16_totals_run_from_sixteen_to_eighty_without_a_band() -> None:
    low, high = score("ders16", [1] * 16), score("ders16", [5] * 16)
    assert (low.score, high.score) == (16, 80)
    assert low.band is None and high.band is None
    assert "80" in high.summary


# --- answers that don't fit -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "answers"), [("phq9", [1] * 8), ("gad7", [1] * 8), ("who5", []), ("ders16", [3] * 15)]
)
def test_it_refuses_the_wrong_number_of_answers(name: str, answers: list[int]) -> None:
    with pytest.raises(InvalidAnswers, match="expected"):
        score(name, answers)


@pytest.mark.parametrize(("name", "bad"), [("phq9", 4), ("phq9", -1), ("who5", 6), ("ders16", 0), ("ders16", 6)])
def test_it_refuses_answers_out_of_range_and_names_the_item(name: str, bad: int) -> None:
    m = get_measure(name)
    answers = [m.min_value] * len(m.items)
    answers[1] = bad
    with pytest.raises(InvalidAnswers, match="item 2") as caught:
        score(name, answers)
    assert caught.value.problems and caught.value.measure == name


@pytest.mark.parametrize("bad", [True, 1.0, "1", None])
def test_it_refuses_answers_that_are_not_whole_numbers(bad: object) -> None:
    with pytest.raises(InvalidAnswers, match="item 1"):
        score("gad7", [bad, 0, 0, 0, 0, 0, 0])  # type: ignore[list-item]


def test_it_refuses_a_string_in_place_of_a_list() -> None:
    with pytest.raises(InvalidAnswers):
        score("gad7", "0000000")  # type: ignore[arg-type]


def test_it_refuses_an_unknown_questionnaire() -> None:
    with pytest.raises(UnknownMeasure, match="nope"):
        score("nope", [0])


# --- the data files ---------------------------------------------------------------------------


def test_the_packaged_questionnaires_all_load() -> None:
    assert set(measures.measure_names()) == {"phq9", "gad7", "who5", "ders16"}


def test_every_questionnaire_keeps_its_source_and_licence() -> None:
    for m in measures.measures().values():
        assert m.source.citation and m.source.licence and m.source.copyright
    assert "Pfizer" in get_measure("phq9").source.copyright
    assert "Pfizer" in get_measure("gad7").source.copyright


def test_what_attune_says_about_a_score_informs_and_never_diagnoses() -> None:
    for m in measures.measures().values():
        for text in [b.description for b in m.bands] + [m.unbanded_summary or ""]:
            assert language_check.problems(text) == [], text
            assert not ALSO_NOT_OURS.search(text), text
        for band in m.bands:
            assert "not a conclusion about you" in band.description or "not a judgement" in band.description


def test_a_moderate_phq9_reads_as_information_to_talk_over() -> None:
    assert score("phq9", [2] * 5 + [0] * 4).summary == (
        "These answers suggest moderate signs of depression over the last two weeks. This is information "
        "to talk over with someone you trust, not a conclusion about you."
    )


def test_result_json_has_the_shape_the_api_returns() -> None:
    body = score("phq9", [1] * 9).to_json()
    assert {"score", "band", "subscales", "safety", "summary", "percentage"} <= set(body)
    assert body["band"] == {"key": "mild", "label": "Mild", "description": score("phq9", [1] * 9).summary}


def copy_with(tmp_path: Path, name: str, old: str, new: str) -> Path:
    text = (PACKAGED / f"{name}.toml").read_text(encoding="utf-8")
    assert old in text
    (tmp_path / f"{name}.toml").write_text(text.replace(old, new, 1), encoding="utf-8")
    return tmp_path


def test_it_stops_at_start_up_when_bands_leave_a_gap(tmp_path: Path) -> None:
    folder = copy_with(tmp_path, "gad7", "min = 5\nmax = 9", "min = 6\nmax = 9")
    with pytest.raises(MeasureDataError, match=r"gad7\.toml.*bands must cover"):
        measures.load_measures(folder)


def test_it_stops_at_start_up_when_a_field_is_missing(tmp_path: Path) -> None:
    folder = copy_with(tmp_path, "who5", 'instructions = "', 'instructionz = "')
    with pytest.raises(MeasureDataError, match="missing required field 'instructions'"):
        measures.load_measures(folder)


def test_it_stops_at_start_up_when_option_values_skip_a_number(tmp_path: Path) -> None:
    folder = copy_with(tmp_path, "phq9", "value = 2\n", "value = 7\n")
    with pytest.raises(MeasureDataError, match="consecutive"):
        measures.load_measures(folder)


def test_it_stops_at_start_up_when_the_name_and_file_disagree(tmp_path: Path) -> None:
    folder = copy_with(tmp_path, "phq9", 'name = "phq9"', 'name = "phq8"')
    with pytest.raises(MeasureDataError, match="must match the file name"):
        measures.load_measures(folder)


def test_it_stops_at_start_up_on_malformed_toml(tmp_path: Path) -> None:
    (tmp_path / "broken.toml").write_text("name = ", encoding="utf-8")
    with pytest.raises(MeasureDataError, match="broken.toml: not valid TOML"):
        measures.load_measures(tmp_path)


def test_it_stops_at_start_up_when_a_subscale_names_a_missing_item(tmp_path: Path) -> None:
    folder = copy_with(tmp_path, "ders16", "items = [1, 2]", "items = [1, 17]")
    with pytest.raises(MeasureDataError, match="subscale items"):
        measures.load_measures(folder)
