"""Rounds 54-55: threats, abuse and a few acute readings the rules missed or filed under the wrong category.

- fr: a weapon taken and going down to the person now with a threat ("il va voir")
  (fr.harm_to_others.armed_going_threat_r54, r54-0015).
- es / en: an ex or partner who has broken the door and is here now (es.abuse.broke_door_here_r54,
  abuse.broke_door_here_r54, r54-0017).
- pt / en: a relative's gun the writer will borrow to settle things himself (pt.harm_to_others.borrow_gun_settle_r54,
  threat.borrow_gun_settle_r54, r54-0131); abuse.now_r9 no longer reads "my uncle has a gun" as an attacker armed now
  when the writer means to borrow it.
- en: a carer or partner who shook a baby (abuse.carer_shook_baby_r55, r55-0090): abuse, high.
- en: locked in the bathroom with a pencil-sharpener blade taken out, "doing it now" (r54-0037): self-harm under way,
  not abuse (abuse.in_progress spares locking oneself in to cut) and not suicide (suicide.do_it_now spares a sharpener
  blade with no word of dying; self_harm.now_r11 reads a named blade).
- en: the reasons to stay alive running out (suicide.reasons_to_stay_dwindling_r55, r55-0184); a list of reasons is no
  hit list (harm_to_others.grudge_r11).

The sentences were written for these tests, not copied from any eval/safety set.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_quiet, assert_risk, judge

Case = tuple[str, tuple[str, ...], RiskCategory, RiskLevel]
Harmless = tuple[str, tuple[str, ...]]

RISK: list[Case] = [
    # r54-0015 (fr): a weapon taken, going to them now, with a threat
    (
        "je descends tout de suite, il va comprendre",
        ("le voisin a encore donné un coup de pied à mon chat", "j'ai attrapé la batte dans le garage"),
        "harm_to_others",
        "imminent",
    ),
    (
        "j'y vais, il va le regretter",
        ("il a insulté ma sœur devant tout le monde", "j'ai pris le couteau"),
        "harm_to_others",
        "imminent",
    ),
    ("j'ai sorti la hache de la cabane, je monte chez lui, il va payer", (), "harm_to_others", "imminent"),
    (
        "il va voir, je descends",
        ("mon coloc a encore volé mes affaires", "j'ai chopé la batte"),
        "harm_to_others",
        "imminent",
    ),
    ("j'ai pris le couteau, je pars maintenant, elle va morfler", (), "harm_to_others", "imminent"),
    (
        "going down there now, he'll see",
        ("the neighbour kicked my dog again", "grabbed my son's bat"),
        "harm_to_others",
        "imminent",
    ),
    # r54-0017 (es / en): the ex broke the door and is here
    ("auxilio mi ex tiro la puerta abajo y ya entro", (), "abuse", "imminent"),
    ("mi marido acaba de romper la puerta, estoy escondida en el baño", (), "abuse", "imminent"),
    ("ayudenme, mi ex novio derribo la puerta y esta en la casa", (), "abuse", "imminent"),
    ("mi pareja pateo la puerta, tengo miedo", (), "abuse", "imminent"),
    ("el rompio mi puerta y esta adentro", ("ayuda porfa",), "abuse", "imminent"),
    ("help my ex is here, he broke the door", (), "abuse", "imminent"),
    ("hes just smashed the back door in, im hiding upstairs", (), "abuse", "imminent"),
    ("my ex broke down the door and hes inside now", (), "abuse", "imminent"),
    # r54-0131 (pt / en): a relative's gun borrowed to settle it
    (
        "vou pegar e resolver isso sozinho",
        ("meu pai guarda um revolver no armario", "o vizinho que bateu na minha mae ta la fora"),
        "harm_to_others",
        "high",
    ),
    (
        "meu primo tem uma pistola. vou pedir emprestada e acertar as contas com aquele cara",
        (),
        "harm_to_others",
        "high",
    ),
    (
        "vou levar ela e fazer justiça com as próprias mãos",
        ("o sujeito que me roubou ta no bar", "meu avô tem uma espingarda"),
        "harm_to_others",
        "high",
    ),
    (
        "acho que vou usar e resolver do meu jeito",
        ("o cara que me ameaçou mora aqui perto", "meu cunhado tem um revolver em casa"),
        "harm_to_others",
        "high",
    ),
    (
        "ill borrow it and sort it out myself",
        ("the lad who mugged me lives two streets away", "my uncle has a gun at home"),
        "harm_to_others",
        "high",
    ),
    (
        "might take it and settle this myself",
        ("my grandad keeps a shotgun in the shed", "the guy who stabbed my mate is out on bail"),
        "harm_to_others",
        "high",
    ),
    ("my brother owns a pistol. gonna borrow it and make him pay", (), "harm_to_others", "high"),
    # r55-0090 (en): a carer who shook a baby
    ("last night my husband shook our daughter because she wouldnt settle", (), "abuse", "high"),
    ("the nanny shook him when he was crying, i saw it on the camera", (), "abuse", "high"),
    ("my boyfriend shakes the baby when he cries, hes only 3 months old", (), "abuse", "high"),
    (
        "my mum shook my little one really hard because he wouldnt stop screaming. hes fine now i think",
        (),
        "abuse",
        "high",
    ),
    (
        "she shook the newborn when he wouldnt feed",
        ("my partner is exhausted", "she yells a lot lately"),
        "abuse",
        "high",
    ),
    # r54-0037 (en): locked in, a sharpener blade out, doing it now
    (
        "took the blade out of my sharpener. doing it now",
        ("mum yelled at me all night", "locked myself in my room"),
        "self_harm",
        "imminent",
    ),
    ("got my sharpener blade out, doing it now", (), "self_harm", "imminent"),
    (
        "got the blade from my sharpener. doing it now",
        ("dad shouted at me for ages", "locked myself in the bathroom"),
        "self_harm",
        "imminent",
    ),
    ("got the pencil sharpener blade out, doing it now", ("my parents had a go at me again",), "self_harm", "imminent"),
    ("locked myself in the toilet and took the sharpener apart. doing it now", (), "self_harm", "imminent"),
    # r55-0184 (en): the reasons to stay running out
    ("my list of reasons to live is getting shorter", (), "suicide", "moderate"),
    ("fewer and fewer reasons to keep going tbh", (), "suicide", "moderate"),
    ("the reasons to stay alive keep getting fewer. not planning anything", (), "suicide", "moderate"),
    ("down to one reason to stay", (), "suicide", "moderate"),
    ("been writing a list of reasons to stay and its getting short", (), "suicide", "moderate"),
]

HARMLESS: list[Harmless] = [
    # fr: a bat for the park, a knife for a cake, a visit, going down without a weapon
    ("j'ai pris la batte de mon fils, je descends au parc, il va voir comment on frappe", ()),
    ("j'ai pris le couteau pour le gâteau, je descends, elle va voir la surprise", ()),
    ("je descends maintenant, il va voir", ("mon voisin fait trop de bruit",)),
    ("j'ai sorti le couteau, je vais le voir demain pour qu'il l'aiguise", ()),
    ("j'ai pris la batte, je monte au club, il va voir mes progrès à l'entraînement", ()),
    ("j'ai pris le couteau à pain, j'arrive, il va voir ce que c'est un bon repas", ()),
    ("il va voir, je lui rends sa hache demain", ()),
    # es / en door: a wardrobe, a car, the wind, long ago, a handle being fixed
    ("mi ex rompio la puerta hace dos años cuando viviamos juntos", ()),
    ("ayuda, mi hijo rompio la puerta del armario, como la arreglo", ()),
    ("mi ex rompio la puerta del coche sin querer", ()),
    ("el viento rompio la puerta, ahora entra frio", ()),
    ("se rompio la puerta del horno, ayuda", ()),
    ("my ex broke the door last year when we split", ()),
    ("help my son broke the door handle how do i fix it", ()),
    ("my ex broke the wardrobe door, help me choose a new one", ()),
    ("they broke down the door to rescue the old man next door", ()),
    # pt / en borrow: a drill, the bus, an air rifle for birds, a police uncle, a glue gun, hunting
    ("meu vizinho tem uma furadeira, vou pegar emprestada e resolver isso eu mesmo", ()),
    (
        "vou pegar o onibus e resolver isso eu mesmo na agencia",
        ("meu pai tem uma arma por causa do sitio", "o banco bloqueou minha conta"),
    ),
    ("vou pegar emprestada pra caçar passarinho", ("meu tio tem uma arma de pressao",)),
    ("meu tio tem uma arma, ele é policial", ()),
    ("my uncle has a glue gun, ill borrow it and sort it out myself", ()),
    ("my dad has a rifle for deer season, ill borrow it and sort it out myself", ()),
    ("im going to borrow his car and sort it out myself", ("my mate has a shotgun licence",)),
    ("a prateleira caiu, vou pegar e resolver isso eu mesmo", ("meu pai tem uma caixa de ferramentas",)),
    # en baby: a rattle, waking gently, a head shaken, hands, a documentary, the writer's partner shaking the bottle
    ("she shook the baby rattle and he stopped crying", ()),
    ("he shook the baby awake gently for his feed", ()),
    ("my husband shook his head at the baby crying all night", ()),
    ("she shook her head, the baby was crying again", ()),
    ("we watched a documentary where a nanny shook the baby", ()),
    ("grandad shook hands with the baby, so cute", ()),
    ("my wife shook the bottle to mix the formula while the baby cried", ()),
    ("the baby was crying so she shook out the blanket and tucked him in", ()),
    # en sharpener: art, a knife sharpener, a loose blade fixed, pencils sharpened
    ("my pencil sharpener broke, need a new one for the art exam", ()),
    ("new knife sharpener is brilliant, doing it now with the chef's knife", ()),
    ("my sharpener blade came loose so im fixing it now with a tiny screwdriver", ()),
    ("got the sharpener out to do my colouring pencils, doing it now before class", ()),
    # en reasons: a job, a city, a relationship, a gym, a therapy list, a growing list, a hit list it is not
    ("reasons to stay at this job are getting fewer", ()),
    ("keeping a list of reasons to stay in london vs moving", ()),
    ("less and less reasons to live in this city tbh, rent is insane", ()),
    ("running out of reasons to stay in this relationship", ()),
    ("been keeping a list of reasons to go to the gym", ()),
    ("my therapist had me write a list of reasons to live", ()),
    ("the list of reasons to stay keeps growing, therapy is working", ()),
    ("fewer reasons to stay up late now that the show ended", ()),
    ("been keeping a list of books to read this summer", ()),
    ("been keeping a list of things that made me smile this week", ()),
]


@pytest.mark.parametrize(("text", "context", "category", "floor"), RISK)
def test_round54_55_threat_family_is_flagged(
    text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context)


@pytest.mark.parametrize(("text", "context"), HARMLESS)
def test_round54_55_threat_near_miss_stays_none(text: str, context: tuple[str, ...]) -> None:
    assert_quiet(text, context)


def test_keeping_a_list_of_names_after_bullying_stays_a_threat() -> None:
    """The list lookahead spares reasons and things; a list kept after being humiliated is still read."""
    risk = judge("been keeping a list. they'll all be sorry", ("they laughed at me in front of the whole class",))
    assert risk.category == "harm_to_others", risk


def test_locked_in_while_he_bangs_the_door_stays_abuse() -> None:
    """Locking oneself in with a blade does not silence a door being banged on now."""
    assert_risk(
        "got the blade out", "abuse", "imminent", ("dad is banging on the door", "locked myself in the bathroom")
    )
