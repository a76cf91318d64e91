"""`attune checkin` in a terminal walks the whole loop and keeps only the learning, never the words."""

from __future__ import annotations

import random
from pathlib import Path

from attune.domain.person import PersonState
from attune.flows.runtime import Runtime
from attune.terminal_checkin import converse, load_state, save_state, state_file
from tests.unit.test_companion_fakes import FixedAssessor, WordPerceiver


def scripted(answers: list[str]) -> tuple[list[str], list[str], object]:
    asked: list[str] = []
    said: list[str] = []

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return answers.pop(0) if answers else ""

    return asked, said, ask


def test_a_hard_moment_goes_from_reflection_through_a_practice_to_learning() -> None:
    asked, said, ask = scripted(["n", "scared", "y", "8", "", "4"])
    runtime = Runtime(WordPerceiver(), FixedAssessor())
    person = converse(runtime, "I'm so anxious, my heart is racing", 9, PersonState(), ask,  # type: ignore[arg-type]
                      said.append, random.Random(3))
    assert any("right?" in q for q in asked)
    assert any("distress" in q for q in asked)
    assert len(said) >= 3
    assert person.learning.to_dict(), "the before/after should be learned from"


def test_the_saved_state_holds_no_written_words(tmp_path: Path) -> None:
    asked, said, ask = scripted(["y"])
    runtime = Runtime(WordPerceiver(), FixedAssessor())
    person = converse(runtime, "a secret sentence about feeling sad", 3, PersonState(), ask,  # type: ignore[arg-type]
                      said.append, random.Random(1))
    path = state_file(tmp_path)
    save_state(path, person)
    assert "secret sentence" not in path.read_text()
    assert load_state(path).to_dict() == person.to_dict()
