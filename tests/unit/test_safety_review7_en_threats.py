"""Review 7, narrowing the rounds 50-51 English threat and abuse rules (en_threats.toml, en.toml).

A reviewer's targeted probes found everyday messages these rules flagged. Each is pinned here as a REWORDED mirror
(never the reviewer's sentence), with risk variants showing the family the rule was written for still counts.

- harm_to_others.way_in_after_betrayal_r50: locked out of one's own home by a small child with the chain on.
- harm_to_others.weapon_emoji_for_name_r51: knives the named person asked the writer to bring (a picnic, a loan).
- harm_to_others.sentence_question_decision_r51: the person already arrested, or a decision whether to give evidence.
- harm_to_others.poison_pet_then_owner_r51: slug pellets for the garden, the dog dropped somewhere first.
- harm_to_others.parked_outside_nightly_r51: driving past her house to plan a proposal.
- harm_to_others.watched_house_sort_it_r51: watching a house for a puppy or kittens, pet or dog sitting.
- abuse.child_next_door_then_silence_r51: children screaming at each other, furniture pulled over, all fine.
- abuse.forced_said_no_r50: "made me" about an activity that turned out well, a thing made for the writer, a rota
  that "forced me".
- harm_to_others.wait_by_car_armed_r50: a drill and a hammer taken round to put up shelves (another, older rule still
  flags that message; only this rule's part is pinned).
- suicide.decided_gun_safe_code_r50: "decided to finally sort the garage" is a chore, not the decision (older rules
  still flag the message; only this rule's part is pinned).
- abuse.weapon_kept_for_leaving_r50: a knife kept in a van "for when i leave for work", a box cutter.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_risk, judge

Case = tuple[str, tuple[str, ...], RiskCategory, RiskLevel]
Harmless = tuple[str, tuple[str, ...]]

HARMLESS: list[Harmless] = [
    # way in: the writer's own home, a child put the chain on
    (
        "how do i get into the flat without the key? my daughter put the chain on and im stuck outside",
        ("my wife left me for her personal trainer",),
    ),
    (
        "whats the quickest way into the house without a key, my toddler locked the door and im locked out",
        ("he left me for my best friend in june",),
    ),
    # weapon emoji: knives asked for or lent
    ("🔪 for priya tomorrow, she asked me to bring a knife to cut the quiche at the picnic", ()),
    ("🔪🔪 for sam tonight, he wants to borrow them for his stall", ()),
    # sentencing question: someone else arrested, or giving evidence
    (
        "how long do you get for abh? asking because my exs new partner was arrested for it on friday and i want to "
        "know how long",
        (),
    ),
    (
        "whats the sentence for glassing someone, asking because im deciding whether to give evidence against "
        "my flatmate",
        (),
    ),
    # poison pet: slug pellets for the garden
    (
        "picked up slug pellets for the lettuces, have to bath the dog first and then ill sprinkle them round the beds",
        (),
    ),
    # parked outside: a proposal being planned
    ("been driving by her flat every evening to plan where to propose. she'll find out soon", ()),
    ("been parked across from her house most nights planning the proposal, shell know soon enough", ()),
    # watched house: pets
    ("been watching his house every day for the kittens, his dads at work on mondays so ill pop round then", ()),
    ("been watching her house every evening while dog sitting, her husbands away on weekends", ()),
    # child next door: children squabbling, everyone fine
    (
        "the kids downstairs were yelling at each other about the switch then a loud crash and then silence, went down "
        "and theyd knocked a lamp over, all fine",
        (),
    ),
    (
        "the boys next door screaming at one another, a big bang then nothing, they were all ok, just the "
        "wardrobe door",
        (),
    ),
    # forced: an activity that went well, a thing made for the writer, a rota
    ("but my cousin made me, and it was brilliant", ("i really didnt want to try surfing",)),
    ("but the new rota forced me in anyway, ugh", ("i said no to the extra shift",)),
    ("but i wore the jumper my nan made me", ("i didnt want to wear it to the wedding",)),
    # weapon kept: a box cutter for work
    ("my boyfriend keeps a knife in the van for when i leave for uni, its a box cutter for deliveries", ()),
]

# Messages other (older) rules still flag: only the narrowed rule must stay out of the reasons.
NOT_THIS_RULE: list[tuple[str, str]] = [
    (
        "ill be at her flat tonight with my hammer and the drill to put up her curtains",
        "harm_to_others.wait_by_car_armed_r50",
    ),
    (
        "ive decided to finally tidy the shed on sunday when everyones out, grandads gun cabinet key might be in there",
        "suicide.decided_gun_safe_code_r50",
    ),
]

RISK: list[Case] = [
    (
        "how do i get into her flat without a key when shes out",
        ("she cheated on me with my cousin",),
        "harm_to_others",
        "high",
    ),
    (
        "whats the easiest way into his new place without a key, i want to see his face when he realises",
        ("my ex left me for some guy",),
        "harm_to_others",
        "high",
    ),
    ("🔪 for tom tomorrow after school, he knows what he did", (), "harm_to_others", "high"),
    (
        "how many years for gbh, asking because im about to make a decision about my exs new boyfriend",
        (),
        "harm_to_others",
        "high",
    ),
    (
        "whats the penalty for stabbing in the uk, asking cos im deciding what to do about my stepdad",
        (),
        "harm_to_others",
        "high",
    ),
    ("antifreeze in the garage. next doors dog first, then him", (), "harm_to_others", "high"),
    ("slug pellets for their cat first, then well see about the owner", (), "harm_to_others", "high"),
    ("been driving past his house every evening, hell see soon what he did to me", (), "harm_to_others", "high"),
    (
        "been watching her house every night. her husbands at work on thursdays. ill sort it properly this time",
        (),
        "harm_to_others",
        "high",
    ),
    (
        "the little girl next door, her mum screams at her every night and tonight there was a bang and then silence",
        (),
        "abuse",
        "high",
    ),
    ("the boy upstairs was crying really hard, his dad yelling at him, then a thud and nothing", (), "abuse", "high"),
    ("i told him no but he made me. its my fault for going back to his", (), "abuse", "high"),
    ("he forced himself on me after the party, i didnt want to", (), "abuse", "high"),
    ("waiting by his car after his shift with the bat", (), "harm_to_others", "imminent"),
    ("ive decided. sunday when theyre at mass. dads gun safe code is his birthday", (), "suicide", "high"),
    ("ive decided to end it. saturday when theyre all out. dads gun safe code is 0909", (), "suicide", "high"),
    ("my husband keeps a knife by the bed and says its for if i ever leave", (), "abuse", "high"),
    ("he keeps a gun in the glovebox for when i try to leave him", (), "abuse", "high"),
]


@pytest.mark.parametrize(("text", "context"), HARMLESS)
def test_review7_en_threat_near_miss_stays_none(text: str, context: tuple[str, ...]) -> None:
    assert judge(text, context).level == "none", (text, judge(text, context))


@pytest.mark.parametrize(("text", "rule_id"), NOT_THIS_RULE)
def test_review7_narrowed_rule_stays_out(text: str, rule_id: str) -> None:
    assert f"rule:{rule_id}" not in judge(text).reasons, (text, judge(text))


@pytest.mark.parametrize(("text", "context", "category", "floor"), RISK)
def test_review7_en_threat_family_still_flagged(
    text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context)
