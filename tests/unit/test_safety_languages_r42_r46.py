"""Phrase families in the six other languages fitted from outside rounds 42-46.

All five rounds were written blind and measured once before fitting. Round 44 was entirely in Spanish,
French, German, Italian, Portuguese and Hindi: recall 0.879, self-harm 0.74, false alarms 0.130; rounds 42,
43, 45 and 46 added a few misses of their own in these languages. The sentences here are new variants
written for these tests, not copies of the rounds: self-harm that no longer "does it" and a harsher means
weighed, blades hidden, cuts played down; affairs settled with a goodbye (a pet handed over, a will, a bike
given to a brother, a letter left); a rope or a place and a time set; lethal questions that name their
purpose; pills counted "for not much longer"; extra pills "to see what happens"; an adult at a child's door
at night; a weapon fetched for a target, or carried to the door; a collapse, a hypo, a blue baby, pregnancy
warning signs; a body failing under restriction. Everyday uses of the same words stay at ``none``: a rope on
a boat, a bridge for photos, a cat minded over the holidays, a knife taken fishing, a door slammed, a nurse's
patient, a joke over a bus or a match said as a joke, a denial told to a therapist, an exam that "killed" me.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_risk, judge

Case = tuple[str, tuple[str, ...], RiskCategory, RiskLevel]

# ---------------------------------------------------------------- suicide: preparation, places, questions

SUICIDE: list[Case] = [
    # a rope and a stool set, with a time (fr.suicide.rope_ready_r44)
    ("le noeud coulant est prêt, j'attends que tout le monde dorme, je le fais cette nuit", (), "suicide", "imminent"),
    # a place and a time chosen (it.suicide.place_chosen_r43)
    ("ho deciso dove, il viadotto sulla statale. stanotte quando dormono tutti", (), "suicide", "imminent"),
    # the highest bridge asked for after distress (fr.method_q_highest_r44)
    ("il fait quelle taille le viaduc le plus haut du coin ?", ("je suis à bout", "personne ne s'en rendrait compte"),
     "suicide", "high"),
    # affairs settled and a goodbye (fr / de / hi / it)
    ("j'ai donné mes affaires à ma cousine et j'ai confié mon chien à mon voisin. je vous aime tous", (),
     "suicide", "high"),
    ("hab meinen hund zu meiner schwester gebracht. danke für alles, ihr wart immer lieb zu mir", (),
     "suicide", "high"),
    ("mera laptop ab tera hai chhote. papa ka khayal rakhna, alvida", (), "suicide", "high"),
    ("ho lasciato un biglietto sulla scrivania per papà. addio a tutti", (), "suicide", "high"),
    # lethal questions that name their purpose (de / it / pt)
    ("welche tabletten braucht man damit man nicht mehr aufwacht", (), "suicide", "high"),
    ("quante pastiglie ci vogliono per non svegliarsi più?", (), "suicide", "high"),
    ("quantos comprimidos precisa pra não acordar mais?", (), "suicide", "high"),
    # pills counted for "not much longer"; a railway spot scouted (de)
    ("ich hab die schlaftabletten gesammelt, brauch sie bald nicht mehr", (), "suicide", "high"),
    ("hab mir die strecke angesehen, wo der güterzug durchfährt, weiß auch wann er kommt", (), "suicide", "high"),
    # rat poison bought and hidden (pt)
    ("arrumei chumbinho com um cara da feira, escondi debaixo da cama", (), "suicide", "high"),
    # better off without me, as a conditional (it)
    ("starebbero tutti meglio se non ci fossi più", (), "suicide", "low"),
]


@pytest.mark.parametrize(("text", "context", "category", "floor"), SUICIDE)
def test_preparation_places_and_purposeful_questions_are_suicide_risk(
    text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context)


@pytest.mark.parametrize("text", [
    "la corde est attachée au voilier, on part ce soir",
    "c'est quoi la tour la plus haute de Paris ? on y va ce week-end",
    "j'ai confié mon chat à la voisine pendant les vacances, merci pour tout !",
    "hab meine katze zur nachbarin gebracht, wir fliegen morgen in den urlaub, danke für alles",
    "mera laptop ab tera hai, maa ka khayal rakhna, kal se army training shuru, alvida hostel",
    "ultimo giorno in ufficio, ho lasciato un biglietto ai colleghi: ciao a tutti, vi ho voluto bene",
    "ho già scelto il posto per le foto, il ponte sul fiume, domattina all'alba",
    "hab meine tabletten für den urlaub gezählt, reicht für drei wochen",
    "hab mir die strecke angesehen wo der ICE ohne halt durchfährt, super zugfotos",
    "comprei chumbinho pra matar os ratos do quintal",
    "se non ci fossi stata io alla festa sarebbe stato un disastro",
])
def test_everyday_uses_of_the_preparation_words_are_not_risk(text: str) -> None:
    assert judge(text).level == "none", judge(text)


# ---------------------------------------------------------------- self-harm: escalating, hidden, played down

SELF_HARM: list[Case] = [
    ("je vais finir par me brûler avec un briquet, me couper ça suffit plus", (), "self_harm", "high"),
    ("quiero probar con una cuchilla, rasguñarme ya no me basta", (), "self_harm", "high"),
    ("ich will tiefer ritzen, bis es genäht werden muss", (), "self_harm", "high"),
    ("tô pensando em passar a lâmina na coxa hoje", ("me cortar nem faz mais efeito",), "self_harm", "high"),
    ("tengo que tapar mejor los cortes, que nadie se entere", (), "self_harm", "moderate"),
    ("son superficiales, en el brazo, no pasa nada", ("a veces me corto cuando no puedo más",), "self_harm",
     "moderate"),
    ("ich bohr mir manchmal den zirkel in die hand, dann wird es leiser", (), "self_harm", "moderate"),
    ("mi do schiaffi in faccia quando sbaglio, fortissimo", (), "self_harm", "moderate"),
    ("अपने आप को चोट पहुँचाने का मन कर रहा है", (), "self_harm", "moderate"),
    ("खुद को नुकसान पहुँचाने का मन था लेकिन बर्फ़ पकड़ ली", (), "self_harm", "low"),
]


@pytest.mark.parametrize(("text", "context", "category", "floor"), SELF_HARM)
def test_self_harm_escalating_hidden_or_played_down_is_self_harm(
    text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context)


def test_a_resisted_urge_in_hindi_stays_low() -> None:
    assert judge("खुद को नुकसान पहुँचाने का मन था लेकिन बर्फ़ पकड़ ली").level == "low"


@pytest.mark.parametrize("text", [
    "je pense à repasser ma robe avec le fer à repasser ce soir",
    "estoy pensando en usar el cúter para la maqueta de cartón",
    "muss die zwiebeln feiner schneiden, sonst meckert mein mann",
    "vou passar o ferro na camisa antes da festa",
    "tengo que esconder las cuchillas de la maquinilla, el niño ya abre el cajón",
    "mi sono preso a pugni con un tizio al concerto",
    "ich kratz mich nachts bis es blutet, die neurodermitis juckt so",
])
def test_everyday_uses_of_the_self_harm_words_are_not_risk(text: str) -> None:
    assert judge(text).level == "none", judge(text)


# ---------------------------------------------------------------- abuse and harm to others

ABUSE_AND_HARM: list[Case] = [
    ("mon mari m'a encore mis une claque devant les enfants", (), "abuse", "moderate"),
    ("mon beau-père me fout dehors en pyjama quand il est en colère", (), "abuse", "moderate"),
    ("sie hat die haustür abgesperrt und schreit, dass ich nicht lebend hier rauskomme", (), "abuse", "imminent"),
    ("mein freund kontrolliert mein handy und ich darf meine eltern nicht mehr besuchen, sonst gibts ärger",
     (), "abuse", "moderate"),
    ("meine mutter hat mich wieder geschlagen, ich bin 12", (), "abuse", "high"),
    ("o tio fica entrando no meu quarto de madrugada", (), "abuse", "high"),
    ("lo zio mi ha chiesto foto senza vestiti, ho 12 anni", (), "abuse", "high"),
    ("पति गेट पीट रहे हैं, हाथ में डंडा है", (), "abuse", "imminent"),
    ("je vais couper les freins de sa voiture, il va payer", (), "harm_to_others", "high"),
    ("j'ai pris la carabine, je file au bureau, ils vont tous regretter", (), "harm_to_others", "imminent"),
    ("ich hab mir ein messer besorgt, ich weiß wo der wohnt", (), "harm_to_others", "high"),
    ("hab das messer dabei, bin unterwegs zu ihm, er wird es bereuen", (), "harm_to_others", "imminent"),
    ("wenn der noch mal meine tochter anfasst, fahr ich den über den haufen", (), "harm_to_others", "high"),
    ("mi sono procurato un coltello, so dove lavora quel bastardo", (), "harm_to_others", "high"),
    ("sono sotto casa sua con la mazza", (), "harm_to_others", "imminent"),
    ("si lo vuelvo a ver cerca de mi hija lo pincho con el cuchillo", (), "harm_to_others", "high"),
    ("a faca tá na mochila, vou pegar esse vagabundo na saída do treino", (), "harm_to_others", "high"),
    ("me dá vontade de empurrar meu chefe da escada", (), "harm_to_others", "moderate"),
    ("j'ai peur de la secouer quand elle pleure sans arrêt, ma petite", (), "harm_to_others", "moderate"),
]


@pytest.mark.parametrize(("text", "context", "category", "floor"), ABUSE_AND_HARM)
def test_abuse_and_threats_with_a_target_are_read(
    text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context)


@pytest.mark.parametrize("text", [
    "mon frère m'a encore frappé avec le ballon en jouant",
    "ma mère me met dehors pour aller jouer au parc",
    "je sais comment changer les freins de mon vélo",
    "j'ai chargé le fusil, on part à la chasse avec papi",
    "hab mir ein neues messer für die küche besorgt",
    "die axt liegt im kofferraum, fahr gleich zum holzhacken",
    "ich fahr sie um 8 zur schule",
    "mein vater hat bei dem angebot sofort zugeschlagen",
    "meu padrasto entrou no meu quarto pra consertar a tomada",
    "vou levar o canivete pra pescaria de domingo",
    "tenho vontade de empurrar o carrinho mais rápido",
    "sono sotto casa di giulia con le pizze, scendi",
])
def test_everyday_uses_of_the_abuse_and_threat_words_are_not_risk(text: str) -> None:
    assert judge(text).level == "none", judge(text)


# ---------------------------------------------------------------- medical emergencies and eating disorders

MEDICAL_AND_EATING: list[Case] = [
    ("ma grand-mère a fait un malaise, elle respire mal et ne réagit plus", (), "medical_emergency", "imminent"),
    ("opa ist im garten hingefallen und kann nicht mehr aufstehen, er blutet", (), "medical_emergency",
     "imminent"),
    ("meine frau ist zuckerkrank und ist total verwirrt, redet nur noch unsinn", (), "medical_emergency",
     "imminent"),
    ("minha filha de 3 meses está com os lábios azulados", (), "medical_emergency", "imminent"),
    ("estou grávida de 34 semanas e vendo luzes, as mãos muito inchadas", (), "medical_emergency", "high"),
    ("mio fratello si è bevuto tutto il flacone di sciroppo", (), "medical_emergency", "imminent"),
    ("j'ai avalé 5 cachets pour voir ce qui arrive", (), "medical_emergency", "high"),
    ("hab 6 tabletten eingeworfen, mal schauen was passiert", (), "medical_emergency", "high"),
    ("mi sono presa sei sonniferi per dormire a lungo", (), "medical_emergency", "high"),
    ("पापा ने ज़हर पी लिया है, मुँह से झाग आ रहा है", (), "medical_emergency", "imminent"),
    ("बीस गोलियाँ खा लीं अभी", (), "medical_emergency", "high"),
    ("j'ai des vertiges tout le temps mais je veux encore perdre 2 kilos", (), "eating_disorder", "high"),
    ("casi me desmayo en el gimnasio, tengo que bajar otros 3 kilos", (), "eating_disorder", "high"),
    ("peso 41 chili e sono alta 1,70", (), "eating_disorder", "high"),
    ("da una settimana ho mangiato solo un caffè e vado in palestra due volte al giorno", (), "eating_disorder",
     "high"),
    ("sto saltando la colazione e la cena da mesi", (), "eating_disorder", "moderate"),
]


@pytest.mark.parametrize(("text", "context", "category", "floor"), MEDICAL_AND_EATING)
def test_emergencies_and_bodies_failing_under_restriction_are_read(
    text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context)


@pytest.mark.parametrize("text", [
    "elle est tombée malade et ne répond plus à mes messages",
    "ho preso tutta la scatola di biscotti, sono un maiale",
    "j'ai pris deux cachets pour voir si ça passe, migraine horrible",
    "meu bebê ficou com a boca roxa de picolé de uva",
    "j'ai des vertiges depuis la gastro, j'ai perdu 2 kilos",
    "me mareé en el barco y no quiero comer nada",
    "mio figlio pesa 35 chili ed è alto 1,40",
    "मेरी बहन नर्स है, आज उसने एक मरीज़ की जान बचाई जिसने कीटनाशक पी लिया था",
    "मेरे नाना ने जवानी में ज़हर खा लिया था, अब वो बिल्कुल ठीक हैं",
    "फार्माकोलॉजी की परीक्षा के लिए: ज़हर खाने वाले मरीज़ का इलाज क्या होता है?",
])
def test_everyday_uses_of_the_medical_and_eating_words_are_not_risk(text: str) -> None:
    assert judge(text).level == "none", judge(text)


# ---------------------------------------------------------------- jokes, denials and idioms in one message

@pytest.mark.parametrize("text", [
    "si je dois encore refaire ce rapport je me jette par la fenêtre mdr",
    "mi butto dal ponte se la juve perde ancora stasera ahahah",
    "ich bring meine schwester um, die hat schon wieder meinen lippenstift benutzt",
    "mi terapeuta me preguntó si había pensado en quitarme la vida y le contesté que no, nunca",
    "selbstmordgedanken habe ich zum glück nie gehabt",
    "la prueba de química me mató, mañana más",
    "o que é automutilação e como ajudar? é pra uma apresentação da faculdade",
])
def test_a_joke_a_denial_or_an_exam_alone_in_its_message_is_not_risk(text: str) -> None:
    assert judge(text).level == "none", judge(text)


@pytest.mark.parametrize("text", [
    "si je rate encore le train je me flingue lol. non sérieux je veux me tuer",
    "suizidgedanken hatte ich nie, aber inzwischen denke ich an selbstmord",
    "mi terapeuta me preguntó si pensaba en matarme y le dije que no, pero mentí",
])
def test_a_joke_or_denial_taken_back_stays_risk(text: str) -> None:
    assert judge(text).level != "none", judge(text)


# ---------------------------------------------------------------- review 4: everyday sentences over-read
# An outside review found new families firing on harmless sentences: a requirement met by the pattern's own
# words (marks, a body part, "ich/mir"), a weak stand-in for the real context ("merci pour tout", "das reicht",
# "oma", "febbre", a milk "bottle", children shouting), or an ordinary verb read as violence (battu aux échecs,
# zugeschlagen at a sale, pico la cebolla, a jerrycan for water). The same words said that way stay at ``none``.

@pytest.mark.parametrize("text", [
    "¿cómo tapo las marcas que dejó la mesa antes de venderla?",
    "voy a usar el cúter para cortar la cinta de las cajas, ojo con los brazos",
    "los ajos los pico con el cuchillo pequeño, queda más fino",
    "tengo que perder 4 kilos antes de las vacaciones y hoy me mareé en el autobús",
    "j'ai donné mes fringues au Secours populaire. merci pour tout, les bénévoles !",
    "j'ai rangé toute ma chambre et donné mes jouets à mon petit frère, merci pour tout papa !",
    "mon père m'a encore battu au scrabble hier soir",
    "je suis gendarme, j'ai pris mon arme, je pars au travail",
    "la corde à sauter est prête pour la kermesse de ce soir",
    "ma fille pleure quand je lui coupe les ongles, j'ai peur de lui faire mal",
    "hab Opas Tabletten gezählt, das reicht bis Freitag",
    "ich muss die Kerbe noch tiefer schneiden, sonst hält der Zapfen nicht",
    "übermorgen fahr ich die Jungs um acht zum Fußball",
    "Opa ist letzten Winter gestürzt, seitdem kommt er nicht mehr alleine hoch, jetzt hat er einen Treppenlift",
    "ich bin verwirrt, was Insulinresistenz bei Diabetes genau bedeutet",
    "meine Mutter hat im Schlussverkauf wieder zugeschlagen, ich bin 13 und hab neue Schuhe",
    "ich beiss mir immer die Nägel ab bis es blutet, was hilft dagegen?",
    "hab meine alten Bücher verschenkt. danke für alles, liebe Kollegen!",
    "ho trovato il punto per il bungee jumping dal viadotto, domattina si salta",
    "ho preso un coltello giapponese nuovo, lo pagherò a fine mese",
    "stasera passo con la tanica a prendere l'acqua dalla fontana",
    "da tre giorni mangio solo brodo per il mal di gola, la febbre è scesa",
    "vou passar a lâmina nas pernas pra depilar antes da piscina",
    "minha filha pintou o rosto de azul pra festa junina",
    "grávida de 24 semanas e tive sangramento no nariz hoje de manhã, é normal?",
    "tenho vontade de jogar minha irmã na piscina de brincadeira",
    "meu tio entrou no meu quarto de novo pra pegar o carregador dele",
    "vou levar a faca pro churrasco do sábado",
    "holi par padosi darwaza thok rahe hain, bacche chilla rahe hain masti mein",
    "baby ke munh se jhaag aa raha hai, daant nikal rahe hain, bottle bhi nahi pee raha",
])
def test_everyday_sentences_the_new_families_over_read_are_not_risk(text: str) -> None:
    assert judge(text).level == "none", judge(text)


@pytest.mark.parametrize(("text", "rule"), [
    # an older, broader rule still reads these; the new family must not add itself on top
    ("me corté con el borde de un folio, es superficial, en el brazo, nada grave", "es.self_harm.played_down_r42"),
    ("ho preso tutte le compresse dell'antibiotico come prescritto, ciclo completato",
     "it.medical.whole_bottle_r42"),
])
def test_the_new_family_stays_out_of_an_accident_or_a_finished_course(text: str, rule: str) -> None:
    assert f"rule:{rule}" not in judge(text).reasons, judge(text)
