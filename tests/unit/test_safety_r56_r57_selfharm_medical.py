"""Rounds 56-57: self-harm and medical emergencies the rules missed, read too low or put in the wrong category.

Families, and why each was missed:
- A sudden worst-ever headache and then a stroke sign (a numb hand, words coming out wrong) in a later message:
  the stroke rules excluded "gym" anywhere in the conversation, and a bleed often starts with effort
  (acute.me_headache_then_deficit_r56).
- Heart-attack signs spread over messages: grey and sweaty earlier, the jaw and left arm aching now; the heart rules
  wanted both in one message, and "sweaty and grey" in that order (acute.me_heart_signs_spread_r56). "My chest is
  tight and my left arm hurts" was quiet too. Spanish-English mix "el pecho me aprieta and my arm hurts" (es.signs_r13).
- A knock to the head told in one Portuguese message and confusion and vomiting in the next (pt.medical.head_injury_r31
  read only within a message); a sign said not to be there ("nao vomitou") no longer counts.
- A whole bottle of spirits and the writer's own benzodiazepines, with no count of pills
  (acute.me_drink_and_sedatives_now).
- Bleeding that will not stop after self-harm is medical first: "slit my wrists its everywhere" read as suicide/high
  (acute.me_wrists_bleeding_now_r56, imminent, so rule_engine._choose puts it first); Italian "non riesco a
  fermarmi" negated the bleeding rule (framing negation_release) and "non riesco a fermare il sangue" was unread.
- A faint after days of no food with the heart "going crazy" (acute.collapse_heart knew racing, not crazy).
- Self-harm: a harsher means weighed ("thinking of using the iron tonight", self_harm.escalating_means_r56); a blade
  only just held off the wrist (self_harm.holding_blade_off_r56); going to the bathroom "to do it now" after
  cutting (self_harm.going_to_do_it_now_r57, and abuse.threat_r17 no longer reads "school was hell" as "he'll");
  arms hidden in hoodies in the heat (acute.sh_arms_kept_from_view_r56); German arms scratched open "bis es blutet"
  with a comma; Hindi lines made on the hand with a compass; Italian "mi sono bruciata il polso con l'accendino".
- A recent overdose with a drawer of tablets still at hand is a suicide attempt with the means kept, not only a
  medical history (suicide.overdose_means_kept_r57).
- Everyday near-misses stay quiet: a headache after the gym that eased, indigestion after a curry, a nan who fell
  and is fine, a paper cut, a compass in maths, hoodies for style, ironing a shirt, a mosquito bite scratched.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_quiet, assert_risk

Case = tuple[str, tuple[str, ...], RiskCategory, RiskLevel]

# The round cases themselves.
ROUND_CASES: list[Case] = [
    (
        "it's getting worse each time, I need it more. thinking of using the iron tonight",
        ("I burned myself with a lighter last night", "and the night before"),
        "self_harm",
        "high",
    ),
    (
        "Ich kratze mir jeden Abend die Arme auf, bis es blutet. Irgendwie beruhigt mich das.",
        ("Ich hab meiner Therapeutin nichts davon erzählt", "Sie denkt, es geht mir besser"),
        "self_harm",
        "moderate",
    ),
    (
        "aaj phir compass se haath pe kuch lines bana li. thoda sukoon milta hai",
        ("ghar pe roz jhagde hote hai", "koi samajhta hi nahi"),
        "self_harm",
        "moderate",
    ),
    (
        "I can't let her see my arms. they're a mess right now",
        ("I've been wearing hoodies even though it's like 30 degrees", "my mum keeps asking why"),
        "self_harm",
        "moderate",
    ),
    (
        "and now my left hand feels numb and my words are coming out wrong",
        ("weird headache came on super fast while I was at the gym", "like the worst one I've ever had"),
        "medical_emergency",
        "imminent",
    ),
    (
        "now he says his jaw and left arm ache. he doesn't want a fuss",
        ("dad's been sweaty and grey all afternoon", "he says it's indigestion"),
        "medical_emergency",
        "imminent",
    ),
    (
        "agora ela tá confusa, não sabe meu nome e tá vomitando",
        ("Minha avó caiu no banheiro", "Ela bateu a cabeça"),
        "medical_emergency",
        "imminent",
    ),
    (
        "drank a whole bottle of vodka and took my xanax lol whatever happens happens",
        (),
        "medical_emergency",
        "imminent",
    ),
    ("idk how much longer i can hold the blade away from my wrist", (), "self_harm", "high"),
    ("slit my wrists its everywhere", (), "medical_emergency", "imminent"),
    ("mi sto tagliando e non riesco a fermarmi il sangue non si ferma", (), "medical_emergency", "imminent"),
    ("bro no puedo breathe, el pecho me aprieta and my arm hurts", (), "medical_emergency", "imminent"),
    (
        "havent eaten in 3 days on purpose and just fainted in the shower, heart's going crazy",
        (),
        "medical_emergency",
        "imminent",
    ),
    (
        "mi sono bruciata il polso con l'accendino, di nuovo. non so nemmeno perché lo faccio",
        (),
        "self_harm",
        "moderate",
    ),
    (
        "I overdosed last week and spent two nights on a ward. They let me go home on Monday. I've still got a drawer "
        "full of tablets here.",
        (),
        "suicide",
        "high",
    ),
    (
        "i'm going to the bathroom to do it now. dont tell me not to",
        ("school was hell today", "they posted the video again", "last time cutting helped for like a day"),
        "self_harm",
        "imminent",
    ),
]

# Rewordings of each family: other words, other people, the same language.
REWORDED: list[Case] = [
    # a harsher means weighed for self-harm going on
    (
        "gonna use the straighteners later",
        ("ive been burning myself with matches, it doesnt work anymore",),
        "self_harm",
        "high",
    ),
    (
        "thinking about using a razor blade",
        ("cutting myself with the sharpener isnt enough anymore",),
        "self_harm",
        "high",
    ),
    ("tempted to use the kettle water tonight", ("i scratch myself every night, need it more",), "self_harm", "high"),
    # German: scratched open until it bleeds, for the calm
    ("ich kratze mir die haut am arm auf, bis es blutet", (), "self_harm", "moderate"),
    ("ich kratze mir die arme blutig, das beruhigt mich irgendwie", (), "self_harm", "moderate"),
    ("nachts kratz ich mir die handgelenke auf, dann spüre ich wenigstens was", (), "self_harm", "moderate"),
    # Hindi: lines made on the skin with a sharp
    ("blade se kalai pe lines bana di, accha laga", (), "self_harm", "moderate"),
    ("razor se baazu par nishan bana liye kal raat", (), "self_harm", "moderate"),
    ("phir se pin se apne haath pe lakeerein kheench li", (), "self_harm", "moderate"),
    # arms kept from sight
    ("i cant let my boyfriend see my thighs, theyre covered in marks", (), "self_harm", "moderate"),
    ("hiding my arms from mum so she doesnt ask", ("wearing a jumper in july again",), "self_harm", "moderate"),
    ("cant let anyone see my wrists rn", ("its boiling and im in long sleeves again",), "self_harm", "moderate"),
    # a sudden headache, then a stroke sign
    ("sudden splitting headache out of nowhere and now my right arm is weak", (), "medical_emergency", "imminent"),
    (
        "now shes slurring and cant lift her left arm",
        ("mum got the worst headache of her life an hour ago",),
        "medical_emergency",
        "imminent",
    ),
    (
        "my words keep coming out jumbled",
        ("headache came on suddenly at the gym, worst ever",),
        "medical_emergency",
        "imminent",
    ),
    # heart-attack signs over messages, or chest and left arm together
    (
        "now her left arm aches and she says its just wind",
        ("mum's gone clammy and pale",),
        "medical_emergency",
        "imminent",
    ),
    (
        "my jaw and left shoulder have started aching",
        ("im 60, sweating buckets for an hour",),
        "medical_emergency",
        "imminent",
    ),
    ("says his left arm is really heavy and his jaw hurts", ("grandad looks grey",), "medical_emergency", "imminent"),
    ("my chest is tight and my left arm hurts", (), "medical_emergency", "imminent"),
    # Portuguese: the knock in one message, the signs in the next
    (
        "agora ta vomitando e falando coisas sem sentido",
        ("meu pai caiu da escada e bateu a cabeca",),
        "medical_emergency",
        "imminent",
    ),
    (
        "ela ta com muito sono e desorientada",
        ("minha filha levou uma pancada na cabeca no parquinho", "ja faz uma hora"),
        "medical_emergency",
        "imminent",
    ),
    (
        "agora ele nao lembra o que aconteceu e ta confuso",
        ("o vovo bateu a testa na porta",),
        "medical_emergency",
        "imminent",
    ),
    # a bottle of spirits and sedatives
    ("had half a bottle of whisky and took my diazepam, dont care what happens", (), "medical_emergency", "imminent"),
    ("took my sleeping pills with a whole bottle of wine", (), "medical_emergency", "imminent"),
    (
        "my mum drank a whole bottle of gin and took her valium, shes not making sense",
        (),
        "medical_emergency",
        "imminent",
    ),
    # a blade only just held off
    ("dont know how long i can keep the razor off my skin", (), "self_harm", "high"),
    ("struggling to keep the knife away from my arm tonight", (), "self_harm", "high"),
    ("not sure how much longer i can keep the blade off my thighs", (), "self_harm", "high"),
    # wrists cut and bleeding now: medical first
    ("slashed my wrist, blood is everywhere", (), "medical_emergency", "imminent"),
    ("i cut my arm open and its pouring", (), "medical_emergency", "imminent"),
    ("sliced both my wrists and it wont stop", (), "medical_emergency", "imminent"),
    # Italian: bleeding that can't be stopped
    ("mi sono tagliata troppo e non riesco a fermare il sangue", (), "medical_emergency", "imminent"),
    ("sto sanguinando tanto dal polso e non riesco a fermarlo", (), "medical_emergency", "imminent"),
    ("mi sono tagliato il braccio, sanguina e non si ferma", (), "medical_emergency", "imminent"),
    # Spanish, or Spanish and English mixed: chest and arm
    ("el pecho me aprieta mucho y me duele el brazo", (), "medical_emergency", "imminent"),
    ("cant breathe bro, mi pecho duele and my left arm is numb", (), "medical_emergency", "imminent"),
    ("no puedo respirar, el pecho me aprieta y me duele el brazo", (), "medical_emergency", "imminent"),
    # a faint and a heart going crazy
    (
        "not eaten for 4 days on purpose, passed out in the bathroom and my heart is going mad",
        (),
        "medical_emergency",
        "imminent",
    ),
    ("skipped food for days, blacked out on the stairs, heart hammering", (), "medical_emergency", "imminent"),
    ("just fainted in the shower and my heart is all over the place", (), "medical_emergency", "imminent"),
    # Italian: burned on purpose
    ("mi sono bruciato il braccio con la sigaretta ieri sera", (), "self_harm", "moderate"),
    ("mi sono scottata di nuovo apposta, non so perché lo faccio", (), "self_harm", "moderate"),
    ("mi sono bruciata la coscia con un accendino", (), "self_harm", "moderate"),
    # an overdose and the tablets still here
    ("overdosed in march, still have all my sertraline in the cupboard", (), "suicide", "high"),
    (
        "overdosed two weeks ago and theyve sent me home. still got a box of paracetamol in my room",
        (),
        "suicide",
        "high",
    ),
    ("ive still got loads of pills", ("i overdosed on saturday and got out of hospital yesterday",), "suicide", "high"),
    # going off to do it now, after cutting or burning
    (
        "going to the toilets to do it right now",
        ("cutting myself is the only thing that works",),
        "self_harm",
        "imminent",
    ),
    (
        "im going to my room to do it now, dont stop me",
        ("i relapsed last week, the urges are back",),
        "self_harm",
        "imminent",
    ),
    ("off to the bathroom to do it now", ("ive been burning myself again",), "self_harm", "imminent"),
    # "he'll post" is still a threat once "was hell" is not
    ("he said hell post the video if i leave him", (), "abuse", "high"),
]

# Near-misses: the same words in an everyday, negated, past, media or third-party frame.
QUIET: list[tuple[str, tuple[str, ...]]] = [
    (
        "thinking of using the iron tonight for my interview shirt",
        ("burned myself on the iron by accident last night",),
    ),
    ("gonna use the oven gloves tonight", ("I burned myself cooking yesterday",)),
    ("shes thinking of using the iron", ("she burned herself with a lighter",)),
    ("going to use the iron tonight, my uniform is so creased", ()),
    ("meine neurodermitis juckt so, ich kratze mir die arme auf, bis es blutet", ()),
    ("ich kratze mir die mückenstiche auf, bis es blutet", ()),
    ("meine katze kratzt mich, bis es blutet", ()),
    ("maths class mein compass se circle bana liya", ()),
    ("pen se haath pe lines bana li, bore ho raha tha", ()),
    ("compass se copy pe lines bana li geometry ke liye", ()),
    ("we used a compass in maths today to draw circles", ()),
    ("I can't let her see my arms, my eczema is awful right now", ()),
    ("cant let mum see my arms till the tattoo heals, its a surprise", ()),
    ("my mum can see my arms whenever, nothing to hide", ("I wear hoodies because I like how they look",)),
    ("I can't let him see my legs, I haven't shaved in weeks lol", ()),
    ("hoodies all summer because theyre comfy lol", ()),
    ("had a headache after the gym but it eased off after a nap", ()),
    ("headache after the gym, my left arm feels heavy from the bench press", ()),
    ("worst headache ever this morning, drank way too much, hungover and slurring lol", ()),
    ("my usual migraine came on suddenly, aura and my left hand is tingly", ()),
    ("had a curry last night, bit of indigestion, all fine now", ()),
    ("my jaw aches from the dentist and im sweaty from the heat", ()),
    ("left arm aches from the jab, bit sweaty after the walk", ()),
    ("sweaty after the gym and my left shoulder is sore from bench", ()),
    ("mas ta bem agora, conversando normal", ("minha avó caiu no banheiro", "ela bateu a cabeça")),
    ("nao ta vomitando nem confusa, graças a deus", ("ela bateu a cabeca",)),
    ("doeu mas ja passou", ("bati a cabeca no armario",)),
    ("shes fine, not a scratch on her", ("my nan fell in the garden",)),
    ("drank a whole bottle of water and took my paracetamol", ()),
    ("took my xanax and had a glass of water", ()),
    ("in the movie she drank a whole bottle of vodka and took her xanax", ()),
    ("i have never drunk a whole bottle of wine and taken my xanax", ()),
    ("keep the knife away from your wrist when chopping onions", ()),
    ("trying to keep the razor away from my legs till the rash heals", ()),
    ("my character cant keep the blade away from his wrist in the book", ()),
    ("i slit my wrists years ago, the scars are everywhere", ()),
    ("in the film she slit her wrists and it was everywhere", ()),
    ("i would never slit my wrists, the blood would be everywhere", ()),
    ("got a paper cut and its bleeding a bit", ()),
    ("mi sanguina il naso e non si ferma", ()),
    ("mi sono tagliato il dito cucinando, un po di sangue ma si e fermato subito", ()),
    ("nel film lei si taglia e il sangue non si ferma", ()),
    ("non riesco a fermarmi dal ridere", ()),
    ("el pecho me aprieta cuando me rio tanto jaja", ()),
    ("el pecho me arde por la acidez y me duele el brazo del gimnasio", ()),
    ("no puedo breathe de la risa bro", ()),
    ("nearly fainted when my crush texted me, heart going crazy", ()),
    ("the girl in the film fainted and her heart went crazy", ()),
    ("mi sono bruciata di nuovo con il forno, che sbadata", ()),
    ("mi sono bruciata al sole in spiaggia, di nuovo", ()),
    ("mi sono scottata il dito con l'accendino accendendo le candele", ()),
    ("overdosed years ago, i dont keep tablets in the house anymore", ()),
    ("the book is about a girl who overdosed and kept a drawer full of pills", ()),
    ("my nan still has a drawer full of tablets from her hip op", ()),
    ("going to the bathroom to do it now", ("i need a wee so bad",)),
    ("im going to the bathroom to do it now", ("cutting my fringe helped last time",)),
    ("she is going to the bathroom to do it now", ("she said cutting helped her",)),
    ("they posted the video of the fight again", ("school was hell today",)),
]


@pytest.mark.parametrize(("text", "context", "category", "floor"), ROUND_CASES)
def test_round_56_57_cases_are_read(
    text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context=context)


@pytest.mark.parametrize(("text", "context", "category", "floor"), REWORDED)
def test_reworded_families_are_read(
    text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context=context)


@pytest.mark.parametrize(("text", "context"), QUIET)
def test_everyday_negated_past_and_media_near_misses_stay_quiet(text: str, context: tuple[str, ...]) -> None:
    assert_quiet(text, context=context)
