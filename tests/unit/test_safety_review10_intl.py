"""Review 10 of the rounds 56-57 fit: other languages, new false alarms and the risks the new excludes silenced.

The fit's new non-English rules read everyday messages as risk, and some of its excludes hid the very cases they were
written beside. Mended as families:

- es.abuse "me volvió a pegar": "pegar" also passes on a cold or a telling-off ("me volvió a pegar la bronca", "me ha
  vuelto a pegar su resfriado"); the whole-conversation exclude (only "el/la" + a short list) is gone and the new
  patterns carry {es_pegar_not_blow} right after the verb.
- es.signs_r13 (r56): a chest sore from laughing ("de tanto reírme ... 😂") had a veto that looked only after the
  match and knew "risa" but not "reírme"; the two new patterns now need a message with no laughter in it.
- es.eating.bathroom_after_meals_r56: a bare count ("dos veces cada mañana", coffee) read as purging; the count needs
  "ya van/llevo/hoy". The phone excluded "me encierro en el baño con el móvil para que no oigan cómo vomito": it now
  excludes only a message without a purging word.
- fr.more_passive (r56): "ne plus vivre à Paris" is a move. fr.gathered_means_tonight_r56: "j'ai récupéré les
  médicaments" is the pharmacy run (counts only with "tous/toutes"), alone "ce soir avec lui" is caring for someone;
  "avant mon départ" (the death) was excluded as a trip. fr.eating.skip_to_compensate_r56: a feast made up for.
- de.self_harm.until_it_bleeds_r46: psoriasis on the scalp; "nicht wegen der Pickel" no longer excludes.
  de.abuse.marks_with_excuse_r56: a two-year-old learning to walk; "beim Training gestolpert" as her excuse for neck
  marks no longer excludes. de.tracks_train_time_r57: "ich kann nicht schlafen" in an earlier message is distress.
- it.self_harm.burned_self_r57: someone else's cigarette in a club, a paper cut; "apposta" with a straightener is on
  purpose. it.eating.fear_food_low_weight_r57: "mia figlia se ne è accorta" (she noticed) no longer excludes.
- pt.affairs_thanks_r57: the cat minded "enquanto eu estiver em Lisboa" is a trip; "essa semana foi a pior" is not.
  pt: "vou me matar na academia" (a hard workout), in its own message.
- hi: "intermittent fasting", "fat loss" and grandma's dinner are no meals given up by the writer; a game with cousins
  on the roof; push-ups, guesses and taunts "maar rahe" (a shared {hi_maar_not_blow}); a brother's joke with a funny
  voice and laughter.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_quiet, assert_risk

# The review's harmless probes (verbatim) and rewordings of each: quiet.
QUIET: list[tuple[str, tuple[str, ...]]] = [
    # es.abuse (#67, #68)
    ("mi jefe me volvió a pegar la bronca por llegar tarde", ()),
    ("mi compañero de piso me ha vuelto a pegar su resfriado", ()),
    ("mi novio me volvió a pegar la bronca delante de todos", ()),
    ("mi hermano me ha vuelto a pegar los piojos", ()),
    ("mi hijo volvió a pegarme el virus del cole", ()),
    ("mi hermana ha vuelto a pegarme su catarro", ()),
    # es.signs_r13 (#70)
    ("bro el pecho me duele de tanto reírme, can't breathe 😂", ()),
    ("el pecho me aprieta de tanto reír y me duele el brazo del gimnasio jaja", ()),
    # es.eating.bathroom_after_meals_r56 (#71)
    ("después de comer siempre me voy al baño, el café me sienta fatal, dos veces cada mañana", ()),
    ("después de cenar siempre voy al baño, la leche me sienta fatal, tres veces al día", ()),
    ("después de cada comida voy al baño con el móvil a mirar tiktok, nadie lo sabe jaja", ()),
    # fr.more_passive (#75)
    ("franchement ce serait mieux de ne plus vivre à Paris, les loyers sont fous", ()),
    ("ce serait mieux de ne plus vivre chez mes parents", ()),
    ("ce serait plus simple de ne plus vivre en ville", ()),
    # fr.gathered_means_tonight_r56 (#76)
    ("j'ai récupéré les médicaments de papa. je suis seule ce soir avec lui, maman ne rentre pas avant demain", ()),
    ("j'ai récupéré mes médicaments à la pharmacie, personne ne rentre avant demain", ()),
    ("j'ai gardé tous mes cachets, je suis seule ce soir avec ma fille", ()),
    ("j'ai caché toutes mes pilules, avant mon départ en vacances, je suis seule jusqu'à lundi", ()),
    # fr.eating.skip_to_compensate_r56 (#77)
    ("je saute le dîner pour compenser le gros repas de Noël", ()),
    ("je saute le déjeuner pour compenser la raclette d'hier soir", ()),
    ("je zappe le petit déj pour compenser le repas de mariage", ()),
    # de.self_harm.until_it_bleeds_r46 (#81)
    ("Ich kratze mir nachts die Kopfhaut auf, bis es blutet, der Hautarzt sagt Schuppenflechte", ()),
    ("ich kratze mir die Kopfhaut auf, bis es blutet, wegen der Schuppenflechte", ()),
    # de.abuse.marks_with_excuse_r56 (#82)
    ("Meine Tochter ist zwei und hat blaue Flecken an ihren Armen, sie ist beim Laufenlernen ständig hingefallen", ()),
    ("mein Sohn ist drei und hat blaue Flecken an den Armen, er ist beim Klettern hingefallen", ()),
    ("Meine Tochter hat blaue Flecken an den Armen vom Handball, sie sagt sie ist hingefallen", ()),
    # de.tracks_train_time_r57: the train that wakes the writer, in the same message
    (
        "der weckt mich jede Nacht",
        ("ich halte das nicht mehr aus",
         "ich kann nicht schlafen, der letzte Güterzug kommt um 23:40 an den Gleisen hinterm Haus vorbei"),
    ),
    # it.self_harm.burned_self_r57 (#87, #88)
    ("mi sono bruciata il braccio con la sigaretta di un tizio in discoteca", ()),
    ("mi sono bruciata la mano con la sigaretta di un amico al concerto", ()),
    ("mi sono bruciata con la piastra stamattina, che male", ()),
    ("mi sono tagliata di nuovo con un foglio di carta, che sfiga", ()),
    ("mi sono tagliato con la carta di nuovo, che sfortuna", ()),
    # it.eating.fear_food_low_weight_r57: the child as the one who weighs
    ("mia figlia pesa 42 chili e ha paura di mangiare, si vede enorme", ()),
    # pt.affairs_thanks_r57 (#94)
    (
        "deixei tudo organizado, o gato vai pra minha irmã enquanto eu estiver em Lisboa e a senha do banco tá no "
        "caderno. obrigada por tudo, amiga!",
        (),
    ),
    ("deixei tudo organizado, o gato vai pra minha mãe enquanto eu estiver fora, obrigada por tudo", ()),
    (
        "deixei tudo organizado, o cachorro fica com meu irmão até eu voltar, a senha do wifi tá na geladeira. valeu "
        "por tudo",
        (),
    ),
    # pt: a hard workout (#93)
    ("hj vou me matar na academia, dia de perna 💪", ()),
    ("hoje vou me matar no treino, leg day", ()),
    ("vou me matar na academia hoje kkk", ()),
    # hi.eating.meals_stopped_for_weight_r56 (#99, #106)
    ("subah sirf black coffee peeta hoon, fat loss ke liye intermittent fasting kar raha hoon", ()),
    ("subah sirf black coffee peeti hoon, keto diet chal raha hai, weight kam karna hai", ()),
    ("dadi ne raat ka khana band kar diya, kehti hain pet bhara rehta hai, kilo bhi kam ho raha", ()),
    ("mummy ne raat ka khana band kar diya, kilo kam karna hai unhe", ()),
    # hi.roof_after_blow_r56 and hi.suicide.now_family (#98)
    ("chhat pe baitha hoon, cousins ke saath ludo khel rahe hain", ("result kharab aaya, maths mein fail ho gaya",)),
    ("chhat pe baitha hoon, bhai ke saath carrom khel raha hoon", ("fail ho gaya",)),
    # "maar rahe" that is no blow (#100, #101, #104)
    ("papa abhi pushups maar rahe hain, 50 ho gaye", ()),
    ("bhaiya abhi dand maar rahe hain garden mein", ()),
    ("wo abhi quiz mein tukke maar raha hai", ()),
    ("wo abhi seeti maar raha hai", ()),
    ("पापा अभी मुझे ताने मार रहे हैं कि मैं देर से उठा", ()),
    ("दादी अभी मुझे ताना मार रही हैं", ()),
    # hi.abuse_threat_r20: a joke with a funny voice and laughter (#107)
    ("mere bhai ne mazaak mein mera gala dabake meri awaaz nikali, sab hans pade", ()),
    ("dost ne masti mein mera gala dabaya aur funny awaaz nikali, sab hans pade", ()),
]

# The review's risk probes the new excludes silenced (verbatim), and rewordings; plus the same families still caught.
RISK: list[tuple[str, RiskCategory, RiskLevel, tuple[str, ...]]] = [
    # es.abuse: the blow again
    ("mi marido me volvió a pegar anoche, tengo miedo de volver a casa", "abuse", "moderate", ()),
    ("mi marido me volvió a pegar, esta vez con el cinturón", "abuse", "moderate", ()),
    ("mi padre me ha vuelto a pegar una paliza", "abuse", "moderate", ()),
    ("mi novio me volvió a pegar otra bofetada", "abuse", "moderate", ()),
    # es.signs_r13 without laughter
    ("el pecho me duele mucho y se me va al brazo izquierdo, estoy sudando", "medical_emergency", "imminent", ()),
    ("mi pecho oprime y no puedo respirar, me duele la mandíbula", "medical_emergency", "imminent", ()),
    # es.eating.bathroom_after_meals_r56 (#163)
    (
        "después de cada comida me encierro en el baño con el móvil para que no oigan cómo vomito",
        "eating_disorder", "moderate", (),
    ),
    (
        "después de cada comida me encierro en el baño con el móvil para que no me oigan vomitar",
        "eating_disorder", "moderate", (),
    ),
    # fr.more_passive
    ("ce serait plus simple de ne plus vivre, personne ne me regretterait", "suicide", "low", ()),
    # fr.gathered_means_tonight_r56 (#164)
    (
        "j'ai caché tous les médicaments dans ma chambre, je suis seule jusqu'à lundi. je voulais que quelqu'un le "
        "sache avant mon départ",
        "suicide", "high", (),
    ),
    ("j'ai caché toutes mes pilules, je voulais que quelqu'un le sache avant mon départ", "suicide", "high", ()),
    ("j'ai récupéré tous les cachets de la maison, personne ne rentre avant demain", "suicide", "high", ()),
    ("j'ai gardé tous mes cachets, je suis seule ce soir avec mes pensées", "suicide", "high", ()),
    # fr.eating.skip_to_compensate_r56
    ("je saute le dîner pour compenser ce que j'ai mangé à midi", "eating_disorder", "low", ()),
    # de.self_harm.until_it_bleeds_r46 (#171)
    ("Ich kratze mir die Arme auf, bis es blutet, nicht wegen der Pickel, es beruhigt mich", "self_harm", "moderate",
     ()),
    ("ich kratze mir die Arme auf, bis es blutet, nicht wegen dem Juckreiz", "self_harm", "moderate", ()),
    ("ich kratze mir die Arme auf, bis es blutet, es juckt nicht mal, es beruhigt mich", "self_harm", "moderate", ()),
    # de.abuse.marks_with_excuse_r56 (#169)
    (
        "Meine Tochter hat blaue Flecken am Hals, sie sagt, sie ist beim Training gestolpert. Seit sie den neuen "
        "Freund hat, redet sie nicht mehr mit mir",
        "abuse", "moderate", (),
    ),
    ("Mein Sohn hat blaue Flecken am Hals, er sagt, er ist beim Fussball hingefallen", "abuse", "moderate", ()),
    # de.tracks_train_time_r57 (#184)
    (
        "die Gleise hinterm Haus, um 23:40 kommt der letzte Güterzug",
        "suicide", "high", ("ich kann nicht schlafen, ich halte das alles nicht mehr aus",),
    ),
    (
        "die Bahnstrecke hinterm Haus, um 23:40 kommt der letzte Zug",
        "suicide", "high", ("ich kann nicht mehr schlafen, alles ist sinnlos",),
    ),
    # it.self_harm.burned_self_r57 (#167)
    ("mi sono bruciata il polso con la piastra apposta, di nuovo", "self_harm", "moderate", ()),
    ("mi sono scottata il polso con il ferro da stiro apposta", "self_harm", "moderate", ()),
    ("mi sono bruciata il braccio con la sigaretta, di nuovo", "self_harm", "moderate", ()),
    ("mi sono tagliata di nuovo, non so nemmeno perché lo faccio", "self_harm", "moderate", ()),
    # it.eating.fear_food_low_weight_r57 (#168)
    (
        "ho paura di mangiare anche un biscotto, peso 42 chili e mi vedo enorme, mia figlia se ne è accorta",
        "eating_disorder", "moderate", (),
    ),
    (
        "ho il terrore di ingrassare, peso 40 kg e mi vedo enorme, mio figlio mi chiede perché non mangio",
        "eating_disorder", "moderate", (),
    ),
    # pt.affairs_thanks_r57 (#165)
    (
        "deixei tudo organizado, a senha do banco tá no caderno azul, o gato vai pra minha irmã. obrigado por tudo. "
        "essa semana foi a pior",
        "suicide", "high", (),
    ),
    (
        "deixei tudo em ordem, o cachorro vai ficar com meu irmão e a senha do banco tá na gaveta. obrigado por tudo, "
        "essa semana acabou comigo",
        "suicide", "high", (),
    ),
    # pt: killing oneself today, not at the gym
    ("hj vou me matar, não aguento mais", "suicide", "high", ()),
    ("vou me matar na academia hoje de verdade, não aguento mais", "suicide", "high", ()),
    # hi: meals stopped by the writer, to lose weight
    ("sirf paani peeti hoon, sab moti bolte hain, wajan kam karna hai", "eating_disorder", "moderate", ()),
    ("maine raat ka khana band kar diya hai, moti hoon", "eating_disorder", "moderate", ()),
    # hi: the roof after a blow, alone
    ("chhat pe khada hoon", "suicide", "imminent", ("fail ho gaya, ghar mat aana bola",)),
    # hi: a beating now
    ("papa abhi mummy ko maar rahe hain, main chhupa hoon", "abuse", "imminent", ()),
    ("पापा अभी मम्मी को मार रहे हैं", "abuse", "imminent", ()),
    # hi: the throat squeezed, no joke
    ("pati ne kal mera gala daba diya, bola agli baar chhodega nahi", "abuse", "high", ()),
]


@pytest.mark.parametrize(("text", "context"), QUIET)
def test_review10_intl_quiet(text: str, context: tuple[str, ...]) -> None:
    assert_quiet(text, context=context)


@pytest.mark.parametrize(("text", "category", "floor", "context"), RISK)
def test_review10_intl_risk(text: str, category: RiskCategory, floor: RiskLevel, context: tuple[str, ...]) -> None:
    assert_risk(text, category, floor, context=context)
