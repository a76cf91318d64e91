"""Rounds 54-55: acute risks the rules missed, a negation that was not one, and questions asked after a grievance.

Each family has reworded risk variants (never the round's sentence) and everyday near-misses sharing its words.

- framing.toml negation_undo, negation_release (r54-0117): a stop verb under negation is going on, not a negation
  ("j'arrête pas de penser à me tuer", "no dejo de", "non smetto di", "não paro de", "kann nicht aufhören",
  "haven't stopped thinking"); "no quiero dejar de vivir" stays negated.
- framing.toml negation_undo, suicide.passive (r55-0108): "I don't want to die, I just want to stop existing" — the
  negation belongs to the first wish, the passive one stands (low); "sleep for a year and not wake up".
- hi.fall_lethal_q_r54 (r54-0065): a fall from a floor or a height asked about as sure death, in Hinglish.
- acute.me_extra_doses_deliberate, medical.extra_dose_symptom_r47 (r55-0064): a rough count of extra pills taken to
  sleep the day away or switch off; "heavy and slow", "groggy" after extra doses.
- medical.deep_burn_r55 (r55-0035): a burn gone white, waxy, leathery or charred, or numb in the middle.
- pt.eating_r13 (r54-0136): days on only water ("a" for "há", "só de água", "só bebo água") for weight or hunger.
- harm_to_others.sentence_after_grievance_r54 (r54-0100): the sentence for arson, a stabbing or a killing asked
  after a grievance (custody lost, a judge who did not listen, fired and lied about).

The sentences were written for these tests, not copied from any eval/safety set.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_quiet, assert_risk

Case = tuple[str, tuple[str, ...], RiskCategory, RiskLevel]
Harmless = tuple[str, tuple[str, ...]]

RISK: list[Case] = [
    # a stop verb under negation: the thoughts go on (r54-0117)
    ("je n'arrête pas de penser à me suicider depuis la rentrée", (), "suicide", "moderate"),
    ("j'arrête plus de penser à me tuer, ça me terrifie", (), "suicide", "moderate"),
    ("tu sais, je cesse pas de penser à me tuer le soir", (), "suicide", "moderate"),
    ("no dejo de pensar en matarme estas semanas", (), "suicide", "moderate"),
    ("no puedo dejar de pensar en suicidarme", (), "suicide", "moderate"),
    ("non smetto di pensare di uccidermi ultimamente", (), "suicide", "moderate"),
    ("não paro de pensar em me matar essa semana", (), "suicide", "moderate"),
    ("ich kann einfach nicht aufhören daran zu denken mich umzubringen", (), "suicide", "moderate"),
    ("i havent stopped thinking about killing myself since the funeral", (), "suicide", "moderate"),
    ("honestly i cant stop thinking about ending my life, no plan though", (), "suicide", "moderate"),
    # "don't want to die, just want to not exist": passive ideation despite the negation (r55-0108)
    ("i dont want to die i just want to not exist for a few weeks", (), "suicide", "low"),
    ("i don't wanna die i only want to stop existing for a bit", (), "suicide", "low"),
    ("im not trying to die i just wish i didnt exist", (), "suicide", "low"),
    ("im not suicidal i just wish i could disappear forever", (), "suicide", "low"),
    ("i dont want to die, i just want to sleep for a month and never wake up", (), "suicide", "low"),
    ("i want to sleep for a year and not wake up", (), "suicide", "low"),
    ("je veux pas mourir je veux juste ne plus exister un moment", (), "suicide", "low"),
    # a fall asked about as sure death, in Hinglish (r54-0065)
    (
        "teesri manzil se koodne pe insaan pakka mar jata hai kya?",
        ("ghar pe sab mujhe bojh samajhte hain",),
        "suicide",
        "high",
    ),
    ("kya 6th floor se girne pe pakka mar jaate hain", (), "suicide", "high"),
    ("chhat se kudne pe bach sakte hain kya?", ("exam mein fail ho gaya, papa ko kya bolunga",), "suicide", "high"),
    ("building se girne pe turant maut ho jati hai kya", (), "suicide", "high"),
    ("8 floor se jump karne pe mar sakte hain kya?", (), "suicide", "high"),
    (
        "would jumping from the 7th floor definitely kill someone?",
        ("lost my job and i owe everyone money",),
        "suicide",
        "high",
    ),
    # extra doses taken to sleep the day away or switch off, and sedation after extra doses (r55-0064)
    (
        "had about 5 more of my sleeping tablets because i just wanted to sleep through the day",
        (),
        "medical_emergency",
        "high",
    ),
    (
        "took like 3 extra of my anxiety meds cos i just wanted to switch off, everything's slow",
        (),
        "medical_emergency",
        "high",
    ),
    ("popped maybe four extra of my diazepam to sleep away today", (), "medical_emergency", "high"),
    (
        "swallowed a couple more of my anxiety pills because i just wanted to not feel anything",
        (),
        "medical_emergency",
        "high",
    ),
    ("took 2 extra of my sleeping pills and now im so heavy and slow", (), "medical_emergency", "moderate"),
    ("had a few extra of my pregabalin capsules, feel really groggy", (), "medical_emergency", "moderate"),
    # a burn with full-thickness signs (r55-0035)
    (
        "the middle has gone white and waxy and i cant feel it at all",
        ("spilled boiling oil on my forearm",),
        "medical_emergency",
        "moderate",
    ),
    ("burnt my hand on the bbq grill, the skin looks leathery and grey", (), "medical_emergency", "moderate"),
    ("scalded my leg with the kettle and the patch is white and doesnt even hurt", (), "medical_emergency", "moderate"),
    ("grabbed the hot pan by accident, my palm is charred in one spot", (), "medical_emergency", "moderate"),
    (
        "it's white and hard in the centre and numb, gonna just sleep on it",
        ("caught my arm on the oven shelf", "it blistered straight away"),
        "medical_emergency",
        "moderate",
    ),
    # days on only water for weight or hunger (r54-0136)
    ("tô a 4 dias só de água pra secar pro casamento", (), "eating_disorder", "moderate"),
    ("faz 5 dias que só bebo água pra emagrecer, como engano a fome?", (), "eating_disorder", "moderate"),
    ("estou há 3 dias só tomando água, quero perder 4 kg", (), "eating_disorder", "moderate"),
    ("to ha 2 dias so com agua pra caber no vestido", (), "eating_disorder", "moderate"),
    ("fiquei 3 dias só de água, alguém sabe como parar a fome?", (), "eating_disorder", "moderate"),
    (
        "day 4 of only water to drop weight before the trip, how do i stop feeling hungry",
        (),
        "eating_disorder",
        "moderate",
    ),
    # the sentence for a violent crime asked after a grievance (r54-0100)
    (
        "what sentence would someone get for burning down a house if it was empty",
        ("she got sole custody", "the court never believed a word i said"),
        "harm_to_others",
        "high",
    ),
    (
        "how many years would you get for stabbing someone if they lived",
        ("my manager sacked me and lied about me to everyone",),
        "harm_to_others",
        "high",
    ),
    ("hes going to get away with it again. whats the sentence for gbh", (), "harm_to_others", "high"),
    (
        "how long do you go to prison for setting fire to a car",
        ("the judge didnt even listen to my side", "my ex took the kids"),
        "harm_to_others",
        "high",
    ),
    (
        "what's the jail time for arson if no one was inside",
        ("she ruined my life and now she gets the house",),
        "harm_to_others",
        "high",
    ),
]

HARMLESS: list[Harmless] = [
    # a stop verb that is not about dying, and real negations
    ("je n'arrête pas de manger des bonbons ce soir", ()),
    ("j'arrête pas de rire devant cette vidéo", ()),
    ("je ne pense pas à me tuer, je vais mieux", ()),
    ("no dejo de reírme con este video", ()),
    ("no quiero dejar de vivir, tengo a mis hijos", ()),
    ("non smetto di ridere", ()),
    ("non voglio smettere di vivere", ()),
    ("não paro de rir com esse meme", ()),
    ("não quero parar de viver", ()),
    ("ich kann nicht aufhören zu lachen", ()),
    ("ich will nicht aufhören zu leben", ()),
    ("ich denke nicht daran mich umzubringen", ()),
    ("i havent stopped laughing since that video", ()),
    ("i cant stop thinking about that pizza", ()),
    # a first wish negated with nothing passive after it
    ("i dont want to die i just want a nap", ()),
    ("i dont want to die on this hill, i just want to go home", ()),
    ("im not suicidal i just want a holiday", ()),
    ("i dont want to die i just want to stop feeling so tired", ()),
    ("i want to sleep for a week after these exams", ()),
    ("i could sleep for a year lol", ()),
    ("no quiero morir, solo quiero unas vacaciones", ()),
    # falls that are not a lethality question
    ("billi 5th floor se girne pe bach jaati hai kya?", ()),
    ("mera phone 3rd floor se gira, kaam karega kya?", ()),
    ("bachpan mein main 2nd floor se gira tha, bach gaya", ()),
    ("kal building se girne se ek mazdoor ki maut ho gayi, news dekhi?", ()),
    ("5th floor pe naya flat liya hai, kya view hai", ()),
    ("movie mein hero 10th floor se girne pe bhi bach jata hai kya bakwas", ()),
    ("paragliding mein height se girne pe mar sakte hain kya? pehli baar ja raha hoon", ()),
    ("do cats always land on their feet from the 5th floor?", ()),
    # extra doses with no purpose of escape or sedation, and ordinary fatigue
    ("took 2 more of my vitamins today, feeling slow", ()),
    ("took 3 more of my travel sickness tablets to sleep through the flight", ()),
    ("had 2 more of my painkillers like the doctor said, legs feel heavy", ()),
    ("took my anxiety pill before the interview, feel calmer now", ()),
    ("i just wanted to sleep through today so i skipped the gym, took my meds as normal", ()),
    ("feeling really heavy and slow today, bad night's sleep", ()),
    ("my dog took 2 extra treats and now hes sleepy lol", ()),
    ("took my usual meds and slept through the afternoon", ()),
    # burns that are not deep, and leathery things that are not skin
    ("burnt the steak, it's charred and leathery", ()),
    ("my guitar calluses are white and hard, burn from practice lol", ()),
    ("the burn from last week doesnt hurt anymore, healing nicely", ()),
    ("the kettle burn is healing, its a bit leathery on top but the doctor is happy", ()),
    ("oven chips came out leathery", ()),
    ("my burn is pink and blistered and really sore", ()),
    ("wore my leather gloves to take the tray out of the oven, theyre charred lol", ()),
    ("burned my finger on the hob, its red and stings, ran it under cold water", ()),
    # water that is not a fast
    ("faz 3 dias que só bebo água, larguei o refrigerante", ()),
    ("to a 3 dias de ferias na praia", ()),
    ("estou há 2 dias só tomando água e soro por causa da virose", ()),
    ("bebo 2 litros de agua por dia pra emagrecer", ()),
    ("to a 3 dias sem refrigerante, so agua, me sentindo otima", ()),
    ("i only drink water at work, no fizzy drinks, feel great", ()),
    ("fiquei 2 dias só de água no hospital antes da cirurgia", ()),
    # sentences asked with no grievance, and grievances with no violent crime
    ("how long do you get for arson", ()),
    ("how long does a custody appeal take", ("my ex got full custody", "the judge didnt even listen")),
    ("how long do you get for not paying child support", ("my ex got full custody",)),
    ("how long does it take to get a tribunal hearing", ("got fired today, boss lied about me",)),
    ("for my law essay: how long would someone get for manslaughter", ()),
    (
        "how long do you get for arson",
        ("watching a true crime documentary", "the judge didnt even listen to the defence"),
    ),
    ("what sentence did that arsonist in the news get", ("my sister got full custody of her kids, so happy for her",)),
    ("what's the sentence for burning down a house in the game, asking for my quest", ("they fired me lol",)),
]

OUR_RULES = frozenset(
    {
        "hi.fall_lethal_q_r54",
        "medical.deep_burn_r55",
        "harm_to_others.sentence_after_grievance_r54",
    }
)


@pytest.mark.parametrize(("text", "context", "category", "floor"), RISK)
def test_r54_r55_acute_risks_are_caught(
    text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context)


@pytest.mark.parametrize(("text", "context"), HARMLESS)
def test_their_everyday_near_misses_are_not_risk(text: str, context: tuple[str, ...]) -> None:
    assert_quiet(text, context)


def test_the_new_rules_are_loaded() -> None:
    from attune.safety.patterns import rules

    assert {r.id for r in rules()} >= OUR_RULES
