"""Interfaces the companion needs from perception and safety, so the domain never imports a model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from attune.domain.reading import Risk, TextReading


class Perceiver(Protocol):
    def read(self, text: str) -> TextReading: ...

    def read_many(self, texts: Sequence[str]) -> list[TextReading]: ...


class RiskAssessor(Protocol):
    def assess(self, text: str, context: Sequence[str] = (), reading: TextReading | None = None) -> Risk: ...
