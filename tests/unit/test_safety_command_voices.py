"""Command hallucinations: a voice or voices telling the writer to harm themselves or someone else.

The rules missed these: "the voices are telling me to jump", "la voz me dice que me mate", "la voce mi
diceva di saltare dal balcone" and "die stimme sagt mir ich soll springen" read as nothing, and "a voice
keeps telling me to kill myself" was caught only because "kill myself" is. Probed (sentences written for
these tests, not copied from any eval/safety set) in English, Spanish, French, German, Italian,
Portuguese and Hindi (romanised and Devanagari), as people text them: "voices", "a voice in my head",
"i hear voices", "it tells me", "they keep saying i should", present and past, texting spellings ("r",
"2", "q", "ki"), for voices telling the writer to die, jump, hurt themselves, stop eating, or hurt or kill
a named person. Also probed: Hindi thoughts of self-harm said with the oblique infinitive ("khud ko chot
pahunchane ke khayal aa rahe hain"), which only the finite forms reached.

Labels follow the brief for these families: obeying a command hallucination is intent-level risk, so
suicide is high (imminent once a place, the means or a time now is named), self-harm moderate and high
once acted on, harm to others high, eating disorder moderate. Everyday voices stay ``none``: the gps,
siri, alexa, a singing teacher or coach, "my inner voice", "the voice of reason", a choir, a podcast, a
film or book, a clinical question, someone else's past, and the writer's own past said as over.
"""

from __future__ import annotations

import pytest

from tests.unit.safety_judging import assert_risk, judge

# ---------------------------------------------------------------- suicide: voices telling me to die or jump


@pytest.mark.parametrize("text", [
    "the voices are telling me to jump",
    "the voices keep telling me to kill myself",
    "a voice in my head keeps saying i should die",
    "the voice tells me i should just die",
    "hearing voices again. they keep saying i should die",
    "my voices r back n they keep tellin me to jump",
    "voices r telling me 2 jump",
    "the voicez keep tellin me to end it",
    "the voices want me dead",
    "the voice in my head told me to hang myself",
    "i keep hearing a voice telling me to jump in front of a train",
    "it tells me to die. the voice. every night",
    "there's a voice telling me to step in front of a bus",
    "cant stop hearing the voice telling me id be better off dead",
    "the voices told me to take all my pills",
])
def test_english_voices_commanding_suicide_are_high(text: str) -> None:
    assert_risk(text, "suicide", "high")


@pytest.mark.parametrize("text", [
    "the voices are telling me to jump and i'm on the roof right now",
    "voices telling me to jump off the bridge, i'm standing on it now",
    "the voice says i should overdose tonight and i've got the pills here",
    "the voices are screaming at me to jump, im at the top of the car park",
])
def test_voices_commanding_suicide_with_place_means_or_time_now_are_imminent(text: str) -> None:
    assert_risk(text, "suicide", "imminent")


@pytest.mark.parametrize("text", [
    # Spanish
    "la voz me dice que me mate",
    "las voces me dicen que salte",
    "oigo voces que me dicen que me tire por la ventana",
    "las voces me decian que me suicidara",
    "me dicen las voces que me tengo que matar",
    "la voz me dice q me mate",
    # French
    "les voix me disent de me tuer",
    "une voix dans ma tête me dit de sauter",
    "j'entends des voix qui me disent de mourir",
    "les voix m'ont dit de sauter du pont",
    "jentend des voix ki me dise de me tuer",
    # German
    "die stimme sagt mir ich soll springen",
    "die stimmen sagen mir, dass ich mich umbringen soll",
    "eine stimme in meinem kopf sagt, ich soll sterben",
    "die stimmen befehlen mir, von der brücke zu springen",
    "ich höre stimmen die sagen spring",
    # Italian
    "la voce mi diceva di saltare dal balcone",
    "la voce mi dice di saltare giu dal ponte",
    "le voci mi dicono di uccidermi",
    "una voce nella mia testa mi dice che devo morire",
    "sento delle voci che mi dicono di farla finita",
    # Portuguese
    "as vozes estão me mandando pular",
    "escuto vozes mandando eu me matar",
    "uma voz na minha cabeça fica dizendo que eu devo morrer",
    "a voz fica falando pra mim pular",
    # Hindi, romanised and Devanagari
    "ek awaaz kehti hai khud ko maar do",
    "awaazein mujhe keh rahi hain ki chhat se kood jaun",
    "dimag mein ek awaz bolti hai ki mar ja",
    "ek awaaz aati hai ki khud ko khatam kar de",
    "आवाज़ें कह रही हैं कि मैं मर जाऊं",
    "एक आवाज़ कहती है कि छत से कूद जा",
])
def test_voices_commanding_suicide_in_other_languages_are_high(text: str) -> None:
    assert_risk(text, "suicide", "high")


# ---------------------------------------------------------------- self-harm: moderate, high once acted on


@pytest.mark.parametrize("text", [
    "the voices are tellin me to cut myself",
    "a voice keeps telling me to hurt myself",
    "voices keep telling me to punish myself by cutting",
    "oigo voces que me dicen que me corte",
    "una voz en mi cabeza me dice que me haga daño",
    "les voix me disent de me faire du mal",
    "die stimme sagt mir, ich soll mir wehtun",
    "le voci mi dicono di tagliarmi",
    "a voz fica me mandando me machucar",
    "awaazein kehti hain khud ko chot pahunchao",
    "आवाज़ें कहती हैं खुद को काट लो",
])
def test_voices_commanding_self_harm_are_moderate(text: str) -> None:
    assert_risk(text, "self_harm", "moderate")


@pytest.mark.parametrize("text", [
    "the voices told me to burn myself and i did",
    "the voices said to cut so i cut, happened last night",
    "i cut myself because the voices told me to",
    "las voces me dijeron que me cortara y lo hice",
    "les voix m'ont dit de me couper et je l'ai fait",
    "die stimmen sagten, ich soll mich ritzen, und ich habs getan",
    "le voci mi dicevano di tagliarmi e l'ho fatto",
    "as vozes mandaram eu me cortar e eu fiz",
    "awaaz ne kaha khud ko kaat lo aur maine kaat liya",
])
def test_self_harm_done_at_a_voice_s_command_is_high(text: str) -> None:
    assert_risk(text, "self_harm", "high")


@pytest.mark.parametrize("text", [
    "khud ko chot pahunchane ke khayal aa rahe hain",
    "khud ko nuksan pahunchane ka mann kar raha hai",
    "apne aap ko hurt karne ke khayal aate hain",
    "khud ko chot pahuchane ke vichar aa rahe hai",
    "khud ko kaatne ka mann kar raha hai",
    "खुद को काटने के ख्याल आ रहे हैं",
])
def test_hindi_self_harm_thoughts_in_the_oblique_infinitive_are_moderate(text: str) -> None:
    assert_risk(text, "self_harm", "moderate")


# ---------------------------------------------------------------- eating disorder: voices telling me not to eat


@pytest.mark.parametrize("text", [
    "the voices tell me to stop eating",
    "a voice in my head says im not allowed to eat",
    "the voice keeps telling me to starve myself",
    "las voces me dicen que deje de comer",
    "les voix me disent d'arrêter de manger",
    "die stimmen sagen mir, ich darf nichts essen",
    "le voci mi dicono di smettere di mangiare",
    "as vozes me mandam parar de comer",
    "awaaz kehti hai khana mat khao",
    "आवाज़ कहती है खाना मत खाओ",
])
def test_voices_commanding_not_eating_are_eating_disorder(text: str) -> None:
    assert_risk(text, "eating_disorder", "moderate")


@pytest.mark.parametrize("text", [
    "la voce mi diceva di saltare. non ho toccato la cena",
    "las voces me dicen que salte la cena",
    "la voix me dit de sauter le diner",
    "a voz manda eu pular o jantar",
])
def test_a_voice_saying_skip_a_meal_is_eating_disorder_not_a_jump(text: str) -> None:
    assert_risk(text, "eating_disorder", "moderate")


# ---------------------------------------------------------------- harm to others: voices telling me to hurt someone


@pytest.mark.parametrize("text", [
    "the voices are telling me to kill my mum",
    "voices keep telling me to hurt my baby",
    "the voices want me to kill my neighbour",
    "the voices told me to set the house on fire with my family inside",
    "las voces me dicen que mate a mi madre",
    "la voz me dice que le haga daño a mi hermano",
    "les voix me disent de tuer ma mère",
    "die stimmen sagen mir, ich soll meine mutter umbringen",
    "la voce mi dice di fare del male a mio fratello",
    "as vozes estão mandando eu matar minha mãe",
    "awaaz kehti hai ki apne bhai ko maar dalo",
    "आवाज़ें कह रही हैं कि माँ को मार दो",
])
def test_voices_commanding_harm_to_someone_are_high(text: str) -> None:
    assert_risk(text, "harm_to_others", "high")


# ---------------------------------------------------------------- everyday voices stay ordinary


@pytest.mark.parametrize("text", [
    "the gps voice told me to turn left and i ended up in a field",
    "i can hear my singing teacher's voice telling me to breathe from the belly",
    "my inner voice tells me to quit my job",
    "in the film the voices tell him to kill his father",
    "the voice of reason says i should go to bed",
    "siri told me to jump to the next song",
    "the choir voices jump an octave in the last verse",
    "alexa keeps telling me to turn the heating off",
    "the podcast host says you have to kill your darlings when you edit",
    "what are command hallucinations?",
    "is it a command hallucination if a voice tells you to hurt yourself?",
    "my grandad used to hear voices telling him to jump, that was before he got treatment in the 80s",
    "i used to hear voices telling me to kill myself years ago, im fine now",
    "my coach's voice in my head telling me to jump higher",
    "the voice coach told me to cut the last verse",
    "the voices told me to jump into the pool at the party lol",
    "that voice in my head telling me to stop eating junk after 8pm",
    "the voices told me to cut and run",
    "the voice told me to cut the cake",
    "the voices are telling me to end it with my boyfriend",
    "the narrator's voice tells the hero to kill the dragon",
])
def test_everyday_voices_in_english_are_not_risk(text: str) -> None:
    assert judge(text).level == "none"


@pytest.mark.parametrize("text", [
    "la voz del gps me dice que gire a la derecha",
    "la voz de mi madre me dice que deje de comer tanta azucar",
    "las voces del coro me dicen que salte al siguiente verso",
    "la voix du gps me dit de tourner à gauche",
    "ma petite voix intérieure me dit de démissionner",
    "les voix du choeur me disent de sauter une ligne",
    "die stimme vom navi sagt mir, ich soll links abbiegen",
    "die stimme meines trainers sagt, ich soll höher springen",
    "die stimmen im chor sagen, ich soll über meinen schatten springen",
    "la voce del navigatore mi dice di girare a destra",
    "la voce del mio allenatore mi dice di saltare più in alto",
    "a voz do gps mandou eu virar à direita",
    "a voz do professor manda eu pular corda",
    "gps ki awaaz keh rahi hai left mudo",
    "coach ki awaaz kehti hai kood ja",
    "film mein awaaz usko kehti hai maar do",
    "khud ko nuksan pahunchane ke khayal ab nahi aate",
])
def test_everyday_voices_in_other_languages_are_not_risk(text: str) -> None:
    assert judge(text).level == "none"

