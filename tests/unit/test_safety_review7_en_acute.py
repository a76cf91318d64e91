"""Review 7, en_acute.toml: the round 50-51 acute rules narrowed where a reviewer's probes showed false alarms.

Each fixed probe is pinned as a reworded mirror (not the reviewer's sentence), and the risk each rule was written for
is pinned again beside it, so the narrowing cannot take the rule's own case away.

- suicide.drive_off_r50 / drive_off_now_r50: driving OVER a bridge or a river is crossing it; "into the lake
  district", "into the docks for my shift" and "... to meet us at the pub" are trips; imminent needs a time AND
  distress, not a time alone.
- suicide.affairs_after_decision_r50: a task "finally done", "so calm" about being organised, a partner who now pays
  the bills, and "decided to buy a new one" are not a decision made or the calm after it.
- medical.elder_confused_one_side_r51: confused BY something (an app, exercises) and a hand weak since a wrist break
  or operation.
- self_harm.blade_going_now_r50: a razor taken to the bathroom before a date for hairy legs.
- eating.laxatives_escalating_r51: a laxative for constipation from iron tablets.
- eating.vomiting_every_meal_r51: early pregnancy said as a trimester; a gastric sleeve.
- suicide.wont_step_back_r50: standing one's ground against cyclists.
- medical.starved_collapse_r50: laughing at a meme "on the floor", food missed since breakfast.
- eating.pretended_ate_r50: a meal skipped to save room for later.
- Rules that also fired on probes already wrong: self_harm.struck_on_purpose_r50 (a bang on the wall at the
  neighbours' music), self_harm.sharp_at_school_r51 (initials carved into a desk), self_harm.reopening_wounds_r51
  (climbing cuts on the hands), suicide.decided_gun_when_alone_r50 (deciding to clear out the garage).
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_risk, judge

Case = tuple[str, tuple[str, ...], RiskCategory, RiskLevel]
Harmless = tuple[str, tuple[str, ...]]

# Reworded mirrors of the reviewer's false alarms: each must stay `none`.
HARMLESS: list[Harmless] = [
    # suicide.drive_off_r50 / drive_off_now_r50
    ("shattered after work, gonna drive over the bridge tonight and pick up a curry from my dads", ()),
    ("we are going to drive into the peak district tomorrow, cant wait", ()),
    ("just drive over the canal tonight and meet me at the chippy, its quicker", ()),
    ("gonna drive into the docks tonight for my late shift, wish me luck", ()),
    ("going to drive over the river this evening to collect the kids from my sisters", ()),
    # suicide.affairs_after_decision_r50
    ("finished the notes to mum and dad for the year six time capsule, finally done!", ()),
    ("printed all my logins for my wife since she handles the finances now, feel so calm getting organised", ()),
    ("sorted out who gets the old car now that ive decided to buy a new one", ()),
    # medical.elder_confused_one_side_r51
    ("my left hand still wont grip properly since the hand operation and im confused by the physio sheet", ()),
    ("nans right hand cant grip since she broke her wrist and shes really confused by the new phone", ()),
    # self_harm.blade_going_now_r50
    ("off to the bathroom to use the razor, got a date tonight and my legs are a jungle lol", ()),
    # eating.laxatives_escalating_r51
    ("im on 2 senna a night now, these iron tablets have me totally bunged up", ()),
    # eating.vomiting_every_meal_r51
    ("my gums are so sore from the throwing up in the second trimester, what mouthwash is ok", ()),
    ("since my gastric band i keep throwing up after most meals, should i call the clinic", ()),
    # suicide.wont_step_back_r50
    (
        "cyclists on my road ride straight at people, next time i wont step back, they can go around",
        (),
    ),
    # medical.starved_collapse_r50
    ("im on the floor and i cant get up 😂 that meme got me. havent eaten since lunch so chippy time", ()),
    # eating.pretended_ate_r50
    ("told my dad id already eaten but i hadnt, saving space for the bbq at toms", ()),
]

# The already-wrong probes: other older rules may still fire, but these new rules must not.
NOT_THIS_RULE: list[tuple[str, tuple[str, ...], str]] = [
    (
        "i banged on the wall on purpose so the neighbours would turn the music down",
        (),
        "self_harm.struck_on_purpose_r50",
    ),
    (
        "used the compass again under the table to carve my initials, no one notices",
        (),
        "self_harm.sharp_at_school_r51",
    ),
    (
        "keep reopening the cuts on my hands from bouldering, need more chalk",
        (),
        "self_harm.reopening_wounds_r51",
    ),
    (
        "ive decided to finally clear out the garage on sunday when theyre all out, dads gun cabinet key is in there",
        (),
        "suicide.decided_gun_when_alone_r50",
    ),
]

# The risks the narrowed rules were written for, reworded: they still count.
RISK: list[Case] = [
    ("i cant take it anymore, got the car keys, going to drive it off the pier tonight", (), "suicide", "imminent"),
    ("gonna drive the car into the river tonight", ("im so done with everything",), "suicide", "imminent"),
    ("want to drive straight off the cliff, nobody will miss me", (), "suicide", "high"),
    ("im going to drive the van off the quay tonight", (), "suicide", "imminent"),
    ("going to drive into the sea tonight, sorry for everything", (), "suicide", "imminent"),
    ("going to drive over the edge of the quarry tonight", ("i cant go on",), "suicide", "imminent"),
    (
        "put all my bank logins in an envelope for my sister. feel strangely calm",
        ("ive made up my mind",),
        "suicide",
        "high",
    ),
    (
        "wrote letters for mum and my brother and sorted who gets the dog. i think im finally done",
        (),
        "suicide",
        "high",
    ),
    ("ive decided. sorted out who gets my guitar", ("no point in any of it",), "suicide", "high"),
    (
        "grandad fell in the garden, now hes confused and his left arm wont lift",
        (),
        "medical_emergency",
        "imminent",
    ),
    ("my mum is so confused and her right hand wont hold her cup", (), "medical_emergency", "imminent"),
    (
        "heading to the toilets to use the blade from my sharpener",
        ("they laughed at me again",),
        "self_harm",
        "imminent",
    ),
    ("taking 12 laxatives after every meal now", (), "eating_disorder", "high"),
    ("my teeth hurt from all the throwing up, been doing it after every meal", (), "eating_disorder", "moderate"),
    (
        "next time i dont think ill step back",
        ("stood on the edge of the platform as the train came",),
        "suicide",
        "high",
    ),
    (
        "i cant get up off the floor",
        ("havent eaten anything for 8 days", "heart is racing"),
        "medical_emergency",
        "imminent",
    ),
    ("told everyone id already had lunch. i hadnt", (), "eating_disorder", "low"),
    ("i punched the mirror on purpose to feel something", (), "self_harm", "moderate"),
    ("used the compass again under the desk, it helps, nobody sees my thighs", (), "self_harm", "moderate"),
    ("i keep reopening them", ("my arms are a mess", "long sleeves again"), "self_harm", "moderate"),
    ("ive decided. sunday when theyre all out. the gun safe code is on the fridge", (), "suicide", "imminent"),
]


@pytest.mark.parametrize(("text", "context"), HARMLESS)
def test_review7_en_acute_false_alarms_stay_quiet(text: str, context: tuple[str, ...]) -> None:
    risk = judge(text, context)
    assert risk.level == "none", (text, context, risk)


@pytest.mark.parametrize(("text", "context", "rule"), NOT_THIS_RULE)
def test_review7_en_acute_rules_no_longer_fire_on_already_wrong_probes(
    text: str, context: tuple[str, ...], rule: str
) -> None:
    risk = judge(text, context)
    assert f"rule:{rule}" not in risk.reasons, (text, context, risk)


@pytest.mark.parametrize(("text", "context", "category", "floor"), RISK)
def test_review7_en_acute_narrowed_rules_still_catch_their_risks(
    text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context)
