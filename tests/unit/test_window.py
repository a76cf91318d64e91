"""The window of tolerance is personal: baseline, own signs, body cues and the lid-flipped line."""

from __future__ import annotations

import pytest

from attune.domain.reading import BodyCue
from attune.domain.window import PersonBaseline, WindowSigns, weigh, zone_for
from tests.unit.test_companion_fakes import text_reading

CALM = text_reading(("neutral", 0.8, ""), valence=0.1, arousal=0.45)
UPSET_HIGH = text_reading(("anger", 0.8, "angry"), valence=-0.7, arousal=0.85)
FLAT_LOW = text_reading(("sadness", 0.7, "sad"), valence=-0.5, arousal=0.15)


def hot_writer(check_ins: int = 40) -> PersonBaseline:
    baseline = PersonBaseline()
    for i in range(check_ins):
        baseline = baseline.updated(0.85 + (0.03 if i % 2 else -0.03), 4)
    return baseline


def test_a_calm_check_in_is_within_the_window() -> None:
    assert zone_for(CALM, 2, PersonBaseline(), None) == "within"


def test_high_unpleasant_arousal_with_a_racing_heart_is_above_the_window() -> None:
    reading = text_reading(("fear", 0.8, "scared"), valence=-0.7, arousal=0.85,
                           cues=[BodyCue("heart", "racing")])
    assert zone_for(reading, None, PersonBaseline(), None) == "hyper"


def test_body_words_in_the_text_count_even_without_perceived_cues() -> None:
    text = "my heart is racing and I can't breathe"
    assert zone_for(CALM, None, PersonBaseline(), None, text=text) == "hyper"


def test_a_negated_sensation_does_not_count() -> None:
    text = "my chest isn't tight and I'm not shaking"
    assert zone_for(CALM, None, PersonBaseline(), None, text=text) == "within"


def test_numb_and_heavy_with_low_energy_is_below_the_window() -> None:
    assert zone_for(FLAT_LOW, 5, PersonBaseline(), None, text="I feel numb and heavy") == "hypo"


def test_frozen_and_foggy_body_cues_push_below_the_window() -> None:
    reading = text_reading(("neutral", 0.6, ""), valence=-0.2, arousal=0.4,
                           cues=[BodyCue("whole_body", "frozen"), BodyCue("head", "foggy")])
    assert zone_for(reading, None, PersonBaseline(), None) == "hypo"


def test_distress_of_eight_flips_the_lid_even_when_the_words_are_calm() -> None:
    assert zone_for(CALM, 8, PersonBaseline(), None) == "hyper"


def test_distress_of_eight_with_clear_shutdown_signs_stays_below_the_window() -> None:
    text = "I'm numb, frozen, I can't move"
    assert zone_for(FLAT_LOW, 9, PersonBaseline(), None, text=text) == "hypo"


def test_a_writer_whose_words_always_run_hot_is_not_hyper_on_every_check_in() -> None:
    assert zone_for(UPSET_HIGH, 6, PersonBaseline(), None) == "hyper"
    assert zone_for(UPSET_HIGH, 6, hot_writer(), None) == "within"


def test_high_arousal_words_alone_do_not_move_anyone_out_of_the_window() -> None:
    assert zone_for(UPSET_HIGH, None, PersonBaseline(), None) == "within"


def test_the_same_words_are_above_the_window_for_someone_usually_calm() -> None:
    calm_writer = PersonBaseline()
    for _ in range(40):
        calm_writer = calm_writer.updated(0.35, 3)
    assert zone_for(UPSET_HIGH, 6, calm_writer, None) == "hyper"


def test_distress_is_read_against_the_persons_usual_distress() -> None:
    usually_six = PersonBaseline()
    for i in range(40):
        usually_six = usually_six.updated(0.6 if i % 2 else 0.4, 6)
    newcomer = PersonBaseline()
    edgy = text_reading(("nervousness", 0.6, "anxious"), valence=-0.4, arousal=0.7)
    assert zone_for(edgy, 7, newcomer, None) == "hyper"
    assert zone_for(edgy, 7, usually_six, None) == "within"


def test_own_hyper_signs_written_at_onboarding_are_matched_in_any_order_or_form() -> None:
    signs = WindowSigns.from_text(hyper="clenched jaw, talking fast")
    text = "my jaw is clenching and I keep talking so fast"
    assert zone_for(CALM, None, PersonBaseline(), signs, text=text) == "hyper"


def test_own_hypo_signs_are_matched_in_the_text() -> None:
    signs = WindowSigns.from_text(hypo="foggy, can't get off the sofa")
    assert zone_for(CALM, None, PersonBaseline(), signs, text="I cant get off the sofa today") == "hypo"
    assert zone_for(CALM, None, PersonBaseline(), signs, text="everything is so foggy") == "hypo"


def test_a_sign_matches_only_when_all_its_words_are_there() -> None:
    signs = WindowSigns.from_text(hyper="clenched jaw")
    assert zone_for(CALM, None, PersonBaseline(), signs, text="my jaw aches a bit") == "within"


def test_low_confidence_text_says_nothing_about_arousal() -> None:
    unsure = text_reading(("anger", 0.5, "angry"), valence=-0.7, arousal=0.95, confidence=0.1)
    assert weigh(unsure, None, PersonBaseline(), None).hyper == 0


def test_pleasant_excitement_is_not_above_the_window() -> None:
    excited = text_reading(("excitement", 0.9, "excited"), valence=0.8, arousal=0.95)
    assert zone_for(excited, 3, PersonBaseline(), None) == "within"


def test_the_baseline_leans_on_the_population_until_there_is_history() -> None:
    one = PersonBaseline().updated(0.9, 9)
    assert 0.5 < one.arousal < 0.6
    assert 4 < one.distress < 5
    assert hot_writer().arousal == pytest.approx(0.85, abs=0.06)


def test_the_baseline_survives_a_round_trip_through_a_dict() -> None:
    baseline = hot_writer(7)
    assert PersonBaseline.from_dict(baseline.to_dict()) == baseline


def test_window_signs_split_on_commas_and_and() -> None:
    signs = WindowSigns.from_text(hyper="clenched jaw, talking fast and pacing", hypo="")
    assert signs.hyper == ("clenched jaw", "talking fast", "pacing")
    assert WindowSigns.from_dict(signs.to_dict()) == signs
