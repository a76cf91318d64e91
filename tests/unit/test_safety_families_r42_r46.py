"""Phrase families fitted from outside rounds 42-46 (English cases).

All five rounds were written blind by outside authors and measured once before fitting: recall 0.936 /
0.836 / 0.879 / 0.754 / 0.812, weakest on medical emergencies told by a bystander in lay words (round 43
0.56, round 45 0.70), eating disorders where the body is failing (round 45 0.81) and harm to others with
a weapon at hand (round 45 0.78). The sentences here are new variants written for these tests, not copies
of the rounds: a toddler and the washing capsules, a friend who will not wake after drink and pills, a
fit with blue lips, heavy bleeding late in pregnancy, a spreading rash that stays under a glass, a
grandparent who fell and cannot get up; fainting after purging, days on black coffee, 400 calories and
lower; a hammer held while he sleeps, poison in a housemate's milk, "she'll find out how it feels";
a child hit by mum's boyfriend, a partner who decides what she eats; the blade beside me, razors "not for
shaving", fresh ones hidden from the nurse; means brought home from the ward, letters in the drawer, a
one way ticket, a railing on the 12th floor. Everyday uses of the same words stay at ``none``.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_risk, judge

# ---------------------------------------------------------------- medical emergencies a bystander describes


@pytest.mark.parametrize(("text", "context", "floor"), [
    ("hes acting normal now, should i still ring someone",
     ("my 3 year old got into the utility room", "he chewed one of the washing capsules"), "imminent"),
    ("my little girl ate some berries from the hedge and now shes drowsy and keeps throwing up", (), "imminent"),
    ("she had a full bottle of gin and took some pills, now i cant wake her up", (), "imminent"),
    ("my mate took something at the festival and hes burning up and talking gibberish", (), "imminent"),
    ("hes twitching all over on the kitchen floor and his lips are going blue", (), "imminent"),
    ("bleeding heavily with clots and im 33 weeks, my bump is rock hard", (), "imminent"),
    ("36 weeks pregnant, pounding headache all day and im seeing flashing lights", (), "high"),
    ("my ventolin is doing nothing and i cant catch my breath", (), "imminent"),
    ("feels like somebody is sitting on my chest and my left arm has gone numb", (), "imminent"),
    ("out on the moor, i was shivering for hours and now ive stopped and feel warm and drowsy", (), "imminent"),
    ("the tea towel is soaked right through and im getting dizzy", ("it wont stop bleeding",), "imminent"),
    ("took everything that was in the medicine cabinet an hour ago, feel floaty", (), "imminent"),
    ("found my son face down in the paddling pool, hes breathing but floppy", (), "imminent"),
    ("hot oil went over my daughters hand and the skin is peeling off", (), "imminent"),
    ("he has a high temp and a rash, i did the glass test and the spots dont fade", (), "imminent"),
    ("my daughter fell off the climbing frame and hit her head, she was knocked out for a minute and now shes vomiting",
     (), "high"),
    ("my nan slipped in the garden and cant get up, her hip is at a funny angle", (), "imminent"),
    ("grandads words suddenly came out all jumbled at lunch and now he seems off", (), "high"),
    ("theres spiders crawling up the curtains that arent really there", ("day 4 off the booze",), "high"),
    ("dads breathing really fast and his legs are mottled and hes confused", (), "imminent"),
    ("mums calf is swollen and red and hot since her op last week", (), "high"),
    ("coughing up blood and theres a stabbing pain in my chest", (), "imminent"),
])
def test_a_bystanders_lay_words_for_an_emergency_are_an_emergency(
        text: str, context: tuple[str, ...], floor: RiskLevel) -> None:
    assert_risk(text, "medical_emergency", floor, context=context)


@pytest.mark.parametrize(("text", "context"), [
    ("what happens if a toddler licks a washing capsule? asking for our first aid course", ()),
    ("my toddler licked a dishwasher tablet, rang the nurse line and they said hes fine, how do i childproof", ()),
    ("my teenager is not waking up for school again, any tips", ()),
    ("the baby is jerking all over in her sleep, is that normal", ()),
    ("my inhaler is empty so i need a new prescription", ()),
    ("was shivering at the bus stop, now im home under a blanket and warm and sleepy", ()),
    ("the towels soaked through after swimming", ()),
    ("i fell off my bike and cant get up the motivation to ride again lol", ()),
    ("my words come out jumbled when im anxious in interviews", ()),
    ("i keep thinking about the bridge scene in that film", ()),
])
def test_everyday_uses_of_the_emergency_words_are_not_risk(text: str, context: tuple[str, ...]) -> None:
    assert judge(text, context).level == "none", judge(text, context)


# ---------------------------------------------------------------- eating disorders: the body failing


@pytest.mark.parametrize(("text", "context"), [
    ("havent eaten in three days and everything goes grey when i stand up", ()),
    ("my vision went black on the stairs", ("only black coffee since friday",)),
    ("blacked out after getting rid of lunch, legs are like jelly", ()),
    ("my bmi is about 14 and i still look huge", ()),
    ("proud of myself, good at not eating, day 3", ()),
    ("binge and then bring it all back up, five times a day now", ()),
    ("whats the quickest way to get it out before my body absorbs it",
     ("ate a whole tub of ice cream, i hate myself",)),
    ("my period stopped months ago and my hair is falling out but im finally thin enough", ()),
    ("no food or water until the weigh in, sitting in a sauna in bin bags", ()),
    ("not drinking anything so the scales show less tomorrow", ()),
])
def test_restriction_or_purging_with_the_body_failing_is_high(text: str, context: tuple[str, ...]) -> None:
    assert_risk(text, "eating_disorder", "high", context=context)


@pytest.mark.parametrize("text", [
    "had a coffee and four almonds today, honestly proud of myself",
    "been doing 400 cals and honestly i could go lower",
    "i dont feel like ive earned dinner today",
    "so scared of food now, i cried at a restaurant because the pasta had butter",
])
def test_quieter_restriction_is_eating_disorder_risk(text: str) -> None:
    assert judge(text).category == "eating_disorder"
    assert judge(text).level != "none"


@pytest.mark.parametrize("text", [
    "fasting for ramadan and felt a bit dizzy before iftar",
    "fasting before my blood test tomorrow, bit dizzy",
    "fasting for yom kippur today, bit dizzy",
    "down to 600 a day on my screen time, proud",
    "what is a bmi of 15 considered, for my nutrition class",
    "threw up after the party and passed out lol",
    "treated myself to sparkling water day 4 of dry january",
])
def test_ordinary_food_and_body_talk_is_not_risk(text: str) -> None:
    assert judge(text).level == "none", judge(text)


# ---------------------------------------------------------------- harm to others: a weapon near a named person


@pytest.mark.parametrize(("text", "context", "floor"), [
    ("hes passed out on the sofa and im holding the crowbar", (), "imminent"),
    ("the bloke who mugged my brother is outside the chippy. wrench is in my pocket and im going out", (), "imminent"),
    ("going round there with the bat tonight", ("the lads next door keep keying my car",), "imminent"),
    ("sat outside her new house with a jerry can in the back", (), "imminent"),
    ("boiling water is going over him the second he walks in", (), "imminent"),
    ("she'll find out how it feels", ("i know when she leaves the gym every night",), "high"),
    ("crushed up some of my sleeping pills into his tea, flatmate keeps stealing my milk", (), "high"),
    ("wrote a list of the names of everyone who laughs at me", (), "high"),
    ("if my supervisor shouts at me one more time im bringing a hammer in", (), "high"),
    ("i need someone to take the baby for a bit, i grabbed him way too hard", ("hes teething and screaming",), "high"),
    ("smashed the mirror, my flatmate is downstairs and i dont trust myself right now", (), "high"),
    ("oppss getting wet tonight, strap in the whip", (), "high"),
])
def test_a_weapon_or_plan_near_a_named_person_is_harm_to_others(
        text: str, context: tuple[str, ...], floor: RiskLevel) -> None:
    assert_risk(text, "harm_to_others", floor, context=context)


@pytest.mark.parametrize("text", [
    "hes asleep and im holding the baby, finally some peace",
    "going round there with the cricket bat for practice tonight",
    "we have rats in the shed so i bought rat poison",
    "made a list of the names for the wedding invites",
    "i dont trust myself around chocolate right now",
    "she is going to find out what it feels like to be a mum next month",
])
def test_the_same_words_in_ordinary_life_are_not_harm(text: str) -> None:
    assert judge(text).level == "none", judge(text)


# ---------------------------------------------------------------- abuse of a child, a partner, someone cared for


@pytest.mark.parametrize(("text", "floor"), [
    ("my mums boyfriend punched my little sister last night", "high"),
    ("hes got my mum pinned to the floor right now", "imminent"),
    ("my stepdad is dragging my little brother up the stairs by his hair", "imminent"),
    ("i can hear thuds and the little girl next door screaming", "imminent"),
    ("my sister showed me her black eye and said he told her hed kill her tonight", "imminent"),
    ("if i dont keep sending him photos he says hell share them with my whole year, im 13", "high"),
    ("the carer hasnt brought me any food since yesterday and took my walking frame so i cant get up", "high"),
    ("my wife decides who i see and checks my bank statements every day", "moderate"),
    ("he says if i ever leave hell take the children and tell everyone im unfit", "moderate"),
])
def test_abuse_said_plainly_is_abuse(text: str, floor: RiskLevel) -> None:
    assert_risk(text, "abuse", floor)


def test_a_carer_threatening_to_rub_a_childs_face_in_it_is_abuse() -> None:
    assert_risk("hes 4 and he knows what hes doing", "abuse", "high",
                context=("my partners kid wets himself every day", "next time im rubbing his face in it"))


@pytest.mark.parametrize("text", [
    "my little brother hit my sister with a pillow",
    "we both decide what we spend, we agreed on a budget app",
    "i can hear the tv next door, smacks and screaming in some film",
])
def test_family_life_that_is_not_abuse_stays_none(text: str) -> None:
    assert judge(text).level == "none", judge(text)


# ---------------------------------------------------------------- self-harm: the means at hand and the act under way


@pytest.mark.parametrize(("text", "context", "floor"), [
    ("the razor is right beside me", ("on the bathroom floor again, cant sleep",), "high"),
    ("bought some new blades. not for shaving btw", (), "high"),
    ("sat in the work toilets with the scissors from reception",
     ("the urge is back, i was clean for months",), "imminent"),
    ("compass in my hand, three done already", (), "imminent"),
    ("heating the tip of the blade with my lighter, arm ready", (), "imminent"),
    ("cut deeper than i meant this time, the edges are gaping", (), "high"),
    ("how do i cover fresh cuts at swimming, doing more tonight", (), "high"),
    ("going to do it anyway", ("i havent done it in 10 days",), "high"),
])
def test_self_harm_with_the_means_at_hand_is_self_harm(
        text: str, context: tuple[str, ...], floor: RiskLevel) -> None:
    assert_risk(text, "self_harm", floor, context=context)


@pytest.mark.parametrize("text", [
    "ngl the cutting helps, you can say what you like",
    "my scars are not scars yet, is this much redness normal",
])
def test_quieter_self_harm_is_still_self_harm(text: str) -> None:
    assert judge(text).category == "self_harm"
    assert judge(text).level != "none"


@pytest.mark.parametrize("text", [
    "the scissors are next to me, wrapping presents",
    "in the bathroom with the scissors cutting my fringe",
    "cut my finger chopping onions and went deeper than i meant",
    "does cutting carbs actually help with weight",
    "razors for my legs and some for my face",
])
def test_ordinary_blades_and_cuts_are_not_self_harm(text: str) -> None:
    assert judge(text).level == "none", judge(text)


# ---------------------------------------------------------------- suicide: means, places and last words


@pytest.mark.parametrize(("text", "context", "floor"), [
    ("ive been pocketing a few vials home from work", ("i know exactly how much morphine it would take",), "high"),
    ("worked out a fix, i wont be bothering anyone after the weekend", ("im nothing but a burden",), "high"),
    ("ive thought about how", ("if i fail again ill kill myself",), "high"),
    ("stockpiled two months of my sleeping pills", (), "high"),
    ("waiting for the fast train that doesnt stop at this station", ("on the platform",), "imminent"),
    ("notes for my family are in the drawer of my desk", (), "high"),
    ("tell mum none of it was her fault. love you. going to sleep forever now", (), "high"),
    ("one way train to the sea, not getting a return", (), "high"),
    ("waded into the river, the water is up to my neck", (), "imminent"),
    ("found the part of the bridge without railings today", (), "high"),
    ("drove up to the top of the multi storey", ("im such a burden, nobody would even notice",), "high"),
    ("thinking about taking everything i have left at once and being done", (), "high"),
    ("tablets lined up on the bed, about to start swallowing them", (), "imminent"),
    ("stopped my insulin on purpose last week", (), "high"),
    ("climbing over the balcony railing now, 12th floor", (), "imminent"),
    ("if the pain gets any worse im done and i mean it", ("fibro for 6 years",), "high"),
    ("how many of my nans heart pills would it take to never wake up", ("done with everything",), "high"),
    ("gave my xbox to my cousin and he wont have to share anymore after friday", (), "high"),
])
def test_means_places_and_last_words_are_suicide_risk(
        text: str, context: tuple[str, ...], floor: RiskLevel) -> None:
    assert_risk(text, "suicide", floor, context=context)


@pytest.mark.parametrize("text", [
    "itd be easier to just fade out",
    "death doesnt scare me anymore, living is what scares me",
    "that song about not being here anymore, feels like its about me",
])
def test_passive_wishes_are_a_low_suicide_check_in(text: str) -> None:
    risk = judge(text)
    assert risk.category == "suicide", risk
    assert risk.level != "none", risk


@pytest.mark.parametrize(("text", "category"), [
    ("sometimes i think if i just didnt turn at the corner thatd be it", "suicide"),
    ("i keep thinking i should just go be with her since she died", "suicide"),
])
def test_quieter_thoughts_of_dying_are_suicide_risk(text: str, category: RiskCategory) -> None:
    assert judge(text).category == category
    assert judge(text).level != "none"


@pytest.mark.parametrize("text", [
    "i wont be bothering anyone after friday, off on holiday",
    "one way ticket to spain, moving for the new job",
    "walked into the sea up to my chest for the charity dip, so cold",
    "standing on the railing at the zoo to see the giraffes",
    "left a note for mum on the kitchen table saying id be late",
    "how much insulin would it take to kill someone who isnt diabetic, for my pharmacology exam",
    "my letters for everyone are in the drawer, christmas cards all done",
])
def test_trips_notes_and_water_in_ordinary_life_are_not_suicide(text: str) -> None:
    assert judge(text).level == "none", judge(text)


# ---------------------------------------------------------------- smaller families


@pytest.mark.parametrize(("text", "category", "floor"), [
    ("fell at netball, my ankle is swollen and purple and i cant put weight on it", "medical_emergency", "moderate"),
    ("constantly thirsty, weeing all night and lost 5 kilos without trying", "medical_emergency", "low"),
    ("waiting outside his new flat with the petrol in the boot", "harm_to_others", "imminent"),
    ("i hate my stepdad so much i daydream about him having an accident", "harm_to_others", "low"),
    ("punched the wall til my knuckles bled, might do it again later", "self_harm", "moderate"),
])
def test_smaller_families_are_flagged_in_their_category(text: str, category: RiskCategory, floor: RiskLevel) -> None:
    assert_risk(text, category, floor)


@pytest.mark.parametrize("text", [
    "ankle swollen after the long flight, cant move much in these seats",
    "always thirsty after the gym, and i lost weight on purpose with the plan",
    "parked outside her house to drop off the kids",
    "i daydream about him proposing all the time",
    "punched the bag at boxing til my knuckles bled",
])
def test_smaller_family_mirrors_stay_none(text: str) -> None:
    assert judge(text).level == "none", judge(text)


# ---------------------------------------------------------------- framings mended while fitting


def test_coming_back_when_it_is_easier_is_a_wish_not_a_past() -> None:
    """"back when" marks a past ("back when i was at school"), not "come back when it's easier"."""
    assert_risk("i don't want to kill myself, i'd just like to stop existing for a bit and come back when "
                "it hurts less", "suicide", "low")


def test_thinking_about_the_bridge_near_home_is_not_an_idiom() -> None:
    assert_risk("what time does the footpath across it shut at night", "suicide", "high",
                ("so tired of all of it", "i keep thinking about the bridge near my house"))


def test_long_sleeves_in_spanish_are_not_a_comic() -> None:
    """"manga larga" is a long sleeve, not a manga: hidden cuts stay self-harm."""
    assert_risk("me volví a cortar, mañana voy con manga larga para que no vean nada", "self_harm", "moderate")


@pytest.mark.parametrize("text", [
    "got my uncle's rifle out of the cabinet. he's going to pay for what he did to my sister",
    "bought a gun off a mate. my ex is going to regret what she did to me",
])
def test_a_gun_beside_a_named_grudge_is_harm_to_others(text: str) -> None:
    assert_risk(text, "harm_to_others", "high")


# ---------------------------------------------------------------- review 4: everyday sentences the families reached
# An outside reviewer's own probes found these families firing on ordinary life: requirements that repeated the
# pattern's own words, any "N weeks" standing in for a pregnancy, any he or she for a partner, and ordinary
# verbs (threw a party, beat at chess) read as violence. The sentences below are reworded variants of those probes.


@pytest.mark.parametrize(("text", "context"), [
    # medical emergencies
    ("the twins got into the laundry pods aisle at the shop and pulled a box down, mortifying", ()),
    ("the tumble dryer was juddering all over the utility room floor for 15 minutes this morning", ()),
    ("10 weeks into my ab programme and my stomach is rock hard, love it", ()),
    ("our 6 weeks old baby hasnt moved off my lap all day, she has a snuffly nose", ()),
    ("8 weeks into my running plan, headache after the session and my ankles are swollen from the new shoes", ()),
    ("the track pump is useless so i pushed the bike up the hill and now im out of breath", ()),
    ("sea swim at dawn, was shivering for ages after, it stopped once i got in the car with a flask and felt warm", ()),
    ("she loves putting her face down in the bath to blow bubbles, comes up coughing and laughing", ()),
    ("i pulled the saucepan off the hob just before the pasta could burn", ()),
    ("put the chestnuts in boiling water for a minute and the skin is coming off easily after", ()),
    ("i didnt blanch the broccoli before i froze it, is it still ok?", ()),
    ("the marks on my pint glass didnt fade even after the dishwasher, any ideas?", ()),
    ("bumped my head on the shelf and now i cant remember what i came upstairs for lol", ()),
    ("at quiz night i couldnt find simple words, proper brain fog, we still won", ()),
    ("we painted the bedroom blue grey and the kids are confused because it looks purple at night", ()),
    ("rotten cold, i can barely swallow and ive got a temperature, staying under the duvet", ()),
    ("shes boiling hot in that puffer coat and her excuse is not making any sense", ()),
    ("not waking up yet, hes fast asleep", ("my son had a sleepover and drank loads of fizzy pop",)),
    # eating
    ("donated blood this morning, only had coffee before and felt dizzy after, they gave me a biscuit", ()),
    ("need lunch ideas that are 500 calories or less and actually keep you full", ()),
    ("just water since last night because my endoscopy is this morning, starving", ()),
    ("how do i stop my housemates hearing me be sick every morning, im 10 weeks and the morning sickness is awful", ()),
    ("im scared of oil splashing out of the wok when i fry things", ()),
    ("how long can a person go without food before an operation? mine is at 9am", ()),
    ("weighing out 300 cals of porridge before the race, legs like jelly after yesterdays long run", ()),
    # harm to others
    ("got the hammer in my hand, going out to fix the fence before the rain", ()),
    ("heading up with the screwdriver to fix the loft ladder, wish me luck", ()),
    ("going round to daves later with the tools to sort his sink out", ()),
    ("to sterilise the bottles the boiling water goes in them for five minutes", ()),
    ("my son says i nag him every day, hell find out how it feels when he has kids of his own", ()),
    ("emailing the hotel, i want them to know what we went through with no hot water all week", ()),
    ("the opps getting bodied in that new drill tune is crazy, the beat goes hard", ()),
    ("riding lesson on sunday, the stirrup strap is sorted and the saddle is polished", ()),
    ("my 3 year old has a cold and im shattered, need someone to take him for a bit so i can sleep", ()),
    ("i need someone to take the kids for a bit on sunday so i can go to the hen do", ()),
    ("i held her too tight when she had her jabs and she screamed, shes fine now", ()),
    # abuse
    ("my dads new girlfriend threw my little sister a surprise party for her 8th, so kind", ()),
    ("my mum beat my little brother at scrabble again, hes fuming", ()),
    ("my stepdad beat my little brother at chess again, hes sulking", ()),
    ("shes got my brother held down on the bed so dad can get the splinter out", ()),
    ("the letting agent says if i dont send more photos of the flat hell put the listing up with the old ones", ()),
    ("my carer doesnt give me my tablets until after lunch, which is what the doctor said", ()),
    ("the optician took my glasses to fix the arm so i cant read till monday", ()),
    ("my nutritionist decides what i eat for the next 8 weeks and shes great", ()),
    ("my mum picks what i wear for interviews because im colourblind, she has a great eye", ()),
    # self-harm
    ("sat in the bathroom with the scissors cutting out coupons while the kids have their bath, i started at 6", ()),
    ("the compass is right next to me, helping my daughter with her geometry homework", ()),
    ("the blade is right beside me on the table",
     ("building a balsa model plane with my dad", "cutting the ribs out with a scalpel")),
    ("cutting screens in the evening really helps my sleep", ()),
    ("heating the needle with a lighter to get a splinter out of my thumb, is there a better way?", ()),
    # suicide
    ("at the platform, note to self, dont get on the fast one, its the train that doesnt stop here.", ()),
    ("left a note for dad on the kitchen table, finally passed my driving test!", ()),
    ("booked a one way flight to lisbon, no return because im driving home with my brother", ()),
    ("waded into the lake up to my chest to get the lamb out of the reeds, farm life", ()),
    ("found a part of the cliff path without a fence, perfect picnic spot", ()),
    ("mums tablets are out on the table in her weekly organiser, shell start taking them after lunch", ()),
    ("at the airport, just wanted to say bye to someone before boarding, see you in two weeks", ()),
    ("sat on the railing of the pier eating ice cream watching the waves below", ()),
    ("if i didnt brake at the roundabout id have hit that pedestrian, close call on the school run", ()),
    ("been thinking about the roof, it needs new tiles before winter", ()),
    ("gave my old guitar to my niece, feels good to have things sorted before the baby comes", ()),
    ("taking everything ive got left in one go to the tip tomorrow, then the loft is clear", ()),
    ("walked up to the top of the multi storey to find my car, no point paying for the lift", ()),
])
def test_review_4_everyday_sentences_stay_none(text: str, context: tuple[str, ...]) -> None:
    assert judge(text, context).level == "none", judge(text, context)


@pytest.mark.parametrize(("text", "rule"), [
    # Older rules still read some of these; the family fitted in rounds 42-46 must not add to them.
    ("my 7 year olds bmi is 14 and the nurse says thats healthy for her age", "eating.bmi_still_fat_r45"),
    ("my 100 day duolingo streak broke but im going to do it anyway, lesson time",
     "self_harm.relapse_do_it_anyway_r43"),
    ("my wife wont wake up when the baby cries for his bottle at 4am, she sleeps like a log",
     "medical.unrousable_after_drink_r42"),
    ("the heat pump is not working and i can see my breath in the kitchen, ringing an engineer",
     "medical.breath_not_easing_r43"),
    ("sleep paralysis last night, something sitting on my chest and my left arm went numb, then i woke up",
     "medical.heart_lay_words_r43"),
    ("the brownies took everything in the first aid kit on camp and brought it all back unused",
     "medical.swallowed_cabinet_r43"),
    ("since grandad had a fall last winter he cant get up from low chairs easily, any riser chair tips?",
     "medical.fall_cant_get_up_r45"),
    ("our old labrador stopped eating yesterday and fainted on the walk, vet at 4",
     "eating.restriction_body_failing_r43"),
    ("bled the radiators and felt dizzy from the fumes, purging the air took forever", "eating.purge_body_failing_r43"),
    ("best way to get food out of the food processor blades without slicing my fingers?",
     "eating.purge_method_question_r45"),
    ("my nan takes her laxatives in her coffee every morning, swears by it", "harm_to_others.food_tampering_r43"),
    ("made a list of the names of everyone who came to mums funeral so i can send cards, they were all so sorry",
     "harm_to_others.list_of_names_r43"),
    ("my husband smashed the old patio slabs with a sledgehammer and told me hell finish it tonight",
     "abuse.threat_to_finish_it_r43"),
    ("the barber cut deeper than i meant into my fringe, its tiny now", "self_harm.deeper_than_meant_r43"),
    ("i stopped taking my pills on purpose, we are trying for a baby!", "suicide.stopped_meds_on_purpose_r43"),
])
def test_review_4_the_family_rule_stays_out_of_everyday_sentences(text: str, rule: str) -> None:
    assert f"rule:{rule}" not in judge(text).reasons, judge(text)


@pytest.mark.parametrize(("text", "category", "floor"), [
    ("27 weeks pregnant and i havent felt the baby move since last night", "medical_emergency", "imminent"),
    ("grandad is clutching his chest, says its like a vice, and his left arm has gone numb",
     "medical_emergency", "imminent"),
    ("got a one way train ticket to the sea, theres no point getting a return", "suicide", "high"),
    ("havent self harmed in 60 days but im going to go to my room and do it anyway", "self_harm", "high"),
])
def test_review_4_risks_the_families_had_missed(text: str, category: RiskCategory, floor: RiskLevel) -> None:
    assert_risk(text, category, floor)
