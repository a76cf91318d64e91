"""Rounds 56-57: ordinary messages and conversations the rules flagged, read as families.

Most are conversations whose alarming first message a later one explains; the rules read that later message for a
few kinds of explanation only (rule_engine._LaterReading, framing's *_later readings), and these were not among them:
- a threat at "everyone on the server", with the game named only in the last message ("new patch dropped and my
  sniper build is finally meta lol"): is_game_target looked for the game before the threat only (is_game_later);
- "i'm ending it today" ... "handing in my notice at 5": leaving a job closes an open "ending it" in any earlier
  message (_LaterReading.quit), never "ending it all", the writer's own life, or with pills, a note or a bridge;
- a fan's "i want to die" (or "j'ai envie de mourir mdr") with the manager told to go, after a score
  (framing.is_fan_lament), never with "anymore", "for real", the writer's life or a real loss;
- "ich bring ihn um" ... a printer that ate the document: a machine that ate, jammed or lost the work is a trivial
  grievance (framing.toml grievance), never with a wait, a visit or an evening after it;
- "se domani piove ancora mi butto dal balcone" ... "giuro" ... "scherzo eh 😂": "jk" in the other languages, rain or
  an email as the trivial trigger, and one short filler message between the hyperbole and the "jk";
- "i want them all dead" whose "them" is the slugs named just before (framing.is_pest_target), never with a person
  named from the pests to the end.
And single idioms: "gun to my head, I could not tell you ..." (a verb of knowing after it, never "he held a gun to my
head"); "if I have to sit through one more team-building workshop I'm walking into the sea" (a work ritual, never "one
more day" or "alone"); a lethal dose of caffeine asked with four espressos had and jitters (question.lethal exclude,
never caffeine pills or distress); "non ce la faccio più, ho bisogno di ferie" (it.suicide.passive_family, and the
English "can't take it anymore, I need a holiday").
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_quiet, assert_risk

Conversation = tuple[tuple[str, ...], str]

QUIET: list[Conversation] = [
    # game named later (r56-0062)
    (("I'm going to kill everyone on the server tonight", "they won't know what hit them"),
     "new patch dropped and my sniper build is finally meta lol"),
    (("gonna kill everyone in the lobby later",), "the new patch dropped, smg build is so broken now"),
    (("I'm going to kill everyone in the lobby tonight", "no mercy"),
     "battle pass is out and my stealth build is finally meta"),
    (("i will kill everyone in this lobby", "watch me"), "new patch dropped and my sniper build is meta now"),
    # leaving a job (r56-0063)
    (("I'm so done, I'm ending it today", "can't do this anymore"),
     "handing in my notice at 5. three years at that call centre is enough"),
    (("I'm so done, I'm ending it today",), "handing in my notice at 5"),
    (("I'm ending it today", "no more"), "telling my boss I'm leaving at 5, that warehouse has had four years of me"),
    (("im done im ending it tonight",), "resignation letter is written, hr meeting at 9 tomorrow"),
    (("I'm finally ending it today", "can't do this anymore"),
     "quitting my job at lunch, ten years in that office is plenty"),
    # a fan after a thrashing (r56-0066, r56-0089)
    (("we got absolutely murdered tonight", "5-0 at home"), "I want to die honestly, the manager has to go"),
    (("On s'est fait massacrer ce soir", "4-0 contre Lyon"), "j'ai envie de mourir mdr, l'entraîneur doit dégager"),
    (("lost 4-0 to Villa", "embarrassing"), "honestly want to die, sack the gaffer"),
    (("perdimos 5-0 en casa",), "me quiero morir, que echen al entrenador ya"),
    (("abbiamo perso 4-0 col Napoli",), "voglio morire, l'allenatore deve andare via"),
    (("0:5 zuhause verloren",), "ich will sterben, der Trainer muss weg"),
    (("perdemos de 5 a 0 em casa",), "quero morrer kkk, fora treinador"),
    # a machine that ate the work (r56-0092)
    (("Ich bring ihn um", "Ernsthaft, diesmal bring ich ihn um"),
     "Der Drucker im Büro hat schon wieder mein ganzes Dokument gefressen 🙄"),
    (("Ich bring ihn um",), "mein Laptop ist schon wieder abgestürzt und hat alles gelöscht"),
    (("je vais le tuer", "sérieux cette fois"), "l'imprimante a encore bouffé tout mon document 🙄"),
    (("lo ammazzo", "giuro"), "la stampante dell'ufficio si è mangiata di nuovo tutto il documento"),
    (("lo mato", "en serio"), "la impresora se tragó otra vez todo mi documento"),
    # "jk" in the other languages, behind a filler (r56-0095)
    (("Se domani piove ancora mi butto dal balcone", "giuro"),
     "scherzo eh 😂 abito al primo piano. è che volevo andare al mare"),
    (("se il capo mi manda un'altra mail mi butto dalla finestra", "giuro"), "scherzo 😂 abito al piano terra"),
    (("se c'è ancora traffico mi butto dal ponte", "lo giuro"), "sto scherzando ahah, è solo che odio il traffico"),
    (("if my boss sends one more email I'm jumping off the balcony", "I swear"), "jk lol I live on the ground floor"),
    # pests (r56-0111)
    (("these slugs are destroying my lettuces", "I want them all dead"), "is a beer trap better than copper tape?"),
    (("the rats are back in the shed", "I want them all dead"), "snap traps or poison?"),
    (("the wasps are back",), "I want them all dead"),
    (("mosquitoes everywhere in the tent", "I want them all dead"), "is citronella any good?"),
    (("aphids all over my roses", "i want them dead"), "does soapy water work?"),
    # caffeine jitters (r56-0186)
    ((), "what's the lethal dose of caffeine? I've had 4 espressos and I'm jittery lol"),
    ((), "is 5 red bulls a lethal amount? had 5 red bulls since lunch, buzzing so hard rn"),
    ((), "what's a toxic dose of coffee, I've had like 6 cups today and my heart is racing haha"),
    ((), "how much caffeine is lethal? on my fifth coffee and shaking lol"),
    # work, and a holiday needed (r57-0013)
    ((), "Il lavoro mi sta uccidendo, dodici ore al giorno da sei mesi. Non ce la faccio più, ho bisogno di ferie."),
    ((), "Non ce la faccio più, mi serve una settimana al mare."),
    ((), "lo studio mi sta distruggendo, non ce la faccio più, ho proprio bisogno di staccare"),
    ((), "Non ce la faccio più, vorrei delle vacanze"),
    ((), "I can't take it anymore, I need a holiday."),
    ((), "I can't do this anymore, I need a vacation"),
    # gun to my head, not knowing (r57-0100)
    ((), "Gun to my head, I could not tell you what my manager actually wants from me."),
    ((), "gun to my head, couldn't name a single thing my team shipped this year"),
    ((), "If you put a gun to my head I could not explain what our product does"),
    ((), "gun to my head I wouldn't know which of the twins is which"),
    ((), "Gun to my head, I have no idea what the plot of Inception is"),
    # one more work ritual (r57-0190)
    ((), "If I have to sit through one more team-building workshop I'm walking into the sea 🙃"),
    ((), "If I have to do another icebreaker I'm jumping off the roof 🙃"),
    ((), "if I have to do one more trust exercise I'm jumping off a cliff"),
    ((), "if I have to fill in one more timesheet I'm driving into the sea"),
    ((), "if i have to sit through another all hands im walking into the river 🙃"),
]

RISK: list[tuple[tuple[str, ...], str, RiskCategory, RiskLevel]] = [
    # a real place, a real person, a gun or earnestness beside the game
    (("I'm going to kill everyone at school tomorrow", "they won't know what hit them"), "new patch dropped lol",
     "harm_to_others", "high"),
    (("I'm going to kill everyone on the server tonight", "starting with my stepdad"),
     "new patch dropped and my sniper build is finally meta lol", "harm_to_others", "high"),
    (("I'm going to kill everyone on the server tonight, I've got my dad's gun",), "new patch dropped lol",
     "harm_to_others", "high"),
    (("I'm going to kill everyone on the server tonight",), "new patch dropped, not joking though",
     "harm_to_others", "high"),
    (("I'm going to kill everyone on the server tonight",),
     "my sniper build is finally meta lol, then I'm going round his house", "harm_to_others", "high"),
    # the notice handed in, and pills, a note, a bridge or the writer's own life
    (("I'm so done, I'm ending it today", "got all my pills together"),
     "handing in my notice at 5. three years at that call centre is enough", "suicide", "high"),
    (("I'm so done, I'm ending it today", "can't do this anymore"),
     "handing in my notice at 5 so nobody has to find me at work", "suicide", "high"),
    (("I'm going to kill myself today",), "handing in my notice at 5. three years at that call centre is enough",
     "suicide", "high"),
    (("I'm ending it all today", "can't do this anymore"), "handing in my notice at 5", "suicide", "high"),
    (("I'm so done, I'm ending it today", "can't do this anymore"),
     "handing in my notice at 5 and then I'm going to the bridge", "suicide", "high"),
    (("I'm so done, I'm ending it today", "nobody would miss me"), "handing in my notice at 5", "suicide", "high"),
    (("I'm so done, I'm ending it today", "can't do this anymore"), "three years at that call centre is enough",
     "suicide", "high"),
    # the wish meant, no manager to blame, or no match at all
    (("we lost 5-0 tonight", "and my wife left me last week"), "I want to die honestly, nothing matters anymore",
     "suicide", "moderate"),
    (("we got murdered 5-0",),
     "I want to die honestly, the manager has to go. not joking, I've been thinking about it for weeks",
     "suicide", "moderate"),
    ((), "I want to die honestly, my manager has to go", "suicide", "moderate"),
    (("everything at work is falling apart",), "I want to die honestly, the manager has to go", "suicide", "moderate"),
    (("we lost 5-0",), "I want to kill myself, the manager has to go", "suicide", "moderate"),
    (("On s'est fait massacrer ce soir", "4-0 contre Lyon"),
     "j'ai envie de mourir, pour de vrai, l'entraîneur doit dégager", "suicide", "moderate"),
    (("On s'est fait massacrer ce soir", "4-0 contre Lyon"), "j'ai envie de mourir mdr, j'en peux plus de ma vie",
     "suicide", "moderate"),
    # a person, a knife, or a wait after the printer
    (("Ich bring ihn um", "Ernsthaft"), "Mein Chef hat mich vor allen angeschrien", "harm_to_others", "high"),
    (("Ich bring ihn um",), "Der Drucker hat mein Dokument gefressen. Ich hab schon das Messer in der Tasche",
     "harm_to_others", "high"),
    (("Ich bring ihn um",),
     "der Drucker hat mein Dokument gefressen und der Kollege lacht nur, ich warte draußen auf ihn",
     "harm_to_others", "high"),
    (("je vais le tuer", "sérieux"),
     "l'imprimante a bouffé mon document et mon chef a rigolé, je l'attends ce soir dehors", "harm_to_others", "high"),
    # "scherzo" and then "no davvero", despair, a letter, tonight
    (("Se domani piove ancora mi butto dal balcone", "giuro"), "scherzo eh 😂 no davvero, non ce la faccio più",
     "suicide", "high"),
    (("Se domani piove ancora mi butto dal balcone", "giuro"), "scherzo eh 😂 ma stasera vado sul tetto",
     "suicide", "high"),
    (("sono stanca di tutto, mi butto dal balcone", "giuro"), "scherzo eh 😂 abito al primo piano", "suicide", "high"),
    (("Se domani piove ancora mi butto dal balcone", "non ce la faccio più"), "scherzo eh 😂 abito al primo piano",
     "suicide", "high"),
    (("Se domani piove ancora mi butto dal balcone", "ho già scritto la lettera"), "scherzo eh 😂", "suicide", "high"),
    (("Se domani piove ancora mi butto dal balcone stasera", "giuro"), "scherzo eh 😂 abito al primo piano",
     "suicide", "high"),
    (("if my boss sends one more email I'm jumping off the balcony", "I swear"),
     "jk... kind of, I don't know anymore", "suicide", "high"),
    # people, not pests
    (("my neighbours keep parking on my lawn",), "I want them all dead", "harm_to_others", "moderate"),
    (("these slugs are destroying my lettuces and the kids next door just laugh",), "I want them all dead",
     "harm_to_others", "moderate"),
    (("these slugs are destroying my lettuces",), "I want my dad dead", "harm_to_others", "moderate"),
    (("the slugs are back",), "honestly my whole family, I want them all dead", "harm_to_others", "moderate"),
    (("these slugs are destroying my lettuces", "I want them all dead"), "and my neighbour too, he laughed at me",
     "harm_to_others", "moderate"),
    # caffeine pills, a wish, distress
    ((), "what's the lethal dose of caffeine? I want to take enough to not wake up", "suicide", "high"),
    ((), "what's the lethal dose of caffeine pills? I've had 4 espressos and I have a full bottle lol",
     "suicide", "high"),
    ((), "what's the lethal dose of caffeine? I've had 4 espressos and I'm jittery, I can't cope anymore",
     "suicide", "high"),
    (("I can't do this anymore",), "what's the lethal dose of caffeine? I've had 4 espressos and I'm jittery lol",
     "suicide", "high"),
    # rest forever, a wish to die beside the holiday
    ((), "Non ce la faccio più, ho bisogno di ferie. Ferie per sempre, da tutto.", "suicide", "low"),
    ((), "Non ce la faccio più, ho bisogno di dormire per sempre", "suicide", "low"),
    ((), "Non ce la faccio più, vorrei morire, ho bisogno di ferie", "suicide", "moderate"),
    ((), "I can't take it anymore, I need a holiday from life", "suicide", "low"),
    ((), "I can't take it anymore, I need a holiday, nothing matters anymore", "suicide", "low"),
    # a real gun at the head, or why the writer is still here
    ((), "gun to my head right now, I can't do this anymore", "suicide", "imminent"),
    ((), "gun to my head, I couldn't tell you why I'm still alive", "suicide", "imminent"),
    ((), "I have a gun to my head and I can't tell you how sorry I am", "suicide", "imminent"),
    ((), "gun to my head. I don't know what to do", "suicide", "imminent"),
    # one more day, alone, tonight, or meant
    ((), "if I have to sit through one more day like this I'm walking into the sea", "suicide", "high"),
    ((), "if I have to spend one more night alone I'm walking into the sea", "suicide", "high"),
    ((), "if I have to go to one more meeting I'm walking into the sea tonight", "suicide", "high"),
    ((), "if I have to sit through one more team building workshop I'm walking into the sea, I mean it",
     "suicide", "high"),
    ((), "if I have to sit through one more team building workshop I'm walking into the sea, nobody cares anyway",
     "suicide", "high"),
]


@pytest.mark.parametrize(("context", "text"), QUIET)
def test_later_explanations_and_idioms_stay_quiet(context: tuple[str, ...], text: str) -> None:
    assert_quiet(text, context=context)


@pytest.mark.parametrize(("context", "text", "category", "floor"), RISK)
def test_the_same_words_left_open_stay_flagged(
    context: tuple[str, ...], text: str, category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context=context)
