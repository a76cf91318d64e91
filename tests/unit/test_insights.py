"""The computations behind the charts and the therapist summary, and how they are worded."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from attune.domain import insights as ins
from attune.domain import language_check
from attune.domain.insights import CheckinPoint, PracticePoint, ScorePoint

MONDAY = datetime(2024, 3, 4, 9, 0)  # a Monday morning
# Beyond the shared language check: words that would overclaim what a few check-ins can show.
OVERCLAIMS = re.compile(r"\b(always|never|proves?|definitely|poor|patient)\b", re.IGNORECASE)


def checkin(
    day: float,
    distress: int | None = None,
    zone: str | None = "within",
    emotion: str | None = None,
    regions: tuple[str, ...] = (),
) -> CheckinPoint:
    return CheckinPoint(MONDAY + timedelta(days=day), distress, zone, emotion, regions)  # type: ignore[arg-type]


def practice(slug: str, before: int | None, after: int | None, day: int = 0) -> PracticePoint:
    return PracticePoint(slug, slug.replace("-", " ").capitalize(), before, after, MONDAY + timedelta(days=day))


def widening_history() -> list[CheckinPoint]:
    """Four weeks in which the top of the window rises from 3 to 6."""
    return [
        checkin(7 * week + d, distress=top - d, zone="within")
        for week, top in enumerate([3, 3, 6, 6])
        for d in range(3)
    ] + [checkin(7 * week + 4, distress=9, zone="hyper") for week in range(4)]


# --- emotions ---------------------------------------------------------------------------------


def test_emotion_counts_are_most_often_first_and_ignore_case_and_blanks() -> None:
    points = [
        checkin(0, emotion="Worry"),
        checkin(1, emotion="worry "),
        checkin(2, emotion="anger"),
        checkin(3, emotion=""),
        checkin(4),
    ]
    assert ins.emotion_counts(points) == [ins.EmotionCount("worry", 2), ins.EmotionCount("anger", 1)]


def test_the_emotion_sentence_names_the_feelings_that_came_up_most() -> None:
    sentence = ins.emotions_sentence(ins.emotion_counts([checkin(0, emotion="worry")] * 3))
    assert "worry (3 times)" in sentence


# --- window of tolerance ----------------------------------------------------------------------


def test_window_by_week_spans_the_distress_range_felt_as_within() -> None:
    weeks = ins.window_by_week(widening_history())
    assert [w.week_start for w in weeks] == [date(2024, 3, 4) + timedelta(weeks=i) for i in range(4)]
    assert [(w.low, w.high) for w in weeks] == [(1, 3), (1, 3), (4, 6), (4, 6)]
    assert (weeks[0].within, weeks[0].above, weeks[0].below, weeks[0].total) == (3, 1, 0, 4)


def test_a_rising_top_of_the_window_reads_as_possibly_widening() -> None:
    trend = ins.window_trend(ins.window_by_week(widening_history()))
    assert trend.direction == "widening"
    assert (trend.earlier_high, trend.recent_high) == (3, 6)
    assert "may be that your window is widening" in trend.sentence


def test_a_falling_top_of_the_window_reads_as_narrower_and_hopeful() -> None:
    trend = ins.window_trend(list(reversed(ins.window_by_week(widening_history()))))
    assert trend.direction == "narrowing"
    assert "can widen again" in trend.sentence


def test_a_steady_window_is_called_steady() -> None:
    history = [checkin(7 * w, distress=5) for w in range(3)]
    assert ins.window_trend(ins.window_by_week(history)).direction == "steady"


def test_one_week_is_not_enough_to_see_a_trend() -> None:
    trend = ins.window_trend(ins.window_by_week([checkin(0, distress=4)]))
    assert trend.direction == "not_enough"
    assert "few more weeks" in trend.sentence


# --- practices --------------------------------------------------------------------------------


def test_practice_effects_average_only_the_tries_rated_before_and_after() -> None:
    effects = ins.practice_effects(
        [
            practice("long-exhale", 8, 4),
            practice("long-exhale", 6, 4),
            practice("long-exhale", 7, None),
            practice("orienting", 5, 4),
        ]
    )
    first = effects[0]
    assert (first.slug, first.times, first.mean_before, first.mean_after, first.eased_by) == ("long-exhale", 2, 7, 4, 3)
    assert [e.slug for e in effects] == ["long-exhale", "orienting"]


def test_the_practice_sentence_names_what_seemed_to_help_most_and_notes_early_days() -> None:
    sentence = ins.practice_sentence(ins.practice_effects([practice("long-exhale", 8, 4)]))
    assert "Long exhale seemed to help most" in sentence
    assert "about 8 to about 4" in sentence
    assert "early days" in sentence


def test_when_nothing_has_eased_distress_it_says_so_kindly() -> None:
    sentence = ins.practice_sentence(ins.practice_effects([practice("orienting", 4, 5)]))
    assert "useful to know" in sentence


# --- early warning signs ----------------------------------------------------------------------


def test_chest_before_anger_on_six_of_eight_check_ins_is_an_early_signal() -> None:
    history = [checkin(d, distress=8, zone="hyper", emotion="anger", regions=("chest",)) for d in range(6)]
    history += [checkin(d, distress=2, emotion="calm", regions=("chest",)) for d in (6, 7)]
    signs = ins.early_warning_signs(history)
    assert signs[0] == ins.WarningSign("chest", "anger", 6, 8)
    assert "chest came before or with anger on 6 of the 8 check-ins" in signs[0].sentence


def test_a_body_cue_counts_when_the_strong_feeling_follows_within_hours() -> None:
    history = [checkin(d, distress=3, regions=("jaw",)) for d in range(3)]
    history += [checkin(d + 0.1, distress=9, zone="hyper", emotion="anger") for d in range(3)]  # ~2.4 h later
    assert ins.early_warning_signs(history) == [ins.WarningSign("jaw", "anger", 3, 3)]


def test_a_strong_feeling_a_day_later_does_not_count_as_following_a_cue() -> None:
    history = [checkin(2 * d, distress=3, regions=("jaw",)) for d in range(3)]
    history += [checkin(2 * d + 1, distress=9, zone="hyper", emotion="anger") for d in range(3)]
    assert ins.early_warning_signs(history) == []


def test_a_weak_pairing_is_not_offered_as_a_signal() -> None:
    history = [checkin(d, distress=2, regions=("stomach",)) for d in range(8)]
    history += [checkin(d, distress=8, zone="hyper", emotion="fear", regions=("stomach",)) for d in (8, 9)]
    assert ins.early_warning_signs(history) == []


# --- rhythm -----------------------------------------------------------------------------------


def test_rhythm_counts_check_ins_by_weekday_and_part_of_day() -> None:
    evenings = [CheckinPoint(MONDAY.replace(hour=20) + timedelta(weeks=w), None, None) for w in range(3)]
    r = ins.rhythm([*evenings, CheckinPoint(MONDAY.replace(hour=3) + timedelta(days=2), None, None)])
    assert r.grid[0][3] == 3 and r.grid[2][0] == 1 and r.total == 4
    assert r.busiest() == ("Monday", "evening", 3)
    assert "Monday evenings (3 times)" in ins.rhythm_sentence(r)


# --- questionnaire scores ---------------------------------------------------------------------


def test_score_changes_read_who5_as_percentages_and_flag_a_ten_point_change() -> None:
    changes = ins.score_changes([ScorePoint("who5", MONDAY, 10), ScorePoint("who5", MONDAY + timedelta(7), 13)])
    assert (changes[0].first, changes[0].last, changes[0].change, changes[0].meaningful) == (40, 52, 12, True)
    assert "40% on 4 Mar and 52% on 11 Mar" in ins.score_change_sentence(changes[0])


def test_ders16_changes_make_no_claim_about_meaningfulness() -> None:
    changes = ins.score_changes([ScorePoint("ders16", MONDAY, 60), ScorePoint("ders16", MONDAY, 40)])
    assert changes[0].meaningful is None
    assert "meaningful" not in ins.score_change_sentence(changes[0])


def test_scores_for_unknown_measures_are_skipped_not_fatal() -> None:
    assert ins.score_changes([ScorePoint("erq", MONDAY, 30)]) == []


def test_scores_come_grouped_in_a_stable_measure_order() -> None:
    points = [ScorePoint(m, MONDAY, 10) for m in ("ders16", "who5", "gad7", "phq9")]
    assert list(ins.scores_by_measure(points)) == ["phq9", "gad7", "who5", "ders16"]


# --- the summary as a whole -------------------------------------------------------------------


def test_with_no_data_every_summary_sentence_is_a_friendly_empty_state() -> None:
    sentences = ins.summary_sentences([], [], [])
    assert len(sentences) == 5
    assert all(s.strip() and s.endswith(".") for s in sentences)


def test_every_sentence_is_tentative_and_free_of_judgemental_or_diagnostic_words() -> None:
    history = widening_history() + [checkin(d, 8, "hyper", "anger", ("chest",)) for d in range(5)]
    practices = [practice("long-exhale", 8, 3, d) for d in range(4)] + [practice("orienting", 3, 4)]
    scores = [ScorePoint("phq9", MONDAY, 14), ScorePoint("phq9", MONDAY + timedelta(14), 8)]
    for sentences in (ins.summary_sentences(history, practices, scores), ins.summary_sentences([], [], [])):
        for sentence in sentences:
            assert language_check.problems(sentence) == [], sentence
            assert not OVERCLAIMS.search(sentence), sentence
