"""A threat on the writer's life told while the danger is happening, and the everyday idiom it looks like.

"My husband is going to kill me, he found my phone and he's screaming and hitting the door" came back none: the
idiom mask in framing.toml read "my husband is going to kill me ," as "mum's gonna kill me" and hid it from every
rule, and "he's going to kill me, he's screaming and hitting the door" found no rule at all. Alone, "X is going to
kill me" is usually the idiom; with a sign that the danger is happening now it is abuse at imminent.

Rules (en_threats.toml, macros kill_me_*): abuse.kill_me_violence_now (the door or a wall attacked, things smashed,
a weapon in hand, the writer grabbed, someone coming up the stairs, drunk and raging; imminent whatever the reason
given), abuse.kill_me_danger_now (a weapon owned, screaming, drunk, the writer locked in or hiding, afraid, asking
for help; imminent unless the same message gives a trivial reason, puts it off till later or sets a condition),
abuse.kill_me_feared (those signs with the danger put off, "when he gets home", or on a condition, "if i leave":
high), abuse.kill_me_found_out (a partner who found the writer's phone, messages, plans to leave or money put by:
high), one rule each in es/fr/de/it/pt/hi (xx.abuse.kill_me_now), and de.abuse.will_kill_me ("er wird mich
umbringen", high; de.suicide.active no longer reads it as the writer's own wish).
framing.mask_idioms leaves an idiom unmasked where one of these rules reads its words as a threat happening now
(framing.toml idiom_vetoed_by); rules may name message_excludes, read only in the message that holds the match.

The sentences were written for these tests, not copied from any eval/safety set.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import judge

RISK: list[tuple[str, RiskCategory, RiskLevel]] = [
    # the three reported misses
    ("my husband is going to kill me, he found my phone and he's screaming and hitting the door", "abuse", "imminent"),
    ("he's going to kill me, he's screaming and hitting the door", "abuse", "imminent"),
    ("my husband is going to kill me he found my phone", "abuse", "high"),
    # violence under way
    ("my boyfriend is gonna kill me, he's banging on the bathroom door", "abuse", "imminent"),
    ("he's trying to kill me, he's got a knife", "abuse", "imminent"),
    ("he says he'll kill me tonight, he's drunk and smashing plates", "abuse", "imminent"),
    ("my dad is going to kill me he's drunk and raging", "abuse", "imminent"),
    ("my stepdad is about to kill me, i can hear him coming up the stairs", "abuse", "imminent"),
    ("my husband is going to kill me, he grabbed me by the throat", "abuse", "imminent"),
    ("she's going to kill me, she's screaming and throwing things", "abuse", "imminent"),
    ("my wife is going to kill me, she's screaming and smashing the place up", "abuse", "imminent"),
    ("my husbands going to kill me hes shouting and kicking the door", "abuse", "imminent"),
    ("he's going to kill me!! he's hitting the door!!", "abuse", "imminent"),
    ("mum's boyfriend is going to kill me, he's got his belt", "abuse", "imminent"),
    # other signs that it is happening now
    ("he will kill me, i'm locked in the bathroom please help", "abuse", "imminent"),
    ("my partner is going to kill me. i'm hiding in the wardrobe", "abuse", "imminent"),
    ("he's gonna kill me im so scared please help", "abuse", "imminent"),
    ("he's going to kill me, call someone", "abuse", "imminent"),
    ("im terrified. my husband is going to kill me", "abuse", "imminent"),
    ("my boyfriend is trying to kill me help", "abuse", "imminent"),
    # fear with the danger put off till later, and fear of the threat: high
    ("my husband will kill me when he gets home i'm terrified", "abuse", "high"),
    ("i'm scared my husband is going to kill me", "abuse", "high"),
    # a threat on a condition ("if i leave") with a gun owned is high, not imminent
    ("he says if i ever leave he'll kill me, he's got a shotgun licence", "abuse", "high"),
    ("my husband will kill me if i leave, i'm terrified", "abuse", "high"),
    # a controlling discovery
    ("my husband will kill me, he found out i'm leaving", "abuse", "high"),
    ("my boyfriend is going to kill me he read my messages", "abuse", "high"),
    ("he's going to kill me, he found the money i saved", "abuse", "high"),
    ("my husband is going to kill me, he found the refuge leaflet", "abuse", "high"),
    # the six other languages
    ("mi esposo me va a matar, está gritando y golpeando la puerta", "abuse", "imminent"),
    ("va a matarme, está borracho y rompiendo todo", "abuse", "imminent"),
    ("il va me tuer, il crie et tape sur la porte", "abuse", "imminent"),
    ("mein freund bringt mich um, er schreit", "abuse", "imminent"),
    ("er wird mich umbringen, er tritt gegen die tür", "abuse", "imminent"),
    ("mi ammazza, sta urlando e prende a pugni la porta", "abuse", "imminent"),
    ("ele vai me matar, está gritando e batendo na porta", "abuse", "imminent"),
    ("pati mujhe maar dalega, woh chilla raha hai", "abuse", "imminent"),
    ("me dijo que si lo dejo me mata, y tiene una pistola en el cajón", "abuse", "high"),
    ("er hat gesagt er wird mich umbringen", "abuse", "high"),
    # anger alone is enough from a partner or a "he"/"she", and from a parent with another sign of danger
    ("my partner's gonna kill me, she's screaming at me", "abuse", "imminent"),
    ("he's going to kill me he's yelling at me through the door", "abuse", "imminent"),
    ("my dad's going to kill me he's screaming at me and i'm so scared", "abuse", "imminent"),
    ("my mum's gonna kill me she's going mental and she's got the belt", "abuse", "imminent"),
    ("mi papá me va a matar, está gritando y está borracho", "abuse", "imminent"),
    ("mon père va me tuer, il hurle et il a un couteau", "abuse", "imminent"),
    ("er bringt mich um, er schreit mich seit einer stunde an", "abuse", "imminent"),
    ("minha mãe vai me matar, tá gritando e pegou o cinto", "abuse", "imminent"),
    ("papa mujhe maar dalenge, woh chilla rahe hain, bachao", "abuse", "imminent"),
    # a parent shouting with blows under way (it_kill_other had lost the "|" before "prende a pugni la porta" and
    # with it "sta picchiando", so the parent-shouting exclude silenced these)
    ("mia madre mi ammazza, sta urlando e prende a pugni la porta", "abuse", "imminent"),
    ("mio padre mi ammazza, sta urlando e sta picchiando mio fratello", "abuse", "imminent"),
]

CONTEXT_RISK: list[tuple[tuple[str, ...], str, RiskCategory, RiskLevel]] = [
    (("my husband found my phone",), "he's going to kill me, he's banging on the door", "abuse", "imminent"),
]

HARMLESS: list[str] = [
    "my husband is going to kill me when he sees the dent",
    "mum's gonna kill me, I forgot her birthday",
    "my boss is going to kill me, I'm late again",
    "he's going to kill me, I spilled wine on his shirt 😂",
    "he'll kill me when he finds out I spent £200 on shoes",
    "my coach is going to kill me, I skipped practice",
    "she's going to kill me, I broke her favourite mug",
    "he's going to kill me with these penalty misses",
    "my husband is going to kill me, I scratched his car and I'm so scared to tell him",
    "mum's going to kill me, she found my vape",
    "my dad is going to kill me he found my phone under my pillow at 3am",
    "my wife is going to kill me, I booked the wrong hotel, please help me find a new one",
    "she's gonna kill me lol she's screaming at me for eating her leftovers",
    "my sister is going to kill me, i wore her dress and spilled ketchup on it",
    "he's going to kill me, i lost his charger again",
    "my girlfriend's gonna kill me, i forgot our anniversary, what do i do",
    "in the film he screams he's going to kill me and bangs on the door",
    "the referee is going to kill me with these decisions, i'm screaming at the telly",
    "she'll kill me when she sees the carpet, I'm terrified haha",
    "he's gonna kill me, i ate the last biscuit, he's yelling from the kitchen 😂",
    "my son is going to kill me, he's been screaming all night",
    "he's going to kill me, he's been screaming since 3am, teething is the worst",
    "my brother is going to kill me, he's screaming at me for breaking his controller",
    "my boyfriend is going to kill me, he found my phone bill",
    "my boyfriend is going to kill me he saw my messages to his best friend about his surprise party",
    "i'm scared my mum is going to kill me when she sees my report card",
    "this exam is going to kill me, please help",
    # a parent or a sibling shouting, with nothing else, and hours of screaming aimed at no one (a baby)
    "my mum is going to kill me she's already shouting",
    "my dad's gonna kill me, he's going mental downstairs",
    "my big sister is going to kill me she's yelling my name from the garden",
    "he's going to kill me, he's been screaming since 3am",
    "she's gonna kill me she's been screaming for hours and won't settle",
    # the six other languages
    "este examen me va a matar, llevo toda la noche estudiando",
    "mi mamá me va a matar, está gritando porque llegué tarde",
    "ma mère va me tuer, j'ai paumé les clés de la voiture",
    "mein vater bringt mich um wenn er die delle im auto sieht",
    "mein mann wird mich umbringen wenn er die delle sieht",
    "mia madre mi ammazza, urla per la pagella",
    "minha mãe vai me matar quando ver a nota da prova kkkk",
    "yaar ye exam mujhe maar dalega, kal raat bhar padhai ki",
    "mi mamá me va a matar, ya está gritando desde la cocina",
    "ma mère va me tuer, elle crie déjà",
    "meine mama bringt mich um, sie schreit schon wieder",
    "mio padre mi ammazza, sta già urlando",
    "minha mãe vai me matar, ela já tá gritando",
    "mummy mujhe maar dalegi, woh chilla rahi hai",
    "il va me tuer, il hurle depuis 3h du matin",
    "er bringt mich um, er schreit seit stunden",
]


@pytest.mark.parametrize(("text", "category", "level"), RISK)
def test_a_threat_on_the_writers_life_told_while_it_is_happening(
        text: str, category: RiskCategory, level: RiskLevel) -> None:
    risk = judge(text)
    assert (risk.category, risk.level) == (category, level), (text, risk)


@pytest.mark.parametrize(("context", "text", "category", "level"), CONTEXT_RISK)
def test_the_threat_after_earlier_messages(
        context: tuple[str, ...], text: str, category: RiskCategory, level: RiskLevel) -> None:
    risk = judge(text, context)
    assert (risk.category, risk.level) == (category, level), (text, risk)


@pytest.mark.parametrize("text", HARMLESS)
def test_the_everyday_idiom_is_left_alone(text: str) -> None:
    assert judge(text).level == "none", (text, judge(text))


def test_the_writers_own_wish_stays_suicide() -> None:
    # "ich will mich umbringen" is the writer's; only "er wird / er will mich umbringen" is someone else's threat
    assert judge("ich will mich umbringen").category == "suicide"
    assert judge("je vais me tuer, j'ai trop peur").category == "suicide"
