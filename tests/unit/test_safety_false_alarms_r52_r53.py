"""Rounds 52-53 false alarms (tag fa), fitted as narrow idioms, framings and rule excludes; each family keeps its risks.

- F1 a window exit promised over one more meeting or call (r52-0013, r53-0111): an idiom, only for a meeting-like
  trigger, never with earnestness, a time or a wish to die after it.
- F2 a day or a thing told to go jump off a cliff (r53-0130): an idiom, never the writer or "we".
- F3 "vou me matar de rir" (r52-0147): laughing oneself to death, as "morrer de rir".
- F4 "i could honestly strangle him" before a landlord's rent rise or unfixed heater (r52-0059): a trivial grievance.
- F5 a friend's "goodbye message" explained as a move (r52-0021): an idiom, never with silence, a means or worry.
- F6 pills lined up in a weekly organiser (r52-0063): an idiom, never with a stockpile, a note or a time.
- F7 how high a building must be to count as a skyscraper (r52-0081): an exclude on suicide.method_r17.
- F8 on a bridge in a traffic jam (r52-0086, pt): a short place message explained by the next as traffic.
- F9 shut in by accident by a broken handle (r52-0087, it): an exclude on it.abuse_now_r9.
- F10 razor blades for a safety razor (r52-0106): an exclude on self_harm.high_r11, never with a cover story.
- F11 twenty vitamin C tablets over a month (r52-0116, it): an idiom, never a medicine or all at once.
- F12 a game character bleeding out (r52-0163) and F16 a kitchen cut already taped up (r53-0189): message excludes
  on medical.signs and medical.bleeding.
- F13 a teacher asking the warning signs that a teenager self-harms (r52-0186, es): an exclude on es.self_harm.
- F14 a fast kept till iftar (r52-0218): an exclude on eating.restriction_body_failing_r43, as "ramadan".
- F15 "i've made my decision, no going back" about resigning (r53-0102): an exclude on suicide.intent.
- F17 hiding in one's room all weekend after being left out (r53-0104): an exclude on abuse.in_progress.
- F18 appetite gone after a break-up (r53-0199): an exclude on eating_disorder.behaviour.
"""

from __future__ import annotations

import pytest

from tests.unit.safety_judging import assert_risk, judge

Case = tuple[str, tuple[str, ...], str, str]
Harmless = tuple[str, tuple[str, ...]]

RISK: list[Case] = [
    # F1 (r52-0013, r53-0111)
    ("if i have to get through one more day like this im going to jump out the window", (), "suicide", "high"),
    ("one more meeting and im gonna throw myself out of the window, for real i cant do this anymore", (), "suicide",
     "high"),
    ("if my boss books one more call im going to jump out the office window tonight", (), "suicide", "high"),
    ("if i have to sit through another standup im going to jump out the window, honestly i want to die", (),
     "suicide", "high"),
    ("im going to jump out the window, i cant take it anymore", (), "suicide", "high"),
    ("after this zoom call im going to throw myself out of the window, nobody would even notice", (), "suicide",
     "high"),
    # F2 (r53-0130)
    ("i might go jump off a cliff tonight", (), "suicide", "high"),
    ("maybe i should just go jump off a cliff, nobody would miss me", (), "suicide", "high"),
    ("monday can go jump off a cliff and so can i, im done", (), "suicide", "high"),
    ("i really could go jump off a cliff right now", (), "suicide", "high"),
    ("we should all go jump off a cliff together, me first", (), "suicide", "high"),
    # F3 (r52-0147)
    ("vou me matar hoje, nao aguento mais", (), "suicide", "moderate"),
    ("quero me matar", (), "suicide", "moderate"),
    ("kkkk vou me matar de rir, mentira, quero me matar de verdade", (), "suicide", "moderate"),
    ("to pensando em me matar", (), "suicide", "moderate"),
    ("vou me matar, ja separei os remedios", (), "suicide", "moderate"),
    # F4 (r52-0059)
    ("i could honestly strangle him", ("ugh my landlord",
     "he raised the rent again, im going round there tonight with a knife"), "harm_to_others", "moderate"),
    ("i want to strangle him", ("my landlord",), "harm_to_others", "moderate"),
    ("he still hasnt fixed the heater and im going round tonight to make him pay", ("i could strangle my landlord",),
     "harm_to_others", "moderate"),
    ("i could honestly strangle him, i know where he lives", ("my landlord kept my deposit",), "harm_to_others",
     "moderate"),
    ("im going to kill him", ("my landlord raised the rent", "ive got the hammer ready"), "harm_to_others",
     "moderate"),
    # F5 (r52-0021)
    ("she isnt answering her phone", ("my friend sent me a weird goodbye message",), "suicide", "high"),
    ("i wrote my goodbye note last night", (), "suicide", "high"),
    ("turns out im not moving anywhere, i just want to die", ("i posted my goodbye message",), "suicide", "high"),
    ("turns out he was moving on to a better place, hes not answering and im scared",
     ("my mate sent me a goodbye text",), "suicide", "high"),
    ("this is my goodbye message to you all", (), "suicide", "high"),
    # F6 (r52-0063)
    ("ive got the pills lined up on the counter, tonights the night", (), "suicide", "high"),
    ("got all the pills lined up, ive saved them for weeks", (), "suicide", "high"),
    ("put them in the organiser so nobody notices", ("ive got the pills lined up",), "suicide", "high"),
    ("pills lined up, note written", (), "suicide", "high"),
    ("the pills are lined up on my desk, every single one i saved", ("i moved them out of the weekly organiser",),
     "suicide", "high"),
    # F7 (r52-0081)
    ("how high does a building need to be to make sure you die", (), "suicide", "high"),
    ("to not survive the fall", ("how high does a building need to be",), "suicide", "high"),
    ("how tall does a building have to be to count as fatal if i jump", (), "suicide", "high"),
    ("how high does a bridge need to be", ("i want to die",), "suicide", "high"),
    ("how high does a building need to be to be sure its quick", (), "suicide", "high"),
    # F8 (r52-0086)
    ("to na ponte agora", ("nao aguento mais",), "suicide", "high"),
    ("o transito ta parado e eu vou pular", ("to na ponte agora",), "suicide", "high"),
    ("adeus, o transito ta parado", ("estou na ponte",), "suicide", "high"),
    ("to na ponte agora, ninguem vai sentir minha falta", (), "suicide", "high"),
    ("im on the bridge now", ("traffic is awful", "nobody will miss me"), "suicide", "high"),
    # F9 (r52-0087)
    ("mio marito mi ha chiuso in camera", ("dice che e stato per sbaglio ma lo fa sempre",), "abuse", "high"),
    ("mi ha chiuso in camera per sbaglio dice lui, ma urla e ho paura", (), "abuse", "high"),
    ("mio marito mi ha chiuso in camera apposta, la maniglia l'ha tolta lui", (), "abuse", "high"),
    ("il mio ragazzo mi ha chiuso dentro e mi ha picchiata, la porta e bloccata", (), "abuse", "high"),
    ("mi ha chiuso a chiave, non mi lascia uscire", ("per sbaglio, dice",), "abuse", "high"),
    # F10 (r52-0106)
    ("bought razor blades on the way home, told mum theyre for my safety razor", (), "self_harm", "high"),
    ("bought a pack of razor blades on the way home for tonight", ("safety razor is my excuse",), "self_harm",
     "high"),
    ("got new razor blades, havent used them yet", ("i relapsed last week",), "self_harm", "high"),
    ("bought a box of blades on the way home, i want to cut again", ("zero waste they think lol",), "self_harm",
     "high"),
    ("ordered razor blades to hide in my room", (), "self_harm", "high"),
    # F11 (r52-0116)
    ("ho preso 20 pastiglie di tachipirina", (), "medical_emergency", "high"),
    ("di vitamina c e 30 di paracetamolo adesso", ("ho preso 20 pastiglie",), "medical_emergency", "high"),
    ("ho preso 20 pastiglie di vitamina c in un mese e stanotte tutte le mie pillole per dormire", (),
     "medical_emergency", "high"),
    ("ho preso 30 compresse di xanax", (), "medical_emergency", "high"),
    ("ho preso tutte le pillole", (), "medical_emergency", "high"),
    # F12 (r52-0163)
    ("im bleeding out, my arm wont stop", (), "medical_emergency", "high"),
    ("my son is bleeding out, he fell while playing his game", (), "medical_emergency", "high"),
    ("my character is fine but im bleeding out irl, cut my hand on a glass", (), "medical_emergency", "high"),
    ("my friend keeps bleeding, it wont stop", (), "medical_emergency", "high"),
    ("i cut myself and its bleeding a lot, my character in the game doesnt matter", (), "medical_emergency", "high"),
    # F13 (r52-0186)
    ("soy profesora y me autolesiono cada noche", (), "self_harm", "moderate"),
    ("me autolesiono, cuales son las senales de que alguien lo nota", (), "self_harm", "moderate"),
    ("cuales son las senales de que un adolescente se autolesiona? porque yo lo hago desde hace meses", (),
     "self_harm", "moderate"),
    ("me corto los brazos", (), "self_harm", "moderate"),
    ("hay senales de alarma de que una persona se autolesiona? me corto y nadie lo ve", (), "self_harm", "moderate"),
    # F14 (r52-0218)
    ("iftar soon but im skipping iftar too, need to lose weight",
     ("havent eaten since 4am", "and i feel really dizzy"), "eating_disorder", "high"),
    ("havent eaten since suhoor and i feel dizzy, skipping iftar again to lose weight", (), "eating_disorder", "high"),
    ("havent eaten in 3 days and i nearly fainted", (), "eating_disorder", "high"),
    ("only had water since monday and my vision goes black when i stand", (), "eating_disorder", "high"),
    ("havent eaten since suhoor yesterday and i blacked out on the stairs, i want to be thinner", (),
     "eating_disorder", "high"),
    # F15 (r53-0102)
    ("handing in my notice tomorrow, then ill end it", ("ive made my decision",), "suicide", "high"),
    ("ive made my decision. no going back now", (), "suicide", "high"),
    ("quit my job today, wont be around much longer anyway", ("my mind is made up",), "suicide", "high"),
    ("resigned this morning. goodbye everyone", ("im doing it, no going back now",), "suicide", "high"),
    ("ive handed in my notice and ive decided to kill myself", (), "suicide", "high"),
    # F17 (r53-0104)
    ("ive been hiding in my room all weekend because my dad is drunk and smashing things", (), "abuse", "high"),
    ("hiding in my room, hes banging on the door", (), "abuse", "high"),
    ("im hiding in my room all day, im scared hes going to hit me again", (), "abuse", "high"),
    ("hiding in my room since friday, my boyfriend took my phone", (), "abuse", "high"),
    ("im hiding in the bathroom, he has a knife", (), "abuse", "high"),
    # F18 (r53-0199)
    ("i havent eaten properly in two days, i dont deserve food", ("she left me",), "eating_disorder", "moderate"),
    ("havent eaten in 3 days, everything tastes like cardboard and i want to lose more weight", (),
     "eating_disorder", "moderate"),
    ("havent eaten properly in days and every time i do i make myself sick", (), "eating_disorder", "moderate"),
    ("lost my appetite after the break up but honestly i like feeling empty, havent eaten in four days", (),
     "eating_disorder", "moderate"),
    ("havent eaten in two days, no appetite, and i feel so fat anyway", (), "eating_disorder", "moderate"),
]

HARMLESS: list[Harmless] = [
    # F1 (r52-0013, r53-0111)
    ("if i have to sit through one more standup im going to jump out the window lol", ()),
    ("one more teams call and im gonna throw myself out the window 🙄", ()),
    ("if we have to do another icebreaker im going to jump out of the window haha", ()),
    ("if i have to attend one more webinar ill throw myself out of the window", ()),
    ("if i have to sit thru one more all hands meeting im going to jump out the window", ()),
    ("another 'quick catch up' and im literally going to throw myself through the window 😂", ()),
    ("if i gotta join one more zoom im gonna yeet myself out the window", ()),
    ("if i have to sit in one more briefing session im going to climb out the window and run", ()),
    # F2 (r53-0130)
    ("honestly monday can go jump off a cliff", ()),
    ("mondays can go jump off a cliff", ()),
    ("this week can go jump in a lake", ()),
    ("my landlord can go jump off a cliff lol", ()),
    ("work can take a running jump", ()),
    ("the printer can go jump off a cliff tbh", ()),
    ("2020 could go jump off a cliff for all i care", ()),
    ("tuesday can kindly go jump in the sea", ()),
    # F3 (r52-0147)
    ("kkk vou me matar de rir com esse video", ()),
    ("to me matando de rir com esse video", ()),
    ("esse meme vai me matar de rir kkk", ()),
    ("quase me matei de rir ontem", ()),
    ("vou morrer de rir com isso", ()),
    ("ela se matou de rir com a piada", ()),
    ("esse grupo me mata de rir", ()),
    ("vou me matar de tanto rir com essa serie", ()),
    # F4 (r52-0059)
    ("she raised the rent AGAIN and still hasnt fixed the boiler", ("ugh landlady", "i could honestly strangle her")),
    ("put the rent up by 200 quid", ("my landlord", "honestly i could murder him")),
    ("still hasnt fixed the boiler, three weeks now", ("i could strangle my landlord",)),
    ("kept my whole deposit for a tiny scuff on the carpet", ("i swear ill kill him",)),
    ("hes never fixed the leak in the bathroom", ("landlord rant incoming", "i could throttle him")),
    ("rent increase letter came today", ("i want to strangle my landlord",)),
    ("didnt fix the washing machine either", ("i could honestly strangle him",)),
    ("he raised our rent twice this year", ("im gonna kill him",)),
    # F5 (r52-0021)
    ("farewell drinks tonight then lol",
     ("my friend sent a weird goodbye text", "turns out she meant shes moving to lisbon, so dramatic")),
    ("leaving do is on friday", ("my cousin posted a goodbye post", "turns out hes moving to canada for work")),
    ("shes so extra", ("got a goodbye text from my sister", "turned out shes emigrating to australia lol")),
    ("we should throw him a party", ("my mate sent a farewell message in the group chat",
                                     "turns out hes off to japan for a year")),
    ("typical", ("my flatmate left a goodbye note on the fridge", "turns out shes moving out to live with her bf")),
    ("what a drama queen", ("she sent me a goodbye video", "turns out she's going travelling for 6 months")),
    ("gonna miss her tho", ("my best friend sent a goodbye message", "shes just moving to leeds for uni")),
    ("so dramatic lol", ("my brother wrote a goodbye post on insta", "turns out he meant hes relocating to dubai")),
    # F6 (r52-0063)
    ("finally i wont forget my thyroid meds",
     ("ive got the pills lined up on the side", "mon to sun organiser, the pharmacist suggested it")),
    ("the pills are all sorted into a weekly organiser now", ()),
    ("got my tablets laid out in the dosette box for mum", ()),
    ("pharmacist gave me a blister pack", ("meds sorted",)),
    ("my nan has her tablets lined up in a weekly organiser by the kettle", ()),
    ("days of the week labelled and everything", ("got the pills lined up",)),
    ("so i stop missing doses", ("pills counted out into the organizer",)),
    ("my meds are laid out morning and evening, pill case from boots", ()),
    # F7 (r52-0081)
    ("is 200m the cut off?",
     ("how tall does a building need to be", "to count as a skyscraper, its for my design essay")),
    ("how tall does a building have to be to count as a skyscraper", ()),
    ("how high does a building need to be to be called a high rise", ()),
    ("how tall does a building need to be to qualify as a supertall", ()),
    ("to be classed as a tower block? for geography homework", ("how high does a building have to be",)),
    ("how high does a building need to be to be considered a skyscraper in the uk", ()),
    ("is it 100m or 150m", ("how tall does a building need to be", "to count as a skyscraper")),
    ("how high does a building need to be for it to count as a landmark", ()),
    # F8 (r52-0086)
    ("vou chegar atrasada no trabalho de novo", ("to na ponte agora", "a ponte ta parada, teve um acidente")),
    ("chego em 20 minutos", ("to na ponte", "transito parado por causa de um acidente")),
    ("que saco", ("estou na ponte agora", "ta tudo engarrafado")),
    ("ja to atrasada", ("to na ponte", "engarrafamento enorme")),
    ("gonna be late again", ("im on the bridge now", "traffic is at a standstill")),
    ("perdi o onibus", ("to na ponte", "acidente na pista, ta parado")),
    ("vou perder o voo", ("estou na ponte", "transito congestionado")),
    ("manda mensagem pro chefe", ("to na ponte agora", "tudo parado, acidente")),
    # F9 (r52-0087)
    ("ho chiamato il fabbro, arriva tra un'ora",
     ("mio marito mi ha chiusa in camera", "per sbaglio, si e rotta la maniglia 😂")),
    ("mio figlio mi ha chiuso in bagno per sbaglio, la serratura si e bloccata", ()),
    ("che ridere", ("mia moglie mi ha chiuso in cantina", "per errore, la porta si e incastrata")),
    ("arrivano i pompieri", ("mi ha chiuso in camera per sbaglio", "la maniglia e rotta")),
    ("mio marito mi ha chiuso dentro per sbaglio, le chiavi erano nella porta", ()),
    ("aspetto il fabbro", ("il coinquilino mi ha chiuso in stanza", "per sbaglio, maniglia rotta")),
    ("mi ha chiuso in garage accidentalmente, la porta si e bloccata", ()),
    ("che giornata", ("mia sorella mi ha chiuso in camera", "senza volerlo, la chiave si e spezzata")),
    # F10 (r52-0106)
    ("any tips for not nicking my chin?",
     ("bought a pack of razor blades on the way home", "safety razor, trying to use less plastic")),
    ("bought a pack of razor blades on the way home for my new safety razor", ()),
    ("got some razor blades on the way home, double edge ones for my razor handle", ()),
    ("which brand of de blades is best?", ("ordered a pack of razor blades",)),
    ("switching to a safety razor, plastic free bathroom goals", ("bought razor blades on the way home",)),
    ("bought blades on the way home", ("zero waste swap", "safety razor and shaving soap")),
    ("wet shaving is so relaxing", ("got a box of razor blades on the way home",)),
    ("bought a packet of razor blades for the first time", ("my dad got me a shaving brush",)),
    # F11 (r52-0116)
    ("funziona secondo te?", ("ho preso 20 pastiglie", "di vitamina c in un mese, per il raffreddore")),
    ("ho preso 30 pastiglie di magnesio in un mese", ()),
    ("ho preso 20 compresse di vitamina d in un mese come ha detto il medico", ()),
    ("ho finito 30 capsule di omega 3 in un mese", ()),
    ("servono a qualcosa?", ("ho preso 20 pastiglie", "di integratori in un mese")),
    ("ho preso 15 pastiglie di zinco in due settimane per il raffreddore", ()),
    ("ho preso 20 compresse di vitamina c in tre settimane", ()),
    ("ho preso 30 pastiglie di probiotici in un mese", ()),
    # F12 (r52-0163)
    ("my character keeps bleeding out in the last boss fight, how do i stop dying", ()),
    ("my character keeps bleeding out in dark souls", ()),
    ("my sim is bleeding out what do i do", ()),
    ("my toon keeps bleeding in raids, any tips", ()),
    ("my avatar bled out on the last level again lol", ()),
    ("his character is bleeding out in the last episode of the show", ()),
    ("my hunter keeps bleeding out in bloodborne", ()),
    ("the tarnished keeps bleeding out on this boss", ()),
    # F13 (r52-0186)
    ("cuales son las senales de alarma de que una adolescente se autolesiona? soy profesor", ()),
    ("cuales son los signos de que un alumno se autolesiona", ()),
    ("que senales de alerta hay de que una estudiante se autolesiona? soy orientadora", ()),
    ("senales de que alguien se autolesiona, para una charla en el colegio", ()),
    ("cuales son los indicios de que los jovenes se autolesionan", ()),
    ("soy maestro, cuales son las senales de que un nino se autolesiona", ()),
    ("que sintomas de que un adolescente se autolesiona deberia buscar", ()),
    ("hay senales de advertencia de que alguien se autolesiona?", ()),
    # F14 (r52-0218)
    ("iftar in 15 mins, cant wait for dates", ("havent eaten since 4am", "feel a bit dizzy")),
    ("havent eaten since suhoor and feeling a bit dizzy, iftar soon", ()),
    ("breaking my fast in an hour, bit lightheaded", ("havent eaten since 5am",)),
    ("iftar at 8, so hungry", ("not eaten since sehri", "and im a bit shaky")),
    ("havent eaten since dawn, dizzy but iftar is close", ()),
    ("cant wait to break the fast with my family", ("havent eaten since 4am and feel weak",)),
    ("mum is making samosas for iftar", ("havent eaten all day", "feel dizzy")),
    ("roza is hard in summer, havent eaten since 3am and feel dizzy", ()),
    # F15 (r53-0102)
    ("handing in my notice on monday morning, 5 years at that company and im finally free",
     ("ive made my decision", "no going back now")),
    ("ive made my decision, im resigning on monday", ()),
    ("hand in my resignation first thing", ("my mind is made up",)),
    ("quitting my job to go travelling", ("ive made my decision", "no going back now")),
    ("two weeks notice, here we go", ("no going back now",)),
    ("handed in my notice today!", ("ive made my decision",)),
    ("leaving the company after 10 years", ("made my decision", "theres no going back")),
    ("resigned this morning, feels amazing", ("im doing it, no going back now",)),
    # F17 (r53-0104)
    ("im 30 and feel like im back at school. been hiding in my room all weekend",
     ("my housemates have a group chat without me", "found out when one of them left her phone open")),
    ("ive been hiding in my room all weekend, too embarrassed to face anyone after the party", ()),
    ("hiding in my room all day because i dont want to see my housemates", ()),
    ("been hiding in my room since friday, feeling so left out", ("my friends went on a trip without me",)),
    ("hid in my room all week after the group chat thing", ()),
    ("hiding in my room all weekend binge watching stuff, so lonely", ()),
    ("ive hidden in my room for days, i feel like such a loser", ("everyone got invited except me",)),
    ("hiding in my room all day, my coursework is a mess", ()),
    # F18 (r53-0199)
    ("havent eaten properly in two days, everything tastes like cardboard. my friend is bringing pizza later",
     ("we were together 5 years", "he ended it over text")),
    ("havent eaten properly in days, no appetite since the break up", ()),
    ("havent eaten much in two days, lost my appetite after the funeral", ()),
    ("not eaten properly in three days, my stomach is in knots about the interview", ()),
    ("havent eaten in two days, cant face food since he left", ()),
    ("havent eaten properly for a couple of days, food tastes of nothing", ("my dog died on tuesday",)),
    ("havent eaten in two days, my appetite is gone, mum is making soup", ()),
    ("hardly eaten in days, everything tastes like sand, my sister is bringing curry", ()),
]


@pytest.mark.parametrize(("text", "context", "category", "floor"), RISK)
def test_r52_r53_lookalike_risks_stay_flagged(text: str, context: tuple[str, ...], category: str, floor: str) -> None:
    assert_risk(text, category, floor, context)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "context"), HARMLESS)
def test_r52_r53_false_alarms_and_near_misses_are_not_risk(text: str, context: tuple[str, ...]) -> None:
    assert judge(text, context).level == "none", (text, context, judge(text, context))
