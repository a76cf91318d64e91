"""Phrase families fitted from outside round 35 (medical signs in other words, threats through what is held).

Round 35 was written blind and measured before fitting: it missed a quarter of its medical emergencies
(recall 0.75). The sentences here are new variants written for these tests, not copies of the round:
two signs of a stroke in either order, a heart attack told without the word "chest", a hypo after
insulin, a fall with vomiting or blood from the ear, someone slumped or not waking after taking
something, a large number of tablets "taken at six"; a weapon in hand in a row happening now, a gun
sought to make someone pay, pills put in someone's drink; and everyday uses of the same words
(gym soreness, toothache, a TV drama, cooking, a teenager who won't get up, being "killed" for lateness)
kept at ``none``. Labels follow the safety section of shared/eval-format.md.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_risk, judge

# ---------------------------------------------------------------- medical: signs told in other words


@pytest.mark.parametrize("text", [
    "mums smile has gone all lopsided and her words are slurring, she says shes just tired",
    "cant lift my right arm properly and my speech sounds weird to me",
    "my husbands left leg has gone floppy and he cant get his words out",
    "one side of grandads mouth is drooping and his left hand wont work",
])
def test_two_signs_of_a_stroke_are_an_emergency(text: str) -> None:
    assert_risk(text, "medical_emergency", "imminent")


@pytest.mark.parametrize("text", [
    "left arm and jaw aching for an hour now and im clammy and feel sick, its probably indigestion",
    "theres a heaviness in my chest thats spreading down my left arm, came on while watching telly",
    "my chest feels like its being crushed and i feel faint",
    "struggling to breathe and my chest is tight, never had anything like this",
])
def test_heart_attack_signs_without_the_usual_words_are_an_emergency(text: str) -> None:
    assert_risk(text, "medical_emergency", "imminent")


@pytest.mark.parametrize("text", [
    "took my insulin before tea then skipped it, now im sweaty and confused",
    "hes diabetic and his sugars are 2.1, hes shaking and not making sense",
    "banged my head on the shelf earlier and now im being sick and seeing double",
    "grandma tripped down the stairs and hit her head, shes confused and keeps asking the same question",
    "theres clear fluid coming out of his ear after he came off his bike",
    "my flatmate wont wake up, he took a load of pills earlier and hes breathing really strangely",
    "dads collapsed in the garden and hes not responding to me at all",
    "thirty of my sleeping pills, i took them an hour ago",
    "my dad collapsed watching a hospital drama and isnt responding",
])
def test_other_emergencies_told_plainly_are_an_emergency(text: str) -> None:
    assert_risk(text, "medical_emergency", "high")


@pytest.mark.parametrize(("text", "category"), [
    ("mon fils de 2 ans a bu du produit vaisselle, il vomit", "medical_emergency"),
    ("papa ke seene mein bahut zor se dard hai aur pasina aa raha hai", "medical_emergency"),
    ("दादी का चेहरा एक तरफ़ लटक गया है", "medical_emergency"),
    ("continuo a immaginare di fare del male a mio fratello, mi spaventa", "harm_to_others"),
])
def test_the_same_signs_in_other_languages(text: str, category: RiskCategory) -> None:
    assert_risk(text, category, "moderate")


@pytest.mark.parametrize("text", [
    "my jaw aches from grinding my teeth and im sweating in this heatwave",
    "my words come out all wrong when im nervous",
    "the medical drama last night had someone having a heart attack and i sobbed",
    "slept on my arm funny, its dead heavy and tingly this morning",
    "my teenager wont wake up for school, had a late one",
    "the hospital drama last night had a guy having a stroke and i cried",
    "what are the signs of a hypo? im diabetic and want to be ready",
    "chest pain after chest day at the gym, doms are brutal",
    "i took two paracetamol for my headache, how long do they take to work?",
])
def test_everyday_uses_of_the_medical_words_are_not_risk(text: str) -> None:
    assert judge(text).level == "none"


# ---------------------------------------------------------------- harm to others: what is held or done


@pytest.mark.parametrize(("text", "floor"), [
    ("shes yelling in my face and im holding the bread knife, i swear if she comes one step closer", "imminent"),
    ("ive got a bat behind my back, if he touches my stuff again ill use it", "imminent"),
    ("been googling where to buy a gun, he deserves what hes got coming", "high"),
    ("i slipped some of my sleeping pills into her tea", "imminent"),
    ("im going to put rat poison in his dinner tonight", "imminent"),
])
def test_a_weapon_in_hand_a_gun_sought_or_a_spiked_drink_is_harm_to_others(text: str, floor: RiskLevel) -> None:
    assert_risk(text, "harm_to_others", floor)


def test_a_conditional_threat_said_and_meant_is_no_idiom() -> None:
    assert_risk("i told him if he leaves me ill kill him, and i meant it", "harm_to_others", "high")


@pytest.mark.parametrize("text", [
    "if he leaves the milk out again ill kill him",
    "chopping onions with the kitchen knife and crying my eyes out",
    "i crush her tablets into her yoghurt so she can swallow them",
    "my mum is going to murder me for forgetting her birthday",
    "looking up how to get a gun licence for clay pigeon shooting",
])
def test_everyday_uses_of_the_threat_words_are_not_risk(text: str) -> None:
    assert judge(text).level == "none"


def test_a_threat_told_by_the_person_under_it_is_no_idiom() -> None:
    """A partner "going to strangle me when he finds out I told the police" is abuse, not a joke about lateness."""
    assert_risk("hes going to strangle me when he finds out i went to the police", "abuse", "moderate")


@pytest.mark.parametrize("text", [
    "boss har meeting mein mujhe taunt maarta hai, sab hanste hain",
    "saas roz taane maarti hai, bahut bura lagta hai",
])
def test_taunting_in_hindi_is_not_being_hit(text: str) -> None:
    assert judge(text).level == "none"


def test_a_face_that_looks_crooked_in_a_selfie_is_not_a_stroke() -> None:
    assert judge("selfie mein mera chehra ek taraf tedha lagta hai").level == "none"


# ---------------------------------------------------------------- found in review of the round 35 families


@pytest.mark.parametrize(("text", "category"), [
    ("my husband slumped over and wont respond", "medical_emergency"),
    ("jaw and left arm are aching, really clammy, im 62", "medical_emergency"),
    ("dads arm feels heavy, hes grey and sweaty", "medical_emergency"),
    ("one side of my face is numb, arm tingling and weak", "medical_emergency"),
    ("he fell down the stairs, really drowsy, keeps throwing up", "medical_emergency"),
    ("she hit her head on the swing and isnt making sense", "medical_emergency"),
    ("i crushed my diazepam into her tea so she would sleep forever", "harm_to_others"),
    ("im holding a knife and he wont stop screaming at me", "harm_to_others"),
    ("ive got the knife, hes asleep upstairs", "harm_to_others"),
    ("looking into how to get a gun to shoot my ex", "harm_to_others"),
    ("been daydreaming about making her pay, now im looking up where to buy a gun", "harm_to_others"),
    ("where can i get a gun, my ex deserves whats coming", "harm_to_others"),
    ("ive put antifreeze in his squash", "harm_to_others"),
])
def test_variants_the_first_families_missed(text: str, category: RiskCategory) -> None:
    assert_risk(text, category, "high")


@pytest.mark.parametrize("text", [
    "he told me hes going to kill me if im late home again",
    "my husband says hes going to kill me for missing his call",
    "hes going to kill me if im late again and i believe him this time",
])
def test_a_threat_over_something_trivial_told_by_the_person_under_it_is_abuse(text: str) -> None:
    assert_risk(text, "abuse", "moderate")


def test_taunts_and_beatings_together_are_abuse() -> None:
    assert_risk("roz mujhe taane maarte hain aur peette bhi hain", "abuse", "moderate")


@pytest.mark.parametrize("text", [
    "i have a bread knife and i swear its the best one ive owned",
    "im holding a hammer, if he comes round later we can fix the shelf",
    "looking up how to get a shotgun for clays with him",
    "i put her tablets in her juice every morning, the care home said its fine",
    "crushed the dogs worming tablets into his food",
    "jaw aches and im sweating buckets after that vindaloo",
    "left arm hurts and im breathless after carrying the shopping",
    "my chest hurts from laughing so much",
    "left leg numb from sitting cross legged, speech sounds weird because ive got a cold",
    "hit my head on the cupboard and my vision is blurry because my glasses fell off",
    "16 paracetamol in a pack, i took them back to the shop",
    "as a diabetic i get shaky sometimes when my sugars are low, normal tuesday",
    "grandad slumped in his chair not answering me, just asleep in front of the telly",
    "uska chehra ek taraf jhuka kar baitha hai, naraz hai",
    "penso di far male a lei se le dico che me ne vado",
])
def test_everyday_sentences_the_first_families_raised(text: str) -> None:
    assert judge(text).level == "none"


def test_stroke_signs_are_read_within_one_message() -> None:
    """A wonky smile in old photos, then a numb leg from sitting, are not two signs of one stroke."""
    assert judge("left leg numb from sitting on the floor", context=("my smile looks wonky in photos",)).level == "none"
