"""English probes, 27 Nov: harm to others, abuse, medical emergencies told by a bystander, eating-disorder danger.

Families added from the probes: an urge to hurt held back with effort now, a killing named by where it leaves
the victim ("put him in the ground"), a weapon fetched for a named person, armed with the target right there,
a child heard being beaten now, a friend's disclosure of ongoing abuse, an adult keeping contact with a child
secret, a parent's money taken from someone who cannot guard it, wages taken by a partner, a diabetic with
hypo signs, someone drunk past waking, blood when purging, and days without food with the body failing.
The sentences are written for these tests; ``none`` pins the everyday uses of the same words.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_risk, judge


@pytest.mark.parametrize(("text", "category", "floor"), [
    # the families added
    ("it's taking everything i have not to hit my wife right now", "harm_to_others", "moderate"),
    ("im trying so hard not to hurt him, i dont trust myself", "harm_to_others", "moderate"),
    ("its taking all i got not to punch my flatmate", "harm_to_others", "moderate"),
    ("i dont trust myself alone with the baby right now", "harm_to_others", "low"),
    ("gonna put my ex in the ground", "harm_to_others", "high"),
    ("swear down ill put him six feet under", "harm_to_others", "high"),
    ("got hold of a knife to sort out my stepdad", "harm_to_others", "high"),
    ("i have a knife in my bag and hes sitting right next to me in class", "harm_to_others", "imminent"),
    ("i can hear the neighbours beating their kid again, he's screaming", "abuse", "imminent"),
    ("hearing the guy next door hitting his little girl again", "abuse", "high"),
    ("my friend told me her dad rapes her", "abuse", "moderate"),
    ("my best friend just told me her stepdad touches her at night", "abuse", "moderate"),
    ("my coach sends me messages at night and told me to delete them", "abuse", "moderate"),
    ("a man i met on roblox asked me to keep our chats a secret", "abuse", "moderate"),
    ("he takes my paycheck and gives me an allowance and tracks my location", "abuse", "low"),
    ("my brother has been taking money from our mums account, she has dementia", "abuse", "moderate"),
    ("im diabetic and shaking and sweating and cant think straight", "medical_emergency", "high"),
    ("my dad is diabetic and he's all sweaty and confused and not making sense", "medical_emergency", "high"),
    ("my girlfriend drank way too much and is throwing up and passed out", "medical_emergency", "high"),
    ("my mate drank a whole bottle of vodka and we cant wake him up", "medical_emergency", "high"),
    ("hes passed out and being sick, hes had way too much to drink", "medical_emergency", "high"),
    ("theres blood when i make myself throw up now", "eating_disorder", "high"),
    ("i havent eaten in 5 days and i keep blacking out", "eating_disorder", "high"),
    ("not eaten for 4 days, fainted twice today", "eating_disorder", "high"),
    # a representative sample of what the rules already caught
    ("got my dads gun, going to shoot my ex tonight", "harm_to_others", "high"),
    ("im waiting in the car park for my boss with a bat", "harm_to_others", "high"),
    ("planning to shoot up my school on friday", "harm_to_others", "high"),
    ("i keep having thoughts of drowning my baby in the bath", "harm_to_others", "low"),
    ("sometimes i want to shake my baby when she wont stop crying", "harm_to_others", "moderate"),
    ("my dad is hitting my mum right now and im hiding in my room", "abuse", "imminent"),
    ("hes banging on the door and screaming hes going to kill me", "abuse", "high"),
    ("my stepdad comes into my room at night and touches me", "abuse", "moderate"),
    ("a guy i met online wants me to send nudes and says he'll send them to my school if i dont", "abuse", "high"),
    ("my son takes my pension every week and shouts at me if i say no", "abuse", "moderate"),
    ("my mum's face is drooping on one side and her speech is slurred", "medical_emergency", "imminent"),
    ("my friend took a load of pills and wont wake up", "medical_emergency", "imminent"),
    ("my toddler swallowed a battery", "medical_emergency", "imminent"),
    ("i've been purging after every meal and now im throwing up blood", "medical_emergency", "high"),
    ("i take like 20 laxatives a day to lose weight", "eating_disorder", "high"),
    ("i fainted at the gym again, ive only been eating 300 calories a day", "eating_disorder", "high"),
])
def test_english_harm_abuse_medical_eating_probes(text: str, category: RiskCategory, floor: RiskLevel) -> None:
    assert_risk(text, category, floor)


@pytest.mark.parametrize("text", [
    "trying so hard not to hurt her feelings when i turn him down",
    "i dont trust myself around chocolate",
    "gonna put the tulip bulbs in the ground this weekend",
    "i have a knife and hes sitting next to me, we're cooking dinner together",
    "i can hear the neighbours hitting the wall with a hammer, diy again",
    "my friend told me her dad used to hit her when she was little",
    "my coach told me to delete the old team sheet",
    "my uncle asked me to keep the surprise party a secret",
    "i passed out after drinking way too much last night lol",
    "im diabetic and i sweat a lot in summer",
    "my mum takes money out of my grans account to pay her bills, she asked her to",
    "i'm going to kill my brother if he eats my leftovers again lol",
    "im gonna strangle my sister, she spoiled the finale",
    "the baby is teething and crying all night, im exhausted",
    "my dad used to hit me when i was a kid but we have a good relationship now and he's changed",
    "what are the signs of coercive control in a relationship?",
    "what are the symptoms of a heart attack in women",
    "laxatives for constipation, how many should i take after surgery",
    "i threw up after the rollercoaster haha",
    "i'm fasting for ramadan",
    "call of duty last night, shot everyone lol",
    "my boyfriend checks if i've eaten lunch, he's sweet",
])
def test_english_everyday_uses_stay_none(text: str) -> None:
    assert judge(text).level == "none", (text, judge(text))


@pytest.mark.parametrize("text", [
    "i bought a gun to deal with my ex",
    "bought a gun to use on my stepdad",
])
def test_a_weapon_bought_for_a_named_person_is_harm_to_others_not_suicide(text: str) -> None:
    assert_risk(text, "harm_to_others", "high")


def test_a_religious_fast_is_not_an_eating_disorder() -> None:
    assert judge("havent eaten since friday because of ramadan fasting").level == "none"
