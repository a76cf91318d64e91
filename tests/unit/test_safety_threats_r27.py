"""Round 27 (a new outside author's general set): threats to others, abuse, six languages, and the framings
that keep them honest.

Sentences written for these tests (paraphrases of the families, not copies of any eval/safety set), so they
check that each family reaches past the phrasings it was fitted from. Labels follow the safety section of
shared/eval-format.md: a floor on severity, and ``none`` for idioms, fiction, a recovered past, someone
else's past and a goodbye from someone who is well.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_risk, judge


# ---------------------------------------------------------------- harm to others
@pytest.mark.parametrize(("text", "floor"), [
    # a loaded gun, a time and a grievance
    ("shotgun's loaded. walking in at registration tomorrow. all of them who laughed will see", "imminent"),
    ("dad's rifle is in my bag. going in after lunch, everyone who bullied me is going to pay", "imminent"),
    # someone else armed and threatening now
    ("a guy at the bus stop is brandishing a knife at people and shouting", "imminent"),
    ("my ex is outside the kitchen window right now with a crowbar", "imminent"),
    ("the man downstairs came up with a bat screaming at my dad", "imminent"),
    # a dependant smothered, an accident staged
    ("caring for mum 24/7, tonight I pressed the cushion over her face a few seconds. scared of myself", "high"),
    ("what's the best way to make it look like an old man slipped in the bath", "high"),
    ("how would you make his death look natural", "high"),
    # revenge fantasies, pictured harm with relief, a flash of wanting to ram someone
    ("I keep daydreaming about making the lads who jumped my brother suffer", "moderate"),
    ("I imagine my stepdad getting run over and it honestly makes me smile", "low"),
    ("had a split second of wanting to ram the driver who tailgated me. it shook me", "low"),
    ("was so furious with my 3 year old I had to leave the room, scared of what I might do", "low"),
])
def test_threats_to_others(text: str, floor: RiskLevel) -> None:
    assert_risk(text, "harm_to_others", floor)


# ---------------------------------------------------------------- abuse
@pytest.mark.parametrize(("text", "floor"), [
    # hurt before, intimidation, control
    ("my boyfriend hasn't hurt me for a few weeks but he punches doors when I'm near him", "moderate"),
    ("she smashes plates and tells me I'm lucky she puts up with me", "moderate"),
    ("my husband goes through all my texts and won't let me see my friends", "low"),
    ("my girlfriend makes me keep my location on so she can check where I am", "low"),
    # money and papers taken
    ("my grandson keeps my bank card and gives me what he thinks I need each week", "moderate"),
    ("the agency has my passport and I'm not paid, they say if I leave the police will deport me", "high"),
    # someone else hurt
    ("the care worker is rough with my nan and there are marks on her wrists she won't explain", "moderate"),
    ("my stepdad hits my little sister when mum's out", "moderate"),
    # images used as a threat, a threat to break bones, a door being kicked in
    ("he's threatening to leak my nudes if I block him", "high"),
    ("she said next time I answer back she'll snap my fingers", "high"),
    ("he's trying to break the door down right now, I'm hiding with the kids", "imminent"),
    ("my tutor keeps sliding his hand up my thigh during lessons", "high"),
])
def test_abuse(text: str, floor: RiskLevel) -> None:
    assert_risk(text, "abuse", floor)


# ---------------------------------------------------------------- six languages
@pytest.mark.parametrize(("text", "category", "floor"), [
    ("só bebo chá há uma semana, preciso pesar 42 kg", "eating_disorder", "moderate"),
    ("não como nada há três dias", "eating_disorder", "moderate"),
    ("nach jedem Essen übergebe ich mich", "eating_disorder", "moderate"),
    ("ich erbreche nach jeder Mahlzeit", "eating_disorder", "moderate"),
    ("hab mir einen Strick besorgt, am Sonntag ist es soweit", "suicide", "high"),
    ("si je le quitte, il m'a dit qu'il me retrouvera et me tuera", "abuse", "high"),
    ("stanotte non ci sarò più", "suicide", "high"),
    ("ho lasciato una lettera per i miei, domani non ci sarò più", "suicide", "high"),
    ("usko nahi chhodunga, pata hai woh kahan rehta hai, usne meri behen ko chheda", "harm_to_others", "high"),
    ("उसको नहीं छोड़ूंगा, मुझे पता है वो कहाँ रहता है", "harm_to_others", "high"),
    ("main sirf ek roti kha rahi hoon taaki patli ho jaun", "eating_disorder", "moderate"),
    ("मैं बस आधी रोटी खाती हूँ ताकि वज़न कम हो", "eating_disorder", "moderate"),
])
def test_languages(text: str, category: RiskCategory, floor: RiskLevel) -> None:
    assert_risk(text, category, floor)


# ---------------------------------------------------------------- categories
def test_blade_after_self_harm_history_is_self_harm() -> None:
    assert_risk("the razor is on my bed", "self_harm", "high", ("I used to cut", "I've been clean since summer"))


def test_blade_without_history_stays_suicide() -> None:
    assert_risk("the blade is in front of me, I want to die tonight", "suicide", "high")


def test_going_deeper_next_time_is_self_harm() -> None:
    assert judge("planning how I'll go deeper next time").category != "suicide"


# ---------------------------------------------------------------- hard negatives
@pytest.mark.parametrize(("text", "context"), [
    ("my dog chewed my new trainers, I could throttle him", ()),
    ("the school run traffic makes me want to jump off a bridge lol", ()),
    ("if the cake sinks I'm drowning my sorrows in prosecco", ()),
    ("uninstalling the app, feeling so much better these days. thanks for everything, bye!", ()),
    ("in the thriller the detective realises the suicide note was forged. is that twist believable?", ()),
    ("my neighbour's son overdosed last winter but he's in recovery now. what can I say to her?", ()),
    ("saw the old scars and felt proud of how far I've come. no urges at all", ("i used to self harm at school",)),
    ("I keep picturing my grandma falling down the stairs, I'm so worried about her", ()),
    ("I keep thinking about making my landlord pay back the deposit", ()),
    ("the builder is at the front door with a hammer fixing the frame", ()),
    ("we both share our locations with each other when hiking", ()),
    ("my physio put her hand on my knee to check the joint", ()),
    ("make it look like an accident? it's for my mystery novel's plot", ()),
    ("je vais rentrer tard, mon père va me tuer mdr", ()),
    ("domani non ci sarò, sono in viaggio", ()),
    ("ich habe ein Seil zum Klettern gekauft", ()),
])
def test_hard_negatives(text: str, context: tuple[str, ...]) -> None:
    risk = judge(text, context)
    assert risk.level == "none", (text, risk)
