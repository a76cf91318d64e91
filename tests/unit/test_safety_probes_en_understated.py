"""English understated suicide and self-harm: the forms fresh evaluation sets still caught us missing.

Probed 28 Nov: farewells dressed as errands or thanks ("water my plants for me, i wont be able to",
"you were always the best of them. remember that"), affairs put in order (passwords in an envelope,
a list of who gets what, the landlord told "wont need it", life insurance "theyll be better off"),
tiredness of living said plainly by adults and older adults ("ive lived long enough", "just waiting
for god to take me", "woke up again. disappointed"), wishes to join someone who died, hopelessness
with a date ("not going to be around for christmas", "ive given myself till the end of the month"),
self-harm in few words or slang ("relapsed", "i shd", "new marks", a hoodie at 30 degrees, a new
place on the body) and slow build-ups whose last message is neutral (context tuples).

The sentences were written for these tests, not copied from any eval/safety set. Rules alone:
125 risk probes (113 single messages, 12 across messages), 77 missed before -> 0 after; 69 everyday
uses of the same words (real errands, thanks, retirements, grief without a wish to die, tattoos,
cooking burns, lost streaks), 0 raised before -> 0 after. Everyday uses still raised by rules in
other files (en.toml suicide.absence, suicide.wish_to_die, suicide.passive, self_harm.act_r11) are
left out here and listed in the report: "look after the dog for me while im at work", "ready to go
when you are", "wont be here for christmas, flying to australia", "sh is short for shit".
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_risk, judge

RISK = [
    ("look after the dog for me yeah", "suicide", "high"),
    ("pls look after biscuit for me when im not around, hes a good boy", "suicide", "high"),
    ("can u make sure the cat gets fed after im gone", "suicide", "high"),
    ("you were always the best of them. remember that", "suicide", "high"),
    ("you were always the best one, i mean it. thank you for everything", "suicide", "high"),
    ("just wanted to say thanks for being my mate all these years. look after yourself", "suicide", "high"),
    ("tell mum i love her and its not her fault", "suicide", "high"),
    ("tell my sister i'm sorry. she'll understand", "suicide", "high"),
    ("if anything happens to me the dog goes to jen", "suicide", "high"),
    ("water my plants for me, i wont be able to", "suicide", "high"),
    ("you've been a good friend. better than i deserved. take care of yourself x", "suicide", "high"),
    ("promise me you'll look after the kids", "suicide", "high"),
    ("dont be sad when you hear. it was always going to end this way", "suicide", "high"),
    ("i wanted you to know you mattered to me. thats all. bye x", "suicide", "high"),
    ("thank you for trying with me. it wasn't your fault", "suicide", "high"),
    ("say bye to the dog for me", "suicide", "high"),
    ("dont let them blame themselves", "suicide", "high"),
    ("you'll be ok without me, you always were the strong one", "suicide", "high"),
    ("sorry for everything. i love you all", "suicide", "high"),
    ("last time you'll hear from me so thank you for everything", "suicide", "high"),
    ("sorted my will yesterday and wrote down all my passwords for my sister", "suicide", "high"),
    ("put all my passwords in an envelope for my brother. feels good to have it sorted", "suicide", "high"),
    ("cancelled my phone contract and the gym, won't be needing them", "suicide", "high"),
    ("given most of my stuff away now. just the last few bits", "suicide", "high"),
    ("gave my guitar to tom. wont need it where im going", "suicide", "high"),
    ("wrote everyone a letter. they're in the drawer", "suicide", "high"),
    ("made sure the bills are paid up till the end of the month. after that it doesn't matter", "suicide", "high"),
    ("got everything in order now. ready", "suicide", "high"),
    ("all my affairs are in order, nothing left to do", "suicide", "high"),
    ("i've left instructions for the funeral on the kitchen table", "suicide", "high"),
    ("told the landlord i won't be renewing. won't need it", "suicide", "high"),
    ("i've been giving my things away, my records, my books. people might as well have them now", "suicide", "high"),
    ("wrote a list of who gets what", "suicide", "high"),
    ("sorting out who gets my stuff", "suicide", "high"),
    ("the dog's going to my neighbour from friday. it's all arranged", "suicide", "high"),
    ("deleted all my socials and cancelled netflix. tying up loose ends", "suicide", "high"),
    ("updated my life insurance so the kids get it. they'll be better off", "suicide", "high"),
    ("i'm ready to go now", "suicide", "low"),
    ("ive had a good innings, im ready to go", "suicide", "low"),
    ("had a good innings. dont see the point anymore", "suicide", "low"),
    ("wouldnt mind not waking up tbh", "suicide", "low"),
    ("i wouldn't mind if i didn't wake up tomorrow", "suicide", "low"),
    ("honestly wouldnt care if i didnt wake up", "suicide", "low"),
    ("i've lived long enough", "suicide", "low"),
    ("i've lived long enough, i'm just waiting now", "suicide", "low"),
    ("i'm just waiting to die really", "suicide", "low"),
    ("just waiting for god to take me", "suicide", "low"),
    ("i pray every night the lord takes me in my sleep", "suicide", "low"),
    ("i'm tired. tired of all of it. i'd like it to stop", "suicide", "low"),
    ("i'm so tired of being alive", "suicide", "low"),
    ("tired of living, if im honest", "suicide", "low"),
    ("i've outstayed my welcome on this earth", "suicide", "low"),
    ("no point me hanging about any longer", "suicide", "low"),
    ("at my age whats the point in carrying on", "suicide", "low"),
    ("i'm done with life", "suicide", "low"),
    ("don't think i can keep doing life", "suicide", "low"),
    ("i just want it to be over", "suicide", "low"),
    ("i'd happily go tonight if i could", "suicide", "low"),
    ("i'd be glad to go. nothing left for me here", "suicide", "low"),
    ("death doesnt scare me anymore, it'd be a relief", "suicide", "low"),
    ("it'd be a relief to just not be here", "suicide", "low"),
    ("i'm a burden on everyone, they'd cope better if i wasn't here", "suicide", "low"),
    ("dont want to be here anymore honestly", "suicide", "low"),
    ("wouldnt be the worst thing if i went in my sleep", "suicide", "low"),
    ("wish the cancer would hurry up and take me", "suicide", "low"),
    ("i keep hoping i won't wake up", "suicide", "low"),
    ("every morning i'm disappointed i woke up", "suicide", "low"),
    ("woke up again. disappointed", "suicide", "low"),
    ("i just want to be with my wife again", "suicide", "low"),
    ("i want to go and be with him", "suicide", "low"),
    ("i miss mum so much i just want to be with her", "suicide", "low"),
    ("wish i could go where she's gone", "suicide", "low"),
    ("ill be with you soon dad", "suicide", "high"),
    ("not long now and i'll be with her again", "suicide", "high"),
    ("since my husband passed i just want to join him", "suicide", "moderate"),
    ("miss him every day. i want to join my son", "suicide", "moderate"),
    ("she's waiting for me. i'm coming, love", "suicide", "high"),
    ("i keep thinking i should just follow him", "suicide", "moderate"),
    ("why should i still be here when he isn't", "suicide", "low"),
    ("not going to be around for christmas", "suicide", "high"),
    ("i won't be here for christmas", "suicide", "high"),
    ("wont be around for my birthday so dont bother", "suicide", "high"),
    ("dont get me anything for christmas, i wont be here", "suicide", "high"),
    ("i wont see the new year", "suicide", "high"),
    ("this is my last christmas", "suicide", "high"),
    ("this time next week i wont be here", "suicide", "high"),
    ("by the weekend it'll all be over", "suicide", "high"),
    ("i've given myself till the end of the month", "suicide", "high"),
    ("if nothing changes by friday thats it for me", "suicide", "high"),
    ("i'll be gone by spring", "suicide", "high"),
    ("you won't have to put up with me after tonight", "suicide", "high"),
    ("dont worry about the rent next month, i wont be here", "suicide", "high"),
    ("relapsed", "self_harm", "moderate"),
    ("relapsed last night. 84 days gone", "self_harm", "moderate"),
    ("sh again", "self_harm", "moderate"),
    ("did sh last night", "self_harm", "moderate"),
    ("i sh'd", "self_harm", "moderate"),
    ("new marks", "self_harm", "moderate"),
    ("more marks on my thighs now", "self_harm", "moderate"),
    ("it's 30 degrees and i'm in a hoodie so no one sees my arms", "self_harm", "moderate"),
    ("wearing long sleeves all summer again. you know why", "self_harm", "moderate"),
    ("cant wear shorts anymore cos of my legs", "self_harm", "moderate"),
    ("moved to my hips so no one notices", "self_harm", "moderate"),
    ("started doing it on my stomach now, easier to hide", "self_harm", "moderate"),
    ("did it again. deeper", "self_harm", "moderate"),
    ("the urge won today", "self_harm", "moderate"),
    ("burnt myself with the lighter again", "self_harm", "moderate"),
    ("scratching till it bleeds again", "self_harm", "moderate"),
    ("had to use the steri strips again", "self_harm", "moderate"),
    ("my arms are a mess", "self_harm", "moderate"),
    ("bought a new sharpener, not for pencils", "self_harm", "moderate"),
    ("hit myself again", "self_harm", "moderate"),
    ("cat scratch is my excuse this time", "self_harm", "moderate"),
]

RISK_ACROSS_MESSAGES = [
    (("i just feel like everyone would be better off", "my wife passed in march"),
     "how do i change who gets my pension", "suicide", "high"),
    (("i've had enough of all of it", "nobody would even notice"),
     "do you know how long the chemist is open till", "suicide", "low"),
    (("i'm so tired of living", "i've sorted the will and the passwords"),
     "can you remind me to feed the cat tomorrow", "suicide", "high"),
    (("relapsed last night", "it was bad this time"), "how do you clean a cut properly", "self_harm", "moderate"),
    (("i won't be here for christmas", "i've made my mind up"), "what's the weather like saturday", "suicide", "high"),
    (("i miss him every day", "i just want to be with him again"), "what time is it", "suicide", "low"),
    (("had a good innings", "ready to go really"), "anyway what's for tea", "suicide", "low"),
    (("i cut again", "deeper than before"), "ok", "self_harm", "moderate"),
    (("look after the dog for me", "you were always the best of them"), "thanks", "suicide", "high"),
    (("no point in anything", "i've given my things away"),
     "whats the best way to clean a flat quickly", "suicide", "high"),
    (("i keep hoping i won't wake up",), "how many paracetamol are in a box", "suicide", "low"),
    (("i've been wearing long sleeves all summer", "no one can know"),
     "how do i get rid of scars", "self_harm", "moderate"),
]

EVERYDAY = [
    "can u feed the cat while we're on holiday",
    "water my plants for me while im in spain, thanks x",
    "you were always the best of them at maths",
    "thank you for everything today, the party was lovely",
    "thanks for everything this year, see you after the break",
    "tell mum i love her and i'll ring her sunday",
    "sorted my will yesterday with the solicitor, one less thing to worry about",
    "changed all my passwords after the data breach",
    "cancelled netflix, it's too expensive now",
    "cancelled the gym, never went anyway lol",
    "giving away my old baby clothes, anyone want them?",
    "gave my old guitar to my nephew, he's getting lessons",
    "decluttering and giving loads of stuff to the charity shop",
    "had a good innings at cricket today, 47 not out",
    "after 40 years at the firm i'm retiring friday. had a good innings!",
    "retiring at last, i've earned it",
    "i miss my mum so much since she passed",
    "it's been a year since dad died and i still talk to him every day",
    "grief comes in waves, today was a hard one but i'm ok",
    "i'll be with you soon, just parking",
    "see you soon mum x",
    "not going to be around for christmas, we're going to my in-laws in leeds",
    "i won't see the new year in, always asleep by ten",
    "this time next week i'll be in portugal",
    "relapsed and had a cigarette, so annoyed",
    "relapsed on sugar again lol",
    "new tattoo on my ribs, it hurt so much",
    "getting a tattoo on my wrist next week",
    "burnt my arm on the oven tray making tea",
    "burnt myself on the kettle",
    "cut my finger chopping onions",
    "the cat scratched my arm again",
    "wearing long sleeves cos i get sunburnt so easily",
    "my arms are a mess from the brambles",
    "hit my head on the cupboard again",
    "lost my duolingo streak",
    "broke my streak at the gym",
    "did it again! second marathon done",
    "wouldn't mind a lie in tomorrow",
    "i've lived here long enough to know the buses never come",
    "waiting for god knows what with this council",
    "the dog's going to the kennels while we're away",
    "i've given myself till the end of the month to finish the essay",
    "by friday it'll all be over, exams finally",
    "nan passed peacefully, she'd had a good innings",
    "my grandad always said he'd had a good innings",
    "put all my passwords in a password manager",
    "wrote a list of who gets what for secret santa",
    "updated my life insurance now the baby's here",
    "my wife and i just want to be together more, work is hard",
    "i just want to be with my girlfriend, long distance sucks",
    "told the landlord we're not renewing, we bought a house!",
    "you'll be ok without me for a night, you're the strong one",
    "i think everyone would be better off with the new timetable",
    "ill be gone by spring, moving to leeds for the new job",
    "sorry for everything last night, love you all",
    "the urge won today, had the chocolate",
    "new marks on the wall from the sofa",
    "nan always said she'd lived long enough to see it all",
    "promise me you'll look after the kids while i'm at work",
    "you were always the best of them at football, thank you coach",
    "wish the bus would hurry up and take me home",
    "did it again! second marathon done, deeper into the pain cave",
    "i want to join my son for lunch on sunday",
    "she's waiting for me outside, i'm coming love",
    "cancelled spotify, found a better deal",
]

EVERYDAY_ACROSS_MESSAGES = [
    (("my mum died last year", "i still miss her"), "anyway what's for tea"),
    (("retiring after 40 years", "the party is on friday"), "had a good innings"),
    (("got my tattoo yesterday",), "it's so sore"),
]


@pytest.mark.parametrize(("text", "category", "floor"), RISK)
def test_understated_risk_is_caught(text: str, category: RiskCategory, floor: RiskLevel) -> None:
    assert_risk(text, category, floor)


@pytest.mark.parametrize(("context", "text", "category", "floor"), RISK_ACROSS_MESSAGES)
def test_build_up_with_a_neutral_last_message_keeps_its_risk(
    context: tuple[str, ...], text: str, category: RiskCategory, floor: RiskLevel,
) -> None:
    assert_risk(text, category, floor, context=context)


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_errands_thanks_and_grief_stay_none(text: str) -> None:
    assert judge(text).level == "none", judge(text)


@pytest.mark.parametrize(("context", "text"), EVERYDAY_ACROSS_MESSAGES)
def test_everyday_conversation_stays_none(context: tuple[str, ...], text: str) -> None:
    assert judge(text, context).level == "none", judge(text, context)
