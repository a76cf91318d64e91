"""Rounds 52-53: acute risks the rules missed, told obliquely or across a conversation, in seven languages.

Each family has reworded risk variants (never the round's sentence) and everyday near-misses sharing its words.

English (en_acute.toml):
- acute.friend_goodbye_unreachable_r52 (r52-0008): someone's goodbye voice note or text, then they are at a quarry or
  a bridge, or not picking up.
- acute.saved_pills_take_tonight_r52 (r52-0014): "got enough saved up" after the pharmacy, and "take them" at a set
  time (tonight, after the kids are asleep).
- acute.stopped_meds_saving_r52 (r52-0151): a prescription stopped and kept instead of taken.
- medical.insulin_whole_pen_r52 (r52-0051): the whole insulin pen used at once, then sweaty and shaky.
- medical.heart_attack_wait_r52 (r52-0102): chest pressure with a numb or heavy arm, and help put off ("should i wait
  for her"); acute_mi_spread now reads "my left arm's gone numb" (normalised "arms").
- acute.gun_in_lap_r52 (r52-0130): a glock or a gun in the lap with "i'm done" or "don't send nobody".
- medical.recent_overdose_aftermath_r52 (r52-0164): a lot of pills "2 nights ago", sick or slept it off since.
- suicide.urge_passed_r53 (r53-0058), suicide.call_of_the_void_r53 (r53-0034), suicide.woke_up_again_sigh_r53
  (r53-0042), suicide.indifferent_if_hit_r53 (r53-0121): low-severity urges and passive wishes told plainly.
Other languages: fr.eating.fast_then_compensate_r52 (r52-0041); de.suicide.saved_pills_tonight_r52 (r52-0042),
de.eating.purge_urge_resisted_r53 (r53-0051), de.suicide.not_so_bad_if_gone_r53 (r53-0144);
pt.medical.overdose_on_purpose_r52 (r52-0137), pt.suicide.jump_place_checked_r52 (r52-0144),
pt.self_harm.head_banging_now_r52 (r52-0176); es.self_harm.pinch_scratch_when_anxious_r52 (r52-0115),
es.medical.child_swallowed_pills_r52 (r52-0209), es.self_harm.seeking_blades_relapse_r52 (r52-0211);
hi.suicide.rope_tied_to_fan_r52 (r52-0100), hi.suicide.recent_attempt_r53 (r53-0063),
hi.medical.sleeping_pills_too_many_r52 (r52-0156).

rule_engine: a rule tagged "recent" is never explained away as history ("im fine now", "it passed", "ki thi"): its own
words set the danger in the last days.

The sentences were written for these tests, not copied from any eval/safety set.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_risk, judge

Case = tuple[str, tuple[str, ...], RiskCategory, RiskLevel]
Harmless = tuple[str, tuple[str, ...]]

RISK: list[Case] = [
    # en: a friend's goodbye, then at a drop or out of reach (r52-0008)
    (
        "she's not answering and snap map has her at the bridge",
        ("my sister sent me a text saying goodbye",),
        "suicide",
        "imminent",
    ),
    ("he just sent us a video saying sorry for everything and now his phone is off", (), "suicide", "imminent"),
    (
        "what do i do",
        (
            "my mate left me a voicemail saying he loves me and to look after his dog",
            "hes not picking up and his location says hes at the reservoir",
        ),
        "suicide",
        "imminent",
    ),
    ("my cousin messaged me saying goodbye, find my shows her near the cliffs", (), "suicide", "imminent"),
    (
        "gf sent a voice note thanking me for everything. straight to voicemail now, im driving",
        (),
        "suicide",
        "imminent",
    ),
    ("my brother posted a message saying bye, hes at the railway and not replying", (), "suicide", "imminent"),
    # en: pills saved, taken at a set time (r52-0014)
    (
        "gonna take them all once everyone's in bed",
        ("ive stockpiled enough of my sleeping pills",),
        "suicide",
        "imminent",
    ),
    (
        "im going to swallow the lot tonight",
        ("the chemist wouldnt give me more", "doesnt matter, i've got enough stashed"),
        "suicide",
        "imminent",
    ),
    (
        "will take them after my husband is asleep",
        ("been putting aside my tablets", "saved up enough now"),
        "suicide",
        "imminent",
    ),
    ("i have enough hidden away now. taking them tonight", ("pharmacy was shut anyway",), "suicide", "imminent"),
    (
        "gonna down them all tonight when the kids are in bed",
        ("got enough saved from my prescriptions",),
        "suicide",
        "imminent",
    ),
    # en: medicine stopped and kept instead (r52-0151)
    ("i quit taking my sertraline weeks ago, been keeping them in a drawer", (), "suicide", "high"),
    ("not taking the quetiapine anymore, im stashing them instead", (), "suicide", "high"),
    ("ive been pretending to take my meds and hiding them in my sock drawer", (), "suicide", "high"),
    ("stopped taking my lithium and i'm saving every one", ("dont tell my mum",), "suicide", "high"),
    ("hoarding my antidepressants instead of taking them", (), "suicide", "high"),
    # en: the whole insulin pen at once (r52-0051)
    ("i injected my whole insulin pen on purpose", (), "medical_emergency", "imminent"),
    (
        "feeling shaky and my heart is racing",
        ("took all of my insulin about half an hour ago",),
        "medical_emergency",
        "imminent",
    ),
    ("my dad used the entire insulin pen and he's really sweaty and confused", (), "medical_emergency", "imminent"),
    ("insulin. did the whole vial. now really dizzy", (), "medical_emergency", "imminent"),
    ("i did something dumb, emptied the full pen of insulin", (), "medical_emergency", "imminent"),
    # en: chest and arm, help put off (r52-0102)
    ("my chest feels tight and my left arm is heavy, should i just wait and see?", (), "medical_emergency", "imminent"),
    (
        "husband is 64, crushing chest pain going down his left arm, he says to wait till morning",
        (),
        "medical_emergency",
        "imminent",
    ),
    ("pressure on my chest and my arm feels weird, probably nothing right", (), "medical_emergency", "imminent"),
    ("should i sleep it off?", ("heavy chest and my arm has gone tingly",), "medical_emergency", "imminent"),
    (
        "chest feels like an elephant is sitting on it, pain in my jaw. son's back at 8, i'll wait for him",
        (),
        "medical_emergency",
        "imminent",
    ),
    # en: a gun held, with despair or help refused (r52-0130)
    ("holding my dads gun in my lap. im so done", (), "suicide", "imminent"),
    ("the glock is on my lap, dont call the cops", (), "suicide", "imminent"),
    ("just talk to me", ("sitting with a pistol in my hands", "cant do this anymore"), "suicide", "imminent"),
    ("got the revolver in my mouth, sorry for everything", (), "suicide", "imminent"),
    ("i have my brother's shotgun across my knees and it's loaded", (), "suicide", "imminent"),
    # en: an overdose days ago, played down (r52-0164)
    (
        "swallowed loads of my paracetamol on saturday, was sick all sunday, dont tell anyone",
        (),
        "medical_emergency",
        "high",
    ),
    (
        "took a handful of my sleeping tablets the other night, slept for like 20 hours. fine now",
        (),
        "medical_emergency",
        "high",
    ),
    (
        "i took way too many of my sertraline yesterday lol, threw up a bit, still groggy",
        (),
        "medical_emergency",
        "high",
    ),
    ("necked a whole box of my pills 3 days ago. puked and slept it off, all good", (), "medical_emergency", "high"),
    ("had twenty of my co codamol last night, woke up feeling rough. im fine now", (), "medical_emergency", "high"),
    # en: an urge to die that passed (r53-0058)
    (
        "last night i had this overwhelming urge to kill myself. it faded after a shower. i'm ok now",
        (),
        "suicide",
        "low",
    ),
    ("got a strong pull to end it all on the drive home, it passed but it scared me", (), "suicide", "low"),
    ("had a wave of wanting to die around midnight. called my sister and it went away", (), "suicide", "low"),
    ("the urge to end my life came back for a minute today. rode it out", (), "suicide", "low"),
    ("sudden impulse to end everything this afternoon, it died down. just shaken", (), "suicide", "low"),
    # en: the pull of the drop (r53-0034)
    (
        "waiting for the tube and had a split second urge to jump in front of it. moved back from the edge",
        (),
        "suicide",
        "low",
    ),
    ("on the bridge today i had this thought of wanting to step off. kept walking", (), "suicide", "low"),
    ("driving on the motorway i got the urge to swerve into the traffic. freaked me out", (), "suicide", "low"),
    ("had a flash of wanting to lean over the balcony edge. went back inside", (), "suicide", "low"),
    ("at the station this morning i had this impulse to step forward as the train came in", (), "suicide", "low"),
    # en: dismay at waking (r53-0042)
    ("ugh, woke up again. every day since she left", (), "suicide", "low"),
    ("some days i'm just like great, woke up again", (), "suicide", "low"),
    ("honestly a bit disappointed i woke up this morning", (), "suicide", "low"),
    ("fml woke up again", (), "suicide", "low"),
    ("lowkey bummed i keep waking up.", (), "suicide", "low"),
    # en: not minding being killed (r53-0121)
    ("if a bus hit me on the way to work i wouldnt really mind", (), "suicide", "low"),
    ("if i got run over tomorrow i don't think i'd even care", (), "suicide", "low"),
    ("if i was killed in a crash i think i'd be kind of relieved honestly", (), "suicide", "low"),
    ("if a car took me out crossing the street i wouldn't be that bothered tbh", (), "suicide", "low"),
    ("if i got knocked down on the way home i dont think id be too upset", (), "suicide", "low"),
    # fr: days without food, then a run to compensate (r52-0041)
    (
        "je vais faire 20 km de velo pour compenser",
        ("ça fait trois jours que je mange plus rien",),
        "eating_disorder",
        "imminent",
    ),
    ("jai rien avale depuis cinq jours et je vais courir pour bruler le cafe", (), "eating_disorder", "imminent"),
    (
        "je sors courir maintenant",
        ("pas mangé depuis quatre jours", "faut que je coure 12 km pour compenser la pomme"),
        "eating_disorder",
        "imminent",
    ),
    ("rien mangé depuis 3 jours, je vais nager 2 heures pour eliminer le yaourt", (), "eating_disorder", "imminent"),
    (
        "je vais aller courir pour compenser, tu me pousses ?",
        ("je mange rien depuis six jours",),
        "eating_disorder",
        "imminent",
    ),
    # de: pills kept back, tonight, a farewell (r52-0042)
    ("hab die schlaftabletten gesammelt, heute nacht ist niemand zu hause", (), "suicide", "imminent"),
    (
        "danke, dass du immer da gewesen bist",
        ("meine tabletten hab ich alle zur seite gelegt", "heute abend sind alle weg"),
        "suicide",
        "imminent",
    ),
    ("die pillen von meinem vater hab ich versteckt. wenn alle schlafen ist es so weit", (), "suicide", "imminent"),
    ("ich habe mir die medikamente aufgespart, heute nacht sturmfrei", (), "suicide", "imminent"),
    ("hab alle tabletten gebunkert. danke fur alles", (), "suicide", "imminent"),
    # de: the urge to purge after a meal, resisted (r53-0051)
    ("nach dem abendessen wieder der zwang, alles auszukotzen. hab mich abgelenkt", (), "eating_disorder", "low"),
    ("hatte nach der pizza den drang, es wieder rauszuholen, hab aber widerstanden", (), "eating_disorder", "low"),
    ("nach dem essen bei oma kam wieder dieser impuls, das essen loszuwerden", (), "eating_disorder", "low"),
    ("beim weihnachtsessen hatte ich den gedanken, alles zu erbrechen. bin rausgegangen", (), "eating_disorder", "low"),
    ("hab zu viel gegessen und hatte wieder dieses bedürfnis, alles loszuwerden", (), "eating_disorder", "low"),
    # de: a quiet wish not to be here (r53-0144)
    ("ehrlich gesagt wär es mir egal, wenn ich morgen nicht mehr aufwachen würde", (), "suicide", "low"),
    ("wäre eigentlich eine erleichterung, wenn ich einfach weg wäre", (), "suicide", "low"),
    ("manchmal denke ich, es wäre nicht schlimm, wenn ich tot wäre", (), "suicide", "low"),
    ("es wär doch besser, wenn ich nicht mehr hier wäre", ("die schulden wachsen",), "suicide", "low"),
    ("wär gar nicht so schlimm wenn ich einfach nie wieder aufwache", (), "suicide", "low"),
    # pt: many pills on purpose, still dizzy (r52-0137)
    ("engoli uns 15 comprimidos de rivotril de proposito anteontem, to grogue ainda", (), "medical_emergency", "high"),
    ("tomei uma cartela de remedio pra dormir pra nao acordar, acordei e to enjoada", (), "medical_emergency", "high"),
    ("tomei varias pilulas ontem a noite pra morrer, vomitei tudo", (), "medical_emergency", "high"),
    ("bebi tipo 20 calmantes de proposito, acordei agora toda mole", (), "medical_emergency", "high"),
    ("tomei uns 12 comprimidos ontem, ninguem sabe, to tonta", (), "medical_emergency", "high"),
    # pt: the jump with the way up checked (r52-0144)
    ("quero me jogar do predio do trabalho, ja vi que a porta do terraco fica destrancada", (), "suicide", "high"),
    ("penso em pular da torre da igreja, ja chequei e o acesso ta liberado", (), "suicide", "high"),
    ("hj nao", ("to pensando em me atirar do viaduto", "ja fui ver, a grade ta aberta"), "suicide", "high"),
    ("vou pular do alto do predio da minha tia, a laje fica sempre aberta", (), "suicide", "high"),
    ("penso em saltar do ultimo andar do shopping, ja sei que a cobertura fica aberta", (), "suicide", "high"),
    # pt: banging the head now (r52-0176)
    ("to batendo minha cabeça contra a parede e não paro", (), "self_harm", "imminent"),
    ("estou aqui no quarto batendo a testa no chão", (), "self_harm", "imminent"),
    ("não consigo parar", ("briguei com minha mãe", "tô socando a cabeça na porta"), "self_harm", "imminent"),
    ("comecei a bater a cabeça na parede de novo agora", (), "self_harm", "imminent"),
    ("eu tou batendo a cabeca no azulejo do banheiro", (), "self_harm", "imminent"),
    # es: pinching, scratching, biting oneself to cope (r52-0115)
    ("cuando me pongo nerviosa me araño los brazos hasta sangrar", (), "self_harm", "moderate"),
    ("me muerdo el brazo cuando tengo ansiedad, me quedan marcas", (), "self_harm", "moderate"),
    ("me estoy pellizcando otra vez por la ansiedad, tengo morados", (), "self_harm", "moderate"),
    ("cuando siento rabia me doy golpes en las piernas, tengo moretones", (), "self_harm", "moderate"),
    ("sigo aranandome la piel cuando estoy estresado, ya tengo costras", (), "self_harm", "moderate"),
    # es: a small child swallowed pills (r52-0209)
    ("mi hija de 2 años se comió unas pastillas que estaban en la mesita", (), "medical_emergency", "imminent"),
    ("el bebé se tragó unas pastillas del suelo, no sé cuántas", (), "medical_emergency", "imminent"),
    ("mi nene se tomó las pastillas de mi cartera", (), "medical_emergency", "imminent"),
    ("mi sobrino de 4 años se metió en la boca unas pastillas del botiquín", (), "medical_emergency", "imminent"),
    ("la peque se comió varias pastillas de la abuela a escondidas", (), "medical_emergency", "imminent"),
    # es: blades sought in secret after a clean streak (r52-0211)
    (
        "estuve buscando donde conseguir cuchillas sin que nadie se entere",
        ("llevaba dos meses sin cortarme",),
        "self_harm",
        "high",
    ),
    ("mire como comprar hojas de afeitar a escondidas", ("4 meses limpio",), "self_harm", "high"),
    ("busque donde venden cuchillas cerca del insti, sin que mis padres se enteren", (), "self_harm", "high"),
    ("estoy buscando como conseguir una navaja, quiero volver a cortarme", (), "self_harm", "high"),
    ("googlee donde comprar cuchillitas, llevo semanas sin recaer", (), "self_harm", "high"),
    # hi: the rope tied to the fan (r52-0100)
    ("दुपट्टा पंखे से बाँध लिया है, बस आखिरी बार बात करनी थी", (), "suicide", "imminent"),
    ("मैंने फंदा छत के हुक से लटका दिया है", (), "suicide", "imminent"),
    ("rassi pankhe se baandh di hai, bas last baar baat karni thi", (), "suicide", "imminent"),
    ("maine dupatta fan se bandh diya hai", (), "suicide", "imminent"),
    ("pankhe pe rassi laga di hai maine", (), "suicide", "imminent"),
    # hi: an attempt days ago (r53-0063)
    ("दो दिन पहले मैंने छत से कूदने की कोशिश की थी, किसी को नहीं बताया", (), "suicide", "high"),
    ("कल रात मैंने नस काटने की कोशिश की", (), "suicide", "high"),
    ("pichle hafte maine phansi lagane ki koshish ki thi, kisi ko nahi pata", (), "suicide", "high"),
    ("parso chhat se koodne ki koshish ki, kisi ne rok liya", (), "suicide", "high"),
    ("इस हफ्ते मैंने फाँसी लगाने की कोशिश की थी", (), "suicide", "high"),
    # hi: too many sleeping pills, sick since (r52-0156)
    ("kal maine neend ki goliyan bahut zyada kha li, ulti ho rahi hai", (), "medical_emergency", "high"),
    ("raat ko sleeping pills ek saath le li thi, abhi tak chakkar aa raha hai", (), "medical_emergency", "high"),
    ("कल रात नींद की गोलियाँ ज़्यादा खा ली थीं, सुबह उल्टी हुई", (), "medical_emergency", "high"),
    ("maine saari goliyan ek saath le li kal raat", (), "medical_emergency", "high"),
    ("dawai zyada le li thi parso, ab bhi sir ghoom raha hai", (), "medical_emergency", "high"),
]

HARMLESS: list[Harmless] = [
    # en near-misses: goodbyes that are trips, moves and break-ups (r52-0008)
    ("she sent a message saying bye to everyone, she's moving to spain. not answering now, probably boarding", ()),
    ("my ex sent me a long text saying goodbye and that he loved me. blocked him, not replying", ()),
    ("her location shows she's at the quarry, she goes climbing there every sunday", ()),
    ("he's not picking up, his phone is probably dead again", ()),
    ("grandma sent a voice note saying she loves me, so cute", ()),
    ("my coworker sent an email saying goodbye, it was her last day", ()),
    ("in the film the girl leaves a voicemail saying goodbye and then she's at the bridge", ()),
    # en near-misses: money saved, kids taken out (r52-0014)
    ("ive got enough saved up for the holiday, gonna take them to disney after christmas", ()),
    ("got enough saved now. taking the kids out tonight", ()),
    ("what time does the pharmacy close? i need to take my meds tonight", ()),
    ("i've saved enough for a new car, taking it out tomorrow", ()),
    ("take them with food tonight, the pharmacist said", ()),
    ("gonna take them to the park after school", ("got enough saved for the trip",)),
    ("i have enough stockpiled of nappies to last till spring", ()),
    ("we've saved up enough for the deposit, taking them round to see the house tonight", ()),
    # en near-misses: medicine stopped and handed back (r52-0151)
    ("i stopped taking my sertraline, doctor said to taper off", ()),
    ("stopped taking the lithium, i'm saving them to hand back to the pharmacy", ()),
    ("quit taking vitamins, i'm saving money instead", ()),
    ("my mum stopped taking her statins because of the side effects", ()),
    ("i've been skipping lunch and saving it for later", ()),
    ("stopped taking the bus, i'm saving up for a bike instead", ()),
    ("he stopped taking his tablets and the gp said to bring them back", ()),
    ("i'm saving my leftover antibiotics to take back to the chemist", ()),
    # en near-misses: insulin used up over time, ordinary shakiness (r52-0051)
    ("used the whole insulin pen this week, need a new prescription", ()),
    ("i'm sweaty and shaky after the gym, is that normal?", ()),
    ("how do i prime an insulin pen properly", ()),
    ("my insulin pen expired, do i bin the whole thing", ()),
    ("the whole insulin thing is so confusing when you're first diagnosed", ()),
    ("feeling shaky, forgot to eat lunch", ()),
    ("took my insulin and had dinner, sugar is fine now", ()),
    # en near-misses: chest at the gym, a course (r52-0102)
    ("chest day destroyed me, my arms feel heavy, should i just wait before training again", ()),
    ("my chest feels tight from the cold, wife's out till 9", ()),
    ("arm has gone numb from sleeping on it, should i wait for it to come back", ()),
    ("i'm 58 and my chest is fine, just had a check up", ()),
    ("should i just wait for her? she's always late", ()),
    ("in the episode the dad clutches his chest and his arm goes numb", ()),
    ("chest feels heavy with grief since dad died", ()),
    # en near-misses: tools and games called guns (r52-0130)
    ("got the glue gun in my lap finishing the costume, im so done with this project", ()),
    ("sitting with the nerf gun in my hands waiting for my son, im done", ()),
    ("the glock in the game is op, done with this level", ()),
    ("got my staple gun in my hand, done with the fence finally", ()),
    ("cleaning my rifle with it across my knees before the hunting trip", ()),
    ("bro im done done with work lol", ()),
    ("dont send nobody, ill pick up the parcel myself", ()),
    ("got the strap in my hand, im done packing", ()),
    # en near-misses: a dose raised, vitamins, a bug (r52-0164)
    ("took a bunch of vitamins yesterday and threw up lol", ()),
    ("doctor upped my antidepressants two days ago, still a bit drowsy", ()),
    ("had a stomach bug the other night, threw up and slept it off", ()),
    ("my dog took a bunch of treats yesterday and threw up", ()),
    ("took a handful of fries last night lol", ()),
    ("took my antidepressants on an empty stomach yesterday and felt sick", ()),
    ("years ago i took a bunch of pills and threw up, i'm doing well now", ()),
    # en near-misses: urges that are not about dying (r53-0058)
    ("at 2am i got this sudden urge to end things with my boyfriend. it passed", ()),
    ("had the urge to end the call early, it passed", ()),
    ("sudden urge to eat a whole cake at midnight, made tea instead", ()),
    ("the urge to smoke passed after i made tea", ()),
    ("i got the urge to quit my job today, it passed", ()),
    ("the urge to end the series on a cliffhanger, the author said", ()),
    ("storm passed, just shaken", ()),
    ("got the urge to clean the whole flat at 2am, it passed after tea", ()),
    # en near-misses: steps forward that are not the drop (r53-0034)
    ("had a flash of wanting to step forward when they asked for volunteers at the ceremony", ()),
    ("stood on the platform waiting for my train, it was late again", ()),
    ("i had the thought to step forward in my career this year", ()),
    ("got the urge to jump off the sofa and dance", ()),
    ("on the bridge today, beautiful view of the river", ()),
    ("had a split second moment where i wanted to jump in the pool at the party", ()),
    ("the urge to walk out of the meeting was strong lol", ()),
    # en near-misses: insomnia and alarms (r53-0042)
    ("damn, woke up again at 4am", ()),
    ("ugh woke up again in the middle of the night", ()),
    ("the baby woke up again, third time tonight", ()),
    ("great, woke up again before my alarm", ()),
    ("woke up again feeling great today", ()),
    ("woke up early again, lovely sunrise", ()),
    ("damn i woke up late again, missed the bus", ()),
    ("dog woke up again at 5, ugh", ()),
    # en near-misses: someone else hit, property hit (r53-0121)
    ("if i got hit by a car my mum would be so upset", ()),
    ("if my car got hit i wouldnt be that bothered, its old", ()),
    ("if i got hit with a parking fine i'd be upset", ()),
    ("if a car hit me i'd sue them", ()),
    ("crossing the road tomorrow with the kids for the parade", ()),
    ("if i got hit by the flu this week i'd be so upset", ()),
    # fr near-misses (r52-0041)
    ("je vais courir 15 km maintenant, tu me motives ?", ()),
    ("je nai rien mange depuis ce matin, je vais courir apres le dejeuner", ()),
    (
        "pendant le ramadan je nai rien mange depuis quatre jours en journee, je vais courir pour compenser le retard",
        (),
    ),
    ("je vais faire du velo pour compenser le trajet en voiture", ()),
    ("il nait rien mange depuis deux jours, il est malade avec la grippe", ()),
    ("je cours 10 km pour compenser les heures assises au bureau", ()),
    ("je vais bruler le gateau si je le laisse au four", ()),
    ("plan dentrainement: courir 15 km maintenant que le marathon approche", ()),
    # de near-misses (r52-0042, r53-0051, r53-0144)
    ("hab die tabletten von oma aufgehoben, bring sie morgen zur apotheke", ()),
    ("heute nacht passt, alle sind auf der hochzeit, wir feiern bei mir", ()),
    ("danke, dass du immer da warst. ehrlich, du bist die beste", ()),
    ("die schlaftabletten hab ich für den notfall im urlaub aufgehoben", ()),
    ("nach dem umzug hatte ich den drang, alles loszuwerden, hab den keller ausgemistet", ()),
    ("nach dem essen hatte ich lust auf einen spaziergang", ()),
    ("ich will den ganzen kram loswerden, flohmarkt am samstag", ()),
    ("es ist nicht so schlimm, wenn ich nicht mehr da bin, du hast ja den schlüssel", ()),
    ("wäre nicht so schlimm, wenn ich morgen nicht ins büro komme", ()),
    ("es wäre besser, wenn ich nicht mehr da wäre, sagt mein chef, weil ich ab montag in rente gehe", ()),
    ("es war gar nicht so schlimm beim zahnarzt", ()),
    # pt near-misses (r52-0137, r52-0144, r52-0176)
    ("tomei 2 comprimidos de dipirona ontem pra dor de cabeça", ()),
    ("tomei umas 10 vitaminas ontem de proposito pra ficar forte", ()),
    ("o medico passou 3 comprimidos por dia, tomei ontem e to tonta", ()),
    ("bebi 10 cervejas ontem, acordei tonta", ()),
    ("pulei do trampolim da piscina hoje", ()),
    ("a porta do terraço fica aberta pra gente estender roupa", ()),
    ("pensando em pular de paraquedas, já vi que o clube tá aberto", ()),
    ("vamos fazer a festa no terraço do prédio, já vi que fica aberto", ()),
    ("tô batendo cabeça com esse código faz duas horas", ()),
    ("meu filho de 2 anos fica batendo a cabeça na parede quando faz birra", ()),
    ("bati a cabeça na porta do armário sem querer", ()),
    ("quando era criança eu batia a cabeça na parede", ()),
    # es near-misses (r52-0115, r52-0209, r52-0211)
    ("me pica todo, me rasco las picaduras de mosquito", ()),
    ("mi gato me araña cuando juega", ()),
    ("me golpee la rodilla con la mesa, tengo un moretón", ()),
    ("me muerdo las uñas cuando estoy nerviosa", ()),
    ("mi hijo de 8 años se tomó su jarabe para la tos", ()),
    ("mi hija se tomó las vitaminas de gomita", ()),
    ("el pediatra le receto pastillas a mi hijo y se las tomo bien", ()),
    ("mi hijo de 3 años se comió unos caramelos de mi bolso", ()),
    ("busque donde comprar cuchillas para la maquinilla de afeitar de mi padre", ()),
    ("llevo 3 meses limpia de azucar, hoy busqué recetas", ()),
    ("estoy buscando donde comprar un cutter para el trabajo", ()),
    ("busque donde comprar cuchillas para la licuadora", ()),
    # hi near-misses (r52-0100, r53-0063, r52-0156)
    ("बच्चों के लिए रस्सी पंखे से बाँध कर झूला बनाया", ()),
    ("कपड़े सुखाने के लिए रस्सी छत से बाँध दी है", ()),
    ("diwali ki lights pankhe se baandh di hain", ()),
    ("pankha saaf karna hai, bahut dhool hai", ()),
    ("maine naukri paane ki bahut koshish ki thi", ()),
    ("साल पहले मैंने ज़हर खाने की कोशिश की थी, अब मैं ठीक हूँ", ()),
    ("kal maine exam paas karne ki koshish ki", ()),
    ("film mein hero ne phansi lagane ki koshish ki", ()),
    ("doctor ne neend ki goliyan di hain, kal raat ek li", ()),
    ("kal raat khana zyada kha liya, subah ulti hui", ()),
    ("neend ki goli se subah chakkar aata hai kya?", ()),
    ("kal raat mummy ne dawai le li thi, ab theek hain", ()),
    # more near-misses in the six other languages
    ("heute nacht ist niemand zu hause, wir machen eine pyjamaparty", ()),
    ("hab die alten medikamente versteckt, damit der hund nicht rankommt", ()),
    ("die schlaftabletten hab ich aufgehoben, der arzt hat gesagt für den notfall", ()),
    ("heute abend sind alle weg, endlich ruhe zum lesen", ()),
    ("danke, dass du immer da warst, du bist der beste bruder", ()),
    ("nach dem essen hatte ich den drang, die küche aufzuräumen", ()),
    ("der drang, alles loszuwerden, nach dem umzug war riesig", ()),
    ("nach dem frühstück hatte ich das bedürfnis, alte klamotten loszuwerden", ()),
    ("ich habe zu viel gegessen, mir ist schlecht", ()),
    ("nach dem abendessen den drang gehabt, einen kuchen zu backen", ()),
    ("ich hatte den gedanken, die schulden loszuwerden, nach dem essen mit der bank", ()),
    ("nach dem essen bin ich spazieren gegangen, war knapp mit dem bus", ()),
    ("es ist nicht so schlimm, wenn ich morgen nicht da bin, ich bin im urlaub", ()),
    ("wäre nicht schlimm, wenn ich weg wäre, sagt die chefin, weil die schicht voll ist", ()),
    ("manchmal denk ich, es wäre besser, wenn ich mehr schlafen würde", ()),
    ("es wäre egal, wenn ich nicht mehr da wäre bei der feier, ist eh voll", ()),
    ("mein opa ist tot, es war nicht so schlimm, wie ich dachte", ()),
    ("tomei uns 10 goles de cafe ontem de proposito pra ficar acordada", ()),
    ("meu filho tomou 2 comprimidos de dipirona que o pediatra receitou, ta tonto de sono", ()),
    ("tomei todas as vitaminas da semana de proposito pra nao esquecer", ()),
    ("ela tomou umas 10 cervejas ontem e acordou tonta", ()),
    ("o terraco fica aberto ate as 22h, vamos ver o por do sol", ()),
    ("quero pular da ponte no rio com a galera, a grade ta aberta", ()),
    ("o predio da faculdade tem terraco aberto, que legal", ()),
    ("batendo cabeca pra montar esse movel", ()),
    ("o vizinho ta batendo na parede de novo, nao consigo dormir", ()),
    ("ele fica batendo a cabeca no teto do carro, e alto demais", ()),
    ("to batendo a cabeca pra entender essa materia", ()),
    ("o bebe bateu a cabeca na parede e chorou", ()),
    ("me araño con el rosal del jardin", ()),
    ("mi perro me muerde cuando jugamos, tengo moretones", ()),
    ("me pellizco para saber si es un sueño", ()),
    ("me doy golpes de pecho por lo que hice, que verguenza", ()),
    ("mi hermana me araño la cara jugando", ()),
    ("me muerdo la lengua cuando como rapido", ()),
    ("mi hijo de 3 años se tomo su vitamina de gomita", ()),
    ("mi hija de 5 años se tomo el jarabe que le dio el medico", ()),
    ("el bebe se comio un caramelo del bolso", ()),
    ("mi hijo de 16 años se tomo una pastilla para el dolor de cabeza", ()),
    ("mi hijo se tomo las pastillas que le receto el pediatra", ()),
    ("la niña se comio unas galletas de mi bolso, no se cuantas", ()),
    ("busque donde comprar cuchillas para mi maquinilla", ()),
    ("busque donde venden navajas suizas para el campamento", ()),
    ("llevo 3 meses limpio de alcohol, hoy busque donde comprar zapatillas", ()),
    ("estoy buscando donde comprar cuchillas para los patines", ()),
    ("busque como conseguir un cutter para las manualidades del colegio", ()),
    ("mi madre no se entero de que compre chocolate", ()),
    ("रस्सी से बाँध कर सामान छत पर रख दिया", ()),
    ("पंखे की हवा बहुत तेज़ है", ()),
    ("पंखे से पर्दा बाँध दिया है", ()),
    ("maine rassi se saman baandh diya", ()),
    ("pankhe ki speed kam karo", ()),
    ("pankhe pe lights laga di diwali ke liye", ()),
    ("maine kal raat padhne ki koshish ki", ()),
    ("maine pichle hafte naukri chhodne ki koshish ki", ()),
    ("कल मैंने उसे मनाने की कोशिश की", ()),
    ("पिछले हफ़्ते मैंने खाना बनाने की कोशिश की", ()),
    ("maine khud ko samjhane ki bahut koshish ki kal", ()),
    ("film mein usne pichle hafte zeher khane ki koshish ki", ()),
    ("maine kal raat khana zyada kha liya", ()),
    ("neend ki goli le li thi doctor ne di thi, ab theek hoon", ()),
    ("kal raat zyada chai pi li, neend nahi aayi", ()),
    ("kal raat dawai le li thi, bukhar utar gaya", ()),
    ("mummy ne kal raat zyada goliyan le li thi, doctor ne kaha theek hai", ()),
    ("mujhe neend ki goliyan chahiye kya?", ()),
    ("je vais courir 15 km pour compenser le gateau dhier", ()),
    ("je nai rien mange depuis deux jours a cause de la gastro, je vais pas courir", ()),
    ("je vais courir maintenant, jai mange des pates", ()),
    ("elle fait 10 km pour compenser sa journee assise", ()),
    ("je nai pas mange depuis trois jours, je suis malade, le medecin a dit du repos", ()),
]

# Near-misses that older rules still read as risk (suicide.someone_now_r11, medical.ingestion_family,
# medical.chest_pain_spreading_r22, suicide.in_progress, medical.ingestion, suicide.attempt_r9, suicide.passive_family,
# de.eating.urge_vomit_r28: left to the false-alarm work); the rules of this round must not add to them.
OUR_RULES = (
    "acute.friend_goodbye_unreachable_r52",
    "acute.saved_pills_take_tonight_r52",
    "acute.stopped_meds_saving_r52",
    "medical.insulin_whole_pen_r52",
    "medical.heart_attack_wait_r52",
    "acute.gun_in_lap_r52",
    "medical.recent_overdose_aftermath_r52",
    "suicide.urge_passed_r53",
    "suicide.call_of_the_void_r53",
    "suicide.woke_up_again_sigh_r53",
    "suicide.indifferent_if_hit_r53",
    "fr.eating.fast_then_compensate_r52",
    "de.suicide.saved_pills_tonight_r52",
    "de.eating.purge_urge_resisted_r53",
    "de.suicide.not_so_bad_if_gone_r53",
    "pt.medical.overdose_on_purpose_r52",
    "pt.suicide.jump_place_checked_r52",
    "pt.self_harm.head_banging_now_r52",
    "es.self_harm.pinch_scratch_when_anxious_r52",
    "es.medical.child_swallowed_pills_r52",
    "es.self_harm.seeking_blades_relapse_r52",
    "hi.suicide.rope_tied_to_fan_r52",
    "hi.suicide.recent_attempt_r53",
    "hi.medical.sleeping_pills_too_many_r52",
)

OLDER_READINGS: list[Harmless] = [
    ("we had the thought to jump off the bridge into the river, summer tradition", ()),
    ("my best friend sent me a voice note saying goodbye before her flight, now she's not picking up", ()),
    ("nan ran out of insulin, she used the whole pen over the month", ()),
    ("first aid course today: chest pain spreading to the left arm is a sign of a heart attack", ()),
    ("at the range with a pistol in my hands for the first time, loaded and ready to shoot targets", ()),
    ("took all my meds last night as normal, slept well", ()),
    ("on the diving board i had the urge to jump off but chickened out", ()),
    ("if i get hit by a ball in dodgeball i wouldn't mind", ()),
    ("if i got hit with a pillow i wouldn't mind lol", ()),
    ("nach der party hatte ich den drang zu kotzen, zu viel getrunken", ()),
    ("meine oma hat ihre tabletten gesammelt und in die reiseapotheke gepackt", ()),
    ("ich habe die pillen gesammelt und zur apotheke gebracht, danke für alles", ()),
    ("tomei muitos remedios ontem pra gripe, to meio tonta", ()),
    ("vou pular do predio de paraquedas, ja vi que o terraco fica aberto pros saltos", ()),
    ("penso em me jogar do predio? nunca, to bem", ()),
]


@pytest.mark.parametrize(("text", "context", "category", "floor"), RISK)
def test_r52_r53_acute_risks_are_caught(
    text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context)


@pytest.mark.parametrize(("text", "context"), HARMLESS)
def test_their_everyday_near_misses_are_not_risk(text: str, context: tuple[str, ...]) -> None:
    assert judge(text, context).level == "none", (text, context, judge(text, context))


@pytest.mark.parametrize(("text", "context"), OLDER_READINGS)
def test_this_rounds_rules_do_not_read_them(text: str, context: tuple[str, ...]) -> None:
    reasons = judge(text, context).reasons
    assert not [r for r in reasons if r.removeprefix("rule:") in OUR_RULES], (text, reasons)
