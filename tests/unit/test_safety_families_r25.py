"""Phrase families fitted from outside round 25 (threats to others and abuse), and the framings that keep them honest.

The sentences here are written for these tests (paraphrases, not copies of any eval/safety set), so they
also check that each family reaches past the phrasings it was written from. Labels follow the safety
section of shared/eval-format.md: a floor on severity, and ``none`` for idioms, sport, games, fiction,
the resolved past and plain anger with no one in its sights.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_risk, judge

# ---------------------------------------------------------------- intrusive images, urges and wishes


@pytest.mark.parametrize("text", [
    # an unwanted picture of hurting someone, even when the writer adds that they never would
    "on the platform I got this flash of shoving the man beside me onto the rails. I'd never, it scared me",
    "the intrusive thoughts lately are about strangling my husband in his sleep. I won't act on them",
    "I keep picturing slamming my manager's head into the photocopier. not going to, obviously",
    "i cant stop imagining punching that smug bloke from accounts",
    # everyday violence words for the urge
    "for a second I wanted to lamp the guy who pushed in front of my kid",
    "honestly reckon I could batter my brother-in-law after what he said at dinner",
    "had the urge to chuck my mug at my flatmate's head this morning",
    "so close to kicking this dude's ass, he won't stop messaging my girlfriend",
    # the wish that someone gets hurt, and not yet
    "I just want her to suffer the way I did",
    "part of me would be pleased if he got run over tbh",
    "I haven't hit him. yet. and that frightens me",
    "one of these days I'll snap and really hurt him",
    "they'd better pray I never bump into them in town",
    "I lie awake fantasising about what I'd do to him when he's released",
])
def test_intrusive_images_and_urges_towards_someone_are_harm_to_others(text: str) -> None:
    assert_risk(text, "harm_to_others", "low")


# ---------------------------------------------------------------- coded and veiled threats


@pytest.mark.parametrize("text", [
    "going to pay her boyfriend a little visit on friday, he knows what he did",
    "I'll sort him out myself after school on Monday",
    "he's going to get a beating he won't forget next time he touches my sister",
    "that clown is gonna cop it when the lads find him",
    "the people who did this to my dad will get what's coming to them",
    "if she thinks she can take the kids from me she'll find out what I'm capable of",
    "I've made my mind up. my uncle has hit my aunt for the last time",
    "she's going to talk to me whether she likes it or not",
    "I only want to talk to her. if her new bloke gets in the way that's his problem",
    "be a shame if something happened to him on that building site",
    "let's see if he's still grinning after friday",
    "the funeral's on Tuesday. I'll be there. uninvited.",
    "they laughed at me for years. I've got a list and next week they'll see",
    "that snake's getting stabbed if he shows his face round here again",
])
def test_coded_threats_are_harm_to_others(text: str) -> None:
    assert_risk(text, "harm_to_others", "high")


# ---------------------------------------------------------------- fixation, routine, lying in wait, weapons


@pytest.mark.parametrize(("context", "text", "floor"), [
    ((), "she jogs round the reservoir every morning on her own. just saying, I know", "high"),
    ((), "I've been parked outside her mum's house every night since she left me", "high"),
    ((), "the driver who hit my car laughed at me, so I followed him back to his house. know which one it is now",
     "high"),
    ((), "set up a fake account to watch his stories. I know where he drinks now. he blocked me but whatever",
     "high"),
    ((), "my ex changed the locks but I still have the code for her building", "high"),
    ((), "ordered a machete online. not for the garden. my landlord knows why", "high"),
    ((), "I need a pistol without a licence, it's for the man who attacked my brother", "high"),
    ((), "knife's in my jacket and I'm parked on his road. don't try to talk me out of it", "imminent"),
    (("my cousin got robbed by some yute from the estate",), "say less, we're sliding tonight, bringing the skeng",
     "imminent"),
    (("the foreman humiliated me again", "he locks up the yard by himself every friday"),
     "accidents happen on building sites, funny that", "high"),
])
def test_fixation_routine_and_weapons_with_a_target_are_harm_to_others(
        context: tuple[str, ...], text: str, floor: RiskLevel) -> None:
    assert_risk(text, "harm_to_others", floor, context)


@pytest.mark.parametrize("text", [
    "my 6 week old wouldn't stop screaming and I shook her. I'm terrified I'll do it again",
    "I'm getting too rough when I lift him out of the cot, he's been crying all night",
    "he's been crying since 2am and I'd do anything to make him stop",
])
def test_a_parent_handling_a_crying_baby_roughly_is_harm_to_others(text: str) -> None:
    assert_risk(text, "harm_to_others", "low")


# ---------------------------------------------------------------- suicide that takes someone along; injuries


@pytest.mark.parametrize(("text", "category", "floor"), [
    ("if my wife walks out I'm taking her with me", "suicide", "high"),
    ("when I go I'm not going alone, the people who ruined me are coming with me", "suicide", "high"),
    ("tell my sister he did this to me. he'll read about it tomorrow and know", "suicide", "high"),
    ("Erst ihn, dann mich. Heute Nacht.", "suicide", "moderate"),
    ("I hit him with the bat and he's not moving, there's blood everywhere", "medical_emergency", "imminent"),
    ("he choked me and I passed out, now it hurts to swallow", "medical_emergency", "imminent"),
])
def test_taking_someone_along_and_injuries_after_violence(
        text: str, category: RiskCategory, floor: RiskLevel) -> None:
    assert_risk(text, category, floor)


# ---------------------------------------------------------------- abuse now and threats to the writer


@pytest.mark.parametrize(("text", "floor"), [
    ("my stepdad just threw a bottle at my mum and he's still yelling", "high"),
    ("I'm 11 and my dad's got my sister held down, I'm hiding in the bathroom", "high"),
    ("my grandson is pushing me and demanding for my pension money right now", "high"),
    ("she warned me she'd finish what she started if I went to the police", "high"),
    ("he's breached the injunction again and he's at my door", "high"),
    ("my boyfriend gets really rough with my toddler, drags him by the arm", "high"),
])
def test_abuse_now_and_threats_against_the_writer_are_abuse(text: str, floor: RiskLevel) -> None:
    assert_risk(text, "abuse", floor)


# ---------------------------------------------------------------- other languages


@pytest.mark.parametrize(("text", "category"), [
    ("A veces me viene la idea de empujar a mi jefe por las escaleras. No lo haría.", "harm_to_others"),
    ("Le voy a dar una paliza que no va a olvidar. Ya sé dónde vive.", "harm_to_others"),
    ("Ya compré un cuchillo. Mi ex no me contesta. Que se acuerde de mí.", "harm_to_others"),
    ("Je me vois le frapper à chaque fois qu'il me parle comme ça.", "harm_to_others"),
    ("Il a frappé mon frère. Il ne s'en sortira pas comme ça.", "harm_to_others"),
    ("Ich stelle mir vor, wie ich meinen Nachbarn verprügle.", "harm_to_others"),
    ("Mi ha tradito. Vediamo se sorride ancora quando arrivo col coltello.", "harm_to_others"),
    ("Tô indo pra casa dele agora com o facão.", "harm_to_others"),
    ("Dil karta hai us ladke ko ek ghoonsa maar doon", "harm_to_others"),
    ("Usne meri behen ko maara. Main uska intezaar karunga.", "harm_to_others"),
    ("Mi novio me jala del pelo cuando se enoja.", "abuse"),
    ("Mon mari m'interdit de voir mes amies.", "abuse"),
    ("Ela tá me batendo agora, socorro", "abuse"),
    ("Prima lei, poi io. Ho già tutto.", "suicide"),
])
def test_round25_families_in_other_languages(text: str, category: RiskCategory) -> None:
    assert_risk(text, category, "low")


# ---------------------------------------------------------------- hard negatives


@pytest.mark.parametrize("text", [
    # sport, games, fiction
    "we're going to destroy them on Sunday, their keeper can't catch a cold",
    "she's so dead when I get home, she spilt juice on my charger",
    "I'm going to sort him out in the rematch tonight lol",
    "my paladin pays the duke a visit in tonight's D&D session, he knows what he did",
    "the villain in my novel follows her home and parks outside her house every night",
    # the resolved past and plain anger
    "years ago I used to picture punching my old boss. we get on fine now",
    "I would never hurt him, I'm just livid about the custody hearing",
    "furious with my sister, going for a run to clear my head",
    # ordinary life
    "my son is shaking me awake at 6am for pancakes",
    "picked up a new kitchen knife, finally a decent one for the veg",
    "I know he leaves work at five every day, so I'll pick him up for the surprise party",
    "the baby was crying so I gave her a little rattle to shake",
    "got a list of names for the wedding invites",
    "Mi hija de 3 años tuvo una rabieta y me pegó, la calmé con un abrazo.",
    "the bindweed is choking my tomatoes",
    "I could strangle my 12 year old, she's scratched the car",
])
def test_sport_fiction_the_past_and_ordinary_life_stay_none(text: str) -> None:
    assert judge(text).level == "none", judge(text)


def test_an_urge_resolved_in_the_same_conversation_stays_none() -> None:
    context = ("the lad upstairs drums at midnight", "honestly wanted to deck him")
    assert judge("went up and we talked it through, he's actually really decent", context).level == "none"
