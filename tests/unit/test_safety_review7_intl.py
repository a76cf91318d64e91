"""Review 7, the six other languages: false alarms of the round 50-51 rules, narrowed, each pinned by reworded mirrors.

- de.suicide.crash_like_accident_r51: a skid into a wall already over with only bodywork damage and "the insurance
  pays"; Halloween or carnival make-up that "looks like an accident" so that others thought the writer would die.
- de.eating.only_food_collapse_r50: a faint at a blood or plasma donation after only tea or coffee; only soup or tea
  for days with a cold or a sore throat.
- de.abuse.abuser_sharpens_knife_now_r50: "die kinder" no longer counts as the violence or fear; a knife fetched to
  cut a melon, a cake or a pineapple.
- es.suicide.letters_no_more_worry_r51: a recovery ("estoy curado", "me dieron el alta"); "preocuparse por
  <infinitive>" is about a chore (a lift, a fee), not about the writer.
- fr.medical.diabetic_not_answering_r50: a diabetic teenager who does not answer when told to do a chore.
- hi.abuse.raised_hand_r51: a hand raised in blessing, prayer or celebration.

The round 50-51 cases these rules were written for stay in tests/unit/test_safety_r50_r51_intl.py; a few more risk
variants below check that the narrowing left the risk itself alone.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_risk, judge

Case = tuple[str, tuple[str, ...], RiskCategory, RiskLevel]
Harmless = tuple[str, tuple[str, ...], str]

HARMLESS: list[Harmless] = [
    # de.suicide.crash_like_accident_r51
    (
        "meine frau ist letzte woche mit dem auto gegen eine mauer gerutscht, zum glück nur blechschaden, "
        "die versicherung zahlt das",
        (),
        "de.suicide.crash_like_accident_r51",
    ),
    (
        "mein vater ist mit dem wagen gegen die leitplanke geraten, glimpflich ausgegangen, versicherung zahlt",
        (),
        "de.suicide.crash_like_accident_r51",
    ),
    (
        "mein halloween kostüm sieht aus wie ein unfall, meine schwester dachte ich würde sterben 😂",
        (),
        "de.suicide.crash_like_accident_r51",
    ),
    (
        "mein karnevals-make-up sieht aus wie ein unfall, die nachbarn dachten ich sei tot lol",
        (),
        "de.suicide.crash_like_accident_r51",
    ),
    # de.eating.only_food_collapse_r50
    ("ich hab nur tee getrunken vor der plasmaspende und bin fast umgekippt", (), "de.eating.only_food_collapse_r50"),
    (
        "bin beim blutspenden ohnmächtig geworden, hatte nur einen apfel gegessen",
        (),
        "de.eating.only_food_collapse_r50",
    ),
    (
        "ich hab wegen der erkältung seit drei tagen nur brühe und tee, heute kurz umgekippt",
        (),
        "de.eating.only_food_collapse_r50",
    ),
    (
        "wegen halsschmerzen ess ich seit tagen nur suppe, mir wurde schwarz vor augen",
        (),
        "de.eating.only_food_collapse_r50",
    ),
    # de.abuse.abuser_sharpens_knife_now_r50
    (
        "mein freund hat das lange messer geholt, um die melone aufzuschneiden",
        (),
        "de.abuse.abuser_sharpens_knife_now_r50",
    ),
    ("papa holt das große messer für die torte, die kinder freuen sich", (), "de.abuse.abuser_sharpens_knife_now_r50"),
    (
        "meine mutter nimmt das messer, um die ananas klein zu schneiden, die kinder warten schon",
        (),
        "de.abuse.abuser_sharpens_knife_now_r50",
    ),
    # es.suicide.letters_no_more_worry_r51
    (
        "ya me recuperé, el doctor dice que estoy curado, desde mañana ya no tendrás que cuidarme",
        (),
        "es.suicide.letters_no_more_worry_r51",
    ),
    ("me dieron el alta, mañana ya no van a tener que cuidarme", (), "es.suicide.letters_no_more_worry_r51"),
    (
        "desde mañana ya no tendrán que preocuparse por recogerme del trabajo, ya tengo el abono",
        (),
        "es.suicide.letters_no_more_worry_r51",
    ),
    (
        "pronto ya no tendrás que preocuparte por pagarme el cole, conseguí beca",
        (),
        "es.suicide.letters_no_more_worry_r51",
    ),
    # fr.medical.diabetic_not_answering_r50
    (
        "mon fils est diabétique, il ne répond plus quand je lui dis de faire ses devoirs, typique",
        (),
        "fr.medical.diabetic_not_answering_r50",
    ),
    (
        "ma soeur diabétique type 1 ne répond pas quand on lui demande de faire la vaisselle 🙄",
        (),
        "fr.medical.diabetic_not_answering_r50",
    ),
    (
        "ma fille a un diabète de type 1, elle fait la sourde, elle répond plus",
        (),
        "fr.medical.diabetic_not_answering_r50",
    ),
    # hi.abuse.raised_hand_r51
    ("dadi ne pooja ke baad haath uthaya aur sabko aashirwad diya", (), "hi.abuse.raised_hand_r51"),
    ("bhai ne jeetne ki khushi mein haath uthaya", (), "hi.abuse.raised_hand_r51"),
    ("पापा ने आशीर्वाद देने के लिए हाथ उठाया", (), "hi.abuse.raised_hand_r51"),
    ("pati ne dua ke liye haath uthaya", (), "hi.abuse.raised_hand_r51"),
]

RISK: list[Case] = [
    (
        "ich weiss schon wie ichs mache, mit dem auto gegen einen baum, dann zahlt die versicherung",
        (),
        "suicide",
        "high",
    ),
    ("ich will sterben, das soll aussehen wie ein unfall", (), "suicide", "high"),
    ("er hat das messer geholt und brüllt, ich hab angst", (), "abuse", "imminent"),
    ("er holt jetzt das große messer aus der küche", ("mein mann hat mich geschlagen",), "abuse", "imminent"),
    (
        "ich ess nur noch einen apfel am tag und bin umgefallen, lag danach im krankenhaus",
        (),
        "eating_disorder",
        "high",
    ),
    ("ya escribí las cartas. mañana ya no van a tener que preocuparse por mí", (), "suicide", "high"),
    ("desde mañana ya no tendrán que aguantarme", ("nadie me quiere",), "suicide", "high"),
    ("mon père est diabétique, il ne réagit plus, il transpire", (), "medical_emergency", "imminent"),
    (
        "elle répond plus vraiment quand je lui parle",
        ("ma copine est diabétique", "elle transpire et elle est confuse"),
        "medical_emergency",
        "imminent",
    ),
    ("pati ne phir se haath uthaya, dahej ke liye", (), "abuse", "moderate"),
]


@pytest.mark.parametrize(("text", "context", "rule_id"), HARMLESS)
def test_review7_intl_near_misses_are_not_risk(text: str, context: tuple[str, ...], rule_id: str) -> None:
    reading = judge(text, context)
    assert reading.level == "none", (text, context, reading)
    assert f"rule:{rule_id}" not in reading.reasons, (text, reading)


@pytest.mark.parametrize(("text", "context", "category", "floor"), RISK)
def test_review7_intl_risks_still_caught(
    text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context)
