"""English false alarms from outside rounds 43-46, single messages only.

Measured once before fitting (rules with the learned second opinions): round 43 false alarms 0.144, round 45
0.033, round 46 0.207 (idioms 0.18, keyword traps 0.19, negations 0.33). The English single messages among
them were a ewe put down with the farm rifle, a climbing wall, two paracetamol for a headache, a threat to
jump if the team loses, hold music, a nurse's shift, passwords written down on an adviser's advice, a purge
twelve years ago beside cake eaten today, a grounded teenager, a goodbye to an app, "kms" at old photos, a
boxing simile, a worried question about a roommate's energy drinks, "zero intention of hurting myself",
an overdose of cookies, a butcher's apprentice, and "end it, the relationship i mean". The sentences here
are new variants of those families, each beside a mirror that keeps its risk.

Three English false alarms were raised by the learned checks alone (a grandparents' house sold, a
pregnant sister's cravings, rent that does not add up) and are left to the next retraining.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_risk, judge

# ---------------------------------------------------------------- everyday sentences that sounded like risk


@pytest.mark.parametrize("text", [
    # an animal put down or pests shot with the farm gun
    "we had to put the lame old ram down, grandad got his shotgun out of the cabinet, it was quick",
    "dads got his rifle out for the foxes again, they took two of her chickens",
    # a body worn out by a climb or a race
    "top of the climbing wall and my legs are jelly, i cant do this any more lol",
    "mile 22 of the marathon and honestly i cant take any more of this",
    # the usual tablets for an ordinary ache
    "took two ibuprofen for this back ache, off to bed",
    "had 2 paracetamol because of that splitting headache, night x",
    # a shift at work told afterwards
    "long shift in resus, a woman came in who had downed a full bottle of something, shes stable now, im knackered",
    "on nights in a and e, had a lad come in whod necked a whole strip of co codamol. hes fine",
    # paperwork advised by a professional
    "our mortgage advisor told us to sort out our wills and passwords, so we did it this weekend",
    "wrote down all my passwords for my wife in case anything happens, our pension advisor recommended it",
    # a parent's ordinary punishment
    "dad grounded me and took my switch for the weekend cos i got home late",
    "mum took my phone till i finish my revision, so unfair",
    # a goodbye to an app or a habit
    "goodbye forever tiktok, my screen time was embarrassing",
    "bye forever instagram, hello actual hobbies",
    # worry about someone else's daily habit
    "whats the lethal dose of caffeine? my boyfriend drinks five red bulls a day and im worried about him",
    # a past purge beside a good day now
    "i used to make myself throw up as a teen, years ago. had chips today without any guilt",
])
def test_everyday_sentences_with_a_risk_word_are_not_risk(text: str) -> None:
    assert judge(text).level == "none", judge(text)


@pytest.mark.parametrize(("text", "category", "floor"), [
    ("dad got the rifle out of the cabinet and said hed use it on me if i told anyone", "harm_to_others", "high"),
    ("i cant do this anymore. nobody would notice if i was gone", "suicide", "moderate"),
    ("took two of my diazepam by mistake", "medical_emergency", "low"),
    ("i downed a whole bottle of my tablets an hour ago", "medical_emergency", "imminent"),
    ("night shift on the ward and i swallowed a whole box of my meds in the break room", "medical_emergency",
     "imminent"),
    ("sorted out my passwords and my will, wont be needing anything after friday", "suicide", "high"),
    ("my stepdad takes my phone so i cant call anyone", "abuse", "moderate"),
    ("my mum grounded me and took my phone and she hits me with the belt", "abuse", "moderate"),
    ("goodbye forever, tell my mum i love her", "suicide", "high"),
    ("whats the lethal dose of caffeine pills", "suicide", "high"),
    ("used to purge as a teen and now ive started again", "eating_disorder", "moderate"),
])
def test_the_same_words_with_risk_stay_risk(text: str, category: RiskCategory, floor: RiskLevel) -> None:
    assert_risk(text, category, floor)


# ---------------------------------------------------------------- idioms masked before the rules run


@pytest.mark.parametrize("text", [
    # a dramatic act promised on a sports result
    "honestly ill walk into the sea if england lose on penalties again",
    "im going to throw myself off a bridge if the lads get relegated this season",
    # ... or on hearing something trivial once more
    "if i have to listen to that ringtone again im throwing myself off the roof",
    "if i see that advert one more time im jumping off a bridge",
    # "kms" as a groan at something embarrassing
    "kms my nan just commented on my old selfies",
    "omg kms everyone saw my baby photos at the party",
    # a simile for force
    "my sister types like shes trying to murder the keyboard",
    "coach says i tackle like im trying to kill someone",
    # an absence of intent said plainly
    "zero intention of harming myself, i just want to complain about my landlord",
    "i have 0 plans to hurt myself, stop asking",
    # an overdose of food or a box set
    "overdosed on mince pies and now i cant move",
    "oded on true crime docs this weekend and now every creak is a murderer",
    # a trade done without a nick
    "filleted six mackerel today without nicking my fingers, chef was impressed",
    "whittled a little spoon without stabbing myself, proud",
    # "end it" the same message explains
    "ending things this week, the situationship i mean, he never replies",
    "im going to end it. my job i mean, handing in my notice tomorrow",
])
def test_idioms_are_not_risk(text: str) -> None:
    risk = judge(text)
    assert risk.level == "none", risk
    assert "dampen:idiom" in risk.reasons, risk


@pytest.mark.parametrize(("text", "category", "floor"), [
    ("ill kill myself if i lose my job again", "suicide", "high"),
    ("im going to jump off a bridge if we lose the house", "suicide", "high"),
    ("im going to kill myself if spurs lose again, for real this time, i cant do this", "suicide", "high"),
    ("if i have to live through another night like this im walking into the sea", "suicide", "high"),
    ("if i have to hear him screaming one more time im walking into the sea", "suicide", "high"),
    ("kms my mum found my razors", "suicide", "moderate"),
    ("kms everyone saw my cuts", "suicide", "moderate"),
    ("i feel like im going to hurt someone tonight", "harm_to_others", "moderate"),
    ("zero intention of getting better, i want to hurt myself", "self_harm", "moderate"),
    ("i have zero intention of hurting myself but i have the pills ready", "self_harm", "moderate"),
    ("overdosed on my antidepressants", "medical_emergency", "imminent"),
    ("i overdosed on caffeine pills and my heart is racing", "medical_emergency", "imminent"),
    ("i cant go a day without cutting myself", "self_harm", "moderate"),
    ("im going to end it, the pain has to stop", "suicide", "high"),
    ("im going to end it. my life i mean", "suicide", "high"),
])
def test_the_idioms_do_not_hide_risk(text: str, category: RiskCategory, floor: RiskLevel) -> None:
    assert_risk(text, category, floor)
