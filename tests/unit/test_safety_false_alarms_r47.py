"""False alarms fitted from outside round 47: a dark start that a later message explains, and keyword traps.

Round 47 was written blind and measured once. These families were judged as risk and are not; each is pinned
here with risky look-alikes (the same start with a real ending) that must stay caught. The sentences are new
variants written for these tests, not copies of the round:

- a film, a play or a book recounted, then named in the last message ("that was the most depressing film",
  "what a tearjerker"): earlier third-person hits are media (rule_engine._LaterReading); a comparison, real
  life, the writer's own people, help sought or a wish of the writer's own keeps them;
- bleeding named, then explained in the last message as a sports knock or a fall that is dealt with ("not
  broken, ice pack now", "ja voltou pro campo"); still bleeding, faint, an ambulance or any cutting keeps it;
- "cut myself" continued in the next message by a kitchen accident ("on the mandoline", "while chopping
  onions"); on purpose, again, a razor or a later confession keeps it (framing.is_accidental);
- a threat to "break his legs" explained in the last message as a contest (a chess final, a pub quiz); a
  stab or a shot, a weapon, a place or time to catch him, harm done or earnestness keeps it;
- "i just want to disappear" ... "for like a week" ... "somewhere with a beach": a completion split over two
  messages, under the completion's own vetoes (rule_engine._completed_from);
- a length cut off hair ("cut 2 inches off my hair"), a religious fast named after restriction and dizziness
  (the fast's name is no longer hidden from the eating rules' excludes), "me quiero morir" ... "que
  verguenza" and "i want to die" ... "so embarrassing" (idioms);
- the learned check-in on an earlier message stays quiet when the conversation turns to booking another
  test or a cricket score (framing.turns_to_everyday), unless something says "if i'm still around".

Left alone (see the round 47 report): "i'm ending it tonight" ... "i can't keep paying for this" ... "with my
gym membership i mean" (reaching over a message that reads as distress would loosen the completion) and
"like actually gonna die tomorrow" ... "organic chem final at 9" (own death with a time).
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from attune.safety import framing as fr
from attune.safety.context import join_conversation
from tests.unit.safety_judging import assert_risk, judge

Case = tuple[str, tuple[str, ...], RiskCategory, RiskLevel]
Harmless = tuple[str, tuple[str, ...]]

# ---------------------------------------------------------------- a film named after the plot

FILM_RISK: list[Case] = [
    ("this isnt a film, its my mum, she wont wake up",
     ("she took all the pills and lay down", "and then her husband found the note"), "medical_emergency", "imminent"),
    ("that was the most depressing film ive seen all year", ("i took all the pills and lay down",),
     "medical_emergency", "imminent"),
    ("just like in that film we watched, i found her like that", ("she took all the pills and lay down",),
     "medical_emergency", "imminent"),
    ("that was the worst night, the film was still on when i found her", ("my mum took all the pills",),
     "medical_emergency", "imminent"),
    ("that film was so real, i want to do the same tonight", ("she took all the pills and lay down",),
     "medical_emergency", "imminent"),
    ("the ambulance is coming, that was the scariest film moment of my life",
     ("she took all the pills and lay down", "and she still isnt breathing"), "medical_emergency", "imminent"),
    ("what a movie night, he wont wake up", ("he took all the pills an hour ago",), "medical_emergency", "imminent"),
]

FILM_HARMLESS: list[Harmless] = [
    ("that was the most depressing film i've seen all year, why did we pick it for date night",
     ("she swallowed every pill in the cabinet and lay down", "and then her husband found the note")),
    ("what a tearjerker, worst date night pick ever", ("she took all the pills and lay down",)),
    ("that ending wrecked me, what a movie", ("she overdosed in the motel room",)),
    ("that play always gets me, poor juliet", ("she drank the poison", "and romeo woke up a minute later")),
    ("that show is way too dark for a tuesday night",
     ("he slit his wrists in the bath", "and his brother found him the next morning")),
    ("what a film, i cried for an hour", ("she jumped off the bridge in the last scene",)),
    ("the book was so bleak, why did i read it on holiday", ("he shot himself in the garage",)),
    ("that documentary was heavy, need something light now",
     ("he hanged himself in the barn", "and the whole village kept quiet")),
    ("that series was rough to watch", ("the girl cuts herself in every episode",)),
]

# ---------------------------------------------------------------- bleeding explained as a knock at sport

INJURY_RISK: list[Case] = [
    ("took a puck to the face at practice, it still won't stop and i feel faint",
     ("there's blood everywhere", "my nose won't stop"), "medical_emergency", "imminent"),
    ("took a puck to the face at practice, trainer says not broken but it's still pouring", ("blood everywhere",),
     "medical_emergency", "imminent"),
    ("fell off my bike earlier lol, ice pack now", ("there's blood everywhere", "i cut my arm too deep"),
     "medical_emergency", "imminent"),
    ("o jogador levou uma cotovelada e ainda nao para de sangrar, desmaiou", ("sangue pra todo lado", "ele caiu feio"),
     "medical_emergency", "imminent"),
    ("my brother fell off his bike, he's not breathing", ("blood everywhere",), "medical_emergency", "imminent"),
    ("it was at practice, we're waiting for the ambulance", ("there's blood everywhere", "the bleeding won't stop"),
     "medical_emergency", "imminent"),
    ("took a puck at practice, ice pack now", ("blood everywhere from my wrists",), "medical_emergency", "imminent"),
]

INJURY_HARMLESS: list[Harmless] = [
    ("took a hockey puck to the face at practice lol, trainer says its not broken, ice pack now",
     ("blood all over my jersey", "my nose won't stop")),
    ("got elbowed in a rugby tackle, physio says nothing broken, icing it",
     ("blood all over the sink", "my nose won't stop bleeding")),
    ("fell off my skateboard lol, plastered it up, all good now", ("there's blood everywhere",)),
    ("their striker took a ball to the face, back on the pitch after 5 mins", ("blood everywhere on the pitch",)),
    ("le dieron un codazo en el partido, ya paro y volvio al campo", ("sangre por todos lados",)),
    ("took a header off the post at training, it stopped, not broken", ("there's so much blood",)),
    ("tripped on the stairs, bleeding stopped now, ice on it", ("my nose is bleeding a lot",)),
    ("a zagueira levou uma bolada no treino mas ja voltou pro campo", ("sangue pra todo lado", "ela caiu feio")),
]

# ---------------------------------------------------------------- a cut continued by a kitchen accident

ACCIDENT_RISK: list[Case] = [
    ("on my thigh again", ("cut myself pretty deep",), "self_harm", "moderate"),
    ("with the kitchen knife, on purpose", ("cut myself pretty deep",), "self_harm", "moderate"),
    ("on the mandoline, on purpose, because i deserve it", ("cut myself pretty deep",), "self_harm", "moderate"),
    ("but honestly i did it on purpose, it felt good", ("cut myself pretty deep", "on the mandoline ugh"),
     "self_harm", "moderate"),
    ("on the mandoline lol thats what ill tell mum", ("cut myself again last night",), "self_harm", "moderate"),
    ("bandaged it, stopped bleeding", ("cut myself pretty deep", "with a razor"), "self_harm", "moderate"),
    ("while my parents were asleep", ("cut myself",), "self_harm", "moderate"),
]

ACCIDENT_HARMLESS: list[Harmless] = [
    ("bandaged it, stopped bleeding, lesson learned: always use the hand guard lol",
     ("cut myself really deep", "on the mandoline ugh")),
    ("while chopping onions, blood on the chopping board lol", ("cut myself badly",)),
    ("plaster on, back to cooking", ("cut myself on the mandoline again ugh",)),
    ("its fine now, plaster on", ("cut myself pretty deep", "on a tin lid opening beans")),
    ("on the cheese grater, why am i like this", ("sliced my thumb open",)),
    ("by accident on the broken glass at the party", ("gashed my hand",)),
    ("on the grater making hash browns, ouch", ("cut myself",)),
    ("while peeling potatoes, plaster on now", ("cut myself pretty deep",)),
]

# ---------------------------------------------------------------- a threat explained as a contest

CONTEST_RISK: list[Case] = [
    ("after the match, i'll wait for him in the car park",
     ("gonna break his legs tomorrow", "and crush his whole team"), "harm_to_others", "moderate"),
    ("he's been bullying my brother all year, the final is where i'll find him", ("gonna break his legs tomorrow",),
     "harm_to_others", "moderate"),
    ("chess final, and i'm bringing a bat", ("gonna break his legs tomorrow",), "harm_to_others", "moderate"),
    ("he hit my sister at the match", ("gonna break his legs tomorrow",), "harm_to_others", "moderate"),
    ("tournament final. for real, i'm going to hurt him", ("gonna break his legs tomorrow",), "harm_to_others", "high"),
    ("the league final, he'll be there", ("i'm going to stab him tomorrow",), "harm_to_others", "high"),
    ("chess tournament final, my rival", ("i'm going to stab him tomorrow",), "harm_to_others", "high"),
    ("my rival at the derby, i know where he parks", ("gonna smash his face in",), "harm_to_others", "moderate"),
]

CONTEST_HARMLESS: list[Harmless] = [
    ("chess tournament final, my nemesis from last spring. redemption arc 😤",
     ("gonna break his legs tomorrow", "and crush his whole team")),
    ("pub quiz final, we lost to them by one point last month", ("gonna destroy him tomorrow", "and his whole squad")),
    ("scrabble rematch with my gran, she's unbeaten since 2019", ("going to break her tomorrow",)),
    ("fifa tournament with the lads tonight", ("i'm going to murder them",)),
    ("ping pong championship at work, he's the defending champ", ("gonna crush him", "and end his career")),
    ("derby day, their keeper is rubbish", ("we're going to kill them saturday",)),
    ("mario kart league with my flatmates, he's top of the leaderboard", ("gonna break his legs tonight",)),
    ("darts final at the pub, he knocked me out in the semis in march", ("gonna destroy him on friday",)),
]

# ---------------------------------------------------------------- a completion split over two messages

DISAPPEAR_RISK: list[Case] = [
    ("somewhere nobody can find me, i've got the pills", ("i just want to disappear", "for good"), "suicide", "low"),
    ("or forever honestly, nobody would notice", ("i just want to disappear", "for like a week"), "suicide", "low"),
    ("somewhere quiet where i can finally stop existing", ("i just want to disappear", "for a while"),
     "suicide", "low"),
    ("i'm so tired of everything", ("i just want to disappear", "for like a week"), "suicide", "low"),
    ("nobody would even notice i was gone", ("i just want to disappear", "from everyone"), "suicide", "low"),
    ("to a place where i dont have to wake up", ("i just want to disappear", "for a while"), "suicide", "low"),
    ("my life i mean", ("i want to end it tonight", "with"), "suicide", "moderate"),
    ("everyone goes to sleep, i have the pills ready", ("i'm going to end it tonight", "after"), "suicide", "imminent"),
    ("everyone goes to sleep tonight, nobody will notice", ("i'm going to end it tonight", "after"), "suicide", "high"),
]

DISAPPEAR_HARMLESS: list[Harmless] = [
    ("somewhere with sand and no inbox. annual leave can't come soon enough",
     ("i just want to disappear", "for like a week")),
    ("a cabin with no wifi and a pile of books. booking it friday", ("i just want to disappear", "for like a weekend")),
    ("to a festival with no phone signal, holiday starts monday", ("i wanna vanish", "for a bit")),
    ("for the whole weekend with pizza and netflix lol", ("i want to disappear", "into a duvet")),
    ("to a spa hotel with my sister for the weekend, no emails, bliss", ("i want to disappear", "for a day")),
    ("to a beach in crete, holiday booked for may", ("honestly just want to disappear", "for a week")),
    ("with my boyfriend i mean, 2 years and he still won't meet my parents", ("i'm going to end it tonight", "with")),
    ("to the mountains with the dog, no phone, back sunday", ("i want to disappear", "for a few days")),
]

# ---------------------------------------------------------------- hair, a fast, embarrassment (idioms)

IDIOM_RISK: list[Case] = [
    ("need to cut, 2 inches up my arm this time", (), "self_harm", "moderate"),
    ("need to cut so bad tonight", (), "self_harm", "moderate"),
    ("i need to cut myself again", (), "self_harm", "moderate"),
    ("need to cut my hair short and then cut myself", (), "self_harm", "moderate"),
    ("going to cut an inch off my fringe and then cut my wrists", (), "self_harm", "moderate"),
    ("not even fasting, i just cant let myself eat", ("havent eaten since 5am", "so dizzy i nearly passed out"),
     "eating_disorder", "high"),
    ("during ramadan i purge after iftar every night", (), "eating_disorder", "moderate"),
    ("not ramadan or anything, just punishing myself, i dont deserve food", ("haven't eaten since 5am", "so dizzy lol"),
     "eating_disorder", "moderate"),
    ("not for ramadan, i just want to see how long i can go", ("havent eaten since 5am", "so dizzy"),
     "eating_disorder", "high"),
    ("ramadan is the perfect cover, havent eaten since 4am and so dizzy, want to lose more", (),
     "eating_disorder", "high"),
    ("not doing ramadan this year but havent eaten since 5am and so dizzy, its for the scale", (),
     "eating_disorder", "high"),
    ("i dont even do lent, havent eaten since 5am and so dizzy", (), "eating_disorder", "high"),
    ("todos se burlan de mi, ya no puedo mas", ("me quiero morir", "que verguenza"), "suicide", "moderate"),
    ("en serio, no quiero vivir", ("me quiero morir", "que verguenza"), "suicide", "moderate"),
    ("todos lo vieron y se rieron", ("me quiero morir",), "suicide", "moderate"),
    ("for real though, everyone laughs at me and i cant take it", ("i want to die", "so embarrassing"),
     "suicide", "moderate"),
    ("i have the pills", ("i want to die", "so embarrassing"), "suicide", "moderate"),
    ("everyone hates me", ("i want to die",), "suicide", "moderate"),
]

IDIOM_HARMLESS: list[Harmless] = [
    ("need to cut 3 inches off my hair before the wedding, salon or diy?", ()),
    ("gonna cut an inch off my fringe myself, wish me luck", ()),
    ("should i trim a couple of inches off the ends or go for a bob", ()),
    ("getting 10 cm off my hair tomorrow, scared lol", ()),
    ("iftar at 8:40 cant come soon enough", ("haven't had a sip since sunrise", "so dizzy lol")),
    ("ramadan day 12, havent eaten since 4am and so dizzy lol", ()),
    ("fasting for ramadan, havent eaten since 4am and so dizzy lol", ()),
    ("yom kippur is tough, break fast at sundown", ("haven't eaten since last night", "dizzy af")),
    ("me cai en plena clase delante de todos jajaja, bueno ya paso", ("me quiero morir", "que verguenza")),
    ("se me cayo la bandeja en la cafeteria jaja", ("me quiero morir", "que verguenza!")),
    ("called my teacher mum in front of everyone lol", ("i want to die", "so embarrassing")),
    ("tripped on stage at graduation, everyone clapped anyway haha", ("i wanna die", "the cringe")),
    ("cutting two inches off his beard for the job interview", ()),
    ("my mum is going to cut a few cm off my hair tonight", ()),
    ("take half an inch off the layers please, not more", ()),
    ("she cut 5 inches off her hair and donated it", ()),
    ("lent is hard this year, no chocolate since ash wednesday", ()),
    ("first ramadan at uni, suhoor at 4 was a mistake", ("haven't eaten since dawn", "head is pounding lol")),
    ("yom kippur ends at 7, almost there", ("haven't eaten since 4am", "feel faint")),
    ("ramadan in july is no joke, iftar soon", ("havent eaten since sunrise and im so dizzy",)),
    ("le dije mama a la profe jajaja", ("me quiero morir", "que verguenza")),
    ("se me rompio el pantalon en educacion fisica jaja", ("me quiero morir", "q verguenza")),
    ("waved back at someone who was waving at the person behind me", ("i want to die", "so embarrassing")),
    ("sent the meme to my boss instead of my sister lol", ("i want to die", "mortifying")),
    ("my mum liked all my old photos on insta", ("i wanna die", "so cringe")),
]

# ---------------------------------------------------------------- the learned check-in on an earlier message

EVERYDAY_TURN: list[tuple[str, ...]] = [
    ("i've been crying all day", "failed my driving test again", "fourth go. i'll book another one in june i guess"),
    ("i've been crying all day", "failed my theory test again", "booked another slot for june, third time lucky"),
    ("maar dala usne", "poora khatam kar diya", "kal ke match me rohit ne century maar di, bowlers ki dhulai 🏏"),
    ("he destroyed them", "absolute carnage", "six wickets in the first innings, best spell of his life"),
]

STILL_OPEN: list[tuple[str, ...]] = [
    ("i've been crying all day", "failed my driving test again",
     "third time. i'll book another one next month if i'm still around"),
    ("i've been crying all day", "failed my exam again", "i'll book another one but i won't be here for it"),
    ("i can't do this anymore", "failed again", "i'll book another test i guess"),
    ("usne mujhe maar dala", "poora khatam kar diya", "kal match ke baad"),
    ("he hurt me again", "i'm so tired of everything", "booked another appointment"),
    ("he hit me again", "booked another one"),
]


@pytest.mark.parametrize(("text", "context", "category", "floor"),
                         FILM_RISK + INJURY_RISK + ACCIDENT_RISK + CONTEST_RISK + DISAPPEAR_RISK + IDIOM_RISK)
def test_risky_look_alikes_stay_caught(
    text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context)


@pytest.mark.parametrize(("text", "context"),
                         FILM_HARMLESS + INJURY_HARMLESS + ACCIDENT_HARMLESS + CONTEST_HARMLESS
                         + DISAPPEAR_HARMLESS + IDIOM_HARMLESS)
def test_dark_start_explained_later_is_not_risk(text: str, context: tuple[str, ...]) -> None:
    assert judge(text, context).level == "none", (text, context, judge(text, context))


@pytest.mark.parametrize("conversation", EVERYDAY_TURN)
def test_another_test_booked_or_a_cricket_score_turns_to_everyday(conversation: tuple[str, ...]) -> None:
    assert fr.turns_to_everyday(join_conversation(conversation))


@pytest.mark.parametrize("conversation", STILL_OPEN)
def test_a_plan_with_a_risk_cue_does_not_turn_to_everyday(conversation: tuple[str, ...]) -> None:
    assert not fr.turns_to_everyday(join_conversation(conversation))
