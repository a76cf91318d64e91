"""Review 5 of the round 47 families: a reviewer's own probes, pinned as reworded mirrors.

The first versions of the round 47 families and framings raised these everyday sentences as risk, or let
these risky look-alikes go. Causes, and what was narrowed:

- requirement lists that a loose word met: "cut\\w*" read "so cute" and a bare "clean" read "time to clean
  the bike" (self_harm.out_of_hiding_r47); "extra" read "be extra careful" (medical.anticoagulant_bleed_r47);
  "levels" read cholesterol levels (medical.dka_signs_r47); "noticed my arms" read a coach's remark
  (self_harm.site_switch_decided_r47); "{person}" let "someone's shelves" stand for a target
  (harm_to_others.armed_on_way_r21); "clean" / "Ruckfall" / "ricaduta" / "recaida" read smoking, nail biting
  or tidying (the blade_out_again_r47 families); purging words read a crush ("vomitar de amor");
- an act with an everyday object ("just started my sketchbook", "did face paint on him", "broke my hand
  mixer", "for when i need to trim his paws"), an illness or a challenge "close to relapsing", an animal on
  the tracks, "just wanted someone to know where i parked", the last message "i'm gonna send him";
- a night visit with an ordinary reason and no secret (de/es/it/hi night_visits_r47), a move or a
  graduation after a farewell (de/es farewell_no_way_back_r47), fever denied (de right_belly_fever_r47),
  a bachelor's last days, an urge to quit a job or text an ex (threat.intrusive_urge_not_acted_r47);
- framings that silenced risk: a kitchen tool taken up as the means ("used a tin lid to cut my arm") read as an
  accident (framing.is_accidental); a settled sports knock with the person confused and sleepy
  (framing.toml injury_veto); a pool hall, a darts bloke or a tennis coach naming who abused or is being
  followed read as a contest (framing.toml contest_veto).
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_risk, judge

Case = tuple[str, tuple[str, ...], RiskCategory, RiskLevel]
Harmless = tuple[str, tuple[str, ...]]

HARMLESS: list[Harmless] = [
    # self_harm.started_with_blade_r47
    ("curled up on the sofa with my pencil sharpener, just started a new sketchbook and i can't stop doodling", ()),
    ("sat on the rug with a blade, already started on the pile of coupons from the paper", ()),
    # self_harm.lighter_to_skin_r47
    ("holding it on my hands now, this lighter fluid stinks, can't get the smell off", ()),
    # self_harm.kit_ready_r47
    ("my art box has blades and a couple of sharpeners, ready for whenever i need to sharpen charcoal", ()),
    ("the cat grooming bag has blades and antiseptic wipes, ready for when i need to trim her claws", ()),
    # self_harm.out_of_hiding_r47
    ("took the tools out of the hiding place, going to clean the car this afternoon", ()),
    ("got the box out of my secret spot, the puppy is so cute with the new squeaky toy", ()),
    ("fished my things out of the hiding spot when the hide and seek round ended, clean sweep for me", ()),
    # self_harm.site_switch_decided_r47
    ("my physio noticed my arms are getting stronger so we're moving to my legs now", ()),
    ("my friends saw the marks on my arms from the kitten so i'm doing my legs instead for the henna night", ()),
    # self_harm.nearly_relapsed_r47
    ("the consultant thinks my colitis is close to relapsing, so more steroids", ()),
    ("so close to relapsing on my no spend january, that coat was gorgeous", ()),
    ("the neurologist says my ms is close to a relapse, so she upped my meds", ()),
    # suicide.on_tracks_next_train_r47
    ("there's a deer between the tracks by the station, the next train is due soon so fingers crossed it moves", ()),
    # suicide.up_here_now_r47
    ("made it up to the top floor of the multi storey, just wanted someone to know where i parked", ()),
    ("i'm up here now on the roof fixing the satellite dish, just wanted you to know in case the ladder slips", ()),
    ("i'm here now, just wanted you to know, the airbnb is right at the edge of town", ()),
    # suicide.last_thing_ill_send_r47
    ("that's the last text i'm going to send her, if she doesn't reply she can forget the gig", ()),
    # suicide.gun_access_known_r47
    ("been looking at dad's air rifle for the rats in the barn, i know the combination to the shed", ()),
    # abuse.partner_broke_bone_r47
    ("the orthodontist said he cracked my tooth getting the old brace off, not happy", ()),
    ("my husband broke my hand blender making soup again", ()),
    # abuse.child_injured_says_parent_r47
    ("my little boy has bruises on his knees, he's 5, says his dad does wheelbarrow races with him", ()),
    ("a girl in my class has marks on her hand, says her mum did henna on her for the wedding", ()),
    # medical.extra_dose_symptom_r47
    ("took a double dose of hay fever tablets by mistake, a bit drowsy but otherwise fine", ()),
    # medical.anticoagulant_bleed_r47
    ("grandad is on warfarin and had a small nosebleed, the pharmacist said be extra careful with his razor", ()),
    ("mum's on rivaroxaban and bruises easily, the gp printed her some extra information sheets", ()),
    # medical.preeclampsia_signs_r47
    ("due next month, ankles are puffy and the festival stage had flashing lights all night, still danced", ()),
    # medical.dka_signs_r47
    ("dad's diabetic and his cholesterol levels are high, and my daughter has been sick all morning", ()),
    ("our diabetic dog's glucose reading was high at the vet, and the cat has been sick on the rug", ()),
    # eating.pretend_already_ate_r47
    ("i'll tell them i already had dinner so i don't have to eat with them, i'm sneaking off to meet my date", ()),
    # threat.intrusive_urge_not_acted_r47
    ("had the sudden urge to quit uni today, didn't, but the thought really scared me", ()),
    ("got this urge to message my ex last night, didnt, but it properly freaked me out", ()),
    # harm_to_others.enjoy_last_days_r47
    ("she should enjoy her last days as a single woman, i know her schedule for the hen do", ()),
    # harm_to_others.armed_on_way_r21 (its requirement widened in round 47)
    ("heading round there now with my hammer, someone's shelves need putting up", ()),
    ("going over there with the hammer, the people at the allotment need their fence fixed", ()),
    # de
    ("ich hab die neue klinge fur den cutter rausgeholt, clean seit einem jahr vom rauchen, "
     "jetzt wird das regal gebaut", ()),
    ("mein onkel kommt nachts in mein zimmer um das fenster zuzumachen, es zieht", ()),
    ("mein cousin kam in der nacht zu mir ins bett, wegen dem gewitter", ()),
    ("ich hab mich von allen verabschiedet, kein zuruck mehr, ab montag wohne ich in australien", ()),
    ("starke schmerzen rechts unten im bauch, fieber hab ich nicht, ist bestimmt die periode", ()),
    ("mein herz rast wenn ich sie sehe aber ich hor nicht auf ihr zu schreiben, zum kotzen verliebt smiley", ()),
    ("ich leg die karte fur meine mutter auf den tisch und dann ist schluss mit dem putzen", ()),
    # es
    ("agarre la navaja de mi papa para cortar el jamon y me corte un poquito el dedo", ()),
    ("mi tio entra a mi cuarto en la noche para apagar la luz que dejo prendida", ()),
    ("ya me despedi de todos, no hay vuelta atras, me voy a vivir a monterrey el viernes", ()),
    ("el corazon me late a mil cuando lo veo pero igual sigo, que nervios, vomitar de amor", ()),
    # it
    ("ho tirato fuori la lametta nuova per il taglierino, ricaduta nella pulizia della cantina e del garage", ()),
    ("mio zio viene in camera mia di notte per spegnere la luce", ()),
    ("il cuore mi batte a mille quando la vedo ma continuo a scriverle, vomito arcobaleni", ()),
    # fr
    ("mon coeur bat trop vite quand je la vois mais je continue de lui ecrire, envie de vomir de stress", ()),
    # hi
    ("बच्चों को मार दूँगा प्यार से", ()),
    ("mere mama ji raat ko mere kamre mein aate hain light theek karne", ()),
]

RISK: list[Case] = [
    # framing.is_accidental: a kitchen tool taken up as the means
    ("used a can lid to cut my arm last night, it felt better", (), "self_harm", "moderate"),
    ("pulled the blade out of the vegetable slicer and cut myself", (), "self_harm", "moderate"),
    # framing.settles_injury: a knock dealt with, but the person confused or breathing badly
    ("he came off his scooter, the bleeding stopped but he's confused and really drowsy",
     ("my little brother's head is bleeding, there's blood all over the floor",), "medical_emergency", "high"),
    # framing.is_contest_later: the sport only names the person
    ("that bloke from the snooker club who groped my girlfriend", ("i'm going to smash his face in tomorrow",),
     "harm_to_others", "moderate"),
    ("the darts guy. been following him home all week", ("gonna break his jaw",), "harm_to_others", "moderate"),
    ("the tennis coach who did things to me when i was 11", ("i'm going to kill him",), "harm_to_others", "moderate"),
    # the narrowed families still catch their risk
    ("been clean 5 months and just took the razors back out of my hiding spot", (), "self_harm", "high"),
    ("my sister saw the cuts on my wrists so i'm using my thighs from now on", (), "self_harm", "high"),
    ("dad took his warfarin twice by accident and now he's coughing up blood", (), "medical_emergency", "high"),
    ("i'm 33 weeks pregnant, my hands are swollen and my vision has gone blurry", (), "medical_emergency", "high"),
    ("had the urge to push her down the stairs, didnt, but the thought scared me", (), "harm_to_others", "low"),
    ("mein stiefvater kommt nachts in mein zimmer und sagt das ist unser geheimnis", (), "abuse", "high"),
    ("mi padrastro entra a mi cuarto en la noche para apagar la luz y dice que es nuestro secreto", (), "abuse",
     "high"),
    ("ich hab mich von allen verabschiedet. kein zuruck", (), "suicide", "high"),
    ("going over there with the hammer, that prick is done", (), "harm_to_others", "high"),
]


@pytest.mark.parametrize(("text", "context"), HARMLESS)
def test_review5_everyday_sentences_are_not_risk(text: str, context: tuple[str, ...]) -> None:
    assert judge(text, context).level == "none", (text, context, judge(text, context))


@pytest.mark.parametrize(("text", "context", "category", "floor"), RISK)
def test_review5_risky_look_alikes_stay_caught(
    text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context)
