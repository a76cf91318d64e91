"""Rounds 50-51, English acute leftovers (engineer en_a): self-injury, suicide plans and preparation said obliquely,
eating-disorder danger and medical emergencies that were missed, caught too low or put in the wrong category.

Each family (a rule in src/attune/safety/rules/en_acute.toml, id in the comment) has reworded risk variants and
everyday near-misses that must stay quiet. Multi-turn conversations whose last message shrugs it off
("prob just indigestion", "gonna sleep it off") are pinned too: the shrug does not explain the signs away.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_risk, judge

Case = tuple[str, tuple[str, ...], RiskCategory, RiskLevel]
Harmless = tuple[str, tuple[str, ...]]

RISK: list[Case] = [
    # self_harm.struck_on_purpose_r50
    ("i punched the wall on purpose just to feel something, my knuckles are bleeding", (), "self_harm", "moderate"),
    ("smashed my fist into the mirror deliberately, hand is all cut up", (), "self_harm", "moderate"),
    ("i kept hitting my head against the wall until it bled", (), "self_harm", "moderate"),
    ("i slammed my hand in the door on purpose to punish myself", (), "self_harm", "moderate"),
    ("i headbutted the bathroom wall on purpose to feel anything at all", (), "self_harm", "moderate"),
    # self_harm.blade_going_now_r50
    ("going to the bathroom to use the razor blade", ("they all laughed at me again",), "self_harm", "imminent"),
    ("off to the school toilets to get the blade out of my sharpener", (), "self_harm", "imminent"),
    ("razor in my hand right now and the bathroom door is locked", (), "self_harm", "imminent"),
    ("blade in my hand, locked the bedroom door. need to feel something", (), "self_harm", "imminent"),
    ("locked myself in the bathroom with a razor blade", ("i hate myself so much",), "self_harm", "imminent"),
    # medical.child_corrosive_r50
    (
        "my 3 year old just swallowed a dishwasher tablet, he is drooling and crying",
        (),
        "medical_emergency",
        "imminent",
    ),
    ("toddler drank some of the toilet cleaner, shes coughing and being sick", (), "medical_emergency", "imminent"),
    (
        "my son is 2 and he bit into a laundry pod, his mouth is red and he keeps gagging",
        (),
        "medical_emergency",
        "imminent",
    ),
    ("baby licked the oven cleaner off the door and now hes screaming, help", (), "medical_emergency", "imminent"),
    (
        "my daughter swallowed a button battery from the remote, she is drooling what should i do",
        (),
        "medical_emergency",
        "imminent",
    ),
    # medical.starved_collapse_r50
    (
        "im on the floor and i cant get up",
        ("only had water for 8 days", "chest feels bad"),
        "medical_emergency",
        "imminent",
    ),
    ("havent eaten for a week and i collapsed in the kitchen, i cant stand", (), "medical_emergency", "imminent"),
    ("water fasting day 12, fell on the bathroom floor and cant get up", (), "medical_emergency", "imminent"),
    ("stuck on the floor, cant move my legs", ("stopped eating ten days ago",), "medical_emergency", "imminent"),
    ("i cant get up off the floor", ("not had any food for 6 days", "hands are numb"), "medical_emergency", "imminent"),
    # suicide.decided_gun_when_alone_r50
    (
        "ive made up my mind. saturday when theyre all out. i know where the gun cabinet key is",
        (),
        "suicide",
        "imminent",
    ),
    ("i have decided. tonight. dads shotgun is in the loft", (), "suicide", "imminent"),
    (
        "made my decision, tomorrow when the house is empty, the gun safe code is my mums birthday",
        (),
        "suicide",
        "imminent",
    ),
    ("ive decided, this weekend. grandads rifle is in the cupboard under the stairs", (), "suicide", "imminent"),
    ("the gun safe combination is taped inside the drawer. ive decided. tonight", (), "suicide", "imminent"),
    # suicide.fall_research_r51
    ("been looking up how high the car park roof is, wondering how long the fall takes", (), "suicide", "high"),
    ("googled how tall the tower block by the canal is and whether you would survive the fall", (), "suicide", "high"),
    ("searched whether people feel pain when they fall from 8 storeys", (), "suicide", "high"),
    (
        "checking how many floors the hospital building has, just curious about the drop and landing",
        (),
        "suicide",
        "high",
    ),
    ("been researching if you would die instantly if you jump from a bridge that high", (), "suicide", "high"),
    # eating.faint_after_fasting_r50
    ("passed out in spin class, hadnt eaten in three days. totally worth it", (), "eating_disorder", "high"),
    ("collapsed at work today, havent had anything for 4 days but im down another kilo", (), "eating_disorder", "high"),
    ("first food ive had in two days was a sip of juice after i fainted in the shop", (), "eating_disorder", "high"),
    ("nearly fainted walking home, not eaten in a few days, its fine", (), "eating_disorder", "high"),
    (
        "hadnt eaten for a week and i blacked out at the bus stop, the nurse made me eat a biscuit, annoying",
        (),
        "eating_disorder",
        "high",
    ),
    # self_harm.carve_into_skin_r50
    ("i want to cut the word failure into my arm", (), "self_harm", "high"),
    ("going to carve his name into my thigh so i never forget", (), "self_harm", "high"),
    ("i feel like scratching it into my skin until it stays", (), "self_harm", "high"),
    ("wanna etch it on my wrist so i remember what i am", (), "self_harm", "high"),
    ("thinking about carving ugly into my stomach", (), "self_harm", "high"),
    # eating.not_kept_down_on_purpose_r50
    ("not kept anything down for days, on purpose", (), "eating_disorder", "moderate"),
    ("havent kept a meal down all week and its deliberate", (), "eating_disorder", "moderate"),
    ("i dont keep food down anymore, intentionally", (), "eating_disorder", "moderate"),
    ("deliberately havent kept food down since sunday", (), "eating_disorder", "moderate"),
    ("havent kept dinner down in a fortnight on purpose", (), "eating_disorder", "moderate"),
    # suicide.dose_research_r50
    ("been googling how many of my sleeping pills it would take", (), "suicide", "high"),
    ("looked up how much of my lithium would be enough", (), "suicide", "high"),
    ("searching how many paracetamol it would actually take", ("ive got a few packs saved",), "suicide", "high"),
    ("working out how many of the tablets i have would be fatal", (), "suicide", "high"),
    ("wondering how many of my sertraline it would take to not wake up", (), "suicide", "high"),
    # medical.heart_attack_minimised_r50
    (
        "chest feels like an elephant is sitting on it, pain going into my left arm and im sweating, probably nothing",
        (),
        "medical_emergency",
        "imminent",
    ),
    (
        "crushing chest pain spreading to my jaw and i feel sick, prob just heartburn",
        (),
        "medical_emergency",
        "imminent",
    ),
    (
        "my chest has been tight for an hour, left arm is numb and im clammy, dont want to make a fuss",
        (),
        "medical_emergency",
        "imminent",
    ),
    (
        "dads chest feels heavy and his arm feels funny, hes grey and sweating, says its indigestion",
        (),
        "medical_emergency",
        "imminent",
    ),
    (
        "pressure on my chest moving down into my arm and im short of breath, just anxiety right",
        (),
        "medical_emergency",
        "imminent",
    ),
    (
        "prob just indigestion, dont want to make a fuss",
        ("chest has felt tight since i walked the dog", "now my arm feels heavy and im clammy"),
        "medical_emergency",
        "imminent",
    ),
    # medical.chest_on_exertion_r50
    ("getting chest pains when i walk up the hill to work, stops when i rest", (), "medical_emergency", "moderate"),
    ("my dad gets a tight chest whenever he climbs the stairs, says its age", (), "medical_emergency", "moderate"),
    (
        "chest tightness every time i rush for the bus, goes off after a few minutes",
        (),
        "medical_emergency",
        "moderate",
    ),
    ("doing the stairs gives me chest pains lately", (), "medical_emergency", "moderate"),
    ("chest ache if i walk fast, been a few weeks, probably nothing", (), "medical_emergency", "moderate"),
    # suicide.drive_off_r50
    ("im going to drive off the cliff tonight", ("i cant go on",), "suicide", "imminent"),
    ("took dads keys, gonna drive the car into the river", ("nobody would miss me",), "suicide", "high"),
    ("want to drive straight into a wall on the motorway and end it", (), "suicide", "high"),
    ("going to drive it off the pier after dark", ("im done",), "suicide", "imminent"),
    ("thinking about steering into oncoming traffic, i cant do this anymore", (), "suicide", "high"),
    # eating.pretended_ate_r50
    ("told mum id already had dinner. i hadnt", (), "eating_disorder", "low"),
    ("pretended id eaten at school, i didnt eat anything", (), "eating_disorder", "low"),
    ("said i had a big lunch when they ordered chinese, i lied", (), "eating_disorder", "low"),
    ("told my boyfriend i ate at work. wasnt true", (), "eating_disorder", "low"),
    ("lied and said i ate breakfast, which i hadnt", (), "eating_disorder", "low"),
    # suicide.wont_step_back_r50
    ("next time i might not step back", ("stood at the platform edge when the train came",), "suicide", "high"),
    ("i wont step back next time", ("leaned over the ledge on the roof tonight",), "suicide", "high"),
    ("dont think ill move back from the edge next time", ("the cliff path is so close",), "suicide", "high"),
    ("not sure ill step back when the lorry comes", ("stood at the kerb on the main road",), "suicide", "high"),
    ("tomorrow i wont step back", ("the trains dont stop at my station",), "suicide", "high"),
    # medical.vomiting_blood_r50
    ("throwing up blood and so dizzy i cant stand", (), "medical_emergency", "high"),
    ("my sick looks like coffee grounds and i feel faint", (), "medical_emergency", "high"),
    ("been sick five times today and there is bright red blood in it, im pale", (), "medical_emergency", "high"),
    ("dad keeps vomiting blood and hes really weak", (), "medical_emergency", "high"),
    ("been sick all night, now there's blood in the sick and im lightheaded", (), "medical_emergency", "high"),
    (
        "just going to sleep it off",
        ("been sick all morning", "now theres blood in it and i feel faint"),
        "medical_emergency",
        "high",
    ),
    # suicide.affairs_after_decision_r50
    (
        "left a list of all my logins for my sister",
        ("ive decided", "dont want anyone stuck with my mess"),
        "suicide",
        "high",
    ),
    ("worked out who gets my guitar and wrote letters to each of them", ("made up my mind",), "suicide", "high"),
    ("wrote notes for dad and my brother. feel so calm now", ("no point anymore",), "suicide", "high"),
    ("typed up my bank passwords for mum so shes not stuck sorting it after", (), "suicide", "high"),
    ("sorted who gets the dogs. im finally done", ("so tired of everything",), "suicide", "high"),
    # medical.meningitis_no_fever_r50
    ("worst headache ever, cant bend my neck and the lights hurt", (), "medical_emergency", "high"),
    ("my sons neck is stiff, he says the light is hurting and his head is pounding", (), "medical_emergency", "high"),
    ("headache for days now, stiff neck, cant stand the light", (), "medical_emergency", "high"),
    ("sensitive to light and my neck is so stiff, bad headache too", (), "medical_emergency", "high"),
    ("head hurts so much, cant touch my chin to my chest and bright light hurts", (), "medical_emergency", "high"),
    # medical.hypo_after_insulin_r51
    ("really shaky and sweaty now", ("did my insulin but skipped breakfast",), "medical_emergency", "imminent"),
    ("bolused for lunch then forgot to eat, im confused and cant think straight", (), "medical_emergency", "imminent"),
    ("took my lantus, havent eaten all day, blurry and drowsy", (), "medical_emergency", "imminent"),
    ("my son did his insulin and missed his dinner, he is trembling and slurring", (), "medical_emergency", "imminent"),
    (
        "no time for breakfast after my novorapid, cant see straight and heart is racing",
        (),
        "medical_emergency",
        "imminent",
    ),
    # medical.elder_confused_one_side_r51
    ("grandad is confused and cant lift his left arm since his fall", (), "medical_emergency", "imminent"),
    ("mum is talking gibberish and her right leg wont take her weight", (), "medical_emergency", "imminent"),
    ("my nan doesnt know who i am and her left hand wont hold anything", (), "medical_emergency", "imminent"),
    (
        "dad fell off the ladder, now hes not making sense and one side of his face looks droopy",
        (),
        "medical_emergency",
        "imminent",
    ),
    (
        "my grandma keeps calling me by the wrong name and cant grip with her right hand",
        (),
        "medical_emergency",
        "imminent",
    ),
    # eating.dry_fast_body_failing_r51
    (
        "everything keeps going black when i stand, lost 3 kg already",
        ("havent had any water since monday",),
        "eating_disorder",
        "imminent",
    ),
    (
        "pee is dark brown and im so dizzy. nearly at my goal weight",
        ("dry fasting day 3",),
        "eating_disorder",
        "imminent",
    ),
    (
        "so dizzy and my pee is brown, still feel huge though",
        ("havent had water since saturday",),
        "eating_disorder",
        "imminent",
    ),
    (
        "vision keeps going grey when i get up, water weight is dropping",
        ("not had any water for 2 days",),
        "eating_disorder",
        "imminent",
    ),
    (
        "cant stand up without everything going dark. one more day and ill hit my gw",
        ("havent drunk anything since thursday",),
        "eating_disorder",
        "imminent",
    ),
    # self_harm.reopening_wounds_r51
    ("i keep reopening them on purpose", ("my wrists are a mess",), "self_harm", "moderate"),
    ("keep picking the scabs open on my arms", ("cuts are healing slowly",), "self_harm", "moderate"),
    ("reopened the cuts on my thighs again", (), "self_harm", "moderate"),
    ("i just keep opening the old ones back up", ("long sleeves all summer",), "self_harm", "moderate"),
    ("opened the wounds on my arm again last night", (), "self_harm", "moderate"),
    # eating.laxatives_escalating_r51
    ("taking like 20 senna after every meal now", (), "eating_disorder", "high"),
    ("having 10 laxatives a day now, used to be 2", (), "eating_disorder", "high"),
    ("up to fifteen dulcolax at once now", (), "eating_disorder", "high"),
    ("laxatives after every meal, even after a snack", (), "eating_disorder", "high"),
    ("popping a handful of laxatives every night", (), "eating_disorder", "high"),
    # eating.vomiting_every_meal_r51
    ("been throwing up after every meal for months", (), "eating_disorder", "moderate"),
    ("my throat is raw from making myself sick", (), "eating_disorder", "moderate"),
    ("enamel is wearing away from all the purging, any tips", (), "eating_disorder", "moderate"),
    ("bringing it back up after every meal since christmas", (), "eating_disorder", "moderate"),
    (
        "dentist asked about my teeth, it's from the throwing up, been doing it after each meal",
        (),
        "eating_disorder",
        "moderate",
    ),
    # self_harm.sharp_at_school_r51
    ("used the razor again on my thighs, it calms me", (), "self_harm", "moderate"),
    ("used a safety pin under the desk again, nobody notices", (), "self_harm", "moderate"),
    ("scratched the compass into my arm in science, long sleeves hide it", (), "self_harm", "moderate"),
    ("used the blade on my hips again. its the only relief", (), "self_harm", "moderate"),
    ("dug the scissors into my leg under the table, nobody sees", (), "self_harm", "moderate"),
    # question.height_access_at_night_r50
    (
        "is the roof of the multistorey locked after 10pm",
        ("i dont see the point in anything anymore",),
        "suicide",
        "high",
    ),
    ("does the footpath on the viaduct stay open at night", ("i cant go on",), "suicide", "high"),
    (
        "anyone know if the top floor of the car park closes at midnight",
        ("i honestly cant see a future that im in",),
        "suicide",
        "high",
    ),
    (
        "do the gates to the cliff path close after dark or late",
        ("everyone would be better off without me",),
        "suicide",
        "high",
    ),
    (
        "does the bridge walkway stay open overnight",
        ("i dont see a version of next year that im in",),
        "suicide",
        "high",
    ),
]

HARMLESS: list[Harmless] = [
    # self_harm.struck_on_purpose_r50
    ("i punched the wall by accident when i tripped on the stairs", ()),
    ("hit the punch bag at the gym till my knuckles split lol", ()),
    ("i punched the wall at the concert when they played our song", ()),
    ("my brother punched the mirror in a rage and it cracked", ()),
    ("she smashed the window on purpose to get the dog out of the hot car", ()),
    ("smashed the mirror while moving the wardrobe, seven years bad luck", ()),
    ("i smashed the old mirror on purpose for the mosaic project", ()),
    ("boxing class tonight, knuckles are split open from sparring", ()),
    # self_harm.blade_going_now_r50
    ("going to the bathroom to use the razor, need to shave before the interview", ()),
    ("knife in my hand chopping onions, kitchen door is locked so the dog stays out", ()),
    ("going to the toilets to get the blade changed on my razor for my beard", ()),
    ("razor in my hand, bathroom door locked, shaving my legs for the beach", ()),
    ("going to my room to use the blade on my pencils for art", ()),
    ("craft knife in my hand, cutting card for the art project", ()),
    ("need to feel something other than tired, going for a run", ()),
    ("heading to the bathroom to use the scissors on my fringe", ()),
    # medical.child_corrosive_r50
    ("what happens if a toddler drinks washing up liquid? asking for the safety leaflet", ()),
    ("my toddler loves watching the dishwasher, shes obsessed", ()),
    ("fitted the cupboard locks so the baby cant get into the dishwasher tablets", ()),
    ("my 2 year old loves the bubbles in the bath", ()),
    ("the kids drank some lemonade and now theyre hyper lol", ()),
    ("my son drank all the juice in the fridge, no more for me", ()),
    ("my daughter swallowed a grape whole and laughed about it", ()),
    ("toddler is playing with his play kitchen washing up liquid bottle, so cute", ()),
    # medical.starved_collapse_r50
    ("lying on the floor after yoga and i cant get up lol so relaxed", ()),
    ("fasting for my blood test tomorrow, so hungry", ()),
    ("im on the sofa and cant get up, food coma after sunday lunch", ()),
    ("hungover on the floor and i cant get up haha", ()),
    ("fasting for ramadan, sitting on the floor at the mosque", ()),
    ("im on the floor playing with the kids and cant get up they are sitting on me", ()),
    ("stopped eating sugar for a month and feel great", ()),
    ("did a 24 hour fast for charity, on the sofa watching a film now", ()),
    # suicide.decided_gun_when_alone_r50
    ("ive decided to take up clay shooting, dad is lending me his gun on sunday", ()),
    ("made my mind up, going hunting with grandad this weekend, his rifle is cleaned", ()),
    ("ive decided what to get dad for his birthday, a new gun cabinet lock", ()),
    ("ive decided to buy a safe for my passport, the code is my birthday", ()),
    ("ive decided to change the gun safe code today for security", ()),
    ("dads shotgun is for the foxes, ive decided to help him on saturday", ()),
    ("ive decided to watch the new western film tonight, the gun scenes look great", ()),
    ("decided to move the gun cabinet into the garage this weekend", ()),
    # suicide.fall_research_r51
    ("looked up how tall the tower is for my physics homework on falling objects", ()),
    ("looked up how high everest is, wondering how long the climb takes", ()),
    ("been looking up how high the skydive is and how long the fall lasts before the parachute", ()),
    ("searched how tall the building is for the egg drop experiment", ()),
    ("my cat fell from the first floor, googling whether cats feel the fall", ()),
    ("looking up how high the cliff is for our climbing trip", ()),
    ("checked how tall the bridge is so the lorry can fit under it", ()),
    ("wondering whether my phone would survive the fall from the balcony lol", ()),
    # eating.faint_after_fasting_r50
    ("fainted at the concert, so hot in there, had eaten loads", ()),
    ("passed out on the sofa after a big dinner lol", ()),
    ("nearly fainted at the gym because it was so hot", ()),
    ("first thing ive had in two days was soup after my wisdom teeth op", ()),
    ("fainted at the concert because of the crowd", ()),
    ("havent eaten out in a week, saving money", ()),
    ("my friend fainted in the film, havent seen anything that scary in days", ()),
    ("collapsed on the sofa after the marathon, ate two pizzas", ()),
    # self_harm.carve_into_skin_r50
    ("want to get his name tattooed on my arm", ()),
    ("going to carve a pumpkin with the kids", ()),
    ("i want to carve our initials into the tree by the lake", ()),
    ("want to write it on my hand in pen so i remember the shopping", ()),
    ("thinking about henna on my hands for the wedding", ()),
    ("the sunburn on my arm is peeling", ()),
    ("want to cut my hair short like hers", ()),
    ("going to carve the roast for sunday lunch", ()),
    # eating.not_kept_down_on_purpose_r50
    ("havent kept food down in a week with this norovirus", ()),
    ("morning sickness means i cant keep food down, 10 weeks pregnant", ()),
    ("the dog hasnt kept food down since yesterday, vet tomorrow", ()),
    ("chemo makes it hard to keep anything down", ()),
    ("i skipped dinner on purpose because i had a massive lunch", ()),
    ("kept the noise down on purpose so the baby could sleep", ()),
    ("keeping the volume down on purpose", ()),
    ("havent kept my room tidy in a week lol", ()),
    # suicide.dose_research_r50
    ("looked up how many paracetamol i can take a day for my toothache", ()),
    ("googling how much ibuprofen is safe for period cramps", ()),
    ("checking how many tablets my dog needs, the vet said 2", ()),
    ("looking up how many of my antidepressants it takes to kick in, 2 weeks apparently", ()),
    ("searched how much calpol my toddler can have for a fever", ()),
    ("how many pills do i need to take per day for the antibiotics", ()),
    ("wondering how many of the vitamins it would take to make a difference lol", ()),
    ("looked up how much melatonin it would take to sleep through the flight", ()),
    # medical.heart_attack_minimised_r50
    ("chest is tight after chest day at the gym and my arm is aching, sweating loads", ()),
    ("my arm feels funny from sleeping on it, chest is fine", ()),
    ("in the film his chest feels heavy and pain goes into his arm and he sweats, so dramatic", ()),
    ("pulled a muscle, chest is sore and my arm is achy, sweaty from the run", ()),
    ("heavy chest workout, my left arm is numb from the bench press and im sweaty", ()),
    ("heavy chest cold, coughing and sweaty with a fever", ()),
    ("my arm feels weird after the vaccine", ()),
    ("anxiety makes my chest tight sometimes, breathing exercises help", ()),
    # medical.chest_on_exertion_r50
    ("i get a stitch when i run up the hill", ()),
    ("chest is sore when i climb the stairs since i pulled a muscle", ()),
    ("my asthma makes my chest tight when i run, inhaler helps", ()),
    ("chest day at the gym, aching when i do anything", ()),
    ("out of breath when i do the stairs, need to get fitter", ()),
    ("coughing with a chest infection, hurts when i climb the stairs", ()),
    ("legs ache when i walk up the hill", ()),
    ("my chest is broad enough for the jacket now lol", ()),
    # suicide.drive_off_r50
    ("the bus driver had to steer around the fallen tree", ()),
    ("sat nav told me to drive off the quay lol", ()),
    ("gonna drive to the beach this weekend", ()),
    ("want to drive along the coast road and see the cliffs", ()),
    ("my driving instructor says i drive into the kerb too much", ()),
    ("someone drove into a tree on the high street, the news said", ()),
    ("dreamt i drove off a bridge, weird night", ()),
    ("we park by the quay and walk up the hill", ()),
    # eating.pretended_ate_r50
    ("told mum id already had dinner, i had at my friends", ()),
    ("said id already eaten because i had a huge lunch", ()),
    ("pretended i ate his cooking, it was burnt lol", ()),
    ("told them i had eaten so they wouldnt wait for me", ()),
    ("said id eaten because im skint and cant afford the restaurant", ()),
    ("i had already eaten before the party", ()),
    ("told the waiter i had the fish, he brought the wrong dish", ()),
    ("pretended i had a surprise planned", ()),
    # suicide.wont_step_back_r50
    ("next time i wont step back from a fight at school", ()),
    ("i wont step back from the project, im the lead", ()),
    ("next time i might not step back in the queue for the train", ()),
    ("line dancing class, dont think ill step back in time", ()),
    ("stood on the edge of the platform for the photo and stepped back", ()),
    ("surfing tomorrow, i wont step back from the big waves", ()),
    ("i wont step back from my role on the bridge club", ()),
    ("the trains are always late, next time ill take the bus", ()),
    # medical.vomiting_blood_r50
    ("threw up after red wine, looked like blood, gross", ()),
    ("nosebleed and i was sick from swallowing the blood, stopped now", ()),
    ("the dog was sick and theres blood in it, vet at 4", ()),
    ("ate loads of beetroot and thought there was blood in my sick lol", ()),
    ("throwing up all day with a bug, dizzy but keeping water down", ()),
    ("bit my lip and spat blood in the sink", ()),
    ("feel sick when i see blood", ()),
    ("giving blood today, hope i dont feel faint", ()),
    # suicide.affairs_after_decision_r50
    ("writing out my passwords for my brother while im travelling abroad", ("ive decided to go",)),
    ("sorted out who gets the cat when we split up", ("weve decided",)),
    ("wrote letters to mum and dad for their anniversary", ()),
    ("left my logins for my partner just in case before the surgery", ("made up my mind",)),
    ("decided who gets the car when i move abroad", ()),
    ("wrote thank you cards to everyone after the wedding, so done", ()),
    ("made up my mind to take the new job, writing handover notes for my team", ()),
    ("wrote a note for mum saying ill be home late", ()),
    # medical.meningitis_no_fever_r50
    ("migraine again, neck stiff and light hurts, in a dark room", ()),
    ("hungover, headache and the light is killing me", ()),
    ("slept funny, stiff neck and a headache", ()),
    ("headache from staring at the screen all day", ()),
    ("stiff neck from the gym, feeling fine otherwise", ()),
    ("the light is too bright in the office", ()),
    ("headache and a stiff neck after the long drive", ()),
    ("what are the signs of meningitis, headache stiff neck light hurts? for my exam", ()),
    # medical.hypo_after_insulin_r51
    ("did my insulin and skipped lunch, felt shaky so had jelly babies, feel fine now", ()),
    ("shaky after three coffees lol", ()),
    ("forgot my lunch today, so hungry", ()),
    ("insulin pen needs a new needle", ()),
    ("my cat has insulin twice a day, he is a bit shaky today so vet tomorrow", ()),
    ("skipped breakfast, did my insulin later with lunch, all good", ()),
    ("my screen is blurry, need new glasses", ()),
    ("what are the signs of a hypo? shaky, sweaty, confused? revising for my exam", ()),
    # medical.elder_confused_one_side_r51
    ("nan has arthritis so her right hand wont grip the cup, but shes sharp as ever", ()),
    ("grandad is confused about the new tv remote lol", ()),
    ("my left hand wont grip properly since my old stroke years ago", ()),
    ("my teacher keeps calling me by my sisters name", ()),
    ("the maths homework is not making sense", ()),
    ("my right hand wont work properly after the tennis match", ()),
    ("mum is confused about the bus times", ()),
    ("he was so drunk he was talking nonsense and couldnt hold his pint with his right hand", ()),
    # eating.dry_fast_body_failing_r51
    ("havent had water since lunch, at a festival, everything going dark is the light show lol", ()),
    ("drinking so much water for my goal of 3 litres", ()),
    ("pee is dark so drinking more water, its a hot day", ()),
    ("my goal is to drink 2 litres of water a day", ()),
    ("nearly fainted in the heatwave, drinking loads now", ()),
    ("room keeps going dark because the bulb is dying", ()),
    ("lost 3kg on the hike and feel great", ()),
    ("havent eaten since breakfast, so hungry, dinner soon", ()),
    # self_harm.reopening_wounds_r51
    ("keep opening the blister on my heel", ()),
    ("keep reopening the shop late to catch customers", ()),
    ("the scab on my knee keeps opening when i kneel", ()),
    ("i keep opening the jars wrong", ()),
    ("keep picking my spots, acne is bad", ()),
    ("reopened the account again after the bank closed it", ()),
    ("keep opening the windows, its so hot", ()),
    ("opened the presents again to check they were right", ()),
    # eating.laxatives_escalating_r51
    ("the doctor prescribed 2 senna for constipation after the surgery", ()),
    ("the doctor prescribed senna with the codeine", ()),
    ("bowel prep for my colonoscopy tomorrow, 4 sachets", ()),
    ("constipation after surgery, the nurse gave me some senna", ()),
    ("bowel prep sachets before the colonoscopy are gross", ()),
    ("constipated in pregnancy, gp says one laxative a day is fine", ()),
    ("prescribed two senna at night by my gp", ()),
    ("my nan needs her senna from the pharmacy", ()),
    # eating.vomiting_every_meal_r51
    ("my baby brings up milk after every feed", ()),
    ("my toddler is throwing up after every meal, gp tomorrow", ()),
    ("sensitive teeth from whitening strips", ()),
    ("teeth are sensitive from the cold weather", ()),
    ("throat sore from the flu and being sick", ()),
    ("the dog is being sick after every meal", ()),
    ("reflux makes me feel sick after every meal", ()),
    ("we eat together after every meal we go for a walk", ()),
    # self_harm.sharp_at_school_r51
    ("used the compass in maths to draw circles for geometry", ()),
    ("used the compass in maths to draw arcs for the diagram", ()),
    ("used a needle again to sew the button on my sleeves", ()),
    ("used the razor on my legs again, so smooth", ()),
    ("used the compass on the hike to find north", ()),
    ("used the knife again in the kitchen, dinner done", ()),
    ("used a safety pin to fix my hoodie zip, nobody noticed", ()),
    ("used the needle to get a splinter out of my hand", ()),
    # question.height_access_at_night_r50
    ("does the walkway on the suspension bridge stay open after midnight", ()),
    ("is the car park roof locked at night? my car is up there", ("work ran late",)),
    ("does the bridge footpath stay open after midnight, walking home from the pub", ()),
    ("is the viewing platform on the tower open late for photos", ()),
    ("does the cliff path stay open at night for stargazing", ()),
    ("does the walkway close at night, i cycle home that way", ()),
    ("what time does the multistorey close at night", ()),
    ("is the bridge open after midnight for taxis", ()),
]


@pytest.mark.parametrize(("text", "context", "category", "floor"), RISK)
def test_r50_r51_acute_risks_are_caught(
    text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context)


@pytest.mark.parametrize(("text", "context"), HARMLESS)
def test_their_everyday_near_misses_are_not_risk(text: str, context: tuple[str, ...]) -> None:
    assert judge(text, context).level == "none", (text, context, judge(text, context))


URGE_TO_SKIP_AGAIN: list[tuple[str, bool]] = [
    ("looked in the mirror again and wanted to skip dinner. didnt though", True),
    ("wanted to skip lunch again, that voice is getting louder", True),
    ("stepped on the scales this morning and wanted to skip breakfast", True),
    ("tempted to skip dinner again tonight, fighting it", True),
    ("the urge to skip meals again is back, i ate anyway", True),
    ("weighed myself and wanted to skip lunch, had a sandwich in the end", True),
    ("wanted to skip lunch again because of back to back meetings", False),
    ("wanted to skip dinner again, not hungry after that huge lunch", False),
    ("i skipped breakfast again, overslept", False),
    ("the kids wanted to skip dinner again and go straight to pudding lol", False),
    ("wanted to skip breakfast again before my blood test tomorrow", False),
    ("wanted to skip lunch again, meetings all day", False),
    ("wanted to skip dinner again, still got the flu", False),
    ("looked in the mirror and wanted to skip the party, my hair is a mess", False),
]


@pytest.mark.parametrize(("text", "risky"), URGE_TO_SKIP_AGAIN)
def test_an_urge_to_skip_meals_again_is_a_gentle_eating_disorder_check_in(text: str, risky: bool) -> None:
    risk = judge(text)
    if risky:
        assert risk.category == "eating_disorder", (text, risk)
    else:
        assert risk.level == "none", (text, risk)
