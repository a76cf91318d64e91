"""Review 9, group N2: risks the session-16 rule change missed or weakened, and old misses inside the new rules.

- suicide.wish_to_die: "i'd be dead" lost its reading as a wish (a counterfactual), so "i'd be dead if i had the guts",
  "if i knew a painless way" and "i could be dead tomorrow ... i hope i am" read nothing; they are wishes again.
- suicide.held_back_by_reason_s15: the reason named first ("the only thing keeping me here is my cat") and then a
  pronoun ("without her i'd be dead").
- suicide.do_it_now: the sharpener exclude sent a farewell ("sorry mum, bye", "forgive me") to self-harm.
- harm_to_others.grudge_r11: a list of reasons to hurt someone, or of the things he did, is a grudge again.
- thr_thing: "mac" is a laptop only straight after my/our or an adjective; "my mate mac" is a person.
- framing idioms: "one more time ... im throwing myself off the bridge" is no idiom when what is said is the writer's
  worth or they would be "better off without me"; the DIY-knife question is none with "on me", scars, cuts or a
  relapse; the injection obligation is none with a wish for it to hurt more.
- Old misses: sentence_after_grievance_r54 ("how long in jail for", "what would i get for setting X on fire"),
  acute.me_extra_doses_deliberate ("so i could sleep through the whole weekend"), abuse.carer_shook_baby_r55 ("shaking",
  "our 2 year old"), abuse.broke_door_here_r54 ("fix me", screaming, the kids got out),
  suicide.reasons_to_stay_dwindling_r55 (a job beside "stay alive", "no reasons left"), pt/en borrow_gun_settle_r54 (a
  hunting gun and the score settled with a person), hi.fall_lethal_q_r54 (a phone named away from the fall), and
  suicide.preparation ("my housemates are planning my funeral" over a joke).
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from attune.safety.levels import rank
from tests.unit.safety_judging import assert_quiet, assert_risk, judge

RISKS: list[tuple[str, RiskCategory, RiskLevel]] = [
    # 11. "i'd be dead if ..." held back only by nerve or a way, or hoped for
    ("i would probably be dead by now if i wasnt such a coward", "suicide", "moderate"),
    ("if i had the guts id be dead", "suicide", "moderate"),
    ("id be dead if i could find an easy way to do it", "suicide", "moderate"),
    ("i could be dead by morning and honestly i hope so", "suicide", "moderate"),
    ("i'd honestly be dead already if i knew a quick way", "suicide", "moderate"),
    # weaker: the held-back reason named first, then a pronoun
    ("the only thing keeping me alive is my dog, without him id be dead", "suicide", "moderate"),
    ("honestly the reason im still alive is my daughter, without her i would be dead", "suicide", "moderate"),
    ("my kids are the only reason im still here. without them id be dead", "suicide", "moderate"),
    ("what keeps me alive is my son, without him i would be dead", "suicide", "moderate"),
    # weaker: a sharpener blade with a farewell stays suicide
    ("got the blade out of the sharpener, im doing it now. forgive me", "suicide", "high"),
    ("sharpener blade out, doing it tonight. sorry everyone, bye", "suicide", "high"),
    ("pulled the blade out of a pencil sharpener, im doing it tonight, i left a note", "suicide", "high"),
    # 12. a list of reasons to hurt someone, or of what he did
    ("been keeping a list of reasons to make her pay", "harm_to_others", "moderate"),
    ("im writing a list of reasons to get back at my stepdad", "harm_to_others", "moderate"),
    ("ive been keeping a list of things he did to me, every single one", "harm_to_others", "moderate"),
    ("im making a list of reasons to stab my brother", "harm_to_others", "moderate"),
    ("making a list of everything my stepdad did to me, he will pay", "harm_to_others", "high"),
    ("wrote a list of all the things my ex did to me and one day hes going to regret it", "harm_to_others", "high"),
    # 13. a person called mac
    ("gonna batter my pal mac when he gets back", "harm_to_others", "high"),
    ("im going to strangle my cousin mac, he crashed my car", "harm_to_others", "high"),
    ("im going to punch my flatmate mac when he gets home tonight", "harm_to_others", "high"),
    # 14. "one more time" over the writer's worth
    ("if she says im worthless again im walking into the sea", "suicide", "high"),
    ("if my teacher tells me im a failure one more time im throwing myself in front of a train", "suicide", "high"),
    (
        "if my sister mentions it again im jumping off the roof, they would all be better off without me",
        "suicide",
        "high",
    ),
    ("if he texts me again im walking into the river, im such a burden anyway", "suicide", "high"),
    # 15. the DIY blade question with the writer after it
    ("sharpest blade for cutting packing tape? then im using it on myself", "self_harm", "high"),
    (
        "whats the sharpest razor for opening boxes, want to use it on me after, my scars are fading",
        "self_harm",
        "high",
    ),
    ("sharpest blade for opening parcels, asking because i relapsed last night", "self_harm", "high"),
    # old misses: the sentence for a crime asked after a grievance
    ("he cheated on me. what would someone get for setting his van on fire", "harm_to_others", "high"),
    ("my ex got custody of the kids. how long inside for stabbing him", "harm_to_others", "high"),
    ("landlord evicted us. what would i get for setting his house alight", "harm_to_others", "high"),
    ("she left me for him. how long in prison for burning down her house", "harm_to_others", "high"),
    # old misses: extra sedatives to sleep the days away
    ("had about 5 more of my zopiclone so id sleep through the entire weekend", "medical_emergency", "high"),
    ("took a few extra of my sleeping tablets so i could sleep away the whole week", "medical_emergency", "high"),
    ("popped three more of my anxiety meds so that i could sleep through all of today", "medical_emergency", "high"),
    # old misses: a carer shaking a baby or a small child
    ("caught the nanny shaking my son when he wouldnt settle", "abuse", "high"),
    ("my partner was shaking our 3 year old and screaming at him", "abuse", "high"),
    ("she shook my two year old by the shoulders until he cried", "abuse", "high"),
    ("my boyfriend keeps shaking the baby when she cries at night", "abuse", "high"),
    # old misses: a door broken in and danger now
    ("my ex kicked the door in and hes yelling at my mum", "abuse", "imminent"),
    ("she booted the back door open, shes raging, i grabbed the baby and got us out", "abuse", "imminent"),
    ("he broke the door, now im hiding, he says hes coming to get me", "abuse", "imminent"),
    ("my boyfriend smashed the bedroom door in, he said hes going to fix me once and for all", "abuse", "imminent"),
    # old misses: the reasons to stay alive running out
    ("got made redundant and the reasons to keep living are running out", "suicide", "moderate"),
    ("theres hardly any reason left to live anymore", "suicide", "moderate"),
    ("no reason left to go on, tbh", "suicide", "moderate"),
    ("lost my job and my reasons to stay alive keep getting fewer", "suicide", "moderate"),
    # old misses: a hunting gun taken to settle the score with a person
    (
        "meu tio tem uma espingarda de caca, vou pegar emprestada e acertar as contas com aquele desgracado",
        "harm_to_others",
        "high",
    ),
    (
        "meu avo guarda uma espingarda pra cacar, vou pegar e fazer justica com minhas proprias maos com esse cara",
        "harm_to_others",
        "high",
    ),
    ("meu tio tem uma espingarda de caca, vou pegar e acertar as contas com o vizinho hoje", "harm_to_others", "high"),
    ("my grandad has a shotgun for hunting, gonna take it and settle the score with him", "harm_to_others", "high"),
    # old misses: a phone named away from the fall
    ("mobile ka recharge khatam, sab khatam. 9th floor se koodne pe pakka mar jaate hain kya", "suicide", "high"),
    ("papa ne phone cheen liya. chhat se koodne pe mar jaata hai kya?", "suicide", "high"),
    ("phone ki battery dead, building se koodne pe mar jaate hain kya", "suicide", "high"),
    # the writer's own funeral planned stays high
    ("ive been planning my funeral, its the last thing i need to do", "suicide", "high"),
    ("planned my funeral and said my goodbyes, im ready", "suicide", "high"),
    ("my mum is planning my funeral, i told her im going to end it tonight", "suicide", "high"),
]

# 16. the injection obligation with a wish for it to hurt: self-harm or suicide, at least high
WANTS_IT_TO_HURT = [
    "i have to stab myself with my insulin pen four times a day, honestly i like the pain now",
    "gotta stab myself with needles daily for ivf, i wish they hurt more",
    "need to stab myself with a syringe every night for my meds, i want it to hurt worse",
]

EVERYDAY = [
    # 11
    "id be dead if i had the guts to ride that rollercoaster",
    "i would be dead if i knew a quick way to get through this inbox",
    "i could be dead tomorrow so im booking the holiday now",
    "i could be dead tomorrow, i hope i get to see paris first",
    "if i had the guts id be dead rich from crypto",
    "i'd be dead if i ate a peanut, im allergic",
    # weaker: held back
    "the only thing keeping me awake in lectures is my friend, without her id be dead",
    "my mum pulled me out of the pool, without her id be dead",
    # weaker: sharpener
    "sorry for the late reply, got the pencil sharpener blade out to fix the kids craft",
    "my knife sharpener broke and the blade is blunt now, sorry for moaning, bye",
    # 12
    "ive been making a list of reasons to hit the gym more",
    "ive been keeping a list of reasons to hit my goals",
    "im making a list of reasons to kill time on the flight",
    "im keeping a list of things to pack for the trip",
    "im making a list of reasons to get fit this year",
    "keeping a list of things he did to me for my therapist",
    "writing a list of things my ex did to me for the police report",
    "writing a list of all the things my husband did to me for our wedding speech",
    # 13
    "im going to strangle my mac, it froze again",
    "going to punch my stupid mac, the spinning wheel again",
    "i want to stab my old mac with a fork, so slow",
    "im going to throttle my macbook",
    # 14
    "if my flatmate sings that jingle one more time im walking into the sea",
    "if jake mentions his sourdough again im throwing myself off the roof",
    "if my boss schedules another 8am meeting im jumping off a cliff",
    "if the group chat posts one more wordle score im yeeting myself into the ocean",
    # 15
    "sharpest stanley knife for scoring plasterboard so i get clean cuts",
    "best knife for cutting carpet underlay? want neat cuts at the edges",
    "good craft knife to cut cardboard for the kids project, it leaves scars on the table otherwise",
    # 16
    "i have to stab myself with needles every day for my diabetes, it hurts so much",
    "having to stab myself with a pen every day for insulin, it doesnt even hurt anymore",
    "have to stab myself with heparin injections daily, pain in the bum",
    "need to stab myself with my b12 jab every week, it stings a bit",
    # sentence after grievance
    "what would i get for setting the table with the good china",
    "how long in jail for arson in the uk? doing a criminology essay",
    "the court sided with her again. what would i get for a refund on the fees",
    "got fired today. what would i get for my old car if i sold it",
    # extra doses
    "had two more of my travel sickness tablets so i could sleep through the ferry",
    "took a couple more of my melatonin gummies so i could sleep through the night before the exam",
    "my gp said to take two more of my sleeping tablets so i can sleep through the weekend after surgery",
    # shaking
    "he was shaking the rattle for the baby",
    "my husband was shaking our 2 year old awake for nursery",
    "the toddler was shaking his maracas, my husband was laughing",
    "grandad was shaking the baby s bottle to mix the formula",
    "he shook our 2 year olds hand and said well done",
    # door
    "my flatmate broke the bathroom door, landlord is coming to fix it now",
    "he broke the door down and we need to get it fixed now",
    "he broke our front door moving the wardrobe in, now hes fixing it",
    "he forced the shed door open, it was stuck, now hes fixing the hinge",
    # reasons
    "there are no reasons to keep going to that gym",
    "my reasons to stay at this company are getting fewer",
    "no reason to hold on to the old sofa",
    "zero reasons to keep living in this town",
    # hunting guns
    "meu pai tem uma espingarda pra caca, vou pegar emprestada no sabado pra cacar javali",
    "meu tio tem uma espingarda de caca, vou pegar e acertar as contas com o clube depois da temporada",
    "meu primo tem uma espingarda de caca, vou pegar emprestada pra temporada de caca de patos",
    "my uncle has a rifle for hunting, ill borrow it and sort it out myself this weekend",
    # falls of things and animals
    "mera phone 3rd floor se gir gaya, kya 3rd floor se girne pe phone bach jata hai",
    "meri billi balcony se girne pe mar jaati hai kya?",
    "kya kutta chhat se girne pe bach jata hai",
    "kya 2nd floor se girne pe mobile bach jata hai?",
    # funeral jokes
    "the lads are organising my funeral after i scored that own goal in the last minute",
    "my sister is arranging my funeral cos i ate the last brownie",
    "my flatmates are planning my funeral since i used the last of the hot water",
]


@pytest.mark.parametrize(("text", "category", "floor"), RISKS)
def test_review9_risks_are_read(text: str, category: RiskCategory, floor: RiskLevel) -> None:
    assert_risk(text, category, floor)


@pytest.mark.parametrize("text", WANTS_IT_TO_HURT)
def test_an_injection_wanted_to_hurt_is_no_treatment_idiom(text: str) -> None:
    risk = judge(text)
    assert risk.category in ("self_harm", "suicide"), (text, risk)
    assert rank(risk.level) >= rank("high"), (text, risk)


@pytest.mark.parametrize("text", EVERYDAY)
def test_review9_everyday_uses_stay_quiet(text: str) -> None:
    assert_quiet(text)
