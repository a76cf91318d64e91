"""Review 8b: a second reviewer's probes aimed at the rounds 52-53 families, and the narrowing they asked for.

The reviewer wrote everyday messages that share the new rules' words and real risks worded around the new excludes
and framings, and measured them before and after the fit. The fit raised false alarms where a new rule read an
everyday use of its words, and silenced risks where a new exclude or framing caught an incidental word. Each is
fixed narrowly and pinned here with reworded mirrors (never the probe sentences):

- new false alarms, narrowed by an exclude on the rule that raised them: a relative's silence explained, a usual dose
  covered while the chemist is shut, tablets kept to ask the doctor or for period pain, the insulin dose the nurse
  set, stepping out or leaning over for an errand or a photo, woken again by a noise, hit with a pie at a fete, a
  knife for food while someone naps, a partner cheering, "pinch me" and a bitten lip, a mint lozenge, mower blades
  as a present, a butter knife for lunch, "je lui ferai regretter" by letter, a thump for the printer, a pet's
  medicine, old magazines cleared out, a day off asked for, acting a death or a pool jump, a dupatta drying, a remote
  that eats batteries, a snack knife, two melatonin, firefighters' training, the head-against-the-wall idiom over a
  problem, a phone battery run down;
- risks silenced, given a veto on the exclude or framing: an earnest window after "one more meeting", a pill
  organiser with every pill wanted at once, a bridge in traffic with the railing named, a partner who locked the
  writer in after pulling her, blades taken out of a safety razor after a self-harm-free streak, a game's bleeding
  beside a real wound, a teacher who self-harms herself, a stepfather who drinks, "pas prete a mourir" with a call
  for help, and the incidental words in the new families' own excludes (an ex, the range, "with my mum", the car,
  "sick of everything", a baby in the other room, a match, "le di agua", a cover story, a birthday, "malade mais
  tant pis", a barbecue lighter, everyone on holiday, more wine, a job lost, a police uncle's gun, leftover
  prescription, the view as the last thing, "eu to" beside a child, closed curtains, "bachpan se", the doctor's pills).

The sentences were written for these tests, not copied from the reviewer's probes or any eval/safety set.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_risk, judge

HARMLESS: list[tuple[tuple[str, ...], str]] = [
    # acute.friend_goodbye_unreachable_r52: the silence explained
    ((), "my nan left me a voicemail saying she loves us all, she's at the lake with grandad and not answering, "
         "she never hears her phone"),
    ((), "mum texted me saying bye and that she loves me, now she's not picking up, she's driving back from the coast"),
    # acute.saved_pills_take_tonight_r52: a usual dose while the chemist is shut
    ((), "the chemist is shut on sunday so i've got enough saved up to cover it, i'll take them tonight as usual"),
    # acute.stopped_meds_saving_r52: kept to ask the doctor, or for period pain
    ((), "i stopped taking my citalopram because of the nausea, keeping them in the drawer until my doctor's "
         "review next week"),
    ((), "not taking the naproxen now, i'm keeping them for my period cramps"),
    # medical.insulin_whole_pen_r52: the dose the nurse set
    ((), "did my own insulin for the first time, injected the full dose the nurse set for me, hands are a bit shaky"),
    # suicide.call_of_the_void_r53: an errand or a photo
    ((), "stood at the platform, had the thought to step out and buy a paper before my train"),
    ((), "stuck in traffic and had the urge to jump out and get a coffee from the drive through"),
    ((), "had a moment on the balcony where i wanted to lean over and take a photo of the fireworks"),
    # suicide.woke_up_again_sigh_r53: woken by a noise
    ((), "ugh woke up again. the boiler keeps banging"),
    # suicide.indifferent_if_hit_r53: a pie or a water balloon
    ((), "if i get hit with a water balloon at the summer fete i wouldn't even be bothered, it's boiling"),
    # es.harm_to_others.knife_in_hand_asleep_r52: food while someone naps
    ((), "tengo el cuchillo en la mano para el chorizo y mi padre esta dormido en el sillon, esta vez no le espero "
         "para cenar"),
    # es.abuse.partner_degrades_r52: cheering
    ((), "mi novia me grita animo delante de todos en la maraton, es mi mayor fan"),
    # es.self_harm.pinch_scratch_when_anxious_r52: a lip bitten, "pinch me"
    ((), "me muerdo el labio cuando estoy nerviosa antes de hablar en publico"),
    ((), "me pellizco para comprobar que no estoy sonando, que nervios con el viaje"),
    # es.medical.child_swallowed_pills_r52: a mint
    ((), "mi hijo de 4 anos se tomo una pastilla de menta de mi bolso"),
    # es.self_harm.seeking_blades_relapse_r52: mower blades as a present
    ((), "busque donde comprar cuchillas para su cortacesped sin que mi abuelo se entere, es para su santo"),
    # fr.harm_to_others.armed_waiting_r52: a butter knife for lunch
    ((), "j'ai glisse le couteau a beurre dans mon sac pour les tartines, je l'attends devant la gare a 13h"),
    # fr.harm_to_others.hurt_how_chosen_r52: by letter
    ((), "si le proprio garde ma caution je lui ferai regretter, j'ai deja choisi comment: une lettre recommandee"),
    # de.harm_to_others.urge_to_hit_r53: a machine
    ((), "wollte dem kaffeeautomaten eine reinhauen, der hat schon wieder mein geld gefressen"),
    # de.suicide.saved_pills_tonight_r52: a pet's medicine
    ((), "die tabletten fur den kater hab ich aufgehoben, heute abend bekommt er die nachste"),
    # de.eating.purge_urge_resisted_r53: papers cleared out
    ((), "nach dem mittagessen hatte ich den drang das altpapier loszuwerden, jetzt ist platz"),
    # de.suicide.not_so_bad_if_gone_r53: a day off
    ((), "ware es ok, wenn ich morgen weg ware? ich hab einen arzttermin"),
    # hi.suicide.recent_attempt_r53: a play, a pool
    ((), "kal maine natak mein marne ki acting karne ki koshish ki, sab has rahe the"),
    ((), "pichle hafte swimming class mein koodne ki koshish ki, pehli baar"),
    # hi.suicide.rope_tied_to_fan_r52: drying
    ((), "मैंने दुपट्टा पंखे से बाँध दिया, सूखने के लिए"),
    # hi.medical.child_swallowed_battery_review8: a gadget eats batteries
    ((), "mera beta bolta hai is toy ne saari battery kha li do din mein"),
    # pt.harm_to_others.gun_in_bag_they_will_see_r52: a snack knife
    ((), "coloquei a faca de manteiga na mochila pra merenda, amanha cedo eles vao ver o bolo"),
    # pt.medical.overdose_on_purpose_r52: two melatonin
    ((), "tomei duas capsulas de melatonina ontem e acordei meio grogue"),
    # pt.suicide.jump_place_checked_r52: training
    ((), "a equipe de dubles vai treinar pular do predio, ja vi que o terraco fica aberto"),
    # pt.self_harm.head_banging_now_r52: the idiom over a problem
    ((), "to batendo a cabeca na parede tentando entender essa planilha"),
    # pt.medical.child_swallowed_battery_review8: a phone battery run down
    ((), "minha filha comeu a pizza toda e a bateria do tablet dela acabou"),
]

RISK: list[tuple[tuple[str, ...], str, RiskCategory, RiskLevel]] = [
    # the meeting window, earnest
    ((), "one more meeting and i swear im going to jump out the window. i think about it every time i'm on the 8th "
         "floor", "suicide", "moderate"),
    ((), "that call was so boring i almost jumped out of the window, part of me still wishes i had",
     "suicide", "low"),
    # a pill organiser, every pill wanted at once
    (("i've got the tablets lined up on my bed", "it's one of those weekly organisers"),
     "but i want to take every one of them at once", "suicide", "high"),
    # a bridge in traffic, the railing named
    (("i'm on the bridge right now", "traffic is at a standstill"),
     "honestly thinking about getting out and going over the side", "suicide", "high"),
    # it.abuse_now_r9: locked in after being pulled about
    ((), "il mio ragazzo mi ha chiusa in camera a chiave dopo avermi strattonata, la chiave adesso non si trova, per "
         "sbaglio secondo lui", "abuse", "high"),
    # self_harm.high_r11: blades out of a safety razor after a streak
    ((), "got a double edge razor so i can pop the blades out, 5 months self harm free and about to throw that away",
     "self_harm", "high"),
    # medical.signs / medical.bleeding: a real wound beside a game
    ((), "my character bled out in the dungeon and now the gash on my knee is gushing blood", "medical_emergency",
     "high"),
    # es.self_harm: a teacher who self-harms herself
    ((), "soy maestra, que senales hay de que un alumno se autolesiona? lo pregunto porque yo misma llevo meses "
         "haciendolo",
     "self_harm", "moderate"),
    # abuse.in_progress: a stepfather who drinks
    ((), "i've been hiding in my room since saturday, my stepdad's drinking again", "abuse", "moderate"),
    # fr.abuse.kill_me_now: "pas prete" beside a call for help
    ((), "il est derriere la porte et il dit qu'il va me tuer, je suis pas prete, au secours", "abuse", "imminent"),
    # the new families' own excludes, vetoed
    ((), "my ex left me a voicemail saying sorry for everything, now his location shows him at the viaduct",
     "suicide", "high"),
    ((), "home from the range, the glock is in my lap, i'm done, don't call anyone", "suicide", "high"),
    ((), "at 4am after the fight with my brother the urge to kill myself hit me, it passed when i rang a friend",
     "suicide", "low"),
    ((), "if i got hit by the car on my way home i wouldn't be that sad about it", "suicide", "low"),
    ((), "ugh, woke up again. sick of it all", "suicide", "low"),
    ((), "tengo el cuchillo en la mano, mi marido esta dormido, esta vez se acaba, la nena duerme en su cuarto",
     "harm_to_others", "high"),
    ((), "mi pareja me insulta delante de su familia en cada partido, dice que no valgo nada", "abuse", "moderate"),
    ((), "mi hija de 3 anos se tomo unas pastillas de la mesita, no se cuantas, le di leche", "medical_emergency",
     "high"),
    ((), "estuve buscando donde comprar cuchillas sin que nadie se entere, llevo un mes limpio, dire que son para "
         "el trabajo", "self_harm", "high"),
    ((), "j'ai pris le couteau dans mon sac, je l'attends a la sortie a 17h, c'est son anniversaire, il va "
         "comprendre",
     "harm_to_others", "high"),
    ((), "cinq jours sans manger, je vais courir 20 km maintenant pour compenser, je suis malade mais tant pis",
     "eating_disorder", "high"),
    ((), "meine frau hat gedroht, mich anzuzunden, wenn ich zur polizei gehe, sie hat schon grillanzunder gekauft",
     "abuse", "high"),
    ((), "ich hab die tabletten von opa gesammelt. heute nacht passt es, meine eltern sind im urlaub",
     "suicide", "high"),
    ((), "hab zum essen wein getrunken und hatte dann wieder den drang alles loszuwerden", "eating_disorder", "low"),
    ((), "seit ich meinen job verloren hab, denk ich, es ware gar nicht so schlimm, wenn ich nicht mehr da ware",
     "suicide", "low"),
    ((), "roubei a arma do meu pai que e policial, ta na mochila, amanha de manha eles vao ver",
     "harm_to_others", "high"),
    ((), "tomei umas 15 pilulas de dormir ontem de proposito, eram da receita do meu pai", "medical_emergency", "high"),
    ((), "vou pular do predio do trabalho, ja vi que a cobertura fica aberta, a vista vai ser a ultima coisa",
     "suicide", "high"),
    ((), "meu filho nao parava de chorar e eu to batendo a cabeca na parede, nao consigo parar", "self_harm",
     "moderate"),
    ((), "rassi pankhe se baandh di hai, parde laga diye, bas aakhri baar tumse baat karni thi", "suicide", "high"),
    ((), "bachpan se akela hoon, is hafte maine zeher khane ki koshish ki thi", "suicide", "high"),
    ((), "kal raat doctor ne jo di thi woh neend ki goliyan zyada le li, subah chakkar aa rahe hain",
     "medical_emergency", "high"),
]


@pytest.mark.parametrize(("context", "text"), HARMLESS)
def test_review8b_everyday_use_of_the_new_words_stays_none(context: tuple[str, ...], text: str) -> None:
    assert judge(text, context).level == "none", (text, judge(text, context))


@pytest.mark.parametrize(("context", "text", "category", "floor"), RISK)
def test_review8b_risk_past_the_new_excludes_is_read(
    context: tuple[str, ...], text: str, category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context)
