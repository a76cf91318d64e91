"""Review 6's leftovers, mended in session 13: risks the rules let go, each with reworded variants and near-misses.

- A threat to a partner read as an idiom about lateness although harm was already done ("last time i left bruises"):
  harm already done now vetoes the lateness idiom, and "i left bruises" no longer counts as the exasperated "i left
  my keys" that marks a joke (framing.toml).
- A toddler's age given after the swallowing ("he swallowed my vitamin gummies, like 20, hes 2"; en.toml,
  medical.child_got_into_r22), where "vitamin gummies" reach the rules masked as an idiom.
- "Going to the bridge dont follow me": the rule's own "dont follow me" was read as negating it (own_negation tag),
  and "on my way to" read as an ordinary outing (a refusal to be followed is now a risk cue there).
- A maiming threat for leaving or telling ("hell make sure i can never walk again if i leave"; en.toml, abuse.danger).
- A means bought with a cover story ready ("its for climbing, thats what ill tell my wife"; en_acute.toml).
- Marks on the neck or face to hide after a partner's or parent's drinking or temper: abuse, not a self-harm question.
- "the bridge is quiet after midnight" and "the knife is sharp enough now" are no longer masked as idioms.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_risk, judge

Case = tuple[str, tuple[str, ...], RiskCategory, RiskLevel]
Harmless = tuple[str, tuple[str, ...]]

RISK: list[Case] = [
    ("if my wife is late home again i will throttle her. last time i left bruises", (), "harm_to_others", "high"),
    ("if she is late again ill strangle her, last time i left marks on her neck", (), "harm_to_others", "high"),
    (
        "if he is late one more time im going to kill him. last time i gave him a black eye",
        (),
        "harm_to_others",
        "high",
    ),
    (
        "if my girlfriend is late again i will throttle her, last time i left bruises on her arms",
        (),
        "harm_to_others",
        "high",
    ),
    (
        "if my husband is late again i swear ill strangle him. he still has the bruises from last time",
        (),
        "harm_to_others",
        "high",
    ),
    ("he swallowed my vitamin gummies, like 20, hes 2", (), "medical_emergency", "high"),
    ("she got into the iron tablets, ate a handful, shes only 3", (), "medical_emergency", "high"),
    ("he chewed through a strip of my melatonin gummies hes 4", (), "medical_emergency", "high"),
    ("ate a whole tub of vitamin gummies, he is only two, hes being sick", (), "medical_emergency", "high"),
    ("my nephew swallowed some of nans tablets, hes 18 months", (), "medical_emergency", "high"),
    ("going to the bridge dont follow me", ("i cant do this anymore",), "suicide", "high"),
    ("heading to the cliffs dont look for me", ("nobody cares",), "suicide", "high"),
    ("off to the river now, dont come after me", ("so tired of everything",), "suicide", "high"),
    ("going to the tracks dont try to find me", ("really low today",), "suicide", "high"),
    ("on my way to the bridge. dont follow me please", ("cant do this anymore",), "suicide", "high"),
    ("he said he'll make sure i can never walk again if i leave", (), "abuse", "high"),
    ("he said hed break my legs if i ever left", (), "abuse", "high"),
    ("she said shed break my fingers if i told anyone", (), "abuse", "high"),
    ("my boyfriend said he will make sure i cant work again if i go to the police", (), "abuse", "high"),
    ("bought rope today. its for climbing, thats what ill tell my wife", (), "suicide", "high"),
    ("got the tablets. if anyone asks theyre for my back", (), "suicide", "high"),
    ("if anyone asks the rope is for the garden", (), "suicide", "high"),
    ("picked up charcoal, ill tell them its for a bbq", (), "suicide", "high"),
    ("got a hose for the car, if my mum asks its for washing it", (), "suicide", "high"),
    ("how do i hide the marks on my neck before work", ("husband was drunk again last night",), "abuse", "high"),
    ("how can i cover the bruises on my arms for pe", ("dad was drinking again",), "abuse", "high"),
    ("how do i cover up the finger marks on my neck", ("my boyfriend grabbed me during the fight",), "abuse", "high"),
    ("how can i hide the bruises on my face for school pickup", ("my partner lost it again",), "abuse", "high"),
    ("best way to cover the marks on my throat", ("my husband got angry last night",), "abuse", "high"),
    ("the bridge is quiet after midnight, nobody around", ("nothing matters anymore",), "suicide", "low"),
]

HARMLESS: list[Harmless] = [
    ("if my wife is late home again i will throttle her lol", ()),
    ("if my brother is late again i will kill him ugh", ()),
    ("if he's late again i swear i'll strangle him. ugh i left my keys at his place too", ()),
    ("if my flatmate is late again with the rent i will murder him haha", ()),
    ("if she is late again ill kill her lol, third time this week", ()),
    ("the dog ate my vitamin gummies, hes 2", ()),
    ("he swallowed 2 melatonin gummies hes 14 fine", ()),
    ("ate my vitamin gummies like 2 of them, only 1 left", ()),
    ("my son takes one vitamin gummy a day, hes 4", ()),
    ("she ate her gummies, she's 3 and loves them", ()),
    ("im not going to the bridge dont follow me lol", ()),
    ("heading to the cliffs for the sunset, dont follow me im taking photos", ()),
    ("going to the river to swim, dont come after me, back by 6", ()),
    ("my physio said she'll make sure i can walk again", ()),
    ("the surgeon said he'll make sure i can walk again after the op", ()),
    ("coach said hed break my legs if i miss training again lol", ()),
    ("got her a rope swing for her birthday, if she asks its for the neighbours", ()),
    ("bought rope for the climbing wall, thats what i told my wife when she asked about the money", ()),
    ("if anyone asks the cake is for the office party", ()),
    ("got the tablets for my migraines, finally", ()),
    ("how do i hide the marks on my neck before work", ("my boyfriend and i had a great night lol",)),
    ("how do i hide the marks on my neck before work, stupid love bites", ()),
    ("how do i cover the bruises on my arms from training", ("i had a fight with my mum about rugby",)),
    ("how do i hide the rash on my neck", ("dad was drinking again at the wedding",)),
    ("the knife is sharp, be careful when you cut the onions", ()),
    ("the bridge is quiet after midnight so i cycle home that way", ()),
    ("the bridge is closed for repairs", ()),
]


@pytest.mark.parametrize(("text", "context", "category", "floor"), RISK)
def test_review6_leftover_risks_are_caught(
    text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context)


@pytest.mark.parametrize(("text", "context"), HARMLESS)
def test_their_everyday_near_misses_are_not_risk(text: str, context: tuple[str, ...]) -> None:
    assert judge(text, context).level == "none", (text, context, judge(text, context))
