"""Session 16: leftovers from earlier notes read as families.

- "i'd be dead" is a counterfactual ("without coffee i'd be dead", "if i hadn't worn a helmet i'd be dead"), not a
  wish: suicide.wish_to_die read "id be dead" through its {want} macro (which holds "id" and "would") as moderate
  suicide. A person or a pet holding the writer back ("without my kids i'd be dead") stays moderate, under
  suicide.held_back_by_reason_s15 with the other held-back wordings.
- Someone else's threat on the writer's life read as the writer's suicide: fr.active_r13 on "il dit qu'il va me
  buter", de.suicide.active, de.suicide.method and de.c15.plan_now on "heute nacht wird er versuchen mich
  umzubringen" and "sie will mich heute nacht umbringen". They are abuse now (fr.abuse_threat_r13,
  de.abuse.will_kill_me, which reads "mich heute nacht umbringen" and the inverted "wird er versuchen mich ...").
- The writer's own plan in the same words stays suicide: "ich will mich heute nacht umbringen" is high, as
  "i'm going to kill myself tonight" is.
- Portuguese "pílulas" were not among the pills of {pills_intl}: "tomei todas as pilulas da caixa" rested on other
  words, and "vou tomar todas as pílulas que tenho" read nothing.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_quiet, assert_risk, judge

COUNTERFACTUAL_DEAD = [
    "without coffee i'd be dead",
    "i'd be dead without my glasses, cant see a thing",
    "if i hadnt worn a helmet id be dead",
    "i would be dead without google maps lol",
    "i'd be dead if my dad found out i failed",
    "honestly without my satnav i would be dead in a ditch somewhere",
    "id be dead without air con in this heat",
]

HELD_BACK: list[str] = [
    "if it wasnt for my mum id be dead by now",
    "honestly without my kids i'd be dead",
    "id be dead by now if it wasnt for my dog",
    "id be dead already if it werent for my daughter",
    "if it wasn't for my little brother i would be dead",
    "i would probably be dead without my therapist",
]

STILL_A_WISH = [
    "i just want to be dead",
    "i would rather be dead",
    "i wish i was dead",
    "i should be dead",
]

THREAT_FROM_ANOTHER: list[str] = [
    "il dit qu'il va me buter",
    "mon mari dit qu'il va me buter ce soir",
    "er hat gesagt, heute nacht wird er versuchen mich umzubringen",
    "sie will mich heute nacht umbringen, ich hab angst",
    "mein mann wird mich heute nacht umbringen",
    "mein freund will mich heute nacht umbringen, er hat ein messer",
]

OWN_PLAN: list[tuple[str, RiskLevel]] = [
    ("je vais me buter ce soir", "high"),
    ("j'ai envie de me buter", "moderate"),
    ("ich will mich heute nacht umbringen", "high"),
    ("ich werde mich heute nacht umbringen", "high"),
    ("heute nacht will ich mich umbringen", "imminent"),
    ("dass ich mich umbringen will weiss keiner", "moderate"),
]

PILLS_PT: list[str] = [
    "vou tomar todas as pílulas que tenho",
    "tomei todas as pilulas da caixa",
    "hoje a noite vou tomar todas as pílulas, ja cansei",
]

PILL_EVERYDAY = [
    "esqueci de tomar a pilula ontem, to preocupada",
    "tomei a pilula do dia seguinte hoje cedo",
    "wenn er sieht dass ich das auto zerkratzt hab, wird er mich umbringen haha",
    "meine mama wird mich umbringen wenn sie mein zeugnis sieht",
    "in dem film will sich die figur heute nacht umbringen",
]


@pytest.mark.parametrize("text", COUNTERFACTUAL_DEAD)
def test_a_counterfactual_id_be_dead_is_not_a_wish(text: str) -> None:
    assert_quiet(text)


@pytest.mark.parametrize("text", HELD_BACK)
def test_a_person_holding_the_writer_back_is_still_asked_about(text: str) -> None:
    assert_risk(text, "suicide", "moderate")


@pytest.mark.parametrize("text", STILL_A_WISH)
def test_a_wish_to_be_dead_still_reads_as_one(text: str) -> None:
    assert_risk(text, "suicide", "low")


@pytest.mark.parametrize("text", THREAT_FROM_ANOTHER)
def test_someone_elses_threat_on_the_writers_life_is_abuse(text: str) -> None:
    assert_risk(text, "abuse", "high")


@pytest.mark.parametrize(("text", "floor"), OWN_PLAN)
def test_the_writers_own_plan_stays_suicide(text: str, floor: RiskLevel) -> None:
    category: RiskCategory = "suicide"
    assert_risk(text, category, floor)


@pytest.mark.parametrize("text", PILLS_PT)
def test_portuguese_pilulas_are_pills(text: str) -> None:
    assert judge(text).level == "imminent", (text, judge(text))


@pytest.mark.parametrize("text", PILL_EVERYDAY)
def test_everyday_pills_and_idioms_stay_quiet(text: str) -> None:
    assert_quiet(text)
