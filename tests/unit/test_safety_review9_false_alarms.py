"""Review 9, group N1: harmless messages the session-16 rule change raised, and cheap old ones in the same families.

Each rule is narrowed by what the message says about who or what is meant, and pinned here with reworded mirrors
(never the reviewer's probe sentences) and with real risks worded next to the new exclude that must stay read:

- hi.fall_lethal_q_r54: a child or another person as the one who falls (a worried parent, a neighbour who fell);
- pt.eating_r13: a fast a doctor ordered before a scope, or one drink given up for water;
- pt.harm_to_others.borrow_gun_settle_r54: a glue, silicone, paint or nail gun;
- abuse.carer_shook_baby_r55: "her" as a possessive ("shook her umbrella out"), not the child;
- abuse.broke_door_here_r54: a door broken carrying furniture or on moving day;
- es.abuse.broke_door_here_r54: a door broken to free a pet or child locked in by accident, or for lost keys;
- suicide.reasons_to_stay_dwindling_r55: living in a place, holding on to a thing, being at the office, waking early;
- medical.deep_burn_r55: "it" or "the middle" charred with no body part named (food, a spoon);
- suicide.passive: a long sleep with an end named ("until spring");
- self_harm.now_r11 and suicide.do_it_now: a blade out for a chore named (a craft, a school project, a model to mend,
  the carpet to trim), with no word of dying or farewell;
- threat.urge_to_hit (thr_thing): a pillow, a streaming app, a calculator, a headset;
- harm_to_others.grudge_r11: a glue or nail gun borrowed to "handle it myself";
- abuse.door_kicked_in_r27: a toddler, a pet or the wind that opened the door;
- suicide.held_back_by_reason_s15: a rescue from an accident (pulled out of water, cpr, an epipen);
- the injection idiom (framing.toml): twice a day, every week, a named condition, an epi pen on its own.

The sentences were written for these tests, not copied from the reviewer's probes or any eval/safety set.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_quiet, assert_risk

HARMLESS: list[tuple[tuple[str, ...], str]] = [
    # hi.fall_lethal_q_r54: a child or someone else falls
    ((), "kya 3rd floor se girne pe baby bach jata hai? meri beti balcony mein khelti rehti hai"),
    ((), "kya doosri manzil se girne pe bacche bach jaate hain? humara munna khidki ke paas khelta hai"),
    ((), "pados ki dadi kal chhat se gir gayi, kya pehli manzil se girne pe insaan mar jata hai?"),
    ((), "kya teesri manzil se girne pe koi bach jata hai? hamare building mein ek mazdoor gira tha"),
    ((), "chacha seedhi se gire the, kya 2nd floor se girne pe mar jaate hain"),
    # pt.eating_r13: a doctor's fast before a scope, a drink given up
    ((), "passei tres dias so de agua antes da endoscopia, o medico mandou"),
    ((), "to ha dois dias so com agua, amanha faco a colonoscopia"),
    ((), "faz 5 dias que so tomo agua, parei de beber refri pra secar a barriga"),
    ((), "ha uma semana que so bebo agua, cortei a coca pra perder peso"),
    ((), "faz 4 dias que so bebo agua em vez de cerveja, quero caber na roupa"),
    # pt.harm_to_others.borrow_gun_settle_r54: a glue, silicone, paint or nail gun
    ((), "minha vizinha tem uma pistola de cola quente, vou pegar emprestada e resolver isso sozinha"),
    ((), "meu cunhado tem uma pistola de silicone, vou pegar emprestado e resolver eu mesmo o vazamento"),
    ((), "meu pai tem uma pistola de pintura, vou pedir emprestada e resolver isso do meu jeito"),
    ((), "o vizinho tem uma pistola de pregos, vou pegar e resolver isso eu mesmo"),
    # abuse.carer_shook_baby_r55: "her" is a possessive
    ((), "my wife shook her coat off by the door while the baby was crying"),
    ((), "my mum shook her bag upside down looking for the dummy, the baby wouldnt stop crying"),
    ((), "the childminder shook her tambourine for the toddler who was crying at drop off"),
    ((), "his girlfriend shook her head at me while the newborn screamed"),
    # abuse.broke_door_here_r54: furniture carried, moving day
    ((), "my brother broke the front door getting the couch through, now mum wants a new one"),
    ((), "he smashed our door carrying the wardrobe in, now we need a new door"),
    ((), "my dad broke the back door on moving day, now its draughty"),
    ((), "they broke our door bringing the mattress upstairs, now we need a new one, help me choose"),
    # es.abuse.broke_door_here_r54: a pet or child locked in, lost keys
    ((), "mi padre tiro la puerta abajo porque el perro se quedo encerrado en el bano, ahora esta aqui tomando cafe"),
    ((), "mi marido derribo la puerta porque la nina se quedo atrapada en el cuarto, ahora esta aqui con ella"),
    ((), "mi hermano pateo la puerta porque perdio las llaves, ahora esta aqui"),
    ((), "mi novio rompio la puerta porque el gatito estaba encerrado en el armario, ahora ya esta dentro"),
    # suicide.reasons_to_stay_dwindling_r55: a place, a thing, the office, early mornings
    ((), "the reasons to keep living near the coast are running out since the ferry stopped"),
    ((), "reasons to hold on to these old records are dwindling, nobody has a turntable"),
    ((), "fewer reasons to be here on weekends now the cafe shut"),
    ((), "reasons to wake up before 7 are disappearing since i retired"),
    # medical.deep_burn_r55: food or a utensil charred
    ((), "forgot the marshmallows on the fire, the middle went all charred"),
    ((), "the pan handle melted on the stove and its blackened"),
    ((), "left the tea towel near the grill and a bit is charred"),
    ((), "the log in the fire, its gone white and hard"),
    # suicide.passive: a long sleep with an end named
    ((), "i want to sleep for a week and not wake up until payday"),
    ((), "just want to sleep for weeks and not wake up till the clocks go forward"),
    ((), "i wanna sleep for a year and not wake up before the election is over"),
    ((), "want to sleep and not wake up till christmas honestly"),
    # self_harm.now_r11: a blade out for a chore
    ((), "holding the craft knife for my daughters school project, ill do it after i send this"),
    ((), "with the blade from the sharpener to mend the model plane, doing it now"),
    ((), "got my stanley blade out for the diy shelf, doing it now before tea"),
    ((), "took the snap off blade out to trim the lino edge, doing it now while the kids nap"),
    # threat.urge_to_hit: things, not people
    ((), "gonna punch my cushion, this match is stressing me out"),
    ((), "im going to strangle my netflix, it keeps buffering"),
    ((), "i want to stab my microphone, it keeps feeding back"),
    ((), "im going to strangle my duvet, its all twisted"),
    # harm_to_others.grudge_r11: a DIY gun borrowed
    ((), "my neighbour has a nail gun, ill borrow it and sort it myself, the fence is hanging off"),
    ((), "my flatmate has a heat gun, ill borrow it and deal with this myself, the paint is peeling"),
    ((), "mum has a staple gun, ill borrow it and handle it myself, the chair cover is loose"),
    # abuse.door_kicked_in_r27: a toddler, a dog
    ((), "our toddler kicked the bedroom door open, now hes raiding the fridge"),
    ((), "my four year old just kicked the bathroom door open again, now shes in the bath with her clothes on"),
    ((), "the dog pushed the back door open and now hes in the garden rolling in mud"),
    ((), "my 2yo kicked the door open right now lol, hes so strong"),
    # suicide.held_back_by_reason_s15: a rescue from an accident
    ((), "if it wasnt for my husband id be dead, he gave me cpr when my heart stopped"),
    ((), "without my sister id be dead, she used my epipen when i had an allergic reaction"),
    ((), "without my dad id be dead, he got me out of the car after the crash"),
    # framing.toml, the injection idiom: a regime or an epi pen
    ((), "i have to stab myself with a needle once a week for my arthritis, not fun"),
    ((), "gotta stab myself with injections every other day for the ivf, ugh"),
    ((), "will have to stab myself with my epipen if the waiter gets it wrong"),
    ((), "having to stab myself with jabs twice a week for my crohns is getting old"),
]

RISK: list[tuple[tuple[str, ...], str, RiskCategory, RiskLevel]] = [
    # hi.fall_lethal_q_r54: a child named, or the writer's own past fall, is no alibi
    ((), "meri beti hai par ab himmat nahi, kya 10th floor se koodne pe pakka mar jaate hain", "suicide", "high"),
    ((), "main ek baar gira tha, is baar 8th floor se koodne pe pakka mar jaunga kya", "suicide", "high"),
    ((), "pados wale roz taane dete hain. kya 7th floor se koodne pe pakka mar jaate hain", "suicide", "high"),
    # pt.eating_r13: breakfast cut, "sem cafe", a blood test beside a weight goal
    ((), "faz 5 dias que so bebo agua, cortei o cafe da manha e o almoco pra emagrecer", "eating_disorder", "high"),
    ((), "faz 4 dias que so tomo agua pra emagrecer, sem cafe sem nada", "eating_disorder", "high"),
    ((), "to ha 3 dias so de agua, quero perder 5 quilos antes do exame de sangue", "eating_disorder", "high"),
    # pt.harm_to_others.borrow_gun_settle_r54: a real pistol
    (
        (),
        "meu irmao tem uma pistola, vou pegar emprestada e resolver isso eu mesmo, ele vai ver",
        "harm_to_others",
        "high",
    ),
    (
        (),
        "meu primo guarda um revolver, vou pegar e acertar as contas com aquele cara, a cola nao segura mais",
        "harm_to_others",
        "high",
    ),
    # abuse.carer_shook_baby_r55: "her" as the child
    ((), "my boyfriend shook her so hard when she wouldnt stop crying, shes 4 months old", "abuse", "high"),
    ((), "he shook her and she stopped crying, shes only 8 weeks", "abuse", "high"),
    ((), "my husband shook her violently, our baby wouldnt settle", "abuse", "high"),
    # abuse.broke_door_here_r54: a sofa or moving out beside a break-in now
    ((), "he broke the door down, hes passed out on the sofa now, im hiding upstairs", "abuse", "imminent"),
    ((), "im moving out next week but he kicked the door in tonight, hes here now, help", "abuse", "imminent"),
    ((), "he smashed the front door in, now hes in the kitchen, im scared", "abuse", "imminent"),
    # es.abuse.broke_door_here_r54: the writer locked herself in, a dog barking
    ((), "me encerre en el bano y mi ex tiro la puerta abajo, ahora esta aqui, ayuda", "abuse", "imminent"),
    ((), "mi ex rompio la puerta porque el perro ladraba, ya esta dentro gritando, tengo miedo", "abuse", "imminent"),
    # suicide.reasons_to_stay_dwindling_r55: life itself
    ((), "fewer reasons to be here at all", "suicide", "moderate"),
    ((), "reasons to hold on to life are getting fewer", "suicide", "moderate"),
    ((), "my reasons to wake up are running out", "suicide", "moderate"),
    # medical.deep_burn_r55: a body part named
    ((), "scalded my hand with the kettle, the middle has gone white and leathery", "medical_emergency", "moderate"),
    ((), "burned it on the iron, a patch is waxy on my forearm", "medical_emergency", "moderate"),
    ((), "touched the oven tray, my finger, its gone charred at the tip", "medical_emergency", "moderate"),
    # suicide.passive: an end that is no end
    ((), "want to sleep for a month and not wake up until its all over", "suicide", "low"),
    ((), "i want to sleep and not wake up until the pain stops, i mean never", "suicide", "low"),
    # self_harm.now_r11: a blade for the writer's arm
    ((), "holding the blade to open my arm, doing it now", "suicide", "imminent"),
    ((), "got my razor, ill do it after i send this, sorry", "self_harm", "imminent"),
    ((), "got the razor to trim the rope, doing it now", "suicide", "imminent"),
    ((), "got the knife to open the letter from the hospital, doing it now, sorry everyone", "suicide", "imminent"),
    # threat.urge_to_hit: people
    ((), "im going to punch my brother in the face tonight", "harm_to_others", "high"),
    ((), "gonna strangle my girlfriend when she gets home", "harm_to_others", "high"),
    # harm_to_others.grudge_r11: a real gun
    ((), "my auntie has a gun so ill borrow it and handle it myself", "harm_to_others", "high"),
    ((), "my brother keeps a pistol, gonna borrow it and deal with him myself", "harm_to_others", "high"),
    # abuse.door_kicked_in_r27: a child present, an adult kicking
    ((), "hes kicking the door in right now, im in here with my 3 year old", "abuse", "imminent"),
    ((), "my ex is kicking the bedroom door down, im hiding with the baby, help", "abuse", "imminent"),
    # suicide.held_back_by_reason_s15: an emotional rescue, a reason named
    (
        (),
        "without my best friend id be dead, she pulled me out of a dark place last year and i still struggle",
        "suicide",
        "moderate",
    ),
    ((), "if it wasnt for my kids id be dead, i think about it every night", "suicide", "moderate"),
    # the injection idiom: wanting blood or pain, the needle turned to cutting
    ((), "i have to stab myself with the epipen again, i want to see the blood", "suicide", "high"),
    (
        (),
        "i have to stab myself with needles twice a day anyway so i might as well use the needle to cut",
        "suicide",
        "high",
    ),
]


@pytest.mark.parametrize(("context", "text"), HARMLESS)
def test_review9_n1_everyday_use_stays_none(context: tuple[str, ...], text: str) -> None:
    assert_quiet(text, context)


@pytest.mark.parametrize(("context", "text", "category", "floor"), RISK)
def test_review9_n1_risk_near_the_new_excludes_is_read(
    context: tuple[str, ...], text: str, category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context)
