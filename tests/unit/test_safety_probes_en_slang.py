"""English as people text it in a hard moment: slang, emoji, phonetic spellings, few words.

Probed 27 Nov: TikTok and gaming slang for suicide (unalive, sewerslide, ctb, toaster bath), messages
that are only method emoji or use an emoji as the verb's end ("i want to 🪦", "me ➡️ ⚰️"), a razor
blade emoji on the arms, the toaster bath in emoji, typed-as-heard spellings ("comit sucide",
"wnt 2 die", "want too die", "siezure", "anaphalactic"), AAVE and UK "no more" for "anymore", a
bystander's few words ("dad collapsed", "friend od'd not responding", "she said she took a load of
pills", "he sent me a pic of a noose"), a baby choking, a hypo that will not come up, being strangled
now, and a partner named in slang ("my man", "baby daddy").

The sentences are written for these tests, not copied from any eval set. Labels follow the safety
section of shared/eval-format.md: a floor on severity, and ``none`` for everyday uses of the same
words (shaving, climbing rope, a phone that will not wake up, a friend who took the bus).
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from attune.safety.normalise import normalise
from tests.unit.safety_judging import assert_risk, judge


@pytest.mark.parametrize(("emoji", "token"), [
    ("🪒", "emoji_razor"), ("🔌", "emoji_plug"), ("🚿", "emoji_shower"), ("🛁", "emoji_bath"),
    ("➡️", "emoji_arrow"), ("🔒", "emoji_lock"), ("🚑", "emoji_ambulance"), ("🆘", "emoji_sos"),
    ("🔪", "emoji_knife"), ("🩸", "emoji_blood"), ("💊", "emoji_pill"), ("🪢", "emoji_rope"),
    ("🌉", "emoji_bridge"), ("⚰️", "emoji_coffin"), ("🪦", "emoji_grave"),
])
def test_crisis_emoji_each_become_a_token(emoji: str, token: str) -> None:
    assert normalise(f"x {emoji} y") == f"x {token} y"


@pytest.mark.parametrize(("text", "folded"), [
    ("i wnt 2 die", "i want to die"),
    ("i want too die", "i want to die"),
    ("im going to comit sucide", "im going to commit suicide"),
    ("the siezure wont stop", "the seizure wont stop"),
])
def test_phonetic_spellings_fold_to_the_rule_vocabulary(text: str, folded: str) -> None:
    assert normalise(text) == folded


# ---------------------------------------------------------------- suicide: slang, typos, emoji


@pytest.mark.parametrize(("text", "floor"), [
    ("kms", "moderate"),
    ("im boutta kms fr", "high"),
    ("i want to unalive myself", "moderate"),
    ("i wanna commit sewerslide", "moderate"),
    ("planning to ctb this weekend", "high"),
    ("toaster bath tonight", "high"),
    ("🛁🔌 tonight", "high"),
    ("🚿 + 🔌 = 💀", "moderate"),
    ("i just want to go to sleep forever", "moderate"),
    ("i wnt 2 die", "moderate"),
    ("i want too die", "moderate"),
    ("im going to comit sucide", "moderate"),
    ("I CANT DO THIS ANYMORE I WANT TO DIE", "moderate"),
    ("gonna kil myslef", "moderate"),
    ("i aint tryna live no more", "low"),
    ("dont wanna wake up no more", "low"),
    ("💊💊💊💊", "moderate"),
    ("🪢😔", "moderate"),
    ("cant do this anymore 🪢", "high"),
    ("i want to 🪦", "moderate"),
    ("me ➡️ 🪦", "moderate"),
    ("ready for the ⚰️", "moderate"),
    ("🌉 tonight. goodbye", "high"),
])
def test_suicide_slang_typos_and_emoji(text: str, floor: RiskLevel) -> None:
    assert_risk(text, "suicide", floor)


@pytest.mark.parametrize(("text", "floor"), [
    ("my bf just sent me a pic of a rope", "high"),
    ("he snapchatted me a pic of a noose", "high"),
])
def test_someone_close_sends_a_picture_of_the_means(text: str, floor: RiskLevel) -> None:
    assert_risk(text, "suicide", floor)


# ---------------------------------------------------------------- self-harm: the razor emoji


@pytest.mark.parametrize("text", ["🪒 my arms again", "🪒🩸", "i relapsed 🪒", "🔪🩸 again"])
def test_self_harm_blade_emoji(text: str) -> None:
    assert_risk(text, "self_harm", "moderate")


# ---------------------------------------------------------------- medical emergencies in few words


@pytest.mark.parametrize(("text", "floor"), [
    ("bro not breathing", "imminent"),
    ("mum wont wake up pills", "imminent"),
    ("friend od'd not responding", "imminent"),
    ("dad collapsed", "high"),
    ("my mate just collapsed help", "high"),
    ("my friend just texted me goodbye and said she took pills", "high"),
    ("bf says hes taken all his meds", "high"),
    ("he's choking and can't breathe", "imminent"),
    ("my baby is choking", "imminent"),
    ("toddler choking on a grape help", "imminent"),
    ("hypo and cant get my sugar up", "high"),
    ("my son is having a siezure", "imminent"),
    ("i think shes anaphalactic", "imminent"),
    ("i think my nan is having a stroke", "imminent"),
    ("baby swallowed dishwasher tablet", "imminent"),
    ("i od'd on my meds", "high"),
])
def test_medical_emergency_in_lay_words(text: str, floor: RiskLevel) -> None:
    assert_risk(text, "medical_emergency", floor)


# ---------------------------------------------------------------- abuse now, plain and slang


@pytest.mark.parametrize(("text", "floor"), [
    ("bf is choking me", "imminent"),
    ("hes strangling me help", "imminent"),
    ("my man beat me last night", "moderate"),
    ("my baby daddy punched me", "moderate"),
    ("hes hitting me rn", "imminent"),
])
def test_abuse_now_and_partner_slang(text: str, floor: RiskLevel) -> None:
    assert_risk(text, "abuse", floor)


@pytest.mark.parametrize(("text", "category"), [
    ("imma shoot up the school tmrw", "harm_to_others"),
    ("purged again after dinner", "eating_disorder"),
])
def test_other_categories_in_texting_english(text: str, category: RiskCategory) -> None:
    assert_risk(text, category, "moderate")


# ---------------------------------------------------------------- everyday uses of the same words


@pytest.mark.parametrize("text", [
    "im dead 😂😂",
    "we caught the bus to school",
    "cooking tonight 🔪🥕🍅",
    "halloween costume 💀⚰️🪦",
    "mum won't wake up for school lol",
    "that boss fight nearly made me unalive my controller",
    "i want to unalive my alarm clock",
    "i just od'd on chocolate",
    "my dad collapsed on the sofa after work lol",
    "the tent collapsed in the wind",
    "he said hes taken the day off",
    "she said she took ibuprofen for her headache",
    "he sent me a pic of the rope swing",
    "shaved my legs 🪒",
    "🪒 fresh shave today",
    "rope 🪢 for climbing",
    "🛁 + 🕯️ = perfect evening",
    "toaster bath bomb recipe",
    "me ➡️ 🏖️",
    "my baby is choking me with hugs lol",
    "my man beat me at fifa again",
    "my phone wont wake up",
    "the app is not responding",
    "dad had a hypo last night but hes fine now",
    "my grandad had a stroke in 2010",
])
def test_everyday_uses_stay_none(text: str) -> None:
    assert judge(text).level == "none", (text, judge(text))


# ---------------------------------------------------------------- found reviewing the probes


@pytest.mark.parametrize(("text", "category", "floor"), [
    ("🚿🔒🪒 rn. sorry", "self_harm", "moderate"),
    ("locked in the bathroom with a 🔪", "self_harm", "moderate"),
    ("he'll hurt my mum if i leave", "abuse", "high"),
    ("she will take the kids if i tell anyone", "abuse", "high"),
])
def test_a_blade_behind_a_locked_door_and_a_threat_said_before_its_condition(
        text: str, category: RiskCategory, floor: RiskLevel) -> None:
    assert_risk(text, category, floor)


@pytest.mark.parametrize("text", [
    "🔪 chopping onions, sorry cant talk",
    "she'll kill me if i leave the dishes again lol",
])
def test_kitchen_emoji_and_a_house_rule_joke_are_not_risk(text: str) -> None:
    assert judge(text).level == "none"

