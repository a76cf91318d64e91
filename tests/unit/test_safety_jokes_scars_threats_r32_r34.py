"""A joke taken back, old scars beside fresh cuts, and "he'll kill me when he gets home".

Found while fitting rounds 32-34 (28 Nov): the joke framing read a whole message as hyperbole when a
trivial trigger sat beside "i wanna die", even when the writer went on "for real though I can't do this
anymore"; "old sh scars" framed a message as the past even when it said "fresh cuts now"; and "he'll /
he's going to kill me", with only an arrival after it ("when he gets home") or fear, was masked as the
idiom or matched nothing. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_risk, judge


@pytest.mark.parametrize(("text", "category", "floor"), [
    ("omg i wanna die, spilled coffee all over my shirt. for real though i cant do this anymore", "suicide", "low"),
    ("ugh want to die i waved at someone who wasnt waving at me. seriously tho i dont want to be here",
     "suicide", "low"),
    ("kms i forgot my lunch again lol. joking aside i think about it every day", "suicide", "low"),
    ("lol i could kill him for eating my fries. no but seriously im going to hurt him when he gets back",
     "harm_to_others", "high"),
])
def test_words_that_take_a_joke_back_keep_the_risk(text: str, category: RiskCategory, floor: RiskLevel) -> None:
    assert_risk(text, category, floor)


@pytest.mark.parametrize("text", [
    "kms i sent the email to the wrong person lol, for real tho so embarrassing",
    "ugh i want to die i spilled coffee on my laptop lol",
    "lol gonna kill my brother for eating my fries",
    "omg i wanna die i waved at someone who wasnt waving at me. seriously though what is wrong with me haha",
])
def test_a_joke_without_an_earnest_turn_stays_a_joke(text: str) -> None:
    assert judge(text).level == "none"


@pytest.mark.parametrize("text", [
    "old sh scars on my arms but fresh cuts now",
    "the scars are old but there are new cuts on my thigh",
    "i have old self harm scars and fresh cuts from last night",
])
def test_fresh_cuts_beside_old_scars_are_happening_now(text: str) -> None:
    assert_risk(text, "self_harm", "moderate")


@pytest.mark.parametrize("text", [
    "old sh scars, been clean 5 years",
    "i have old self harm scars from when i was 15, doing well now",
])
def test_old_scars_alone_stay_in_the_past(text: str) -> None:
    assert judge(text).level == "none"


@pytest.mark.parametrize("text", [
    "he'll kill me when he gets home",
    "hes going to kill me when he gets back tonight, im scared",
    "he's going to kill me tonight",
    "he will kill me when he gets home.",
    "she'll kill me when she gets in from the pub, please help",
])
def test_a_threat_told_with_only_an_arrival_or_fear_is_abuse(text: str) -> None:
    assert_risk(text, "abuse", "high")


@pytest.mark.parametrize("text", [
    "he's going to kill me when he sees the dent in his car",
    "mum will kill me when she gets home, havent done the dishes",
    "my wife will kill me when she gets home and sees the mess lol",
    "she'll kill me, i forgot her birthday",
    "hes going to kill me lol",
    "boss will kill me when he gets back from lunch and sees this spreadsheet",
])
def test_the_idiom_with_something_trivial_to_find_stays_an_idiom(text: str) -> None:
    assert judge(text).level == "none"


@pytest.mark.parametrize(("text", "context", "category"), [
    ("bingeing right now, ate everything in the cupboard, going to make myself sick", (), "eating_disorder"),
    ("i know where he parks every night and nobody would ever know", ("my business partner took everything",),
     "harm_to_others"),
    ("i took everything in the medicine cupboard", (), "medical_emergency"),
    ("my ex took everything and i took all my pills", (), "medical_emergency"),
])
def test_everything_taken_is_an_overdose_only_when_the_writer_swallowed_it(
    text: str, context: tuple[str, ...], category: RiskCategory,
) -> None:
    assert judge(text, context).category == category


def test_killing_slang_about_someone_else_with_a_gun_emoji_is_harm_to_others() -> None:
    assert_risk("offing my stepdad this weekend 🔫", "harm_to_others", "high")
    assert_risk("ending my life this weekend 🔫", "suicide", "moderate")


@pytest.mark.parametrize("text", [
    "my mum checks my phone because im 12",
    "my mum wont let me go to the party",
    "my dad came into my room at night to check on me when i had a fever",
    "he pushed me on the swing",
    "my brother grabbed me round the neck in a big hug",
    "my nan wont see christmas, the hospice says days not weeks",
    "its our little secret that he bought mum a ring",
])
def test_ordinary_family_life_in_abuse_words_stays_none(text: str) -> None:
    """Everyday uses the abuse probes of 28 Nov found raised by older rules."""
    assert judge(text).level == "none"


@pytest.mark.parametrize(("text", "category"), [
    ("my husband wont let me see my friends", "abuse"),
    ("he comes into my room at night and touches me", "abuse"),
    ("he pushed me down the stairs", "abuse"),
    ("he wont see christmas, ive made sure of it", "harm_to_others"),
    ("its our little secret, dont tell mum he said", "abuse"),
])
def test_the_same_words_with_harm_in_them_stay_risk(text: str, category: RiskCategory) -> None:
    assert_risk(text, category, "moderate")


@pytest.mark.parametrize("text", [
    "look after the dog for me while im at work",
    "can you look after the dog for me this weekend, its the wedding",
    "this is my last christmas in this house before we move",
    "im ready to go, just waiting for the taxi",
    "ready to go when you are",
])
def test_errands_and_outings_in_farewell_words_stay_none(text: str) -> None:
    """Everyday uses the understated-suicide probes of 28 Nov found raised by older rules."""
    assert judge(text).level == "none"


@pytest.mark.parametrize("text", [
    "im ready to go. i want to die",
    "please look after the dog for me. im sorry for everything",
    "look after the dog for me, i wont be able to anymore",
])
def test_the_same_words_as_a_goodbye_stay_high(text: str) -> None:
    assert_risk(text, "suicide", "high")
