"""Threat and abuse families fitted from outside rounds 29-31 (English cases).

Pins the harm-to-others and abuse families added or widened in rules/en_threats.toml for those rounds:
urges towards a named person, road rage held back, locking someone in, coercive control by a partner,
threats against a pet, an abuser's associates watching, an address posted with a menacing line, children
left without food or an adult, marks on a child, a target's timetable, door codes after a sacking,
weapons picked for being quiet, poison and dose questions about a hated person, a school attack hinted,
a streamer doxxed. The sentences are written for these tests (paraphrases, not copies of any eval/safety
set); ``none`` pins the ordinary uses of the same words.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskLevel
from tests.unit.safety_judging import assert_risk, judge

# ---------------------------------------------------------------- harm to others: urges, fantasies, road rage


@pytest.mark.parametrize(("text", "floor"), [
    ("keep picturing what id do to that linesman if i got him on his own after the match", "moderate"),
    ("i lie in bed imagining what i would do to my landlord if i caught him alone", "moderate"),
    ("got so much road rage this morning, wanted to pull the van driver out of his cab", "low"),
    ("had this sudden urge to shove some guy off the escalator. scared me a bit", "low"),
    ("daydreaming about driving over my supervisor in the staff car park, every single shift", "low"),
])
def test_urges_and_fantasies_about_a_named_person(text: str, floor: RiskLevel) -> None:
    assert_risk(text, "harm_to_others", floor)


@pytest.mark.parametrize(("text", "floor"), [
    ("shut him in the garage so he can think about what he said, been 4 hours now", "high"),
    ("told his wife i know which school her girls go to. let her stew", "high"),
    ("got her shifts, her gym times and her car reg. not saying why", "high"),
    ("my supervisor has no idea whats coming friday. been getting ready for months", "high"),
    ("this tiktoker thinks nobody can find him. lets see how tough he is in real life", "high"),
    ("after friday none of them will talk about me again. all sorted", "high"),
    ("the next guy who looks at me funny on the tram is getting bottled", "high"),
    ("hes at the wetherspoons right now. the one who spiked my mate", "high"),
    ("figured out how id do her in and where the body would go", "high"),
    ("heading round to his flat now with dads hammer", "imminent"),
])
def test_threats_with_a_target(text: str, floor: RiskLevel) -> None:
    assert_risk(text, "harm_to_others", floor)


@pytest.mark.parametrize(("text", "context"), [
    ("they never changed the alarm code. i still remember it",
     ("got sacked this morning", "security walked me out")),
    ("picked up a crossbow secondhand. quieter than the alternative",
     ("the lads upstairs play music till 5am", "asked them again and again")),
    ("which of the bathroom stuff would make someone throw up if it got in their tea",
     ("i cant stand her", "she got me kicked off the team")),
    ("how much rat poison would it take for a man his size",
     ("he ran over my cat on purpose", "the police wont do anything")),
    ("diesel in the garage. their lights go out at midnight",
     ("the family opposite have made my life hell", "the council ignored me")),
    ("once hes passed out im taking the hammer to him",
     ("i hate my stepdad so much", "he was screaming at mum all night")),
])
def test_a_neutral_last_message_after_a_grievance(text: str, context: tuple[str, ...]) -> None:
    assert_risk(text, "harm_to_others", "high", context=context)


def test_a_school_attack_hinted_by_period_and_safe_code() -> None:
    assert_risk("everyone thinks im joking. 3rd period monday theyll see. my dads gun safe code is my mums birthday",
                "harm_to_others", "high")


def test_a_knife_emoji_for_the_landlord() -> None:
    assert_risk("\U0001f52a for the landlord when he comes round tomorrow. im done", "harm_to_others", "high")


def test_holding_a_partner_against_the_wall_is_harm() -> None:
    assert_risk("i never punched him, i just pinned him to the door till he shut up. that doesnt count right",
                "harm_to_others", "moderate")


@pytest.mark.parametrize("text", [
    "road rage is the worst, a lorry driver had to be pulled out of his cab after the crash",
    "i know which school her kids go to because mine go there too, we do pick up together",
    "my wife has no idea whats coming friday, booked us a surprise trip to rome",
    "petrol prices are mad, we fill up before they go to bed on sunday",
    "how much calpol can i give my toddler, shes 2",
    "we locked ourselves out of the flat, the cat is inside",
    "this streamer is hilarious, his city is in his bio and everything",
    "the next guy who wins the quiz gets a bottle of wine",
    "he pinned her against the wall and kissed her, best scene in the film",
    "they never changed the wifi password at my old job lol",
    "the murder mystery party had us working out where the body was hidden",
])
def test_ordinary_uses_of_threat_words_are_not_risk(text: str) -> None:
    assert judge(text).level == "none"


# ---------------------------------------------------------------- suicide read out of threat words


def test_suicide_by_police_is_suicide() -> None:
    assert_risk("when the cops come im going to get them to shoot me", "suicide", "high")


def test_a_relatives_gun_on_the_mind_is_suicide() -> None:
    assert_risk("i know where my uncle hides the rifle and i cant stop thinking about it", "suicide", "high")


# ---------------------------------------------------------------- abuse: control, pets, watching, doxxing


@pytest.mark.parametrize(("text", "floor"), [
    ("my fella hid my phone so i cant ring my mum, says im his property", "low"),
    ("i have to send her a selfie every hour so she knows where i am or she screams at me", "low"),
    ("is my boyfriend a bit possessive? he texts me asking where i am all the time", "low"),
    ("she says shell drown the cat if i go out with my friends again", "high"),
    ("his brothers have been sat outside my house all week. he got out on friday", "high"),
    ("same van parked outside my office every morning. its his mates, he got released monday", "high"),
    ("her ex put our address on facebook with photos of the house and see you soon", "high"),
    ("my tutor says if i tell my mum what we do in lessons i will fail. lesson is tomorrow", "high"),
])
def test_control_threats_and_watching(text: str, floor: RiskLevel) -> None:
    assert_risk(text, "abuse", floor)


@pytest.mark.parametrize(("text", "floor"), [
    ("me and my sister havent had anything to eat since thursday, dads not been home. shes 4", "high"),
    ("the toddler upstairs has been screaming for six hours and nobody has gone in", "high"),
    ("grip marks on her upper arms again after a weekend with his dad", "high"),
    ("my partners discipline of our daughter has gone too far, belt marks on her back", "high"),
    ("my nan rang in tears, her grandson has her pinned against the wall right now", "imminent"),
])
def test_children_and_elders_hurt_or_left_alone(text: str, floor: RiskLevel) -> None:
    assert_risk(text, "abuse", floor)


def test_a_flinching_nephew_with_bruises_over_turns_is_abuse() -> None:
    assert_risk(
        "she has bruises like fingers on her arms and flinches whenever anyone lifts a hand",
        "abuse", "high",
        context=("my niece is staying with us this week", "her mum has a new partner"),
    )


@pytest.mark.parametrize("text", [
    "my sisters boyfriend is really controlling, should i say something",
    "my boss is so controlling about deadlines",
    "the dog ate my sandwich, he will kill the dog if he finds out lol",
    "the baby has been crying for three hours, teething is awful, im rocking her now",
    "the seatbelt marks on his chest after the crash are fading",
    "my coach said if i tell anyone about the set piece we will lose the element of surprise",
    "i posted my address on facebook by mistake, how do i delete it",
])
def test_ordinary_uses_of_abuse_words_are_not_risk(text: str) -> None:
    assert judge(text).level == "none"
