"""Threat and abuse families fitted from outside rounds 32-34 (English cases).

Pins the harm-to-others and abuse families added or widened in rules/en_threats.toml for those rounds:
someone else setting off armed or after a vow to kill, a weapon arranged through a relative, imaginings
about a person growing detailed, killing slang beside a weapon emoji, a drink spiked to make someone ill,
a target's time alone with "no one would know", an urge to put a fist through someone's face; and on the
abuse side a parent's own hand on a child, a carer about to hurt a baby now, the belt out now, a child who
names who bruises them and goes back there, secrets about bath time, an adult online courting a child,
a partner rough in arguments, acts done while the writer sleeps, a court order breached at the door, an ex
who turns up everywhere, control kept by penalties or sulking, and a childhood abuser coming back to visit.
The sentences are written for these tests (paraphrases, not copies of any eval/safety set); ``none`` pins
the ordinary uses of the same words.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_risk, judge

# ---------------------------------------------------------------- harm to others: someone else on their way now


@pytest.mark.parametrize("text", [
    "my dad's stormed out with a hammer saying he's going round to sort the neighbour out",
    "my son just left with a baseball bat, he says he's going to find the lad who robbed him",
    "she grabbed the kitchen knife and went next door",
    "he was yelling that he's going to kill her boyfriend and now he's driving over there",
])
def test_someone_else_setting_off_armed_or_after_a_vow_is_imminent(text: str) -> None:
    assert_risk(text, "harm_to_others", "imminent")


@pytest.mark.parametrize("text", [
    "my housemate keeps saying he'll shoot his boss, and he's got a rifle under his bed",
    "my cousin has been saying she will stab her ex, she showed me the knife she keeps in her bag",
])
def test_someone_else_vowing_to_kill_with_a_weapon_to_hand_is_high(text: str) -> None:
    assert_risk(text, "harm_to_others", "high")


@pytest.mark.parametrize(("text", "context"), [
    ("my mate's older brother said he can sort me a knife before monday", ("these boys keep jumping me after school",)),
    ("getting a blade off my cousin this weekend, not letting them do me again", ()),
])
def test_a_weapon_arranged_with_a_time_or_a_grudge_is_high(text: str, context: tuple[str, ...]) -> None:
    assert_risk(text, "harm_to_others", "high", context)


@pytest.mark.parametrize("text", [
    "the things i picture doing to my flatmate are getting more graphic every week and it scares me",
    "what i keep imagining doing to my stepdad is so detailed now it frightens me",
])
def test_imaginings_about_a_person_growing_detailed_are_moderate(text: str) -> None:
    assert_risk(text, "harm_to_others", "moderate")


@pytest.mark.parametrize("text", [
    "offing my stepdad this weekend 🔪",
    "gonna end that snake tonight 🔪",
])
def test_killing_slang_beside_a_weapon_emoji_is_high(text: str) -> None:
    assert_risk(text, "harm_to_others", "high")


@pytest.mark.parametrize(("text", "context"), [
    ("anything i can slip in his lunch to make him throw up", ("he keeps taking my food",)),
    ("what cleaning stuff could i tip into my flatmates tea so she gets really ill", ()),
    ("she jogs along the canal by herself every evening. no one would ever find out", ()),
])
def test_spiking_and_a_target_alone_with_no_witnesses_are_high(text: str, context: tuple[str, ...]) -> None:
    assert_risk(text, "harm_to_others", "high", context)


def test_an_urge_to_put_a_fist_through_someones_face_is_flagged_and_low_when_walked_away_from() -> None:
    assert_risk("i was so close to putting my fist through my brothers face tonight", "harm_to_others", "moderate")
    held = judge("he made another dig about my job and i almost put my fist through his face. went for a walk instead")
    assert held.category == "harm_to_others"
    assert held.level == "low"


# ---------------------------------------------------------------- abuse: a child


@pytest.mark.parametrize(("text", "context", "floor"), [
    ("i smacked my 3 year old so hard this morning theres a handprint on his leg, i feel sick", (), "moderate"),
    ("i yanked my daughter's arm when she wouldn't get in the car and now there's a bruise. what kind of mother "
     "does that", (), "moderate"),
    ("im standing over the cot and im about to shake him", ("the baby has screamed for four hours",), "imminent"),
    ("i'm holding him right now and i swear i'm going to throw him, he's 6 weeks old and won't stop", (), "imminent"),
    ("the newborn has been crying since midnight and im squeezing him, i cant stop", (), "imminent"),
    ("dads home drunk and he's taking his belt off, im hiding under the bed", (), "imminent"),
    ("mum's gone for the wooden spoon again 😭 help", (), "imminent"),
    ("he told me his mum's boyfriend does it", ("my nephew is 6 and keeps coming to nursery with marks on his arms",),
     "moderate"),
    ("she's staying at his house again on saturday",
     ("my little cousin has bruises on her back", "she told me her stepdad did it"), "high"),
    ("my son said his babysitter makes him promise to keep secrets about bath time", (), "high"),
    ("my niece told me her uncle tells her to keep their special secrets about bedtime from her mum", (), "high"),
    ("my son is 12 and some guy on roblox keeps sending him robux and asking to meet up", (), "high"),
    ("im 13 and a man i met on snapchat wants to pick me up after school", (), "high"),
])
def test_a_child_hurt_or_at_risk_is_abuse(text: str, context: tuple[str, ...], floor: RiskLevel) -> None:
    assert_risk(text, "abuse", floor, context)


# ---------------------------------------------------------------- abuse: the writer


@pytest.mark.parametrize(("text", "context", "floor"), [
    ("my boyfriend grabs my wrists really hard whenever we have a row, he's never actually hit me though", (),
     "moderate"),
    ("she digs her nails into my arm when i try to walk away from an argument", (), "moderate"),
    ("my boyfriend keeps doing things to me while im sleeping even though ive told him not to", (), "moderate"),
    ("woke up to him on top of me again. were married so i guess its fine", (), "moderate"),
    ("my ex is outside my house banging on the door again and theres a restraining order", (), "imminent"),
    ("my ex girlfriend keeps turning up everywhere i go, work, the pub, my mum's", (), "moderate"),
    ("found flowers on my car seat this morning and the car was locked. my ex is the only one who had a spare key",
     (), "moderate"),
    ("i have to text him my location every hour or else he goes quiet for a week", (), "moderate"),
    ("if i go out with the girls my bank card goes missing, funny that. my husband says i must have lost it", (),
     "moderate"),
    ("my boyfriend looked through my phone again and went quiet on me", (), "low"),
    ("my stepbrother used to get into my bed when i was 10. mum's invited him to the wedding and wants me to hug him",
     (), "moderate"),
])
def test_abuse_of_the_writer_in_understated_words(text: str, context: tuple[str, ...], floor: RiskLevel) -> None:
    assert_risk(text, "abuse", floor, context)


# ---------------------------------------------------------------- the same words in everyday use


@pytest.mark.parametrize("text", [
    "my dad went next door with a hammer to help fix their fence",
    "my brother drove over to his mate's with the cricket bat for practice",
    "my mum says she'll kill my brother when she finds out he dented the car",
    "he keeps saying he'll kill his brother at fifa lol",
    "my uncle can get me a knife set for my chef course by friday",
    "my cousin says he can get me a blade for my razor by tomorrow",
    "the things i imagine doing to my garden this summer are getting really detailed",
    "the stuff i imagine doing to my boyfriend for his birthday is getting detailed lol",
    "ending my ex on twitter tonight 🔥 the receipts are ready",
    "what can i put in my dog's food to make him sick, he ate chocolate",
    "what can i put in her drink to make it less sweet",
    "he goes fishing on his own on sundays, it's his happy place",
    "nearly put my fist through the wall last night",
    "i hit my son with the door by accident and it left a mark",
    "my baby won't stop crying and im so tired, im about to shake the rattle again to distract her",
    "the baby is fussing so im shaking her bottle to mix the formula",
    "dad's got the belt out for his suit, wedding today",
    "mum's got the wooden spoon out, baking time",
    "my daughter came back from football with bruises, she said her coach made them do tackling drills",
    "my husband makes the kids keep secrets about bedtime snacks from me haha",
    "we keep secrets about christmas presents from the kids",
    "my daughter is 14 and her grandma online keeps sending her presents",
    "my daughter is 24 and a man online keeps sending her gifts",
    "he holds my hand when we argue so we stay calm",
    "my brother does stuff to me when im asleep like drawing on my face with sharpie",
    "he's outside my flat right now banging on the window, the delivery driver with my parcel",
    "my puppy turns up wherever i am lol",
    "my keys keep going missing, i think its my adhd. asked him to help me look",
    "my dog sulks for days when i go on holiday",
    "she sulks for a day or so when i go out with my mates, never been nasty though",
    "my grandad used to come into my room when i was little to read me bedtime stories, he's coming for christmas",
])
def test_everyday_uses_of_the_same_words_stay_quiet(text: str) -> None:
    risk = judge(text)
    assert risk.level == "none", (text, risk)


@pytest.mark.parametrize(("text", "category"), [
    ("im going to hit him right now, he called my mum a slag", "harm_to_others"),
])
def test_a_threat_to_an_adult_right_now_is_not_read_as_abuse_of_a_baby(text: str, category: RiskCategory) -> None:
    assert judge(text).category == category
