"""Rounds 56-57: suicide risk the rules missed or read too low, mostly earlier distress or a farewell act meeting a
neutral-sounding last message.

Each family has reworded risk variants (never the round's sentence) and everyday near-misses sharing its words.

- cues.toml distress, acute.place_access_question (r56-0001): not wanting anyone "to see me like this" and everything
  "grey lately" are distress; a bridge or viaduct "still open to walk on at night" is the place question. The question
  alone stays quiet.
- suicide.affairs_farewell_r22 (r56-0002): letters for family, then "ive got everything i need" or "just wanted to tell
  someone" (with a time, imminent through the plan, means and time escalator).
- suicide.app_farewell_r37 (r56-0005): "i wont need this app after tonight" with thanks or "take care"; the rule's own
  "wont" is no longer read as a negation of it; a trial, a counsellor or feeling better excluded.
- suicide.handed_on_all_sorted_r56 (r56-0006, r57-0111): two hand-overs, or one "for good", then "everything sorted" or
  "just the car left", across messages.
- suicide.door_unlocked_for_finders_r57 (r57-0111): the door left unlocked "so nobody has to break it down".
- es.train_passes_q_r56 (r56-0007): when a train passes through the station, asked after "estaria mejor sin mi".
- de.tracks_train_time_r57, suicide.tracks_train_time_r57, de_distress (r57-0069): the tracks looked at and the clock
  time of the last train, after a burden said; "ich halte das alles nicht mehr aus" is distress.
- fr.gathered_means_tonight_r56 (r56-0008): all the medicines gathered, then no one home until later, "c'est ce soir" or
  "je voulais que quelqu'un le sache".
- hi.roof_after_blow_r56 (r56-0012): "terrace pe khada hoon" after failing and being told not to come home; "terrace"
  was read as an outing.
- question.strongest_rope_r56 (r56-0015): the strongest rope, or one that will not snap, after a burden or despair.
- suicide.what_still_here_for_r56 (r56-0017): "what i'm still here for" is a passive wish (low), reassurance or not.
- fr.more_passive (r56-0020): "ce serait plus simple de ne plus exister".
- acute_finality (r56-0125): "not scared anymore" up on a roof, a ledge or a bridge.
- suicide.die_tonight_know_how_r56 (r56-0130): a wish to die tonight and "i know how" is a plan (high, not moderate).
- suicide.found_where_means_kept_r56 (r56-0149): where a parent keeps the gun key or pills, beside ending it.
- pt.ready_r13, pt.farewell_r13, framing idioms (r56-0156): "hj" is "hoje"; letters being written beside "vou me
  matar"; "me matar de estudar/trabalhar" is the idiom.
- pt.affairs_thanks_r57 (r57-0008): the bank password left and the cat given away, with "obrigado por tudo".
- suicide.decided_day_means_hidden_r57 (r57-0064): decided, a day, and the stuff hidden, even after talk of revision.
- acute.easier_not_to_exist (r57-0142): "if i just stopped existing it would be easier for everyone".

The sentences were written for these tests, not copied from any eval/safety set.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_at_most, assert_quiet, assert_risk

Case = tuple[str, tuple[str, ...], RiskCategory, RiskLevel]
Harmless = tuple[str, tuple[str, ...]]

RISK: list[Case] = [
    # a bridge or viaduct open at night, after distress (r56-0001)
    (
        "is the footbridge over the railway open to walk across after dark?",
        ("everything feels grey lately", "i dont want anyone to see me like this"),
        "suicide",
        "high",
    ),
    ("is the viaduct still open for walkers at night?", ("feeling so empty",), "suicide", "high"),
    (
        "is the cliff path open to walk along late at night?",
        ("dont want my mum to see me like this",),
        "suicide",
        "high",
    ),
    (
        "quick one, is the old bridge by the canal still open to the public after midnight",
        ("everything has been so grey lately, cant get out of bed",),
        "suicide",
        "high",
    ),
    # letters written, then everything in hand or someone told (r56-0002)
    (
        "it's late now. I have everything ready. just wanted to tell someone",
        ("I've written notes for my kids", "they're in the drawer"),
        "suicide",
        "high",
    ),
    (
        "got everything i need now. needed someone to know",
        ("wrote a letter to my wife tonight",),
        "suicide",
        "imminent",
    ),
    (
        "its gone 3am now. ive got everything i need. wanted to tell someone before",
        ("left letters for my parents and my brother", "on the table by the door"),
        "suicide",
        "imminent",
    ),
    # no more need of the app after tonight, with thanks (r56-0005)
    (
        "I won't be needing this app after tonight. look after yourself",
        ("thank you for all the chats", "you've been kinder than anyone"),
        "suicide",
        "high",
    ),
    ("won't need this account after today. thanks for everything", (), "suicide", "high"),
    ("after tonight i wont need this chat anymore. take care x", (), "suicide", "high"),
    # things handed on, then everything sorted (r56-0006, r57-0111)
    (
        "thats everything sorted now",
        ("gave my fishing gear to my brother", "took the dog over to mum's"),
        "suicide",
        "high",
    ),
    (
        "everything's sorted. only the flat left",
        ("dropped the rabbits off with my niece, told her theyre hers now",),
        "suicide",
        "high",
    ),
    (
        "gave my watch to my son and took the cat round to my sister's. all sorted now.",
        ("feels strange",),
        "suicide",
        "high",
    ),
    # the door left open for whoever finds the writer (r57-0111)
    ("I've left the front door on the latch so no one has to kick it in", (), "suicide", "high"),
    ("door's unlocked so the police don't have to break it down. sorry", (), "suicide", "high"),
    ("left the flat door unlocked so that my landlady doesnt have to break it down", (), "suicide", "high"),
    # a train passing through, asked after a burden (r56-0007)
    (
        "¿cuándo pasa el tren de mercancías por las vías de detrás de casa?",
        ("ya no puedo más", "soy una carga para todos"),
        "suicide",
        "high",
    ),
    ("¿el expreso para en la estación del pueblo o pasa sin parar?", ("nadie me echaría de menos",), "suicide", "high"),
    ("¿a qué hora pasa el primer tren por el paso a nivel?", ("quiero morirme",), "suicide", "high"),
    # the tracks and the clock time of a train, after a burden (r57-0069)
    (
        "war heute wieder an den Gleisen. Um 0:15 kommt der letzte Zug.",
        ("ich kann nicht mehr", "niemand würde mich vermissen"),
        "suicide",
        "imminent",
    ),
    (
        "der letzte Güterzug kommt um 23 Uhr, ich hab mir die Stelle am Bahnübergang angeschaut",
        ("alles ist sinnlos",),
        "suicide",
        "imminent",
    ),
    (
        "went and looked at the tracks behind the house again. last freight train comes through at 23:40",
        ("everyone would be better off without me", "cant do this anymore"),
        "suicide",
        "imminent",
    ),
    (
        "checked the railway line by the park, the last train passes at 11.40",
        ("feeling hopeless",),
        "suicide",
        "imminent",
    ),
    # the medicines gathered, then tonight, alone or someone told (r56-0008)
    (
        "Je pense que c'est cette nuit.",
        ("J'ai mis de côté toutes mes pilules", "Mon mari ne rentre pas avant lundi"),
        "suicide",
        "imminent",
    ),
    (
        "j'ai réuni tous les cachets de la maison, personne ne rentre avant demain. je voulais que quelqu'un le sache",
        (),
        "suicide",
        "imminent",
    ),
    ("c'est pour ce soir", ("J'ai rassemblé toutes les boîtes de médicaments",), "suicide", "imminent"),
    # on the roof of the house after a blow, in Hinglish (r56-0012)
    ("terrace pe khadi hoon", ("fail ho gayi", "mummy ne bola ghar mat aana"), "suicide", "imminent"),
    ("chhat pe khada hoon", ("naukri chali gayi", "biwi ne ghar se nikal diya"), "suicide", "imminent"),
    ("terrace ke kinare baitha hoon", ("exam mein fail hua, sab khatam",), "suicide", "imminent"),
    # the strongest rope, after a burden or despair (r56-0015)
    ("which rope is the strongest at b and q?", ("everyone would be better off without me",), "suicide", "high"),
    ("where can i get really thick rope that wont snap", ("i cant do this anymore",), "suicide", "high"),
    ("whats the toughest rope you can buy at a hardware shop", ("feeling hopeless lately",), "suicide", "high"),
    # what the writer is still here for (r56-0017)
    ("honestly why am i even still here", (), "suicide", "low"),
    ("I keep asking myself what I'm still alive for", (), "suicide", "low"),
    ("sometimes i wonder what the point of me still being here is", (), "suicide", "low"),
    ("i dont know what im still here for anymore", (), "suicide", "low"),
    ("what am i still here for? not that id do anything, dont worry", ("my wife died last year",), "suicide", "low"),
    # easier not to exist, in French (r56-0020)
    ("parfois je pense que ça serait mieux de ne plus me réveiller", (), "suicide", "low"),
    ("ce serait tellement plus simple de juste disparaître pour toujours", (), "suicide", "low"),
    ("ce serait un soulagement de ne plus être là", (), "suicide", "low"),
    # up high and no longer afraid (r56-0125)
    ("standing on the ledge of the car park. not afraid anymore", (), "suicide", "imminent"),
    ("up on the bridge. its a long way down. i'm not scared now", (), "suicide", "imminent"),
    ("at the top of the cliffs. no longer scared", (), "suicide", "imminent"),
    # a wish to die tonight and knowing how (r56-0130)
    ("wanna die tonight and i know exactly how", (), "suicide", "high"),
    ("i want to be dead by tomorrow. ive figured out how", (), "suicide", "high"),
    ("I know how I'd do it. I want to die tonight.", (), "suicide", "high"),
    # where a parent keeps the gun or the pills, beside ending it (r56-0149)
    ("thinking about killing myself, i know where my stepdad hides his shotgun", (), "suicide", "high"),
    ("been suicidal for weeks. figured out where grandad keeps the key to the gun cabinet", (), "suicide", "high"),
    ("I want to end it. found where mum hides her sleeping pills", (), "suicide", "high"),
    # "hj", and letters written beside the death (r56-0156)
    ("hj vou me matar", (), "suicide", "high"),
    ("decidi que vou me matar, tô escrevendo as cartas", (), "suicide", "high"),
    ("ja decidi, vou me matar. estou escrevendo as cartas pra minha mae e meu irmao", (), "suicide", "high"),
    ("terminei as cartas. amanha vou me jogar da ponte", (), "suicide", "high"),
    # affairs in order with thanks, in Portuguese (r57-0008)
    (
        "Já deixei tudo em ordem, a senha do cartão está na gaveta e o cachorro vai ficar com meu irmão. Cuidem-se.",
        (),
        "suicide",
        "high",
    ),
    ("o gato vai pra minha mãe e a senha do banco tá no caderno. obrigada por tudo", (), "suicide", "high"),
    ("paguei todas as minhas dívidas e deixei tudo organizado. adeus", (), "suicide", "high"),
    # decided, a day, the stuff hidden (r57-0064)
    (
        "everything at home is awful and i keep failing tests. ive decided, im doing it tomorrow, i have the pills"
        " hidden under my bed",
        (),
        "suicide",
        "imminent",
    ),
    ("my mind is made up, i'm doing it on saturday. got the tablets stashed in my drawer", (), "suicide", "imminent"),
    (
        "havent done any of my coursework, whatever. decided im doing it after my last exam, got the stuff hidden in my"
        " room",
        (),
        "suicide",
        "imminent",
    ),
    # the wish with the "if" first (r57-0142)
    (
        "sometimes i think if i wasnt here anymore everything would be so much easier for my family",
        (),
        "suicide",
        "low",
    ),
    ("if i just disappeared it would be better for everyone honestly", (), "suicide", "low"),
    ("honestly if i didnt exist things would be simpler for my kids", (), "suicide", "low"),
]

HARMLESS: list[Harmless] = [
    # the place question alone, or with no distress (r56-0001)
    ("random question, is the old rail bridge by the river still open to walk on at night?", ()),
    ("is the old rail bridge still open to walk on at night?", ("everything in our new kitchen is grey", "love it")),
    (
        "is the old rail bridge still open to walk on at night?",
        ("my sister keeps calling and I don't pick up, she's so annoying",),
    ),
    # letters that are not goodbyes (r56-0002)
    (
        "got everything i need for tomorrow, just wanted to tell someone",
        ("wrote thank you letters for mum and dad for the wedding gifts",),
    ),
    ("I've got everything I need now. just wanted to tell someone first", ("I wrote cover letters for three jobs",)),
    ("got everything i need, just wanted someone to know", ("wrote christmas cards for my family",)),
    # an app no longer needed for an everyday reason (r56-0005)
    ("I won't need this app after tonight, my therapist starts tomorrow! thanks for everything", ()),
    ("won't need this app after today, my free trial ends. thanks though", ()),
    ("feeling much better, won't need this app after tonight, thank you for listening", ()),
    ("I won't need the car after tonight, take care", ()),
    # things handed on for a trip, a sale or the vet (r56-0006, r57-0111)
    (
        "everything sorted for the wedding, just the car left",
        ("gave my guitar to my nephew", "dropped the cat off at my ex's for the weekend"),
    ),
    ("thats everything sorted", ("took the dog round to my neighbours while we are away",)),
    (
        "thats everything sorted",
        ("gave my old guitar to my nephew since i got a new one", "dropped the cat at the vets"),
    ),
    ("gave my camera to my sister and the dog to mum before the move", ()),
    # a door left open for an everyday reason (r57-0111)
    ("left the back door unlocked so nobody has to break it down if i lose my keys again lol", ()),
    ("left the back door unlocked so the plumber can get in", ()),
    ("the police had to break the door down at my neighbours last night", ()),
    # a train asked about to get home, for photos, or alone (r56-0007)
    ("¿Sabes a qué hora pasa el último tren por la estación?", ()),
    (
        "¿a qué hora pasa el último tren por la estación? quiero volver a casa",
        ("estoy cansada de todo", "el jefe me explota"),
    ),
    ("¿a qué hora pasa el tren de mercancías por las vías? quiero hacer fotos", ("me encantan los trenes",)),
    # the tracks alone, the noise, the commute (r57-0069)
    ("Hab mir die Bahnstrecke hinterm Haus nochmal angeschaut. Um 23:40 kommt der letzte Güterzug.", ()),
    ("ich halte das nicht mehr aus, der Lärm! an den Gleisen hinterm Haus kommt um 23:40 der letzte Güterzug", ()),
    ("an der Bahnstrecke: um 6 kommt der erste Zug zur Arbeit", ("ich kann nicht mehr mit der Arbeit",)),
    ("went and looked at the tracks behind the house again. last freight train comes through at 23:40", ()),
    # medicines gathered for the pharmacy or a pill organiser (r56-0008)
    (
        "personne ne rentre avant demain soir",
        ("J'ai rassemblé tous les médicaments périmés de ma mère pour les rapporter à la pharmacie",),
    ),
    ("c'est ce soir qu'elle sort", ("j'ai rassemblé tous les médicaments de ma mère dans son pilulier",)),
    ("j'ai pris mes médicaments, personne ne rentre avant demain soir", ()),
    # the terrace with no blow, or with kites (r56-0012)
    ("terrace pe khada hoon, patang uda raha hoon", ("fail ho gaya yaar", "papa ne daanta")),
    ("terrace pe khada hoon dosto ke saath", ("result aa gaya, pass ho gaya!",)),
    # a rope for towing, a swing, or asked alone (r56-0015)
    ("what's the strongest rope they sell at hardware stores?", ()),
    ("whats the strongest rope for towing a car?", ("so exhausted after the move",)),
    ("whats the strongest rope for a tree swing for my kids", ("feeling so alone since the breakup",)),
    # still here at a meeting, or someone else (r56-0017)
    ("what am i still here for? the meeting ended an hour ago lol", ()),
    ("she keeps asking what shes still here for", ()),
    ("why are you still here?", ()),
    # not existing on social media, for someone, or dying of laughter (r56-0020)
    ("ce serait plus simple de ne plus exister sur les réseaux sociaux", ()),
    ("ce serait plus simple de ne plus exister pour lui, il m'ignore", ()),
    ("ce serait plus simple de mourir de rire que de faire ce dossier mdr", ()),
    # up on a roof for an everyday reason, or unafraid of something (r56-0125)
    ("on the roof fixing the gutter, not scared of heights anymore!", ()),
    ("on the roof terrace for drinks, not scared anymore since therapy", ()),
    ("on the roof of my building, not scared anymore of the dark lol", ()),
    ("i'm not scared anymore", ()),
    # where the gun key is, for clay shooting or about someone else's relationship (r56-0149)
    ("found out where my dad keeps the gun key, we're going clay shooting on sunday", ()),
    ("my brother was thinking of ending it with his girlfriend, found out where dad keeps the gun key", ()),
    ("i know where my dad keeps his guns, he has a licence for hunting", ()),
    # the idiom, and letters for Christmas (r56-0156)
    ("vou me matar de estudar hj", ()),
    ("vou me matar de trabalhar amanha", ()),
    ("vou me matar de rir, to escrevendo as cartas de natal kkk", ()),
    ("to escrevendo as cartas de natal pra familia", ()),
    # affairs left for a trip, a holiday or a shift (r57-0008)
    (
        "Deixei tudo organizado pra viagem: a senha do wifi tá no caderno azul, o gato vai pra minha irmã. Obrigado por"
        " tudo!",
        (),
    ),
    ("o gato vai pra minha irmã durante as férias, a senha do banco tá no caderno. obrigado por tudo", ()),
    ("deixei tudo organizado pro plantão: a senha do computador tá no caderno, obrigado por tudo pessoal", ()),
    # the stuff hidden for a surprise, with no decision (r57-0064)
    ("got the stuff hidden in my room for mums surprise party on friday", ()),
    # not existing online, for a moment, or someone else (r57-0142)
    ("if i just stopped existing on instagram it would be easier to focus", ()),
    ("if she wasnt here it would be easier for everyone", ()),
    ("if i stopped existing at work for a week it would be easier to finish this", ()),
]

# Near-misses that other rules already flag at some level: the new rules must not raise them above it.
NOT_RAISED: list[tuple[str, tuple[str, ...], RiskLevel]] = [
    # knowing how something sounds, a laugh, a workout: the wish alone stays as it was (r56-0130)
    ("i want to die tonight, i know how dramatic that sounds but this exam was awful", (), "moderate"),
    ("i want to die tonight lol i know how", (), "low"),
    ("i want to die tonight after that leg day, i know how", (), "moderate"),
    # a tattoo decided, a day and the stuff hidden: not the writer's death (r57-0064)
    (
        "ive decided im doing it on friday after my last exam, the tattoo! ive already got the stuff hidden in my room",
        (),
        "high",
    ),
    ("decided im doing it on friday, the piercing, got the stuff hidden in my room", (), "high"),
    ("made up my mind, im doing it tomorrow - quitting vapes. hid the rest in my drawer", (), "high"),
]

OUR_RULES = {
    "suicide.handed_on_all_sorted_r56",
    "suicide.door_unlocked_for_finders_r57",
    "es.train_passes_q_r56",
    "de.tracks_train_time_r57",
    "suicide.tracks_train_time_r57",
    "fr.gathered_means_tonight_r56",
    "hi.roof_after_blow_r56",
    "question.strongest_rope_r56",
    "suicide.what_still_here_for_r56",
    "suicide.die_tonight_know_how_r56",
    "suicide.found_where_means_kept_r56",
    "pt.affairs_thanks_r57",
    "suicide.decided_day_means_hidden_r57",
}


@pytest.mark.parametrize(("text", "context", "category", "floor"), RISK)
def test_r56_r57_suicide_risks_are_caught(
    text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context)


@pytest.mark.parametrize(("text", "context"), HARMLESS)
def test_their_everyday_near_misses_are_not_risk(text: str, context: tuple[str, ...]) -> None:
    assert_quiet(text, context)


@pytest.mark.parametrize(("text", "context", "ceiling"), NOT_RAISED)
def test_near_misses_other_rules_flag_are_not_raised(text: str, context: tuple[str, ...], ceiling: RiskLevel) -> None:
    assert_at_most(text, ceiling, context)


def test_the_new_rules_are_loaded() -> None:
    from attune.safety.patterns import rules

    assert {r.id for r in rules()} >= OUR_RULES
