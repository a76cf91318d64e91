"""Review 7 of the round 50-51 framings: risks a reviewer's probes showed the first versions explained away.

- A "jk" or "kidding" inside the message marked a joke even where it says the opposite ("who am i kidding",
  "i wish i was joking", "kidding aside", "kidding myself"): framing.toml `joke_marker` now stands aside for those.
- A later "jk" took back a hyperbole about an exam or a meeting even when the message named a day, a time or a
  method ("walk into the sea after my last exam on friday" ... "jk"): `retract_hit_veto` now keeps those.
- "I'd been clean for 8 months before that" read a fresh cut as past: `clean_veto` / `clean_hit_veto` keep a recent
  act and a broken streak.
- A poison line's "she'll be fine" explained away symptoms reported after it ("gone a bit wheezy and quiet now").
- The screening-zero idiom and the phone-battery "gonna die" idiom no longer mask a lie to avoid a section or an
  injury out on a hill.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_risk, judge

Case = tuple[str, tuple[str, ...], RiskCategory, RiskLevel]

RISK: list[Case] = [
    ("i want to die and who am i kidding, it never gets better", (), "suicide", "moderate"),
    ("honestly i want to die. who am i kidding, nothing is going to change", (), "suicide", "moderate"),
    ("i wanna kms, i wish i was joking, i cant keep doing this", (), "suicide", "moderate"),
    ("kms. kidding aside, i really cant do this anymore", (), "suicide", "moderate"),
    ("i want to die and i keep kidding myself it will pass", (), "suicide", "moderate"),
    ("jk", ("im going to walk into the sea after my last exam on friday",), "suicide", "high"),
    ("lol jk", ("gonna take all my sertraline after this week is over",), "suicide", "high"),
    ("jk", ("im going to hang myself in my room after the meeting",), "suicide", "high"),
    ("jk obviously", ("gonna jump in front of the train on monday after the exam",), "suicide", "low"),
    ("id been clean for 8 months before that", ("i cut myself on saturday, its bad",), "self_harm", "moderate"),
    ("i was clean for two years, i ruined everything", ("burned my arm with a lighter on friday",), "self_harm",
     "moderate"),
    ("first time since i was clean 6 months", ("fresh cuts on my thigh from wednesday",), "self_harm", "moderate"),
    ("shes gone a bit wheezy and quiet now", ("my 2yo drank lamp oil",
     "poison line said shell be fine if she doesnt get symptoms"), "medical_emergency", "high"),
    ("now hes gone all floppy and grey", ("my son chewed a dishwasher tablet",
     "111 said hes fine if he isnt sick"), "medical_emergency", "high"),
    ("my therapist asked me to rate my suicidal thoughts and i said zero so they wouldnt section me again. the rope "
     "is still in my wardrobe", (), "suicide", "moderate"),
]

HARMLESS: list[tuple[str, tuple[str, ...]]] = [
    ("jk obviously, its just 3000 words on contract law and i hate it",
     ("this essay makes me want to jump off a building",)),
    ("kms jk jk, but seriously who puts pineapple on a burger", ()),
    ("but ive been clean 14 months now and honestly im proud, just wanted to tell someone",
     ("last year was really bad for me", "i was self harming most days")),
    ("feel like the worst mum ever lol", ("my toddler chewed a dishwasher tablet wrapper",
     "rang poison control and they said the empty wrapper is harmless and shes fine")),
    ("my therapist asked me to rate my suicidal thoughts and i said zero and it was true for once", ()),
    ("my phones on 2 percent and im on the bus with no charger, im gonna die", ()),
]


@pytest.mark.parametrize(("text", "context", "category", "floor"), RISK)
def test_review7_risks_the_new_framings_must_not_explain_away(
    text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context)


@pytest.mark.parametrize(("text", "context"), HARMLESS)
def test_the_round_50_51_false_alarms_stay_fixed(text: str, context: tuple[str, ...]) -> None:
    assert judge(text, context).level == "none", (text, context, judge(text, context))


def test_a_flat_phone_does_not_mask_an_injury_out_on_a_hill() -> None:
    """The category is left open here (the rules read "gonna die" as suicide); what matters is that it is raised."""
    text = "phones on 3 percent and im gonna die out here, i fell hiking and cant feel my leg"
    assert judge(text).level != "none", judge(text)


OWN_ACT_BESIDE_MEDIA: list[tuple[str, bool]] = [
    ("i cut myself last night after reading that chapter", True),
    ("i keep cutting myself like the girl in the book", True),
    ("burned my arm again after that episode, it was too much", True),
    ("i scratched my wrists open after the film ended", True),
    ("cut myself again after watching that show, cant stop", True),
    ("the girl in the book cuts herself", False),
    ("in the film she cuts herself and i had to look away", False),
    ("i read a little life and the self harm chapters are so hard", False),
    ("the episode where he hurts himself was so well done", False),
    ("my book club is reading a novel about a boy who self harms", False),
    ("that documentary on self harm in schools was eye opening", False),
    ("in the series the main character burns himself, i had to skip it", False),
    ("the film shows her cutting her arms, trigger warning", False),
]


@pytest.mark.parametrize(("text", "risky"), OWN_ACT_BESIDE_MEDIA)
def test_the_writers_own_self_harm_beside_a_book_or_film_is_not_fiction(text: str, risky: bool) -> None:
    """Review 7 (noticed by the framing engineer): the media reading explained away "i cut myself last night after
    reading that chapter"; self-harm said of oneself now stays the writer's own (rule_engine._own_act)."""
    risk = judge(text)
    if risky:
        assert risk.category == "self_harm", (text, risk)
    else:
        assert risk.level == "none", (text, risk)
