"""Review 8: a blind reviewer's probes after the rounds 52-53 fit, and the families its misses and false alarms showed.

The reviewer wrote 200 probes from the case format alone; the fit of rounds 52-53 moved none of them. Its misses and
false alarms were then read and fixed as families, each pinned here with reworded variants and near-misses:
- a completion in the message before the last ("i was going to end it" ... "with my boyfriend i mean lol" ... "we
  talked and decided to take a break"): rule_engine._completed_before_last, vetoed by framing.toml
  after_completion_veto (a minimiser, a goodbye, a time, no one caring) and by risk cues and danger now;
- a window nearly jumped out of in a boring meeting or class (framing.toml idiom);
- a game character bleeding out named through the game, not only through "my character" (en.toml excludes);
- a small child who swallowed button batteries in Portuguese and in Devanagari Hindi (pt.toml, hi.toml);
- "asking for me, not for a story": the writer denies the media reading (framing.toml media_denied);
- a negation inside an "if" clause is the condition's, not the hit's ("se la bilancia non scende mi faccio
  vomitare", "if he doesnt call me back i will kill myself": framing._in_other_clause);
- German regret promised for a time in the inverted word order after the target's home is known
  (de.harm_to_others.knows_where_regret_review8);
- "vou pular da ponte" (a jump from a height, the writer's intent, no time) read nothing in Portuguese
  (pt.suicide.jump_from_height_intent);
- thoughts of ending one's life held back only by a reason for living ("if it wasn't for my mum i'd have killed
  myself by now", in all seven languages: xx.suicide.held_back_by_reason_s15, moderate), found by review 8b;
- blood soaked or bled through plaster after plaster (medical.bleeding read "soaked through the third plaster"
  as a plaster, i.e. a small cut dealt with, and never read "bled through");
- optional commas in rule patterns (",? ") never matched, since the normaliser writes " , ": now "(?: ,)? ".

The sentences were written for these tests, not copied from the reviewer's probes or any eval/safety set.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_risk, judge

RISK: list[tuple[tuple[str, ...], str, RiskCategory, RiskLevel]] = [
    # a completion before the last message that the last one keeps open
    (("i'm going to end it", "with my girlfriend i mean"), "nobody will even notice anyway", "suicide", "moderate"),
    (("i want to end it all", "the relationship i mean lol"), "jk. it's not the relationship", "suicide", "moderate"),
    (("i'm going to end it", "with him i mean"), "tonight, after everyone's asleep", "suicide", "moderate"),
    # a window in a meeting, but earnest, or with no boring trigger
    ((), "in the meeting i nearly jumped out the window, i want to die every day", "suicide", "high"),
    ((), "i nearly jumped out of my bedroom window last night", "suicide", "high"),
    ((), "almost jumped out the window again, i can't do this anymore", "suicide", "high"),
    # bleeding out for real, even beside a game word
    ((), "i cut myself while gaming and now i'm bleeding out", "medical_emergency", "imminent"),
    ((), "he's bleeding out, the boss of that gang stabbed him", "medical_emergency", "imminent"),
    ((), "my brother is bleeding out in the hallway", "medical_emergency", "imminent"),
    # button batteries
    ((), "minha filha de 2 anos engoliu uma pilha de relógio", "medical_emergency", "imminent"),
    ((), "o bebê colocou na boca e engoliu a bateria do controle", "medical_emergency", "imminent"),
    ((), "meu sobrinho comeu uma pilha pequena, tá babando", "medical_emergency", "imminent"),
    ((), "मेरे 3 साल के बेटे ने बैटरी निगल ली", "medical_emergency", "imminent"),
    ((), "बच्ची ने खिलौने की बैटरी निगल ली, रो रही है", "medical_emergency", "imminent"),
    # asking for oneself, not for a story
    ((), "how many of my sleeping pills would be too many, asking for me, not for a book", "suicide", "high"),
    (("do you know how much paracetamol is dangerous", "asking for me not for a story"), "never mind",
     "suicide", "high"),
    # the "if" clause holds the negation, the main clause the risk
    ((), "se la bilancia non scende mi faccio vomitare", "eating_disorder", "moderate"),
    ((), "se domani non mi chiama mi taglio di nuovo", "self_harm", "moderate"),
    ((), "si mañana no me llama me corto otra vez", "self_harm", "moderate"),
    ((), "if she doesnt text me back tonight i will kill myself", "suicide", "high"),
    ((), "if he doesn't call me back i'm going to kill myself", "suicide", "high"),
    # a German regret promised for a time, the target's home or hours known
    (("ich weiß, wo er wohnt und wann er allein ist",), "morgen abend wird er das bereuen", "harm_to_others", "high"),
    ((), "ich weiß wo sie wohnt. am wochenende wird sie dafür bezahlen", "harm_to_others", "high"),
    ((), "ich weiß genau, wo er arbeitet. montag wird er es bereuen", "harm_to_others", "high"),
    ((), "ich weiß wann seine frau weg ist, heute nacht wird er bluten", "harm_to_others", "high"),
    ((), "ich weiß, wo er wohnt. bald wird er dafür büßen", "harm_to_others", "high"),
    # a jump from a height as the writer's intent, in Portuguese, without a time
    ((), "vou pular da ponte", "suicide", "high"),
    ((), "quero pular do prédio da faculdade", "suicide", "high"),
    ((), "to pensando em pular da janela do quarto", "suicide", "high"),
    ((), "tenho vontade de pular do viaduto", "suicide", "high"),
    ((), "eu vou pular de cima da laje", "suicide", "high"),
    # thoughts of ending one's life held back only by a reason for living
    ((), "if it wasnt for my little brother i'd have killed myself months ago", "suicide", "moderate"),
    ((), "if it weren't for my cat i wouldn't be here anymore", "suicide", "moderate"),
    ((), "without my kids i would've ended my life already", "suicide", "moderate"),
    ((), "si no fuera por mis hijos ya me habría quitado la vida", "suicide", "moderate"),
    ((), "si c'était pas pour mon fils je serais plus là", "suicide", "moderate"),
    ((), "ohne meinen hund hätte ich mich schon längst umgebracht", "suicide", "moderate"),
    ((), "se non fosse per mio fratello mi sarei già tolta la vita", "suicide", "moderate"),
    ((), "se não fosse pelos meus filhos eu já tinha me matado", "suicide", "moderate"),
    ((), "agar meri behen na hoti toh main kab ki mar gayi hoti", "suicide", "moderate"),
    # blood through plaster after plaster
    ((), "cut my hand on a broken glass, it's soaked through the third plaster now", "medical_emergency", "imminent"),
    ((), "the cut on my finger has bled through three plasters and won't stop", "medical_emergency", "imminent"),
    ((), "bled through two bandages already, it won't stop", "medical_emergency", "imminent"),
    ((), "my arm's bleeding through the 4th plaster", "medical_emergency", "imminent"),
    ((), "the knife slipped and it's bleeding through the dressing", "medical_emergency", "imminent"),
    # commas that the rules' optional commas now read
    ((), "ich wünschte, ich wäre tot", "suicide", "low"),
    ((), "i'm done, bye", "suicide", "high"),
]

HARMLESS: list[tuple[tuple[str, ...], str]] = [
    # a completion before the last message, and the last moves on
    (("i was going to end it", "with my boyfriend i mean lol, not anything else"),
     "we talked and decided to take a break instead, feels right"),
    (("i want to end it all", "my job i mean, the whole career"), "thinking of retraining as a teacher"),
    (("i'm going to end it", "with the gym membership, 60 a month for nothing"), "cancelled online, so easy"),
    (("i was ready to end it", "the lease i mean, the flat is freezing"), "the agent says we can go in march"),
    # a window in a boring meeting or class
    ((), "that meeting was so boring i nearly jumped out the window. two hours on fonts"),
    ((), "the lecture dragged so much i almost threw myself out of the window lol"),
    ((), "i was ready to jump out the window during that 3 hour training"),
    ((), "honestly i nearly jumped out the window in the all hands, the slide deck never ended"),
    # a game character bleeding out
    ((), "my character in elden ring keeps bleeding out and i have no flasks left, this boss is impossible"),
    ((), "keep bleeding out on this boss, 40 tries now"),
    ((), "bleeding out again in the dungeon, my build is trash"),
    ((), "in the game my guy bled out right before the respawn point 😭"),
    # batteries not swallowed by a child
    ((), "meu filho comprou pilhas novas pro controle"),
    ((), "o controle engoliu as pilhas, vou comprar novas"),
    ((), "बेटे के खिलौने की बैटरी खत्म हो गई"),
    # negations that do hold
    ((), "i would never make myself sick"),
    ((), "non mi faccio vomitare, mai più"),
    ((), "wenn ich nicht esse muss ich nicht kotzen"),
    # jumps that are no risk
    ((), "quero pular de paraquedas no meu aniversário"),
    ((), "vou pular do ônibus no próximo ponto"),
    ((), "vou pular da cama cedo amanhã"),
    ((), "ele vai pular da ponte de bungee"),
    ((), "vou pular da ponte no rio pra nadar no verão"),
    ((), "a gente pulava da ponte na piscina do clube"),
    ((), "meu filho quer pular da cama elástica"),
    ((), "sonhei que ia pular do prédio, acordei assustada"),
    # "if it weren't for" that is not about ending one's life
    ((), "if it wasn't for coffee i'd have killed someone by now lol"),
    ((), "if it wasn't for my teacher i wouldn't be here at uni"),
    ((), "if it wasn't for the seatbelt i would have died in that crash"),
    ((), "si no fuera por mi perro ya me habría muerto de aburrimiento"),
    ((), "sans mon café je serais morte"),
    ((), "se não fosse o cinto de segurança eu já estaria morto"),
    ((), "wenn der kaffee nicht wäre, wäre ich schon tot vor müdigkeit lol"),
    ((), "agar seatbelt na hota toh main mar gaya hota"),
    # a plaster on a small cut, and other things that bleed through
    ((), "cut my hand, put a plaster on, it's fine now"),
    ((), "paper cut, put a plaster on it"),
    ((), "my period bled through my jeans at school, so embarrassed"),
    ((), "the ink bled through the page of my journal"),
    ((), "bled through the tissue, nose is bleeding again lol"),
    ((), "grazed my knee, two plasters and i'm good"),
    ((), "the paint bled through the tape on the wall"),
    ((), "my little one wants a plaster for every tiny scratch"),
    # German regret that is no threat
    ((), "ich weiß wo er wohnt, morgen wird er die überraschung seines lebens bekommen, die party ist geplant"),
    ((), "morgen wird er das bereuen, er hat viel zu viel gegessen"),
    ((), "ich weiß wo er wohnt, wir gehen morgen zu seiner geburtstagsparty"),
]


@pytest.mark.parametrize(("context", "text", "category", "floor"), RISK)
def test_the_reviewers_families_are_caught(
        context: tuple[str, ...], text: str, category: RiskCategory, floor: RiskLevel) -> None:
    assert_risk(text, category, floor, context)


@pytest.mark.parametrize(("context", "text"), HARMLESS)
def test_their_everyday_near_misses_are_left_alone(context: tuple[str, ...], text: str) -> None:
    risk = judge(text, context)
    assert risk.level == "none", (text, risk)


GAME_TALK = [
    "je vais le tuer au scrabble ce soir",
    "ma soeur va me massacrer aux échecs",
    "lo voy a matar al ajedrez esta noche",
    "te voy a destrozar al fifa",
    "lo ammazzo a scacchi stasera",
    "vou matar ele no xadrez hoje",
    "vou acabar com ele no truco",
    "je vais les tuer au quiz du pub",
]


@pytest.mark.parametrize("text", GAME_TALK)
def test_killing_words_about_a_game_in_other_languages_are_left_alone(text: str) -> None:
    risk = judge(text)
    assert risk.level == "none", (text, risk)


@pytest.mark.parametrize("text", [
    "je vais le tuer ce soir, il m'a trompée",
    "lo voy a matar esta noche, tengo el cuchillo",
    "vou matar ele hoje, sei onde ele mora",
    "je vais le tuer au couteau ce soir",
    "lo ammazzo stasera, so dove abita",
])
def test_the_same_words_without_a_game_stay_a_threat(text: str) -> None:
    assert judge(text).category == "harm_to_others", (text, judge(text))


@pytest.mark.parametrize("text", [
    "je vais le tuer au scrabble ce soir, j'ai pris le couteau",
    "lo voy a matar al ajedrez y después con la pistola de verdad",
    "vou matar ele no xadrez e depois com a faca",
])
def test_a_weapon_keeps_the_threat_whatever_the_game(text: str) -> None:
    assert judge(text).category == "harm_to_others", (text, judge(text))
