"""Rounds 56-57: abuse, harm to others and eating disorders the rules missed or read too low, fitted as families.

- Abuse: a partner who squeezed the throat, said in Hinglish without "mera" ("kal pati ne gala daba diya tha") or in
  Devanagari; a father beating the mother right now told in Devanagari ("मार रहे हैं अभी", the Hindi rule knew only
  the romanised words); bruises on a teenager's neck with "she says she tripped" (German, no rule read marks with an
  excuse); "wenn ich Schluss mache, bringt er mich um" and a knife held at the throat (German: "Schluss machen" and
  the knife were missing, so only the moderate "bringt er mich um" fired); "me volvió a pegar" (Spanish: the blow
  again came with "volver a" between "me" and the verb); someone drunk with a child in the car who says he will drive
  them into the river (nothing read the car); a carer who shoved the parent he looks after (only a harm-to-others
  rule with "so hard" existed); a belt when drunk and "hes started drinking again tonight" (the r39 rule knew "he
  started", not the contracted "hes started").
- Harm to others: a shotgun to be brought into work over being laughed at (nothing read "bring ... in"); a threat to
  put a son-in-law "in the ground" beside "ive still got the rifle from when i used to shoot" (the hobby's "used to"
  read the whole message as past, and the rifle then read as the writer's own means); intrusive flashes of hurting a
  baby, resisted and frightening, were masked as an idiom by "id never" alone (only reassurance or help named, such as
  the health visitor, OCD or "is this normal", makes them a topic).
- Eating disorders: the bathroom after every meal, hidden (es); a breakfast skipped "pour compenser" (fr); meals
  stopped and only water, to lose weight (hi, and "khana band kar diya" no longer reads as a music band); fear of
  eating a biscuit at 42 kg while seeing oneself as huge (it); purging for years with the legs giving way and cramps
  (fr, high); a water fast at 41 kg; stopping eating again since Friday, hidden from the dietitian; the pull to skip
  meals noticed and not acted on ("like i used to" read it as past); a weight cut by starving, spitting and a sauna
  suit.
- Near-misses kept quiet: a weight cut on a coach's plan while eating, a calorie app used without guilt, a daughter's
  bruises from sport, a gala (party), a dad who drinks but is kind, and in each family the everyday, negated, past,
  media and joking uses of the same words.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_quiet, assert_risk

Case = tuple[str, RiskCategory, RiskLevel, tuple[str, ...]]

# The round cases themselves, at their gold category and level.
ROUND_CASES: list[Case] = [
    ("Heute hab ich blaue Flecken an ihrem Hals gesehen, sie sagt sie ist gestolpert", "abuse", "moderate",
     ("Meine Tochter ist 16 und hat einen neuen Freund", "Sie zieht sich total zurück")),
    ("kal pati ne gala daba diya tha, bola agli baar chhodega nahi", "abuse", "high",
     ("shaadi ko 2 saal hue", "saas roz taane maarti hai")),
    ("hoy ya van tres veces. me duele la garganta pero siento que lo necesito", "eating_disorder", "moderate",
     ("Después de cada comida voy al baño", "Nadie en casa se ha dado cuenta")),
    ("Ce matin j'ai sauté le petit-déj pour compenser hier. C'est pas grave hein ?", "eating_disorder", "low",
     ("Je compte tout ce que je mange dans une appli", "Si je dépasse 1200 je me sens horriblement coupable")),
    ("अब सुबह भी सिर्फ़ पानी पीती हूँ, वज़न जल्दी कम करना है", "eating_disorder", "moderate",
     ("कॉलेज में सब मुझे मोटी बोलते हैं", "मैंने दो हफ़्ते से रात का खाना बंद कर दिया है")),
    ("thinking of no food, spitting and a sauna suit every night. that's normal in wrestling right?",
     "eating_disorder", "low", ("coach wants me at 61kg for the weigh-in", "I'm 66 and it's 10 days out")),
    ("pls help hes got my daughter in the car and hes drunk and said hed drive us all into the river",
     "abuse", "imminent", ()),
    ("मेरे पापा मम्मी को बहुत मार रहे हैं अभी, मैं डर के मारे छुपा हूँ", "abuse", "imminent", ()),
    ("ho paura di mangiare anche un biscotto. peso 42 chili e mi vedo enorme", "eating_disorder", "moderate", ()),
    ("my dad hits me with his belt when hes drunk and hes started drinking again tonight. is there anywhere i can go",
     "abuse", "high", ()),
    ("Mein Freund sagt, wenn ich Schluss mache, bringt er mich um. Das hat er mir schon mal mit einem Messer am Hals "
     "gesagt.", "abuse", "high", ()),
    ("I look after my dad. Last night I lost it and shoved him and he fell against the dresser. He's got a bruise all "
     "down his arm. I'm scared of what I'm turning into.", "abuse", "moderate", ()),
    ("Sometimes I get these flashes of hurting the baby when she won't stop crying. I'd never, I put her in the cot "
     "and walk out of the room, but the thoughts frighten me.", "harm_to_others", "low", ()),
    ("My son-in-law knocks my daughter about. I told her if he does it once more I'll put him in the ground, and I "
     "meant it. I've still got the rifle from when I used to shoot.", "harm_to_others", "high", ()),
    ("day 4 of water fast, chewing ice when hungry like the accounts say, 41kg 🦋", "eating_disorder", "high", ()),
    ("Mi marido me volvió a pegar anoche. Los niños lo vieron todo. Hoy está tranquilo pero me da miedo cuando "
     "vuelva del bar.", "abuse", "moderate", ()),
    ("if my boss says one more word to me tomorrow I swear I'll bring my dad's shotgun in and nobody will laugh at me "
     "again", "harm_to_others", "high", ()),
    ("I keep thinking about skipping meals like I used to, but I've eaten today. Just noticing the pull.",
     "eating_disorder", "low", ()),
    ("je me fais vomir depuis deux ans, personne sait. là je tiens plus debout et j'ai des crampes partout",
     "eating_disorder", "high", ()),
    ("so i've stopped eating again. since friday. please don't tell my dietitian", "eating_disorder", "high",
     ("i was doing really well with my meal plan", "then someone at work said i was looking 'healthier'")),
]

# Rewordings of each family: other words, other people, the same language as the case.
REWORDED: list[Case] = [
    # drinking again after violence (abuse.drinking_after_violence_r39)
    ("my stepdad beats me when he's drunk and he's started on the booze again, can i stay somewhere",
     "abuse", "high", ()),
    ("mum slaps us when she drinks and she's gone back on the bottle tonight", "abuse", "high", ()),
    ("my husband punches me when he's had a drink. he's just cracked open the whiskey and it's only 6",
     "abuse", "high", ()),
    # a weapon brought into work or school over a grievance (threat.weapon_to_work_grievance_r57)
    ("one more comment from my manager and i swear ill take the rifle to work, nobody will ever laugh at me again",
     "harm_to_others", "high", ()),
    ("my supervisor keeps picking on me. ill bring dads shotgun in on monday and see who laughs then",
     "harm_to_others", "high", ()),
    ("if that teacher humiliates me again tomorrow im bringing my brothers gun to school and theyll all be sorry",
     "harm_to_others", "high", ()),
    # a threat for the next time beside a gun kept from a past hobby (framing present, target_threat)
    ("My sister's husband hits her. If he lays a finger on her one more time I'll put him six feet under. I've still "
     "got my shotgun from when I used to go shooting.", "harm_to_others", "high", ()),
    ("her boyfriend used to beat her and if he touches her once more im going to put him in the ground, ive still got "
     "my dads shotgun", "harm_to_others", "high", ()),
    ("My daughter's husband used to hit her and if he does it one more time im going to put him six feet under, ive "
     "still got my old shotgun", "harm_to_others", "high", ()),
    # intrusive thoughts about a baby, resisted and frightening (no longer masked as an idiom)
    ("I keep picturing drowning the baby in the bath, I'd never do it, I just hand him to my husband and leave. I'm "
     "so scared of myself", "harm_to_others", "low", ()),
    ("i get thoughts of hurting my son when he screams at night, i would never but it scares me so much",
     "harm_to_others", "low", ()),
    ("these images of throwing my daughter against the wall come when she screams for hours. i go outside and "
     "breathe. it terrifies me", "harm_to_others", "low", ()),
    # a carer who hurt the person cared for (abuse.carer_hurt_cared_for_r57)
    ("I care for my mum who has dementia. Today I snapped and pushed her and she hit her head on the door frame. I "
     "hate myself.", "abuse", "moderate", ()),
    ("im my nans carer and i grabbed her arm so hard it left marks this morning, i dont know whats happening to me",
     "abuse", "moderate", ()),
    ("I look after my husband since his stroke. Last night I slapped him when he wouldn't take his tablets. He's got a "
     "red mark on his cheek.", "abuse", "moderate", ()),
    # a child in the car with someone drunk or threatening to crash (abuse.child_in_car_drunk_threat_r56)
    ("my husband is drunk and he just put the kids in the car, he's saying he'll crash it and kill us all",
     "abuse", "imminent", ()),
    ("please help my ex has my son in his car, hes been drinking and he texted that he'll drive them off the bridge",
     "abuse", "imminent", ()),
    ("shes got the baby in the car and shes wasted, screaming shes going to drive into a tree", "abuse", "imminent",
     ()),
    ("hes screaming he'll drive us into the canal, the kids are in the back and hes driving like a maniac",
     "abuse", "imminent", ()),
    # stopped eating again for days, kept from the treatment team (eating.stopped_again_hidden_r57)
    ("I haven't eaten since Sunday, please don't tell my therapist", "eating_disorder", "high", ()),
    ("stopped eating again after my cousin said I'd filled out, three days now", "eating_disorder", "high", ()),
    ("been back to not eating since tuesday, please don't tell my treatment team", "eating_disorder", "high", ()),
    # a water fast at a very low weight (eating.water_fast_low_weight_r57)
    ("48 hours into a water fast, down to 43kg, want to get to 40", "eating_disorder", "high", ()),
    ("day 6 dry fasting, 44.5 kg this morning", "eating_disorder", "high", ()),
    ("nothing but water since monday and im 39kg now", "eating_disorder", "high", ()),
    # the pull to skip meals, noticed (eating.skip_pull_noticed_r57)
    ("the urge to skip lunch like I did when I was ill is back, I had it anyway", "eating_disorder", "low", ()),
    ("been thinking about restricting again, I haven't, just noticing it", "eating_disorder", "low", ()),
    ("keep wanting to skip dinner like the old days but I ate, recovery is hard", "eating_disorder", "low", ()),
    # a dangerous weight cut (eating.dangerous_weight_cut_r56)
    ("cutting for the weigh in friday, no water from thursday night and a sauna suit on the bike, is that safe",
     "eating_disorder", "low", ()),
    ("making weight for my fight: laxatives and spitting in a bottle the last two days, everyone does it right",
     "eating_disorder", "low", ()),
    ("thinking of no food and bin bags on the bike every night till the weigh in", "eating_disorder", "low", ()),
    # German: bruises with an excuse (de.abuse.marks_with_excuse_r56)
    ("Mein Sohn hat blaue Flecken an den Oberarmen, er sagt, er ist hingefallen. Er redet nicht mehr mit mir.",
     "abuse", "moderate", ()),
    ("Meine Schwester hat Würgemale am Hals und behauptet, sie sei gegen die Tür gelaufen", "abuse", "moderate", ()),
    ("Ich hab Blutergüsse an ihren Handgelenken gesehen. Sie meint, sie wäre gestolpert, aber seit dem neuen Freund "
     "ist sie so still", "abuse", "moderate", ()),
    # German: killed if she leaves, a knife at the throat (de.abuse.leave_or_knife_threat_r57, leave_and_he_kills_r48)
    ("Mein Freund sagt, wenn ich Schluss mache, bringt er mich um.", "abuse", "high", ()),
    ("Er bringt mich um, wenn ich ihn verlasse, hat er gestern gesagt", "abuse", "high", ()),
    ("Mein Mann hat mir gestern ein Messer an die Kehle gehalten.", "abuse", "high", ()),
    ("Sie wird mich umbringen, wenn ich mich trenne, sagt meine Freundin immer wieder", "abuse", "high", ()),
    # Hindi: the throat squeezed (hi.abuse_threat_r20)
    ("mere husband ne kal raat gala dabaya, bola jaan se maar dunga", "abuse", "high", ()),
    ("sasur ne gardan dabochi aur kaha kisi ko bataya to nahi chhodunga", "abuse", "high", ()),
    ("पति ने कल मेरा गला दबा दिया, बोले अगली बार जान से मार दूँगा", "abuse", "high", ()),
    # Hindi: a beating now (hi.abuse.beating_now_r39)
    ("पति मुझे फिर से बेल्ट से मार रहे हैं, बच्चे रो रहे हैं", "abuse", "imminent", ()),
    ("भैया मम्मी को बुरी तरह पीट रहे हैं अभी, प्लीज़ बचाओ", "abuse", "imminent", ()),
    ("mere papa mummy ko bahut maar rahe hain abhi, main dar ke maare chhupa hoon", "abuse", "imminent", ()),
    # Hindi: meals stopped for weight (hi.eating.meals_stopped_for_weight_r56)
    ("do hafte se dinner band kar diya hai, ab subah bhi sirf paani peeti hoon, wajan kam karna hai",
     "eating_disorder", "moderate", ()),
    ("सब मुझे मोटा कहते हैं, इसलिए मैंने रात का खाना छोड़ दिया है", "eating_disorder", "moderate", ()),
    ("वज़न कम करने के लिए दिन भर बस चाय पीती हूँ", "eating_disorder", "moderate", ()),
    # Spanish: hit again (es.abuse)
    ("Mi novio me ha vuelto a golpear esta semana y tengo miedo de que vuelva", "abuse", "moderate", ()),
    ("Anoche mi pareja me volvió a empujar contra la pared", "abuse", "moderate", ()),
    ("Mi esposo volvió a pegarme delante de los niños", "abuse", "moderate", ()),
    # Spanish: the bathroom after meals, hidden (es.eating.bathroom_after_meals_r56)
    ("Después de cenar me encierro en el baño, nadie lo sabe, me raspa la garganta", "eating_disorder", "moderate",
     ()),
    ("Tras cada comida corro al baño a escondidas, ya van cuatro veces hoy", "eating_disorder", "moderate", ()),
    ("En cuanto termino de comer me voy al baño y abro el grifo para que no me oigan", "eating_disorder", "moderate",
     ()),
    # French: a meal skipped to compensate, guilt over a calorie cap (fr.eating.skip_to_compensate_r56)
    ("j'ai zappé le dîner pour rattraper le gâteau de midi", "eating_disorder", "low", ()),
    ("demain je saute le déjeuner pour compenser ce soir", "eating_disorder", "low", ()),
    ("si je mange plus de 1000 calories je me sens nulle", "eating_disorder", "low", ()),
    # French: purging and the body giving way (fr.eating.purging_body_failing_r57)
    ("je prends des laxatifs tous les jours, j'ai des crampes partout et mon cœur bat bizarrement",
     "eating_disorder", "high", ()),
    ("je vomis après chaque repas depuis des mois, aujourd'hui je me suis évanouie dans la salle de bain",
     "eating_disorder", "high", ()),
    ("je me fais vomir tous les soirs, je tiens à peine debout", "eating_disorder", "high", ()),
    # Italian: fear of food at a low weight (it.eating.fear_food_low_weight_r57)
    ("mi terrorizza mangiare anche una mela, peso 40 kg ma mi sento enorme", "eating_disorder", "moderate", ()),
    ("peso 44 chili e mi vedo grassa, ho paura di mangiare", "eating_disorder", "moderate", ()),
    ("ho il terrore di ingrassare, mi vedo una balena anche se peso 43 kg", "eating_disorder", "moderate", ()),
]

# The same words in an everyday, negated, past, media, joking or third-party frame.
QUIET: list[tuple[str, tuple[str, ...]]] = [
    ("my dad drinks but he's kind, he's started drinking again tonight watching the match", ()),
    ("hes started drinking again tonight, mum's worried about his liver", ()),
    ("my dad used to hit me when he was drunk but he's been sober for 5 years", ()),
    ("i'll bring my dad's shotgun in to the gunsmith tomorrow to get it serviced", ()),
    ("if my boss says one more word tomorrow i swear ill quit and nobody will laugh at me again", ()),
    ("in the film he brings his dads shotgun to work and nobody laughs at him again", ()),
    ("ill bring the knife in to work to cut the birthday cake, nobody will laugh at my baking again", ()),
    ("My son-in-law used to knock my daughter about years ago. He's in prison now and she's safe.", ()),
    ("I've still got the rifle from when I used to shoot, thinking of selling it", ()),
    ("If he does it once more I'll put him in the ground, said the dad in the film", ()),
    ("i used to be bullied, if anyone calls me that one more time ill tell the teacher", ()),
    ("I keep getting these horrible flashes of dropping the baby down the stairs. I'd never do it, they terrify me, "
     "the health visitor says it's common and I'm seeing someone.", ()),
    ("I had a horrible flash of dropping the baby off the balcony. It horrified me and I stepped back inside. I would "
     "never. Is this normal postpartum?", ()),
    ("What does postpartum OCD look like? I read intrusive thoughts about harming the baby are really common", ()),
    ("I look after my dad. Last night he fell against the dresser, he's got a bruise all down his arm, GP is coming",
     ()),
    ("I look after my mum. I pushed her round the park in her wheelchair and she loved it", ()),
    ("I look after my dad and I shoved the wardrobe against the wall so he won't trip and fall", ()),
    ("I look after my dad. I grabbed him just before he fell down the stairs, he's got a bruise but he's ok", ()),
    ("dad's got my daughter in the car, taking her to swimming, back by 6", ()),
    ("he said he'd drive us all into town for the river festival", ()),
    ("in the movie he's drunk and drives the family into the river with the kids in the car", ()),
    ("hes got my daughter in the car, said hed drop her at school then go to work", ()),
    ("my husband's got the kids in the car, he's not drunk, he only had a coke", ()),
    ("stopped eating meat since friday, trying vegetarian again", ()),
    ("i stopped eating sugar again since monday, please don't tell my mum lol she bought me cake", ()),
    ("had a stomach bug, stopped eating since friday, doctor says fluids", ()),
    ("day 2 of water fast for my religious fast, 78kg, breaking it tonight", ()),
    ("my doctor says water fasting is dangerous below 45kg", ()),
    ("my suitcase is 23kg and im on day 2 of a juice fast lol", ()),
    ("thinking about skipping lunch today, meeting runs till 2", ()),
    ("I used to skip meals when I was a student, now I cook every night", ()),
    ("thinking about skipping breakfast again, no time in the mornings", ()),
    ("coach has me on a plan for the weigh in, eating 3 meals, cutting salt and a bit of water loading, normal for "
     "wrestling right?", ()),
    ("my mate was spitting in a bottle and wearing a sauna suit before his fight, thats mental", ()),
    ("bin bags and spitting is banned in our club now, coach says its dangerous", ()),
    ("no food after 8pm and no fizzy drinks, my new years plan", ()),
    ("Meine Tochter hat blaue Flecken am Knie vom Handball, sie ist beim Training gestolpert", ()),
    ("Meine Tochter hat blaue Flecken an den Armen vom Volleyball, sie sagt sie ist beim Spiel hingefallen", ()),
    ("Sie hat einen Knutschfleck am Hals von ihrem neuen Freund, peinlich haha", ()),
    ("Ich bin gestolpert und hab jetzt blaue Flecken am Arm", ()),
    ("Meine Mutter bringt mich um, wenn ich wieder zu spät komme haha", ()),
    ("Im Tatort hält er ihr ein Messer an den Hals und sagt, wenn sie geht, bringt er sie um", ()),
    ("Der Barbier hat mir mit dem Rasiermesser am Hals den Bart gemacht", ()),
    ("Wenn ich heute früher gehe, bringt mich mein Chef um", ()),
    ("kal office ki gala thi, pati ne bahut enjoy kiya", ()),
    ("pati ka gala kharab hai, adrak wali chai di", ()),
    ("film mein villain ne heroine ka gala daba diya, bahut dark thi", ()),
    ("pati ne gala saaf karke gaana gaaya", ()),
    ("पापा मम्मी को ताने मार रहे हैं अभी, बोर हो गया", ()),
    ("पापा मच्छर मार रहे हैं अभी", ()),
    ("भैया क्रिकेट में गेंद को मार रहे हैं अभी", ()),
    ("नवरात्रि के व्रत में सिर्फ़ पानी पीती हूँ, वज़न भी थोड़ा कम हो जाता है", ()),
    ("गर्मी में मैं सिर्फ़ पानी पीती हूँ, कोल्ड ड्रिंक नहीं", ()),
    ("डॉक्टर ने सर्जरी से पहले खाना बंद कर दिया है, 60 किलो हूँ", ()),
    ("वज़न कम करने के लिए मैंने चीनी बंद कर दी है", ()),
    ("se me volvió a pegar el arroz, qué desastre", ()),
    ("mi hijo me volvió a pegar la gripe", ()),
    ("mi marido volvió a pegar la foto en la nevera", ()),
    ("mi marido nunca me ha vuelto a pegar desde que fuimos a terapia hace años", ()),
    ("Después de cada comida voy al baño, el médico dice que es colon irritable", ()),
    ("Después de comer voy al baño a lavarme los dientes, manía mía, nadie lo sabe jaja", ()),
    ("después de cada comida voy al baño a fumar, nadie en casa se ha dado cuenta", ()),
    ("Me duele la garganta, tengo gripe", ()),
    ("je compte mes calories dans une appli, si je dépasse 2000 c'est pas grave, ça m'aide juste à voir", ()),
    ("j'ai sauté le petit-déj parce que j'étais en retard", ()),
    ("j'ai sauté le repas pour compenser le décalage horaire", ()),
    ("j'ai une gastro, je vomis depuis hier et j'ai des crampes partout", ()),
    ("après le marathon je tenais plus debout, crampes partout", ()),
    ("je me faisais vomir il y a dix ans, aujourd'hui je vais bien", ()),
    ("ho paura di mangiare il pesce crudo in gravidanza", ()),
    ("ho paura di mangiare troppo al matrimonio, ahah", ()),
    ("peso 42 chili, ho 11 anni e gioco a calcio", ()),
    ("ho paura di mangiare i funghi raccolti nel bosco", ()),
]


@pytest.mark.parametrize(("text", "category", "floor", "context"), ROUND_CASES)
def test_round_56_57_cases_are_read_at_their_level(
    text: str, category: RiskCategory, floor: RiskLevel, context: tuple[str, ...]
) -> None:
    assert_risk(text, category, floor, context=context)


@pytest.mark.parametrize(("text", "category", "floor", "context"), REWORDED)
def test_reworded_families_are_read(
    text: str, category: RiskCategory, floor: RiskLevel, context: tuple[str, ...]
) -> None:
    assert_risk(text, category, floor, context=context)


@pytest.mark.parametrize(("text", "context"), QUIET)
def test_same_words_in_everyday_frames_stay_quiet(text: str, context: tuple[str, ...]) -> None:
    assert_quiet(text, context=context)
