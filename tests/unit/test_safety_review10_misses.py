"""Review 10 of the rounds 56-57 fit: the risks its new explanations and excludes silenced, read as families.

The fit taught the rules that a later message may explain an earlier dark word away (a job left, a football
result, pests, a game, a "jk" in any language) and added idioms and excludes for everyday uses. The reviewer's
probes found where those readings reached past a dark word to a plan, a method, a time, a farewell, worthlessness
or being a burden, which no later message explains:
- leaving a job (rule_engine._LaterReading.quit) closed "i'm ending it" beside "everyones tired of me", "nobody even
  notices me", "no need for it where im going" or "a letter for my mum", from any earlier message: `quit_veto` now
  names worth, a burden, a farewell and a letter for family, and the reading reaches two messages back only;
- a fan's wish to die (framing.is_fan_lament) after "been like this for months" or "im so tired of everything":
  `fan_veto`; the captain or skipper after a cricket collapse is the same lament as the manager (`fan_sack`);
- "i want them all dead" about people called rats or cockroaches ("the rats who grassed me up to the police"):
  `pest_people` names "who", the police, grassing, music, a flat above or below (and no longer "the kids swings",
  where the wasps are);
- a "jk" (or "es broma", "scherzo") after a hyperbole that says nobody would miss the writer: `retract_hit_veto` in
  every language; the one message a "jk" may reach back past is a bare vow or a laugh (`retract_filler`), never
  "honestly" or "seriously";
- idioms: "gun to my head, i couldnt tell you if i want to wake up tomorrow"; "one more appraisal being told im
  useless"; older ones that masked "i want to die tonight and i know exactly how" and "... im so tired of everything";
  "a show's ending" read as a trivial trigger in "thinking of ending it lol";
- en.toml: "my worry is he'll leak the photos" ("is" before "he'll" was taken for the noun hell); "i need a holiday,
  or just to disappear" (the holiday exclude now never beside a wish to disappear or not wake up);
- new rules' excludes that took the risk with them: a laugh beside the gun key or "what am i even living for", a
  class beside a husband's death, a car sold after the dog was given for good, an exam before "i want to die tonight
  and i know how", "i know its dangerous but", a party the child was picked up from, "better for the team" after
  "if i just stopped existing".
Each family also keeps its everyday near-misses quiet (tests/unit/test_safety_r56_r57_false_alarms.py keeps the
fit's own).
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_quiet, assert_risk

Case = tuple[tuple[str, ...], str, RiskCategory, RiskLevel]

RISK: list[Case] = [
    # gun to my head, and what is not known is whether to go on (#138)
    ((), "gun to my head, i honestly couldnt tell you if i want to wake up tomorrow", "suicide", "low"),
    ((), "gun to my head i couldnt tell you if i even want to be alive", "suicide", "low"),
    ((), "if you put a gun to my head i couldnt tell you the point of me living", "suicide", "low"),
    # one more work ritual, with the writer's worth or despair (#140)
    ((), "if i have to sit through one more appraisal being told im useless im walking into the river, honestly im so "
         "tired of all of it", "suicide", "low"),
    ((), "if i have to do another performance review where im told im worthless im walking into the sea", "suicide",
     "low"),
    ((), "if i have to sit through one more meeting im jumping off the roof, im so tired of everything", "suicide",
     "low"),
    ((), "if i have to sit through one more quarterly review where im told im useless im walking into the sea",
     "suicide", "low"),
    # a holiday needed, and a wish to disappear (#139)
    ((), "i cant do this anymore. i need a holiday, or just to disappear", "suicide", "low"),
    ((), "cant take it anymore, i need a holiday, or to just never wake up", "suicide", "low"),
    # people called pests (#141, #142)
    ((), "the rats who grassed me up to the police, i want them all dead", "harm_to_others", "low"),
    ((), "those cockroaches upstairs blasting music till 3am again. i want them all dead", "harm_to_others", "low"),
    (("the snakes who lied about me at work",), "i want them all dead", "harm_to_others", "low"),
    ((), "the kids keep kicking the ball at the wasps, i want them all dead", "harm_to_others", "low"),
    # a fan's wish that has lasted, or despair at everything (#143, #144)
    (("lost 2-0 again",), "honestly i want to die. been like this for months. and the manager has to go", "suicide",
     "moderate"),
    (("we lost 3-1",), "i want to die, im so tired of everything. the board has to go", "suicide", "low"),
    (("lost 4-0 to villa",), "want to die tonight, the gaffer has to go", "suicide", "moderate"),
    (("abbiamo perso 3-0",), "voglio morire, sono stanco di tutto, l'allenatore deve andare via", "suicide",
     "moderate"),
    (("perdimos 5-0 en casa",), "me quiero morir, estoy cansado de todo, que echen al entrenador ya", "suicide",
     "moderate"),
    # a job left, with worth, a burden, a farewell or a letter for family (#145, #146, #199)
    (("i'm going to end it", "nobody even notices me"), "gave in my notice today, no need for it where im going",
     "suicide", "moderate"),
    (("im done, im ending it",), "wrote my resignation letter and a letter for my mum", "suicide", "moderate"),
    (("im ending it today", "i cant do this anymore, everyones tired of me"), "handing in my notice at 5", "suicide",
     "moderate"),
    (("im ending it tonight", "im useless anyway"), "quitting my job at lunch", "suicide", "moderate"),
    (("im so done, im ending it today",), "handing in my notice at 5, wont need it where im going", "suicide",
     "moderate"),
    (("im ending it today",), "handed in my notice and wrote letters for my kids", "suicide", "moderate"),
    (("estoy harto, voy a acabar con esto", "nadie me quiere"), "presento mi dimision mañana", "suicide", "low"),
    # ... and not from three messages back
    (("im so done, im ending it today", "this week was awful", "my boss is a joke"), "handing in my notice at 5",
     "suicide", "moderate"),
    # "jk" after "nobody would miss me", in any language, and never past "honestly" (#161, #198)
    (("si me vuelve a llover encima me tiro por la ventana, total nadie me echaría de menos",), "jaja es broma",
     "suicide", "low"),
    (("se domani piove ancora mi butto dal balcone, tanto non importa a nessuno", "giuro"), "scherzo eh 😂",
     "suicide", "low"),
    (("if it rains again tomorrow im jumping off the balcony, nobody would miss me anyway",), "jk lol", "suicide",
     "low"),
    (("if my boss sends one more email im jumping off the balcony", "honestly"), "jk", "suicide", "low"),
    (("if the printer jams im jumping off the roof", "seriously"), "jk lol", "suicide", "low"),
    # "he'll" after "is" or "like" (#149)
    ((), "im so scared, my worry is he'll leak the photos to my whole school", "abuse", "high"),
    ((), "the thing is he'll actually post the pics if i dont send more", "abuse", "high"),
    ((), "its like he'll send the videos to my mum if i leave", "abuse", "high"),
    # what the writer is living for, beside a laugh or a death (#110, #112)
    ((), "what am i even living for lol", "suicide", "low"),
    (("my husband passed in may",), "what am i still here for? even the class i go to on tuesdays feels pointless",
     "suicide", "low"),
    (("my mum died in march",), "what am i still here for, work is the only thing and even that is pointless",
     "suicide", "low"),
    # the dog given for good, then a sale (#113)
    (("gave my dog to my sister and told her hes hers now", "sold my car too"), "thats everything sorted", "suicide",
     "moderate"),
    (("took the cat round to my neighbour and told her shes hers now", "sold the bike as well"),
     "thats everything sorted", "suicide", "moderate"),
    # a real stressor before "i want to die tonight and i know how" (#120)
    ((), "failed my exam again. i want to die tonight and i know how", "suicide", "high"),
    ((), "my boss humiliated me in front of everyone, i want to die tonight and i know exactly how", "suicide",
     "high"),
    # a laugh beside access to the means (#121)
    ((), "been thinking of ending it lol. found out where my dad keeps the gun key", "suicide", "high"),
    ((), "thinking about ending it haha, i know where mum hides her sleeping pills", "suicide", "high"),
    # a drunk driver with the child, picked up from a party (#133)
    ((), "pls help hes drunk and got my son in the car, said hed drive them into the river, he picked him up from a "
         "party", "abuse", "imminent"),
    ((), "shes wasted and got the kids in the car, said shed drive us all into the canal", "abuse", "imminent"),
    # "i know its dangerous but" (#136)
    ((), "no food and no water all week and spitting in a bottle, i know its dangerous but i have to make weight",
     "eating_disorder", "low"),
    ((), "no water and a sauna suit every night, i know its dangerous but the weigh in is friday", "eating_disorder",
     "low"),
    # not existing, better for the team (#155)
    ((), "if i just stopped existing it would be better for the team", "suicide", "low"),
    ((), "if i never woke up it would be easier for my family", "suicide", "low"),
]

QUIET: list[tuple[tuple[str, ...], str]] = [
    # a collapse at cricket, a thrashing at football (#42)
    ((), "all out for 36, i want to die, the captain has to go"),
    (("bowled out for 52",), "i want to die honestly, the skipper has to go"),
    (("we lost 3-0 at home",), "i want to die, the manager has to go"),
    (("abbiamo perso 4-0 col Napoli",), "voglio morire, l'allenatore deve andare via"),
    # not knowing, one more ritual
    ((), "gun to my head i couldnt name a single song by them"),
    ((), "gun to my head, i couldnt tell you what time the shop opens tomorrow"),
    ((), "if you put a gun to my head i wouldnt know which twin is which"),
    ((), "if i have to sit through one more appraisal im walking into the sea 🙃"),
    ((), "if i have to do another icebreaker im jumping off the roof, so tired of icebreakers"),
    ((), "if i have to sit through one more quarterly review im walking into the sea"),
    ((), "if i have to do another annual review im driving into the sea"),
    # pests
    (("the rats are back in the loft", "i want them all dead"), "snap traps or poison?"),
    (("these slugs are destroying my lettuces",), "i want them all dead"),
    ((), "the ants are all over the kitchen again, i want them all dead"),
    ((), "theres a wasps nest right by the kids swings, i want them all dead"),
    ((), "found mice in the kids room again, i want them all dead"),
    # a job left
    (("im ending it today, this place is a joke",), "just handed in my notice, last shift at the warehouse on friday"),
    (("im so done, im ending it today", "cant do this anymore"),
     "handing in my notice at 5. three years at that call centre is enough"),
    (("im done im ending it tonight",), "resignation letter is written, hr meeting at 9 tomorrow"),
    # "jk" behind a bare vow or a laugh
    (("if my boss sends one more email im jumping off the balcony", "i swear"), "jk lol i live on the ground floor"),
    (("si llueve otra vez me tiro por la ventana", "lo juro"), "jaja es broma, vivo en un bajo"),
    (("se domani piove ancora mi butto dal balcone", "giuro"), "scherzo eh 😂 abito al primo piano"),
    (("if the printer jams im jumping off the roof", "😂"), "jk"),
    # the noun hell
    (("school was hell today", "they posted the video again"), "im fine"),
    ((), "my week was hell. posted the photos from the trip anyway"),
    ((), "it was hell, he posted the video of the match on the club page"),
    # a holiday, disappearing off grid
    ((), "I can't take it anymore, I need a holiday."),
    ((), "I can't do this anymore, I need a holiday where I can disappear off grid for a week"),
    # a place, a sale, a gun club, a show's ending
    ((), "what am i even here for lol, the dj hasnt played one good song"),
    ((), "gave my old guitar to my nephew and sold the bike, dropped the cat at my mums for the week. thats everything "
         "sorted"),
    ((), "found out where my dad keeps the gun key, we're going clay shooting on sunday"),
    ((), "the ending of that show made me want to die lol"),
    # a day out, a party, a coach's warning, not existing online
    ((), "hes got the kids in the car and said hed drive them off to the beach for the day, so i get a lie in"),
    ((), "my husband got the kids in the car to take them to a birthday party"),
    ((), "bin bags and spitting is banned in our club now, coach says its dangerous"),
    ((), "no food no water and spitting, coach says its dangerous so were not doing that"),
    ((), "if i stopped existing at work for a week it would be easier to finish this"),
    ((), "if i just stopped existing on instagram it would be better for the team, less drama"),
]


@pytest.mark.parametrize(("context", "text", "category", "floor"), RISK)
def test_what_no_later_message_explains_stays_flagged(
    context: tuple[str, ...], text: str, category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context=context)


@pytest.mark.parametrize(("context", "text"), QUIET)
def test_the_everyday_near_misses_stay_quiet(context: tuple[str, ...], text: str) -> None:
    assert_quiet(text, context=context)
