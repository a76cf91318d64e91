"""Nothing Attune says is judgemental or diagnostic, and it never claims to be a therapist."""

from __future__ import annotations

import random
import tomllib
from collections.abc import Iterator
from importlib import resources
from typing import Any

import pytest

from attune.domain.composer import compose, load_phrasing
from attune.domain.language_check import check_all, is_kind, problems
from attune.domain.learning import LearningState
from attune.domain.person import CheckinMemory, PersonState
from attune.domain.policy import Plan, TurnNote, decide
from attune.domain.practices import load_catalogue
from attune.domain.reading import BodyCue, Reading, Risk
from tests.unit.test_companion_fakes import text_reading


@pytest.mark.parametrize("sentence", [
    "You should try to relax.",
    "You must breathe slowly.",
    "You need to stop worrying.",
    "That's not a failure.",
    "You're overreacting.",
    "That sounds crazy.",
    "It could be an anxiety disorder.",
    "I can't diagnose you.",
    "You have depression.",
    "You might have PTSD.",
    "You're clearly depressed.",
    "Sounds like a bad mood.",
    "There's nothing wrong with you.",
    "Try to calm down.",
    "Just relax.",
    "At least you have a job.",
    "Cheer up!",
    "Don't worry about it.",
    "As your therapist, I think this helps.",
    "I'm a licensed counsellor.",
    "I am a psychologist.",
    "Those are common symptoms.",
])
def test_it_rejects_judgemental_diagnostic_and_therapist_words(sentence: str) -> None:
    assert problems(sentence), sentence


@pytest.mark.parametrize("sentence", [
    "It sounds like you might be feeling frustrated — maybe even let down.",
    "That makes sense. Did I get that right?",
    "Thank you for telling me — not angry, more hurt. I'm sorry I missed that.",
    "Check with a doctor first if you live with a heart condition.",
    "Skip this one if you are pregnant, or if you live with epilepsy, a heart condition or panic attacks.",
    "If you feel light-headed, breathe normally for a moment and go more gently.",
    "It's not a therapist: Attune is a companion for practice between sessions.",
])
def test_it_lets_warm_tentative_plain_sentences_through(sentence: str) -> None:
    assert is_kind(sentence), problems(sentence)


def _strings(node: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, f"{path}.{key}" if path else key)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _strings(value, f"{path}[{i}]")


@pytest.mark.parametrize("name", ["phrasing.toml", "practices.toml"])
def test_every_sentence_in_the_content_files_passes(name: str) -> None:
    raw = resources.files("attune.content").joinpath(name).read_text(encoding="utf-8")
    sentences = list(_strings(tomllib.loads(raw)))
    assert len(sentences) > 100
    assert check_all(sentences) == []


def test_every_phrasing_variant_passes_with_its_placeholders_filled() -> None:
    assert check_all(load_phrasing().sentences()) == []


def test_every_practice_text_passes() -> None:
    assert check_all(s for p in load_catalogue().practices for s in p.sentences()) == []


def test_composed_replies_pass_across_many_situations() -> None:
    cues = [BodyCue("chest", "tight"), BodyCue("heart", "racing"), BodyCue("whole_body", "numb")]
    labels = [("anger", "angry"), ("sadness", "sad"), ("fear", "scared"), ("joy", "happy"), ("grief", "")]
    person = PersonState(memories=(CheckinMemory("sad", ()),))
    for seed in range(60):
        rng = random.Random(seed)
        label, word = labels[seed % len(labels)]
        reading = Reading(text_reading((label, 0.8, word), cues=cues[: seed % 3]), Risk(),
                          rng.choice(["hyper", "within", "hypo"]), rng.choice([None, 2, 5, 9]))
        history = (TurnNote(("reflect",), "within", "angry", fits=seed % 2 == 0, corrected_to="hurt"),)
        reply = compose(decide(reading, history, LearningState(), rng), reading, person, rng)
        assert is_kind(reply.text), (reply.text, problems(reply.text))


def test_repair_and_integration_replies_pass() -> None:
    note = TurnNote(("reflect",), "within", "angry", "cold-water", fits=False, corrected_to="hurt",
                    practice_before=8, practice_after=9)
    for plan in (Plan(("repair",), "within", about=note), Plan(("integrate",), "hyper", about=note)):
        for seed in range(10):
            assert is_kind(compose(plan, None, PersonState(), random.Random(seed)).text)
