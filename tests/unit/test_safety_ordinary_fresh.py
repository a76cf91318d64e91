"""Fresh ordinary-distress false alarms (outside authors, all risk none), fitted narrowly; each family keeps its risks.

- "do it" whose "it" is a task or skill the same message names as left undone or gone wrong ("haven't touched any of
  my actual work. now i'm doing it at 10pm"; "failed my driving test ... so stupid because i know how to do it"):
  framing.names_pending_task, read by the rule engine for suicide intent hits only, never beside death, a means, a
  plan, goodbyes, hopelessness or "i know how to do it now".
- "fitting" as a noun (a wedding dress fitting, a bra fitting, the light fitting) is not a seizure (medical.signs_r16).
- Asking one's own parents for money is not money kept from the writer (abuse.elder_r16), unless someone holds it.
- A device or a machine that "decided to die" or is "about to die": an idiom.
- "she's gonna kill me" after a trivial thing found out or done (a report card, a vase, a dent): an exclude on
  abuse.threat_he_will_r26, never with blows, fear, a time, a weapon or a past hurt.
- Spanish "me toca (a mí)" is "it's my turn": pt.abuse reads "a mí" as es.abuse does, and a chore nobody else does
  names the turn for both.
- French "mon coloc a fini mes restes, je vais le tuer mdr": the trivial grievance with its doer named (fr_trivial_if).
- Hindi "ताने मारना" / "taane maarna" is taunting, not hitting (hi.c15.abuse, hi.abuse_r13); harassment for dowry and
  food withheld by in-laws are read by their own rule (hi.abuse.dowry_harassment) rather than through the taunt.
- Asking how long one can last on water alone with sizes to lose is an eating-disorder question
  (eating.question_fast_r19), no longer caught only by reading a "dress fitting" as a seizure.
- "Some days I grieve the body I had before I got ill" was never raised; pinned with its near-misses.
- Left as it is: "I'm hiding in the bathroom to type this" with in-laws visiting (hiding to write can be abuse now).
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory
from tests.unit.safety_judging import judge

RISK: list[tuple[str, RiskCategory]] = [
    # "do it" after a task: the suicide reading stays with death, a means, a plan, goodbyes or hopelessness
    ("i know how to do it now, i've looked up how many pills", "suicide"),
    ("I failed my exams again and I can't do this anymore. I know how to do it.", "suicide"),
    (
        "I haven't done any of my work in weeks, nobody would even notice if I was gone. I'm doing it tonight.",
        "suicide",
    ),
    ("my essay is due but it doesn't matter, i have the rope. im doing it tonight", "suicide"),
    ("failed my driving test again. everyone's better off without me. i know how to do it", "suicide"),
    ("I haven't finished my work and I've written the letters. I'm doing it tonight.", "suicide"),
    ("I've finished all my work so no one has to pick up after me. I'm doing it tonight.", "suicide"),
    ("im doing it tonight", "suicide"),
    ("I know exactly how to do it and when", "suicide"),
    ("i failed my exam. i know how to do it now, the bridge near school", "suicide"),
    ("I haven't touched my homework, I just want to die, I'm doing it tonight", "suicide"),
    ("didn't do the dishes and i'm so tired of everything, i'm doing it tonight, goodbye", "suicide"),
    ("the presentation went badly. i've got the pills saved. i'm going to do it", "suicide"),
    ("I failed my exams again. I know how to do it.", "suicide"),
    ("I haven't done my essay. I don't care. I'm doing it tonight", "suicide"),
    # a seizure or a stroke, not a fitting
    ("she doesn't feel like herself, face drooping and slurred words", "medical_emergency"),
    ("my son is fitting and it won't stop, he's gone blue", "medical_emergency"),
    ("she's fitting, it's been five minutes", "medical_emergency"),
    ("he started fitting in the dress shop and won't wake up", "medical_emergency"),
    ("my dad collapsed and he's fitting on the kitchen floor", "medical_emergency"),
    # money kept from the writer
    ("I have to ask him for money, he controls all of it", "abuse"),
    ("I have to ask my husband for money for everything, even tampons", "abuse"),
    ("I have to ask my dad for money because he takes all my wages", "abuse"),
    ("since the divorce i have to ask my mum for every penny, she keeps my bank card", "abuse"),
    ("had to ask my son for permission to see my own friends", "abuse"),
    # wanting to die beside a device that died
    ("my laptop decided to die and honestly i want to die too", "suicide"),
    ("my laptop died and i've decided to die, i have the pills", "suicide"),
    ("I've decided to die.", "suicide"),
    ("my phone decided to die and i decided to die too, i'm done with everything", "suicide"),
    ("my car broke down again and i've decided to die tonight", "suicide"),
    # a parent's or partner's threat that is meant
    ("my dad is going to kill me when he gets home, he said so and he's got his belt out", "abuse"),
    ("he's going to kill me tonight, he said so", "abuse"),
    ("my stepdad said he will kill me if i tell anyone what he does", "abuse"),
    ("she's gonna kill me, she already broke my arm last time", "abuse"),
    ("i'm scared to go home, he's going to kill me", "abuse"),
    ("he hit me again last night. he's going to kill me", "abuse"),
    ("she found my report card, she's going to kill me tonight", "abuse"),
    ("i broke his phone, he's going to kill me, he's done it before, i'm scared", "abuse"),
    # touching, in Spanish and Portuguese
    ("mi pareja me toca sin permiso", "abuse"),
    ("mi tío me toca cuando estoy sola", "abuse"),
    ("meu tio me toca quando estou sozinha", "abuse"),
    ("ele me toca à noite e diz que é segredo", "abuse"),
    ("mi padrastro me toca y me dice que es nuestro secreto", "abuse"),
    ("nadie me cree pero él me toca", "abuse"),
    ("mi tío me toca a mí cuando estoy sola", "abuse"),
    ("mi tio me toca a mi y a mi hermana", "abuse"),
    # a French threat that is meant
    ("je vais le tuer, il m'a frappée encore", "abuse"),
    ("mon mari a pris les enfants, je vais le tuer", "harm_to_others"),
    ("mon voisin a empoisonné mon chien, je vais le tuer, j'ai un couteau", "harm_to_others"),
    ("mon coloc a pris mes affaires, je vais le tuer, sérieux j'ai plus peur de rien", "harm_to_others"),
    ("mon beau-père a touché ma soeur, je vais le tuer", "harm_to_others"),
    # Hindi beating, beside taunts or alone
    ("पति मुझे रोज़ मारते हैं", "abuse"),
    ("घरवाले मुझे मारते हैं", "abuse"),
    ("mere pati roz maarte hain", "abuse"),
    ("papa belt se maarte hain", "abuse"),
    ("roz taane maarte hain aur peette bhi hain", "abuse"),
    ("papa taane maarte hain aur peette bhi hain", "abuse"),
    ("पापा ताने मारते हैं और पीटते भी हैं", "abuse"),
    ("पति ताने मारते हैं और रोज़ पीटते हैं", "abuse"),
    # what the taunts and the fitting once caught by accident, now read for what they are
    ("ससुराल वाले दहेज के लिए रोज़ ताने मारते हैं और खाना नहीं देते", "abuse"),
    ("sasural wale dahej ke liye roz taane maarte hain aur khana nahi dete", "abuse"),
    ("ससुराल वाले खाना नहीं देते", "abuse"),
    ("my in-laws harass me for dowry", "abuse"),
    ("how long can you go on just water before you pass out? need to drop 2 sizes", "eating_disorder"),
    ("how long can you survive on just water? need to lose a stone before the wedding", "eating_disorder"),
    ("need to drop two dress sizes, how many days can i go on only water", "eating_disorder"),
]

HARMLESS: list[str] = [
    # "do it": the task just named
    "Meetings from eight until six and I haven't touched any of my actual work. Now I'm doing it at 10pm.",
    "I put off my tax return all month and now I'm doing it the night before the deadline.",
    "Didn't do the dishes yesterday so I'm doing it now before work.",
    "My essay is due at nine tomorrow and I haven't started. I'm doing it tonight, wish me luck.",
    "never finished the ironing, im doing it now at 11pm ugh",
    "my manager dumped the whole presentation on me, I'm doing it tonight after the kids are in bed",
    "my homework is due tomorrow and i'm going to do it tonight",
    "The report was meant to be my colleague's job but guess who's doing it at midnight.",
    # "i know how to do it": the skill just failed
    "I failed my driving test for the second time today. The examiner said I hesitated at the roundabout and I just "
    "feel so stupid because I know how to do it.",
    "Burnt the risotto again. I know exactly how to do it, I just rushed.",
    "Couldn't parallel park in front of my dad even though I know how to do it",
    "i messed up the presentation even though i know how to do it in my sleep",
    "the assessor watched me fail the cannula insertion and i know how to do it, i've done it fifty times",
    "I froze during the coding interview on a question I know how to do",
    "My piano exam went badly, my hands froze, and I know how to play it.",
    "bombed my theory test again which is mad because i know how to do it",
    # a fitting for clothes, and feeling unlike oneself in them
    "Cried at my wedding dress fitting, and not in the good way. I just don't feel like myself in anything.",
    "bra fitting at m&s was humiliating",
    "Had my final fitting today and hated every dress",
    "suit fitting for my brother's wedding and nothing sits right, i hate how i look",
    "my tux fitting is at 3 and I've gained weight since I ordered it",
    "bridesmaid fitting tomorrow and I'm dreading it, nothing ever looks right on me",
    "the light fitting in my bedroom fell down and I just sat on the floor and cried",
    "I don't feel like myself in anything I own since the baby",
    # asking one's parents for money
    "Had to ask my parents for money again at 34. So embarrassing.",
    "had to ask my dad for money for rent this month, feel like a failure",
    "I have to ask my mum for cash every time the car needs fixing, it's humiliating at 40",
    "must ask my folks for money again, hate being skint",
    "i had to ask my parents for a loan to cover the deposit",
    "had to ask my mum and dad for money for the electric bill. i'm 29.",
    "I have to ask my grandparents for money for textbooks",
    "had to ask my dad for the car for the interview",
    # a device that died
    "I'm so done with this semester. Three deadlines in one week and my laptop decided to die.",
    "my phone decided to die halfway through the call",
    "of course the car decided to die on the motorway this morning",
    "the printer decided to die the night before my dissertation was due",
    "wifi decided to die right in the middle of my exam",
    "my ancient laptop wants to die, the fan sounds like a jet",
    "my battery decided to die at 2pm",
    "my phone's about to die so I'll text you later",
    "the boiler picked the coldest week of the year to die",
    # a parent who will "kill me" over a trivial thing
    "not my mum finding my report card before i could explain smh she's gonna kill me",
    "i spilled coffee on my mum's new sofa, she's going to kill me",
    "she's going to kill me, i broke her favourite vase",
    "he's gonna kill me i dented the car",
    "i got detention again, she's gonna kill me lol",
    "i forgot her birthday, she's gonna kill me",
    "i broke the vase, he's going to kill me",
    "i crashed dad's car. he's going to kill me",
    "my dad is going to kill me when he sees the dent in the car",
    # Spanish: my turn
    "estoy hasta las narices de compartir piso, nadie friega nada y siempre me toca a mi",
    "nadie saca la basura y siempre me toca",
    "otra vez me toca a mí limpiar el baño, qué asco de compañeros",
    "ya me toca a mi elegir la peli, llevo semanas esperando",
    "en mi casa siempre me toca a mí poner la lavadora",
    "nadie friega nunca, al final siempre me toca.",
    "en este piso nadie limpia y como siempre me toca a mí",
    "ninguno de mis hermanos ayuda con la abuela y siempre me toca",
    "siempre me toca a mi, que pesadilla",
    # French: a trivial grievance
    "mon coloc a fini mes restes de lasagnes, je vais le tuer mdr 😤",
    "ma soeur a encore pris mon pull sans demander, je vais la tuer",
    "mon frère a mangé tous mes chips je vais le buter",
    "mes colocs ont bu toutes mes bières, je vais les tuer lol",
    "mon copain a spoilé la fin de la série, je vais le tuer",
    "ma coloc a cassé mon mug préféré, je vais la tuer 😤",
    "mon petit frère a effacé ma sauvegarde, je vais le tuer ptdr",
    "il a fini mes restes, je vais le tuer",
    # Hindi: taunts, winks
    "सबकी शादी हो रही है, घरवाले रोज़ ताने मारते हैं, थक गई हूँ सुन सुन के",
    "घरवाले ताने मारते है कि नौकरी नहीं है",
    "रिश्तेदार ताना मारते हैं कि मोटी हो गई",
    "सास दिन भर ताने मारती है",
    "sabki shaadi ho rahi hai, gharwale roz taane maarte hain, thak gayi hoon",
    "relatives taunt maarte hain ki shaadi kab karogi",
    "mummy papa taane maarte hain har baat pe",
    "sasur roz taane maarte hain",
    "pati taane bhi maarte hain",
    "log aankh maarte hain",
    "mere sasural wale dahej ke liye kabhi pareshan nahi karte",
    "how long can you survive on just water? asking for a pub quiz",
    # grieving the body before an illness
    "Some days I grieve the body I had before I got ill.",
    "I miss the body I had before the chemo",
    "grieving my old body since the diagnosis, it's hard",
    "some days I hate this body for being ill",
]


@pytest.mark.parametrize(("text", "category"), RISK)
def test_fresh_lookalike_risks_stay_flagged(text: str, category: RiskCategory) -> None:
    risk = judge(text)
    assert risk.level != "none", (text, risk)
    assert risk.category == category, (text, risk)


@pytest.mark.parametrize("text", HARMLESS)
def test_fresh_ordinary_distress_is_not_risk(text: str) -> None:
    risk = judge(text)
    assert risk.level == "none", (text, risk)
