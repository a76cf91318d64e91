"""Phrase families added in training rounds 6-8, the framings that keep them honest, and the literal gate.

The example sentences here are written for these tests (they are in neither train.jsonl nor dev.jsonl),
so they also act as a small check that the families reach past the phrasings they were written from.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from attune.domain.reading import RISK_LEVELS, RiskCategory, RiskLevel
from attune.safety import crisis_response, enters_crisis_pathway
from attune.safety import patterns as pattern_module
from attune.safety.levels import rank
from attune.safety.patterns import literal_gate, rules
from attune.safety.rule_engine import assess_messages
from tests.unit.safety_judging import assert_risk, judge

ROOT = Path(__file__).resolve().parents[2]


# ---------------------------------------------------------------- severity and the pathway

def test_levels_are_ordered_and_every_level_from_low_enters_the_pathway() -> None:
    assert list(RISK_LEVELS) == ["none", "low", "moderate", "high", "imminent"]
    assert [rank(level) for level in RISK_LEVELS] == [0, 1, 2, 3, 4]
    risk = judge("honestly I'd be relieved if I never woke up")
    assert risk.level == "low" and risk.category == "suicide"
    assert enters_crisis_pathway(risk)
    assert crisis_response(risk, "GB").kind == "check_in"


def test_the_level_is_the_most_urgent_one_found_while_the_category_follows_the_priority() -> None:
    # suicide words (high) and a blade against the skin right now (self-harm, imminent)
    risk = judge("I want to kill myself, the razor is pressed to my wrist right now")
    assert risk.category == "suicide"
    assert risk.level == "imminent"


# ---------------------------------------------------------------- phrase families

@pytest.mark.parametrize(("text", "category", "floor"), [
    # imminent: ingestion done, bleeding that will not stop, a ligature set up, a place, a time
    ("I've swallowed the tablets I'd been hoarding, everything is going fuzzy", "medical_emergency", "imminent"),
    ("the wound on my leg keeps gushing, I can't get it to stop", "medical_emergency", "imminent"),
    ("the belt is hanging from the loft hatch and the stool is ready", "suicide", "imminent"),
    ("I'm sat right on the edge of the viaduct now", "suicide", "imminent"),
    ("I'm going to do it in ten minutes, the pills are next to me", "suicide", "imminent"),
    # high: method, intent, farewell, preparation, recent attempt
    ("I've worked out how many of my sleeping pills it would take", "suicide", "high"),
    ("I've written notes to everyone I love", "suicide", "high"),
    ("I've sorted out who gets my things after", "suicide", "high"),
    ("I nearly stepped off the platform last night", "suicide", "high"),
    # harm to others: a target with a weapon or a location, slang, urges about a child
    ("I'm going to hurt her, I know where she works", "harm_to_others", "high"),
    ("imma slide on him tonight fr", "harm_to_others", "high"),
    ("every time my son screams I picture shaking him", "harm_to_others", "moderate"),
    # indirect and passive
    ("the only reason I'm still here is my cat", "suicide", "low"),
    ("my family would cope fine if I wasn't here", "suicide", "low"),
    ("I've had enough of being alive", "suicide", "low"),
    ("I'm such a burden to everyone", "suicide", "low"),
    # slang
    ("i should just kys tbh", "suicide", "moderate"),
    ("ion wanna be alive no more", "suicide", "low"),
])
def test_new_phrase_families_are_caught(text: str, category: str, floor: RiskLevel) -> None:
    risk = judge(text)
    assert risk.category == category, risk
    assert rank(risk.level) >= rank(floor), risk


@pytest.mark.parametrize(("text", "category"), [
    ("ya no quiero estar aquí, todos estarían mejor sin mí", "suicide"),
    ("je ne veux plus me réveiller le matin", "suicide"),
    ("ich bin nur noch eine Last für alle", "suicide"),
    ("vorrei non svegliarmi più domani", "suicide"),
    ("todo mundo ficaria melhor sem mim", "suicide"),
    ("main sabke liye bojh ban gaya hoon", "suicide"),
    ("je vais lui faire payer, je sais où elle habite", "harm_to_others"),
    ("vou dar um tiro nele hoje", "harm_to_others"),
])
def test_the_families_exist_in_the_other_languages(text: str, category: str) -> None:
    risk = judge(text)
    assert risk.category == category, risk


# ---------------------------------------------------------------- framings that keep them honest

@pytest.mark.parametrize("text", [
    "I'm going to destroy him at chess tonight",                       # a contest
    "I'm on the bridge now, traffic is terrible, be there soon",        # an ordinary outing
    "not gonna be here tmrw, dentist appt",                             # an ordinary absence
    "can you feed my cat for me while I'm away this weekend?",
    "I've taken the tablets the GP gave me for my chest infection",     # a prescribed dose
    "I took the whole packet of seeds and planted them",
    "I can't do this homework anymore",                                  # an everyday topic
    "I'll kill my brother if he finishes the cereal again",              # an idiom
    "back in college I wrote a goodbye letter, I'm doing well now",     # recovered history
    "I feel like a burden asking my dad for a lift again",
])
def test_ordinary_uses_of_the_same_words_are_left_alone(text: str) -> None:
    assert judge(text).level == "none", judge(text)


def test_a_negation_in_an_earlier_clause_does_not_cancel_the_risk() -> None:
    assert judge("when the baby won't stop crying I want to shake her").category == "harm_to_others"
    assert judge("I don't want to hurt my baby").level == "none"


def test_a_first_person_word_inside_the_phrase_makes_it_the_writers() -> None:
    assert judge("people would be relieved if I wasn't around").category == "suicide"
    assert judge("my friend thinks people would be better off without her").level == "none"


def test_media_words_do_not_explain_away_the_writers_own_preparation() -> None:
    assert judge("I've been learning to tie a noose from youtube videos").category == "suicide"
    assert judge("in the film he ties a noose in the barn").level == "none"


# ---------------------------------------------------------------- the literal gate

def test_every_gate_string_is_literal_text_the_pattern_must_contain() -> None:
    for rule in rules():
        for pattern, gate in zip(rule.patterns, rule.gates, strict=True):
            if gate is None:
                continue
            for text in ("", "a b c", "the the the"):
                assert not (pattern.search(text) and not any(g in text for g in gate)), rule.id
            assert all(isinstance(g, str) and len(g) >= 3 for g in gate)


def test_the_gate_reads_alternations_repeats_and_lookaheads() -> None:
    assert literal_gate(re.compile(r"\b(?:foo|bar)baz\b")) == ("baz",)
    assert set(literal_gate(re.compile(r"\b(?:alpha|beta) (?:x|y)")) or ()) == {"alpha", "beta"}
    assert literal_gate(re.compile(r"\b(?:\w+ )?zz")) is None  # nothing selective enough
    assert literal_gate(re.compile(r"^(?=.*\bneedle\b).*")) == ("needle",)
    assert literal_gate(re.compile("abc", re.IGNORECASE)) is None


def test_gated_and_ungated_rules_judge_every_training_conversation_the_same(
        monkeypatch: pytest.MonkeyPatch) -> None:
    conversations = []
    for line in (ROOT / "eval" / "safety" / "train.jsonl").read_text("utf-8").splitlines()[::3]:
        row = json.loads(line)
        conversations.append([*row.get("context", []), row["text"]])
    gated = [assess_messages(c) for c in conversations]
    monkeypatch.setattr(pattern_module, "_open", lambda gate, text: True)
    assert [assess_messages(c) for c in conversations] == gated


# ---------------------------------------------------------------- round 16: framing fixes

def test_the_garden_shed_is_not_a_person() -> None:
    # "she'd" normalises to "shed"; after a determiner it is a place, so the act stays the writer's
    risk = judge("Going to the shed after tea to take the Stanley knife to my arm")
    assert risk.category == "self_harm" and risk.level != "none"
    assert judge("she'd cut herself again, her mum told me").level == "none"


def test_more_than_i_used_to_is_present_not_past() -> None:
    assert judge("Part of me wants to be dead. I think about it most days now, more than I used to.").level != "none"
    assert judge("I used to want to be dead when I was at school").level == "none"


# ---------------------------------------------------------------- reported threats are not idioms

@pytest.mark.parametrize("text", [
    "he threatened to kill me",
    "he said he will kill me",
    "he says that he will kill me if i go to the police",
    "he'll kill me if I leave",
    "he'll kill me, he said so with the knife out",
    "he had a knife and said he would kill me",
])
def test_a_reported_threat_to_kill_is_danger_not_a_figure_of_speech(text: str) -> None:
    assert_risk(text, "abuse", "high")


@pytest.mark.parametrize("text", [
    "my mum will kill me if i forget her birthday lol",
    "my dad is going to kill me when he sees my grades",
    "my coach said he will kill me if we lose lol",
    "she said she will kill me if i miss her party",
    "my boss will kill me if im late again",
])
def test_will_kill_me_over_something_trivial_stays_a_figure_of_speech(text: str) -> None:
    assert judge(text).level == "none"


@pytest.mark.parametrize("text", [
    "she took her tablets with breakfast",
    "my son took his calpol before bed",
    "dad took his pills at eight like always",
    "this jumper is fitting me better since I lost a bit of weight",
    "the new shoes are fitting nicely",
    "my gun is missing from the ute, I think someone broke in",
])
def test_ordinary_medicine_clothes_and_a_stolen_gun_are_not_emergencies(text: str) -> None:
    assert judge(text).level == "none", judge(text)


@pytest.mark.parametrize(("text", "category"), [
    ("she took all her pills at once", "medical_emergency"),
    ("he swallowed his entire bottle of sleeping pills", "medical_emergency"),
    ("he's fitting and it won't stop", "medical_emergency"),
    ("my dad's shotgun is gone from the safe and he won't answer", "suicide"),
])
def test_the_same_words_with_danger_in_them_still_are(text: str, category: RiskCategory) -> None:
    assert_risk(text, category, "imminent")


@pytest.mark.parametrize(("text", "category", "floor"), [
    # no way out but not existing, said plainly or with a split infinitive
    ("honestly I can't see any other way except not being around anymore", "suicide", "moderate"),
    ("kinda want to just not exist anymore tbh", "suicide", "moderate"),
    # a passive wish through illness
    ("if I got really ill I don't think I'd even get it treated", "suicide", "low"),
    # household chemicals, with "some of the"
    ("drank some of the bleach from the cupboard an hour ago", "medical_emergency", "high"),
    # armed while the person sleeps nearby
    ("he's asleep upstairs and I'm gripping the hammer, I keep thinking about using it", "harm_to_others", "imminent"),
])
def test_quiet_wishes_household_chemicals_and_a_sleeping_target_are_risk(
        text: str, category: RiskCategory, floor: RiskLevel) -> None:
    assert_risk(text, category, floor)


@pytest.mark.parametrize("text", [
    "no one is hitting me, my stepdad is just loud",
    "nobody hurt me, I tripped on the stairs",
    "my flatmate keeps saying 'shoot me' every time the wifi drops",
    "the nurse asked if I'd had thoughts of suicide and I told her no",
    "better off not being here when the builders start at seven",
    "my wife is asleep upstairs and I've got the bread knife out for the toast",
])
def test_denials_exclamations_and_kitchen_knives_are_not_risk(text: str) -> None:
    assert judge(text).level == "none", judge(text)


def test_a_hope_not_to_wake_up_is_the_writers_wish_not_a_medical_emergency() -> None:
    assert_risk("honestly hoping I just won't wake up tomorrow", "suicide", "low")
    assert_risk("my grandad won't wake up and he's making a gurgling noise", "medical_emergency", "imminent")


def test_a_cat_that_raked_my_arm_is_not_corrected_into_assault() -> None:
    assert judge("the cat raked my arm with her claws when I picked her up").level == "none"


@pytest.mark.parametrize("text", [
    "the hotel kept my passport at reception overnight",
    "my aunt kept my passport safe for me while I was travelling",
    "I'm going to make them pay through the small claims court",
    "my crime novel opens with a forged suicide note",
    "the team is better off with me gone for the week, they can finally relax",
    "the cat scratched my arms until they bled when I tried to bath her",
])
def test_safekeeping_courts_fiction_a_week_away_and_a_cat_are_not_risk(text: str) -> None:
    assert judge(text).level == "none", judge(text)


@pytest.mark.parametrize(("text", "category", "floor"), [
    ("my boss kept my passport and says I'll be deported if I complain", "abuse", "moderate"),
    ("I'm going to make him pay for what he did", "harm_to_others", "moderate"),
    ("everyone would be better off with me gone", "suicide", "low"),
    ("I scratched my arms until they bled", "self_harm", "moderate"),
    ("she slaps my sister and me when she's drunk", "abuse", "moderate"),
])
def test_the_same_words_about_control_revenge_and_hurt_still_count(
        text: str, category: RiskCategory, floor: RiskLevel) -> None:
    assert_risk(text, category, floor)
