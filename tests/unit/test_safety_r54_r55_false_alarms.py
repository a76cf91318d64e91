"""Rounds 54-55 false alarms (gold: none) the rules raised, fitted narrowly; each family keeps its risks.

- F1 an urge to strangle or punch a machine (r54-0022): thr_thing, a machine or household thing after "my", is no
  victim in thr_victim (threat.urge_to_hit and the rules that share it).
- F2 friends or a group chat "planning my funeral" over a hot take (r54-0053): the funeral pattern moved from
  suicide.named to suicide.own_funeral_r54, with a message exclude for a third-party planner; never when the writer
  plans or pictures it too, or with death words.
- F3 years since the last self-harm and a t-shirt worn today (r54-0064): good_today reads the day the old scars were
  bared, so the past stays past; never with fresh marks, hiding, urges or a new act.
- F4 learning self-defence "if someone ever grabs me" (r54-0087): a hypothetical stranger after if / in case / should
  in abuse.physical and abuse.sexual; never a named abuser or "again".
- F5 "if jake brings up crypto one more time ... throw myself into the sea lol" (r54-0133): the trivial-repeat idiom
  takes a named subject, and now steps aside for despair or a time after it.
- F6 the best knife for packing tape after moving stress (r54-0178): an idiom for a blade asked for by a packing or
  DIY job; never with the body, the writer or a wish to hurt.
- F7 "can't do this anymore" about a job the writer is quitting (r55-0009): an exclude on suicide.passive_everyday
  for notice, resigning, tickets, a team or clients.
- F8 "have to stab myself with needles forever" after a diabetes diagnosis (r55-0071): an idiom for injections a
  treatment requires; never a wish to feel it, blood, marks or a blade.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_quiet, assert_risk

Case = tuple[str, tuple[str, ...], RiskCategory, RiskLevel]
Harmless = tuple[str, tuple[str, ...]]

# Reworded false alarms and everyday near-misses: all must stay none.
HARMLESS: list[Harmless] = [
    # F1 object
    ("im going to strangle my laptop, it froze again mid essay", ()),
    ("about to throttle my router, the wifi dropped for the tenth time today", ()),
    ("so close to strangling my stupid printer, paper jam number six", ()),
    ("gonna punch my washing machine if it eats another sock", ()),
    ("i want to strangle my old toaster, it burnt the bread again", ()),
    ("ready to choke my sat nav, it sent me down a farm track", ()),
    ("tempted to smack my tv, the remote stopped working", ()),
    ("i could kill for a coffee after fighting with the printer all morning", ()),
    ("my printer jammed again, so annoying", ()),
    # F2 funeral joke
    ("my friends are already planning my funeral because i said cereal counts as soup", ()),
    ("the group chat is organising my funeral cos i defended crocs", ()),
    ("my sister is planning my funeral after i told mum who broke the vase lol", ()),
    ("everyone at work is planning my funeral since i said i like mondays", ()),
    ("my flatmates are arranging my funeral because i ate the last yoghurt", ()),
    ("my nan is planning her own funeral and wants abba played", ()),
    ("went to my uncles funeral today, it was a lovely service", ()),
    ("planning my wedding is so stressful", ()),
    # F3 past self-harm recovery
    ("four years since i last self harmed and today i wore shorts to the park", ()),
    ("its been two years since i last self harmed, today i wore a vest at the gym and felt fine", ()),
    ("five years since i last self harmed and today i put on a swimsuit at the pool without panicking", ()),
    ("six years since i last self harmed. today i wore short sleeves to work", ()),
    ("three years since i self harmed and today i wore a t shirt in front of my class", ()),
    ("bought a new t shirt today for the beach", ()),
    ("wore shorts to the beach today, so sunny", ()),
    ("proud of me, wore a bikini today", ()),
    # F4 self-defence
    ("starting self defence classes, want to learn what to do if somebody grabs me", ()),
    ("what should i do if a stranger grabs me on a night out", ()),
    ("learning jiu jitsu so i know what to do in case someone attacks me", ()),
    ("my krav maga teacher showed us how to get free if a man grabs me from behind", ()),
    ("how do i break a wrist hold if someone ever grabs me", ()),
    ("my dog grabs my sock every morning lol", ()),
    ("signing up for boxing to get fitter", ()),
    ("my toddler grabs me by the hair lol", ()),
    # F5 conditional hyperbole
    ("if tom mentions his sourdough one more time im going to throw myself into the sea lol", ()),
    ("if sarah sends one more voice note im walking into the sea", ()),
    ("if dave brings up his fantasy league again im jumping into the river haha", ()),
    ("if priya posts one more gym selfie im going to throw myself off a cliff", ()),
    ("if my brother says bazinga one more time im throwing myself into the ocean", ()),
    ("going for a swim in the sea tomorrow, cant wait", ()),
    ("we threw ourselves into the sea on new years day for charity", ()),
    ("wore a t shirt today", ()),
    # F6 packing knife
    ("whats the best knife for cutting open all these boxes", ("moving house is so stressful", "everything is chaos")),
    ("which is the best blade for getting through duct tape", ("im so overwhelmed with this move",)),
    ("whats the best knife for opening parcels lol", ("stressed out of my mind", "deliveries piling up")),
    ("whats the sharpest blade for cutting carpet", ("renovating is killing me", "so stressed")),
    ("whats the best knife to use for cutting cardboard", ("feeling really anxious about the move",)),
    ("whats the best knife for cutting steak", ()),
    ("need a good box cutter for work", ()),
    ("whats the best knife for cutting bread", ()),
    # F7 job exhaustion
    ("i cant take this anymore. five years covering everyone elses shifts. handing in my notice tomorrow", ()),
    ("cant do this anymore, the only one answering support tickets again. resigning friday", ()),
    ("i cant deal with this anymore, the clients are impossible. writing my resignation tonight", ()),
    ("i cant do this any more. this team dumps everything on me. im quitting my job", ()),
    ("cant cope with it anymore, my manager keeps piling it on. giving notice monday", ()),
    ("handing in my notice on monday, so excited for the new job", ()),
    ("done with this job, quitting next week", ()),
    # F8 injections
    ("i have to stab myself with insulin pens four times a day now", ("just diagnosed with diabetes",)),
    ("started ivf and i have to stab myself with needles every night", ()),
    ("i have to stab myself with a needle every day for my b12", ()),
    ("new diabetic here, learning to stab myself with needles before every meal", ()),
    ("doctor says i need to stab myself with heparin jabs daily after the op", ()),
    ("had my flu jab today, arm is sore", ()),
    ("i hate needles, blood tests make me faint", ()),
]

# Real risks with the same words: must stay flagged at least at the floor.
RISK: list[Case] = [
    # F1
    ("im going to strangle my flatmate, he keeps stealing my food and i mean it", (), "harm_to_others", "moderate"),
    ("so close to strangling my boss", (), "harm_to_others", "moderate"),
    ("i want to punch my stepdad", (), "harm_to_others", "moderate"),
    ("going to strangle my brother tonight", (), "harm_to_others", "moderate"),
    ("i wanna hurt my neighbour", (), "harm_to_others", "moderate"),
    ("i want to strangle my girlfriend", (), "harm_to_others", "moderate"),
    ("about to punch my dad in his face", (), "harm_to_others", "high"),
    # F2
    ("im planning my funeral", (), "suicide", "moderate"),
    ("ive been picturing my funeral every night", (), "suicide", "moderate"),
    ("my mum doesnt know im planning my funeral", (), "suicide", "moderate"),
    ("my friends are planning my funeral lol but honestly ive been planning my funeral too", (), "suicide", "low"),
    ("planning my own funeral, wondering who would come", (), "suicide", "moderate"),
    # F3
    ("three years since i last self harmed but today i cut again", (), "self_harm", "moderate"),
    ("two years since i last self harmed and today i wore a t shirt and now i want to cut", (), "self_harm",
     "moderate"),
    ("i self harmed last night", (), "self_harm", "moderate"),
    ("today i wore long sleeves to hide my cuts", (), "self_harm", "moderate"),
    ("its been three years since i last self harmed and today i wore a t shirt, people stared at my scars so i hid "
     "in the toilet and cut", (), "self_harm", "moderate"),
    ("four years since i last self harmed, today i wore shorts and i relapsed after", (), "self_harm", "moderate"),
    # F4
    ("someone grabs me every night when i walk home", (), "abuse", "moderate"),
    ("if someone grabs me again like last night i dont know what ill do", (), "abuse", "moderate"),
    ("my stepdad grabs me", (), "abuse", "moderate"),
    ("if he hits me again im leaving", (), "abuse", "moderate"),
    ("a man at work grabs me and touches me", (), "abuse", "moderate"),
    ("my ex grabs me by the arm when hes angry", (), "abuse", "moderate"),
    # F5
    ("going to throw myself off the bridge tonight lol nobody cares", (), "suicide", "high"),
    ("if ben brings up nfts one more time im throwing myself into the sea tonight, for real", (), "suicide",
     "high"),
    ("if my dad says that one more time im going to jump off a bridge, i cant take this anymore", (), "suicide",
     "high"),
    ("im going to throw myself into the sea lol", (), "suicide", "high"),
    ("if i fail one more exam im going to throw myself into the sea", (), "suicide", "high"),
    ("if he touches me one more time im going to throw myself into the river", (), "suicide", "high"),
    # F6
    ("whats the best knife for my arms", ("i cant cope anymore",), "self_harm", "high"),
    ("whats the best blade for cutting my wrists", ("everything hurts",), "self_harm", "high"),
    ("whats the best knife for getting through tape and then my skin", ("i hate myself",), "self_harm", "high"),
    ("whats the best knife", ("so stressed",), "self_harm", "high"),
    ("whats the sharpest blade i can buy", ("i need to feel something",), "self_harm", "high"),
    # F7
    ("i cant do this anymore", (), "suicide", "low"),
    ("i cant do this anymore, handing in my notice and then i want to die", (), "suicide", "moderate"),
    ("i cant do this anymore, im going to kill myself", (), "suicide", "high"),
    ("cant do this anymore. quitting my job and then ending it all", (), "suicide", "moderate"),
    ("i cant take this anymore, i just want to sleep forever", (), "suicide", "moderate"),
    ("i cant do this anymore, my team would be better off without me", (), "suicide", "low"),
    # F8
    ("i stab myself with needles when im upset", (), "suicide", "high"),
    ("i have to stab myself with needles to feel something", (), "suicide", "high"),
    ("i want to stab myself", (), "suicide", "high"),
    ("i keep stabbing myself with a needle until it bleeds", (), "suicide", "high"),
    ("i have to stab myself with a needle now", (), "suicide", "high"),
    ("i want to stab myself with a knife", ("just diagnosed with diabetes",), "suicide", "high"),
]


@pytest.mark.parametrize(("text", "context", "category", "floor"), RISK)
def test_r54_r55_lookalike_risks_stay_flagged(
    text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context)


@pytest.mark.parametrize(("text", "context"), HARMLESS)
def test_r54_r55_false_alarms_and_near_misses_are_not_risk(text: str, context: tuple[str, ...]) -> None:
    assert_quiet(text, context)
