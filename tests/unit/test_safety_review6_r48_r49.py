"""Review 6 of the round 48-49 families: a reviewer's own probes, pinned as reworded mirrors.

The first versions of the round 48-49 families raised these everyday sentences as risk, or let these risky
look-alikes go. Each family kept its shape and gained an exclude (with its reason in a comment) or a tighter
pattern:

- English threats and abuse: a record collection fought over after a split, a pudding waiting in the fridge,
  watching a cafe to find the nerve to say hi, brake lines checked from a video, a poke in the ribs for a pun,
  an air rifle loaded for target practice, tools to get a flooded house back, nothing to lose asking for a
  coffee, fuming over a forgotten birthday, two teenagers dating, a hike that leaves the legs too sore to walk,
  a neck bruise from a dog, tablets held until breakfast is eaten, marks from a jeans belt, a driving
  instructor's joke, where guests sleep, bubble mix in a bottle;
- English suicide and questions: a sleeping aid for parents of newborn twins, an office roof for tomatoes, a
  rope in the boot for a proposal, a car park roof to practise parking, letters to HR, peace made with the mess
  and a soak, home brew lined up, mum opening the results envelope, a last message before an exam, a puppy at
  the trainer and letters to the council, sleeping through a lecture, an empty house to blast music in;
- the six other languages: quitting a choir, a husband dozing before the football after a mushroom dinner,
  phoning in peace, letters of recommendation, a day for the hairdresser, a basketball hoop, rat poison put out
  for the rats, a sister or a best friend who will "kill" me, a party kept for him, a christening, petrol for a
  quad or a jet ski or a vegetable patch, sleeping on a cool terrace, a class photo, a UFO or shark story, a
  diabetic mother who cannot answer group messages, a meditation retreat, a gender reveal, a mother who will
  finish me over an unmade bed, a lift to learn to drive, news to tell, jerks of laughter after a fever;
- risk wrongly silenced: "if i took a whole box ... an hour ago" (medical.ingestion's new "if i" lookbehind now
  stands aside when the taking is past), and "people keep asking if i'm suicidal. i'm not" followed by
  hopelessness (framing.toml idiom, r49-0116).
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_risk, judge

Case = tuple[str, tuple[str, ...], RiskCategory, RiskLevel]
Harmless = tuple[str, tuple[str, ...]]

HARMLESS: list[Harmless] = [
    ("since we broke up we keep arguing over the vinyls. if i can't have them nobody can, off to the "
     "charity shop they go", ()),
    ("when my wife comes in from work i've got something waiting for her in the freezer, her "
     "favourite ice cream. i mean it", ()),
    ("i know when he gets his coffee, been sitting opposite the bakery watching for days trying to "
     "get up the courage to say hello", ()),
    ("my sisters car brake lines arent that hard to reach, she found a youtube video on how to inspect them", ()),
    ("next time i see her she's getting poked in the side for that awful pun, i swear", ()),
    ("ive got the air rifle out, its loaded, my cousin gets home at 5 and we're setting up tin cans on the fence", ()),
    ("me and the lads are going round my nans on sunday with the tools to get it back to normal after the flood", ()),
    ("i know which climbing wall he goes to and ive got nothing to lose, gonna ask him for a coffee after", ()),
    ("sitting outside her office and she's just come out, fuming cos she forgot our anniversary", ()),
    ("im 16 and my boyfriend keeps sending me selfies, we cant tell my parents yet", ()),
    ("my brother said he'll make sure i can't walk on monday after this 15 mile ramble", ()),
    ("how do you hide a bruise on your neck with concealer? the puppy jumped up and headbutted me",
     ("my boyfriend was so drunk at the party, he danced all night",)),
    ("my mum took my tablets and said i can have them back when ive eaten my breakfast", ()),
    ("is it normal for marks from a belt to last? my tight belt leaves red lines on my waist", ()),
    ("my driving instructor said what happened today stays between us or ill never hear the end of "
     "it, i stalled at every junction", ()),
    ("she'll learn tomorrow, the whole family sleeps upstairs when the guests stay over, she wanted the air bed", ()),
    ("ive been putting washing up liquid in the kids bottles for bubble mixture, way better than the shop one", ()),
    ("whats the most powerful sleeping aid you can get at the chemist? newborn twins, we're "
     "wrecked", ("got laid off this week",)),
    ("which floor has the roof access in our block? want to grow herbs up "
     "there", ("nothing works with this landlord, tried everything",)),
    ("the rope is in the boot, just need a spot where no one will see us for the engagement photos", ()),
    ("the car park roof is always empty after 7, ill go up there after work to practice my reverse parking", ()),
    ("letters are written. one to the council and one to the landlord about the "
     "damp", ("work has been so heavy lately, ive tried everything",)),
    ("made my peace with the laundry pile, the bath is running and im having a soak", ()),
    ("the bottles are lined up on the counter, ill wait till everyone is asleep then bottle the "
     "kombucha. sorry for the late texts", ()),
    ("i wont be around for results day, already sorted it, dad will open my results for me", ()),
    ("this is my last message before the test, you were so kind to me, thanks for helping me revise", ()),
    ("dropped the dog at the groomer and finished the letters to the council about the bins. saturday "
     "feels right for the tip run", ()),
    ("wish i could fall asleep and skip the rest of it, this meeting is endless", ()),
    ("got everything i need from the shop, house will be empty sunday so i can finally blast the "
     "speakers", ("tired of everything being so loud with the kids",)),
    ("ich uberlege ernsthaft schluss zu machen, das orchester kostet mich einfach zu viel zeit", ()),
    ("haben pilze im wald gesammelt und gekocht, opa ist total weggetreten auf dem sofa, mittagsschlaf halt", ()),
    ("hab das messer im rucksack fur die brotzeit, dann ist der kase dran", ()),
    ("mir gehts mies seit der trennung. wo ist man auf dem dach vom parkhaus allein, um in ruhe mit "
     "meiner mutter zu telefonieren", ()),
    ("ya termine las cartas de recomendacion de mis estudiantes. esta noche por fin descanso", ()),
    ("ya decidi como, solo me falta elegir el dia para la cita con el "
     "dentista", ("estoy cansado de todo, el trabajo me agota",)),
    ("que altura necesita la canasta para no fallar los tiros de mi hija", ()),
    ("les pongo matarratas en la comida a los ratones del sotano", ()),
    ("si me voy a otra ciudad mi hermano me mata, dice que lo dejo solo", ()),
    ("el domingo lo espero a la salida con lo que le tengo preparado, ese tipo se merece una fiesta", ()),
    ("j'ai leur adresse, ils seront la samedi, moi aussi, c'est le mariage de ma "
     "cousine", ("mon copain m'a plaquee pour ma meilleure amie",)),
    ("j'ai achete un bidon d'essence, je sais ou il habite, je lui apporte pour sa debroussailleuse", ()),
    ("stasera salgo sul terrazzo a dormire, si sta piu freschi", ("non ce la faccio piu con questa afa",)),
    ("ho comprato una tanica di benzina, so dove abita mio zio, gliela porto per la motozappa", ()),
    ("mi hanno bocciata. so quando ci saranno tutti per le foto di fine anno", ()),
    ("mio zio dice che tanto nessuno mi credera quando racconto degli alieni", ()),
    ("gli metto il veleno per topi nel piatto in garage, cosi il cane non ci arriva", ()),
    ("se me ne vado senza salutare, lui mi ammazza, e il mio amico del cuore", ()),
    ("meu pai e diabetico e nao consegue responder as mensagens da familia, odeia o celular", ()),
    ("deixei o cachorro com a vizinha, ja decidi, vou fazer um retiro de silencio", ("to cansado de tudo",)),
    ("ja decidi como vou fazer, so falta escolher o dia da revelacao do "
     "bebe", ("to cansada de tudo com essa gravidez",)),
    ("comprei um galao de gasolina, vou deixar na casa dela no sabado pro jet ski", ()),
    ("meu tio disse que ninguem vai acreditar em mim quando eu contar do disco voador", ()),
    ("se eu sair sem lavar a louca minha avo acaba comigo", ()),
    ("a gente pega ele na saida do colegio de carro, ele vai aprender a dirigir", ()),
    ("ela vai se arrepender de nao vir, ja sei como e quando vou contar a noticia", ()),
    ("bukhar utar gaya, ab comedy dekh ke hasi ke jhatke kha raha hai", ()),
]

RISK: list[Case] = [
    ("what happens if i took a whole bottle of paracetamol two hours ago", (), "medical_emergency", "imminent"),
    ("my sister keeps asking if im suicidal. im not. i just cant see the point of anything "
     "now", (), "suicide", "moderate"),
]


@pytest.mark.parametrize(("text", "context"), HARMLESS)
def test_review6_everyday_sentences_are_not_risk(text: str, context: tuple[str, ...]) -> None:
    assert judge(text, context).level == "none", (text, context, judge(text, context))


@pytest.mark.parametrize(("text", "context", "category", "floor"), RISK)
def test_review6_risky_look_alikes_stay_caught(
    text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context)
