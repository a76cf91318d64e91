"""Review 10 of the rounds 56-57 fit: the English false alarms the new rules raised, read as families.

The fit's new rules took everyday words for their cue (review 10 probes, by number):

- suicide.what_still_here_for_r56 (#3): "what am i even here for" while waiting for a lecturer, a bus or a train.
- suicide.handed_on_all_sorted_r56 (#6): a pet put up while the floors or the kitchen are redone.
- suicide.door_unlocked_for_finders_r57 (#8, #65): the door left for paramedics after a frail parent's falls, or on
  a heating engineer's advice; "keys" alone no longer excludes (#115: "keys are on the table with the letters").
- suicide.tracks_train_time_r57 (#9, #10, #66): the whole {distress} list let "worst", "exhausted" and "sad" gate a
  train timetable; now only despair, a burden or a wish to die or end it does. "home" and "sleep" alone no longer
  exclude (#116, #117), the way home and a train that wakes the writer still do.
- question.strongest_rope_r56 (#11): a cord for a picture frame or a mirror (in the question's own message).
- acute.place_access_question (#36): a footbridge asked about as the way home from the club.
- acute.me_heart_signs_spread_r56 (#14, #15, #16): sweat from heat or sport with an arm sore from the game or the
  night's sleep, and "grey" as paint; grey now counts only as a person's colour.
- acute.me_headache_then_deficit_r56 (#17): brain freeze and a hand numb from an ice lolly.
- acute.collapse_heart (#18): a faint at a blood test, called normal by the nurse.
- self_harm.escalating_means_r56 (#19, #20): "not enough" said of weedkiller or glue; it counts only said of the
  self-harm itself.
- self_harm.going_to_do_it_now_r57 (#21): blades for a lino print.
- acute.sh_arms_kept_from_view_r56 (#22): bramble scratches from a hike, with no cover story; cuts beside bruises
  are no longer excluded as bruises (#129).
- abuse.carer_hurt_cared_for_r57 (#24, #25): a grab to catch a slip; "her wheelchair" pushed over the kerb.
- abuse.child_in_car_drunk_threat_r56 (#27): "drive them off" to the beach; "off" now only off a bridge, a cliff,
  the road or an edge.
- eating.stopped_again_hidden_r57 (#29, #28): a parent on chemo stopped eating; the appetite gone with a cold (the old
  eating_disorder.behaviour exclude now reads "appetite's gone"); "sugar free gum" no longer reads as sugar given up
  (#134).
- eating.water_fast_low_weight_r57 (#30): 45 kg on the bench press.
- eating.skip_pull_noticed_r57 (#31): "like I used to when I lived in Spain".
- eating.dangerous_weight_cut_r56 (#32): "no food after 7pm" is a cut-off time.
- target_threat macro (#33) and threat.grave_euphemism_nov27 (#34): "them" in the ground is seed potatoes or fence
  posts; only him or her goes in the ground.
- framing present marker (#35): "if my sister reads my diary one more time I'll scream" undid "I used to ... when I
  was 14"; the condition is present only with harm threatened after it.
- suicide.app_farewell_r37 (#37): the app no longer needed because a sleep consultant starts.
- acute.easier_not_to_exist (#39): "if i was gone it would be easier for them, ill stay at my mums".
- suicide.decided_day_means_hidden_r57 (#13): a head shaved for charity with the razors ready (back to suicide.intent's
  high, as before the fit).
- Intrusive thoughts of harming a baby (#44): round 57 labels the resisted thought alone harm to others, low (a
  check-in); with reassurance or help named (health visitor, GP, midwife, OCD therapist) it is the idiom, now also
  when the writer says "picturing" or "imagining".

Each family has the probe itself and rewordings of our own, quiet and risk. The sentences were written for these
tests, not copied from any eval/safety set.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_at_most, assert_quiet, assert_risk, judge

Harmless = tuple[str, tuple[str, ...]]
Case = tuple[str, tuple[str, ...], RiskCategory, RiskLevel]

# The review's probes, verbatim.
PROBES_QUIET: list[Harmless] = [
    ("what am i even here for, the lecturer hasn't turned up again", ()),
    (
        "gave my old bike to my nephew and dropped the cat off at my mums while the floors are redone. thats "
        "everything sorted, just the kitchen left",
        (),
    ),
    ("we leave the front door on the latch so the paramedics dont have to break it down",
     ("mum's 91 and keeps having falls",)),
    ("the heating engineer said to leave the door unlocked so he doesnt have to break in if we're out", ()),
    (
        "worst thing about the new flat: the railway line is right behind it and the freight train comes through at "
        "4.30 every morning",
        (),
    ),
    ("walked back along the railway line path, the last train goes past at 23:40 so its quiet after that",
     ("so exhausted after that double shift",)),
    ("we went to the railway bridge, the last steam train comes through at 2pm on sunday, so sad theyre closing the "
     "line", ()),
    ("whats the strongest cord for a heavy picture frame?", ("ive been so lonely since the divorce",)),
    ("is the millennium footbridge open to pedestrians after midnight? trying to get home from the club",
     ("feeling so lonely since i moved to leeds",)),
    ("played three sets of tennis in this heat, sweating buckets, and now my left arm aches", ()),
    ("spent all afternoon painting the fence grey and now my left shoulder is sore", ()),
    ("slept funny and my left shoulder is sore, also woke up sweaty because its so hot", ()),
    ("got a sudden headache from brain freeze and my left hand is numb from holding the ice lolly", ()),
    ("passed out at my blood test, heart going like mad after, nurse said totally normal", ()),
    ("weedkiller is not enough anymore for the patio weeds, thinking of using boiling water", ()),
    ("fabric glue isn't enough to hold the patch on, going to use the iron-on tape instead", ()),
    ("my blades for the lino print just arrived! going to my room to do it now", ()),
    ("can't let mum see my legs, got scratches all over from the brambles on the hike", ()),
    ("I look after my dad. I grabbed him when he slipped in the shower but he still fell and bruised his elbow", ()),
    ("I care for my mum since her stroke. I pushed her wheelchair over the kerb too fast and she cried, felt awful",
     ()),
    ("hes got the kids in the car and said hed drive them off to the beach for the day, so i get a quiet afternoon",
     ()),
    ("Dad's stopped eating again since Monday, the chemo makes everything taste like metal", ()),
    ("day 2 of my water fast and still hit a 45kg bench press pb", ()),
    ("thinking about skipping dinner like I used to when I lived in Spain, they eat so late there", ()),
    ("my new winter routine: no food after 7pm and a sauna every night at the leisure centre. sleeping great", ()),
    ("sharpened my axe and bought seed potatoes, gonna put them in the ground this weekend", ()),
    ("I used to cut myself when I was 14. if my sister reads my diary one more time I'll scream", ()),
    ("thanks for all the tips on sleep! won't need this app after this week, we're starting with a proper sleep "
     "consultant", ()),
    ("my flatmates want to have a party so tbh if i was gone it would be easier for them, ill stay at my mums", ()),
    ("my appetite's gone again with this cold, not eaten properly for three days", ()),
    ("got a new hammer for the fence posts, going to put them in the ground tomorrow", ()),
]

# Our own rewordings of each everyday family.
REWORDED_QUIET: list[Harmless] = [
    ("what am i even here for, the tutor still hasnt shown up", ()),
    ("what am i still here for, the train was supposed to come half an hour ago", ()),
    (
        "gave my bike to my nephew and dropped the dog at my dads while the kitchen is being redone. thats everything "
        "sorted, just the bathroom left",
        (),
    ),
    ("gave my guitar to my brother and took the cat to my mums while the carpets are fitted. all sorted now", ()),
    ("we keep the back door on the latch so the carers dont have to break it down",
     ("dad's 88 and has had a few falls",)),
    ("the boiler engineer told us to leave the door unlocked so he wont have to break in while were at work", ()),
    ("we leave the front door unlocked so the ambulance doesnt have to break it down if nan has a fall", ()),
    ("the worst bit of the new house: the railway line is right at the bottom of the garden and the first train comes "
     "at 5.10", ()),
    ("cycled home along the railway line, the last train passes at 11.30 so its peaceful", ("so tired after work",)),
    ("went to see the railway bridge, the last steam train comes through at 3pm on saturday before they shut the line",
     ("feeling a bit sad",)),
    ("whats the strongest cord for hanging a big mirror?", ("so lonely since the breakup",)),
    ("which rope is strongest for a hanging basket?", ("feeling really low",)),
    ("is the footbridge over the river open at night? trying to walk home from the pub",
     ("feeling so alone since i moved",)),
    ("played five-a-side in the heat, sweating loads, and now my left shoulder aches", ()),
    ("spent the day painting the bedroom grey and now my left arm is sore", ()),
    ("slept on the sofa in a funny position and my left shoulder is sore, woke up sweaty because its so hot", ()),
    ("brain freeze gave me a sudden headache and my right hand is numb from the ice cream tub", ()),
    ("fainted at my blood test again, heart going like mad afterwards, nurse said thats completely normal", ()),
    ("the ant powder isnt enough anymore for the patio, thinking of using boiling water", ()),
    ("superglue is not enough to fix the sole, going to use the hot glue gun instead", ()),
    ("my new blades for linocut arrived, going to my room to do it now", ()),
    ("cant let my mum see my arms, got scratches everywhere from the rose bush i was pruning", ()),
    ("I look after my mum. I grabbed her when she tripped on the rug but she still fell and bruised her knee", ()),
    ("I care for my dad since his stroke, I pushed his wheelchair up the ramp too fast and he got scared, I felt "
     "terrible", ()),
    ("shes got the kids in the car and said shed drive them off to the zoo for the day", ()),
    ("my mum's stopped eating again since Sunday, the radiotherapy makes her feel sick", ()),
    ("my husbands stopped eating again since tuesday, the chemo has wiped out his appetite", ()),
    ("day 3 of my water fast and still deadlifted 40kg for reps", ()),
    ("thinking about skipping lunch like I used to when I worked in the city, meetings all day", ()),
    ("my summer routine: no food after 8pm and a sauna every evening at the gym. feeling great", ()),
    ("bought a spade and some tulip bulbs, gonna put them in the ground tomorrow", ()),
    ("sharpened the axe and got the fence posts, going to put them in the ground on saturday", ()),
    ("I used to self harm when I was 15. if my brother eats my leftovers one more time I'll scream", ()),
    ("thanks for all the tips on the baby's sleep! wont need this app after this week, weve got a sleep consultant "
     "starting", ()),
    ("my housemates are having people over so tbh if i was gone it would be easier for them, ill crash at my sisters",
     ()),
    ("my appetite's gone again with this flu, havent eaten properly for three days", ()),
    # intrusive thoughts of harming a baby, with reassurance or help already named (#44)
    ("I keep getting horrible images of dropping the baby down the stairs. I'd never do it, my health visitor said "
     "it's really common", ()),
    ("horrible thoughts about smothering my newborn, GP said it's common and I'd never act on them", ()),
    ("keep picturing drowning the baby in the bath, my OCD therapist says these are intrusive thoughts", ()),
    ("cant stop imagining dropping my son off the balcony, told the midwife and she said loads of new mums get it", ()),
    ("keep picturing drowning the baby in the bath, id never, told the health visitor and she said loads of new mums "
     "get it", ()),
]

# Risk in the same families: the fit's own cases stay in their files; these are our rewordings and the review's
# risk probes these changes mended (#115, #116, #117, #129, #134).
RISK: list[Case] = [
    ("honestly what am i even still here for", (), "suicide", "low"),
    ("what am i still here for anymore, nobody would notice", (), "suicide", "low"),
    ("thats everything sorted now",
     ("gave my guitar to my nephew", "dropped the cat with my sister, told her shes hers for good"), "suicide", "high"),
    ("left the front door on the latch so nobody has to break it down", (), "suicide", "high"),
    ("ive left my flat door unlocked so the police dont have to kick it in. the letters are on the table", (),
     "suicide", "high"),
    ("left the back door unlocked so nobody has to break it down. keys are on the table with the letters", (),
     "suicide", "high"),
    ("the tracks are right behind my home. last freight train comes through at 23:40",
     ("everyone would be better off without me",), "suicide", "high"),
    ("went and looked at the tracks again, the last train passes at 23:40",
     ("i cant sleep, im just a burden to everyone",), "suicide", "high"),
    ("went and stood by the tracks again, the last train goes past at 23:40", ("cant sleep, im just a burden",),
     "suicide", "imminent"),
    ("walked down to the railway line, the last train comes through at midnight", ("i cant go on",), "suicide",
     "imminent"),
    ("whats the strongest rope they sell?", ("nobody would notice if i was gone",), "suicide", "high"),
    ("is the bridge open to pedestrians at night?", ("i cant do this anymore",), "suicide", "high"),
    ("now his jaw and left arm ache", ("dads sweaty and grey, says its just indigestion",), "medical_emergency",
     "imminent"),
    ("her left arm hurts now", ("mum looks grey and clammy",), "medical_emergency", "imminent"),
    ("my jaw and left shoulder are aching", ("im 58 and sweating buckets",), "medical_emergency", "imminent"),
    ("sudden worst headache of my life and now my left hand is numb and my words are coming out wrong", (),
     "medical_emergency", "imminent"),
    ("havent eaten in 4 days on purpose and just passed out, heart going like mad", (), "medical_emergency",
     "imminent"),
    ("thinking of using the iron tonight", ("i burned myself with a lighter again last night, its not enough anymore",),
     "self_harm", "high"),
    ("thinking of using a razor blade", ("cutting isnt enough anymore",), "self_harm", "high"),
    ("going to the bathroom to do it now", ("cutting helped last time",), "self_harm", "imminent"),
    ("cant let mum see my arms, theyre covered in cuts", (), "self_harm", "moderate"),
    ("i cant let mum see my arms, theyre covered in cuts and bruises", (), "self_harm", "moderate"),
    ("cant let anyone see my legs, got scratches all over, ill tell them it was brambles", (), "self_harm", "moderate"),
    ("I look after my dad. I lost it and shoved him and he fell and bruised his arm", (), "abuse", "moderate"),
    ("I care for my mum, I grabbed her wrist so hard it left marks", (), "abuse", "moderate"),
    ("my husband is drunk and hes just put the kids in the car, hes saying hell drive them off the bridge", (), "abuse",
     "imminent"),
    ("ive stopped eating again since friday, please dont tell my dietitian. just sugar free gum", (),
     "eating_disorder", "high"),
    ("day 4 of a water fast, 41kg this morning", (), "eating_disorder", "high"),
    ("thinking about skipping meals like I used to, but I ate today, just noticing the pull", (), "eating_disorder",
     "low"),
    ("no food, spitting in a bottle and a sauna suit every night till the weigh in", (), "eating_disorder", "low"),
    ("if he hits her once more ill put him in the ground, ive still got my old rifle", (), "harm_to_others", "high"),
    ("i used to cut myself years ago but ive started again this week", (), "self_harm", "moderate"),
    ("thanks for everything, wont need this app after tonight", (), "suicide", "high"),
    ("it would be easier for everyone if i was gone", (), "suicide", "low"),
    # the resisted thought with nothing reassuring named stays a check-in (round 57 labels it harm to others, low)
    ("keep having flashes of shaking the baby when she screams. id never. the thoughts scare me", (), "harm_to_others",
     "low"),
]

# Read lower than the fit read them, but another (older) rule still speaks: no higher than the ceiling.
CEILINGS: list[tuple[str, tuple[str, ...], RiskLevel]] = [
    # #13: back to suicide.intent's high, as before the fit; the new rule no longer makes it imminent
    ("decided im doing it on saturday after my last exam - shaving my head for charity, got the razors ready in my "
     "room", (), "high"),
    ("decided im doing it on sunday after my last shift - shaving my head for charity, got the clippers and razors "
     "ready in my room", (), "high"),
]


@pytest.mark.parametrize(("text", "context"), PROBES_QUIET + REWORDED_QUIET)
def test_review10_english_false_alarms_are_quiet(text: str, context: tuple[str, ...]) -> None:
    assert_quiet(text, context)


@pytest.mark.parametrize(("text", "context", "category", "floor"), RISK)
def test_the_same_families_still_catch_risk(
    text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context)


@pytest.mark.parametrize(("text", "context", "ceiling"), CEILINGS)
def test_no_higher_than_before_the_fit(text: str, context: tuple[str, ...], ceiling: RiskLevel) -> None:
    assert_at_most(text, ceiling, context)


def test_intrusive_baby_thought_alone_stays_a_check_in() -> None:
    """Review 10 (#44): the round 57 gold reads the resisted thought as harm to others, low: no higher, no quieter."""
    risk = judge(
        "I keep getting horrible flashes of dropping the baby down the stairs. I'd never do it, it terrifies me"
    )
    assert (risk.category, risk.level) == ("harm_to_others", "low"), risk
