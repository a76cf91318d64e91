"""Body cues found in what a person writes: where they feel something, now, themselves."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from attune.domain.reading import BODY_REGIONS, BodyCue
from attune.perception.body_cue_scoring import score_body_cues
from attune.perception.body_cues import body_regions, find_body_cues

REPO_ROOT = Path(__file__).resolve().parents[2]
BODYCUES = REPO_ROOT / "eval" / "bodycues"


def regions(text: str) -> set[str]:
    return set(body_regions(text))


def read_split(split: str) -> list[dict[str, Any]]:
    with (BODYCUES / f"{split}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# --- what and where -----------------------------------------------------------------------------


def test_a_tight_chest_is_found_in_the_chest() -> None:
    assert find_body_cues("My chest is so tight right now") == (BodyCue("chest", "tight", "chest is so tight"),)


def test_a_racing_heart_is_found_in_the_heart() -> None:
    assert regions("heart racing, I think it's a panic attack") == {"heart"}


def test_not_being_able_to_breathe_is_found_in_the_breath() -> None:
    assert regions("I can't breathe") == {"breath"}


@pytest.mark.parametrize(("text", "region"), [
    ("stomach in knots before the interview", "stomach"),
    ("there's a lump in my throat", "throat"),
    ("I just noticed my jaw is clenched", "jaw"),
    ("my hands are shaking so much I can barely type", "arms_hands"),
    ("My legs feel like lead today", "legs_feet"),
    ("my face is burning, I'm so embarrassed", "face"),
    ("pressure in my head that won't go away", "head"),
    ("shoulders are up by my ears again", "neck_shoulders"),
    ("eyes stinging, trying not to cry", "eyes"),
    ("my lower back has been aching all day", "back"),
    ("sweaty and clammy", "skin"),
    ("I feel dizzy and lightheaded", "head"),
    ("I'm shaking all over", "whole_body"),
    ("numb everywhere", "whole_body"),
    ("I feel sick", "stomach"),
])
def test_common_sensations_are_found_where_they_are_felt(text: str, region: str) -> None:
    assert regions(text) == {region}


def test_several_regions_in_one_check_in_are_all_found() -> None:
    assert regions("heart racing, hands shaking, can't breathe") == {"heart", "arms_hands", "breath"}


def test_places_listed_together_share_the_sensation() -> None:
    assert regions("my hands and feet are tingling") == {"arms_hands", "legs_feet"}


def test_each_region_and_sensation_is_reported_once() -> None:
    cues = find_body_cues("chest tight. chest so tight. my chest is tight")
    assert [(c.region, c.sensation) for c in cues] == [("chest", "tight")]


def test_the_sensation_is_a_normalised_word() -> None:
    sensations = {c.sensation for c in find_body_cues("my stomach is in knots and my heart is pounding")}
    assert sensations == {"knotted", "pounding"}


def test_the_phrase_quotes_the_writers_own_words() -> None:
    (cue,) = find_body_cues("Chest SOOO tight")
    assert cue.phrase == "Chest SOOO tight"


def test_texting_style_and_typos_are_read() -> None:
    assert regions("chest sooo tight cant breathe") == {"chest", "breath"}
    assert regions("i cant breath") == {"breath"}
    assert regions("stomache ache") == {"stomach"}
    assert regions("hands r shaking rn") == {"arms_hands"}


# --- denied -------------------------------------------------------------------------------------


def test_a_chest_that_is_no_longer_tight_is_left_out() -> None:
    assert regions("my chest isn't tight anymore") == set()


@pytest.mark.parametrize("text", [
    "No headache today for once!",
    "I'm not shaking, just angry.",
    "I don't feel sick, I just don't want to go.",
    "i dont have chest pain, i just feel low",
    "The tightness in my chest is gone.",
    "the headache finally passed",
    "my hands aren't trembling any more",
])
def test_a_denied_or_finished_sensation_is_left_out(text: str) -> None:
    assert regions(text) == set()


def test_a_negation_that_keeps_the_sensation_going_does_not_deny_it() -> None:
    assert regions("my hands won't stop shaking") == {"arms_hands"}
    assert regions("I don't know why my chest is so tight") == {"chest"}
    assert regions("trying not to cry at my desk") == {"eyes"}


def test_only_the_denied_part_of_a_check_in_is_left_out() -> None:
    assert regions("my chest isn't tight anymore but my stomach is in knots") == {"stomach"}


# --- when ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "last week my hands shook",
    "Yesterday I couldn't breathe in the meeting",
    "I used to get a knot in my stomach every Sunday night",
    "I might get a headache later if I don't drink water",
    "I always get a tight chest before meetings",
])
def test_a_sensation_in_the_past_the_future_or_a_habit_is_left_out(text: str) -> None:
    assert regions(text) == set()


def test_a_past_sensation_that_is_back_again_now_is_included() -> None:
    assert regions("I used to get a knot in my stomach, and it's back again now") == {"stomach"}


def test_a_sensation_that_is_still_there_is_included() -> None:
    assert regions("still tight in my chest") == {"chest"}
    assert regions("my stomach was in knots all morning and it still is") == {"stomach"}


def test_a_sensation_since_earlier_today_is_now() -> None:
    assert regions("I've had a headache for three days now") == {"head"}


# --- whose --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "my son's stomach hurts",
    "her hands were shaking",
    "My partner says his chest gets tight when he's anxious",
    "My mum keeps getting headaches",
    "She's in tears every morning at drop off",
])
def test_another_persons_sensation_is_left_out(text: str) -> None:
    assert regions(text) == set()


@pytest.mark.parametrize("text", [
    "Is it normal for a 6 year old to get stomach aches before school?",
    "What causes heart palpitations in teenagers?",
    "Can stress cause headaches?",
    "Does anyone else get a lump in their throat?",
])
def test_a_medical_question_about_people_in_general_is_left_out(text: str) -> None:
    assert regions(text) == set()


def test_a_question_about_my_own_body_is_included() -> None:
    assert regions("Why is my chest so tight right now??") == {"chest"}


# --- idioms and jokes ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Break a leg tonight!",
    "I'm head of the team now",
    "I need to get this off my chest",
    "He really is a pain in the neck",
    "My boss is breathing down my neck",
    "Money is tight this month",
    "I'm sick of people telling me to relax",
    "Can't stomach another argument",
    "My gut says this job isn't right",
    "He got cold feet",
])
def test_an_idiom_with_a_body_word_is_not_a_cue(text: str) -> None:
    assert regions(text) == set()


def test_heartbreak_is_grief_not_a_heart_sensation() -> None:
    assert regions("I'm heartbroken that the trip got cancelled") == set()


def test_butterflies_in_a_garden_are_not_in_anyones_stomach() -> None:
    assert regions("The butterflies in the garden were gorgeous") == set()
    assert regions("butterflies in my stomach, first date tonight!!") == {"stomach"}


def test_laughing_until_you_cannot_breathe_is_a_joke() -> None:
    assert regions("I can't breathe 😂 that video") == set()
    assert regions("Lol I'm crying") == set()


# --- robustness ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "😭😭😭", "🙂", "...", "?!"])
def test_empty_or_emoji_only_text_has_no_cues(text: str) -> None:
    assert find_body_cues(text) == ()


@pytest.mark.parametrize("text", [
    "Me duele la cabeza y tengo el pecho apretado",
    "J'ai mal à la tête et le cœur qui bat très vite",
    "Ich habe Kopfschmerzen und mein Herz rast",
    "Ho mal di testa e il cuore che batte forte",
    "Estou com dor de cabeça e o peito apertado",
    "mujhe sar dard ho raha hai aur dil tez dhadak raha hai",
    "मेरे सिर में दर्द है",
    "胸が苦しい",
])
def test_non_english_text_gives_no_false_cue(text: str) -> None:
    assert find_body_cues(text) == ()


def test_a_50k_character_input_does_not_crash_and_stays_fast() -> None:
    text = ("my chest is tight and I can't breathe, last week my hands shook 😭\n" * 800)[:50_000]
    start = time.process_time()
    cues = find_body_cues(text)
    assert time.process_time() - start < 2.0
    assert {c.region for c in cues} == {"chest", "breath"}


def test_a_typical_check_in_takes_well_under_a_few_milliseconds() -> None:
    texts = [str(row["text"]) for row in read_split("dev")]
    find_body_cues("warm up")
    start = time.process_time()
    for text in texts:
        find_body_cues(text)
    assert (time.process_time() - start) / len(texts) < 0.003


def test_every_region_found_is_a_known_body_region() -> None:
    found = {c.region for row in read_split("train") for c in find_body_cues(str(row["text"]))}
    assert found <= set(BODY_REGIONS)


# --- measured on the annotated sets -------------------------------------------------------------


def score(split: str) -> dict[str, Any]:
    gold = read_split(split)
    predicted = [{"id": row["id"], "regions": body_regions(str(row["text"]))} for row in gold]
    return score_body_cues(gold, predicted)


def test_the_dev_set_meets_precision_and_recall_of_at_least_090() -> None:
    result = score("dev")
    assert result["precision"] >= 0.90, result
    assert result["recall"] >= 0.90, result


def test_the_train_set_meets_precision_and_recall_of_at_least_093() -> None:
    result = score("train")
    assert result["precision"] >= 0.93, result
    assert result["recall"] >= 0.93, result
