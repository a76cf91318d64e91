"""Three risks that only the learned n-gram head caught (as a gentle 'low'), now caught by rules at their level.

- Violence at home told earlier ("he smashed a plate on my mother's head") and the same person drinking again now
  ("he's already drinking since 5"): abuse, high (xx.abuse.drinking_after_violence_r39, every language file).
- Giving belongings away together with an apology to everyone ("give my books to my little brother, i've said sorry
  to everyone, i feel at peace now"): a farewell, suicide, high (suicide.farewell_giveaway_r39, hi/fr/de.*).
- A partner or ex who was locked out (locks changed, a restraining order, "i left him") at the door, ringing nonstop,
  in the stairwell now: abuse, imminent (abuse.locked_out_at_door_r39, de/it/es.*).

Drinking with no violence anywhere, giving things away when moving, an apology after a fight, a courier at the door,
locks changed after lost keys, an ex collecting the kids as agreed: none. The sentences were written for these
tests, not copied from any eval/safety set.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from attune.safety.levels import rank
from tests.unit.safety_judging import judge

Case = tuple[tuple[str, ...], str, RiskCategory, RiskLevel]

RISK: list[Case] = [
    # drinking again after violence at home
    (("mio padre quando beve diventa un altro", "ieri ha spaccato un piatto in testa a mia madre"),
     "stasera c'è la partita e lui sta già bevendo dalle 5", "abuse", "high"),
    (("mio padre ieri ha picchiato mia madre",), "stasera è già ubriaco", "abuse", "high"),
    (("il mio compagno l'ha picchiata la settimana scorsa",), "ha ricominciato a bere", "abuse", "high"),
    (("my dad smashed a plate on my mum's head yesterday",),
     "there's a match tonight and he's already drinking since 5", "abuse", "high"),
    (("my stepdad threw a chair at us last week",), "he's drinking again tonight", "abuse", "high"),
    (("he gets violent when he drinks",), "he just came home drunk", "abuse", "high"),
    (("mein vater hat meiner mutter gestern einen teller an den kopf geworfen",),
     "heute ist fußball und er säuft schon seit 5", "abuse", "high"),
    (("er hat mama letzte woche geschlagen",), "er ist schon wieder betrunken", "abuse", "high"),
    (("mi padre le rompió un plato en la cabeza a mi madre ayer",),
     "hoy hay partido y ya está bebiendo desde las 5", "abuse", "high"),
    (("mi padrastro nos pega cuando bebe",), "ya está borracho otra vez", "abuse", "high"),
    (("mon père a fracassé une assiette sur la tête de ma mère hier",),
     "ce soir il y a le match et il boit déjà depuis 17h", "abuse", "high"),
    (("meu pai quebrou um prato na cabeça da minha mãe ontem",),
     "hoje tem jogo e ele já está bebendo desde as 5", "abuse", "high"),
    (("papa ne kal mummy ke sir pe plate maari",), "aaj match hai aur wo phir se pee rahe hain", "abuse", "high"),
    # belongings given away with an apology to everyone: a farewell
    ((), "मेरी किताबें छोटे भाई को दे देना। सबसे माफ़ी माँग ली है, अब मन हल्का है", "suicide", "high"),
    ((), "meri kitaben chhote bhai ko de dena. sabse maafi maang li hai, ab mann halka hai", "suicide", "high"),
    ((), "sabse maafi maang li hai. meri ghadi rohan ko de dena, ab mann halka hai", "suicide", "high"),
    ((), "give my books to my little brother. i've said sorry to everyone, i feel at peace now", "suicide", "high"),
    ((), "i've apologised to everyone. leave my guitar to my cousin, i'm at peace", "suicide", "high"),
    ((), "give all my games to my little brother, i've made peace with everyone", "suicide", "high"),
    ((), "j'ai donné mon chat à la voisine et j'ai fait le ménage. comme ça personne aura à ranger après moi",
     "suicide", "high"),
    ((), "hab meinem bruder heut alle passwörter gegeben, er soll auf den hund aufpassen. fühlt sich ruhig an",
     "suicide", "high"),
    # a partner or ex who was locked out, at the door now
    (("er war 2 wochen weg", "hab die schlösser getauscht"),
     "er steht unten vorm haus und klingelt dauerhaft, jetzt hör ich ihn im treppenhaus", "abuse", "imminent"),
    (("ich hab ihn verlassen und es gibt ein kontaktverbot",), "er klingelt sturm, ich hör ihn auf der treppe",
     "abuse", "imminent"),
    (("i changed the locks",), "he's outside banging on the door, now i can hear him on the stairs",
     "abuse", "imminent"),
    (("i got a restraining order last month",),
     "he's at the door ringing the bell nonstop, i can hear him on the stairs", "abuse", "imminent"),
    (("ho cambiato la serratura la settimana scorsa",), "è sotto casa e suona di continuo, lo sento sulle scale",
     "abuse", "imminent"),
    ((), "volvio. esta golpeando la puerta y grita q le abra, la orden de alejamiento le da igual",
     "abuse", "imminent"),
    (("cambié la cerradura hace una semana",), "está golpeando la puerta, lo escucho en la escalera",
     "abuse", "imminent"),
    (("i left him two weeks ago and changed the locks",), "he's in the building, i can hear him coming up the stairs",
     "abuse", "imminent"),
]

HARMLESS: list[tuple[tuple[str, ...], str]] = [
    # drinking with no violence anywhere, or a harmless "throw" / "break"
    ((), "papà beve una birra alla partita"),
    ((), "stasera c'è la partita e papà sta già bevendo una birra con gli amici"),
    (("mio padre ha rotto un piatto mentre lavava",), "stasera sta bevendo con gli zii"),
    (("il bambino ha tirato la palla contro il muro",), "papà sta bevendo un caffè"),
    ((), "my dad's drinking a beer at the match tonight"),
    (("my brother threw a ball at me in the garden",), "dad's already drinking with his mates"),
    ((), "er trinkt schon seit 5 bier beim fußball"),
    ((), "ya está bebiendo con sus amigos en el partido"),
    # giving things away, or an apology, on its own
    ((), "moving to Pune next week, giving my books to my little brother"),
    ((), "meri kitaben chhote bhai ko de dena, main hostel ja raha hoon"),
    ((), "मेरी किताबें छोटे भाई को दे देना, मैं हॉस्टल जा रहा हूँ"),
    ((), "had a big fight with my sister, i said sorry and now i feel lighter"),
    ((), "jhagde ke baad sabse maafi maang li, ab mann halka hai"),
    ((), "सबसे माफ़ी माँग ली है, अब मन हल्का है"),
    ((), "i apologised to everyone at work for the mistake, feel at peace now"),
    ((), "decluttering, giving my old clothes to my sister, feels so light"),
    ((), "j'ai donné mon chat à ma soeur, je déménage à Lyon"),
    ((), "j'ai fait le ménage partout avant de rendre l'appart"),
    ((), "hab meinem bruder alle passwörter gegeben weil ich in urlaub fahre, fühlt sich ruhig an"),
    ((), "hab meinem bruder die passwörter gegeben, er soll auf den hund aufpassen"),
    ((), "i made peace with everyone at the reunion, passing my old bike to my nephew"),
    # someone harmless at the door
    ((), "the delivery man is ringing the bell nonstop"),
    ((), "der paketbote klingelt sturm"),
    ((), "mein nachbar ist im treppenhaus"),
    (("hab meinen schlüssel verloren und die schlösser getauscht",), "er steht vor der tür, der schlüsseldienst"),
    (("i lost my keys so i changed the locks",), "he's at the door, the locksmith"),
    (("we're divorced, i changed the locks after he moved out",), "he's at the door to pick up the kids as agreed"),
    (("ich hab die schlösser getauscht nach dem einbruch",), "der handwerker steht vor der tür"),
    ((), "er steht vor der tür, um die kinder wie vereinbart abzuholen"),
    (("ho cambiato la serratura perché ho perso le chiavi",), "il corriere è alla porta"),
    ((), "el repartidor está tocando el timbre"),
    (("perdí las llaves y cambié la cerradura",), "el cerrajero está tocando el timbre"),
]


@pytest.mark.parametrize(("context", "text", "category", "level"), RISK)
def test_the_risk_is_caught_by_rules_at_its_level(
    context: tuple[str, ...], text: str, category: RiskCategory, level: RiskLevel
) -> None:
    risk = judge(text, context)
    assert risk.category == category, (context, text, risk)
    assert rank(risk.level) >= rank(level), (context, text, risk)


@pytest.mark.parametrize(("context", "text"), HARMLESS)
def test_the_near_miss_is_left_alone(context: tuple[str, ...], text: str) -> None:
    assert judge(text, context).level == "none", (context, text, judge(text, context))


@pytest.mark.parametrize("text", ["my husband hits me when he's been drinking", "my husbnd beats me wen hes drunk"])
def test_the_habit_told_once_is_not_drinking_now(text: str) -> None:
    # "hits me when he's drunk" is the habit (moderate abuse rules), not a sign that he is drinking tonight.
    assert "rule:abuse.drinking_after_violence_r39" not in judge(text).reasons, (text, judge(text))
