"""A worker opens its model and compiles its safety rules before it takes the first check-in."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from attune.domain.reading import Risk, TextReading
from attune.flows.runtime import Runtime
from attune.perception.lexicon import LexiconPerceiver
from attune.web.background import warm


class RecordingAssessor:
    def __init__(self) -> None:
        self.seen: list[tuple[str, TextReading | None]] = []

    def assess(self, text: str, context: Sequence[str] = (), reading: TextReading | None = None) -> Risk:
        self.seen.append((text, reading))
        return Risk(level="none", category="none", reasons=())


class BrokenAssessor:
    def assess(self, text: str, context: Sequence[str] = (), reading: TextReading | None = None) -> Risk:
        raise RuntimeError("rules failed to compile")


def test_warming_up_runs_one_reading_and_one_safety_check() -> None:
    assessor = RecordingAssessor()
    warm(Runtime(perceiver=LexiconPerceiver(), assessor=assessor))
    assert len(assessor.seen) == 1
    text, reading = assessor.seen[0]
    assert text and reading is not None


def test_a_failed_warm_up_is_logged_and_does_not_stop_the_worker(caplog: pytest.LogCaptureFixture) -> None:
    warm(Runtime(perceiver=LexiconPerceiver(), assessor=BrokenAssessor()))
    assert "did not warm up" in caplog.text
