"""The check-in's own vocabulary: the valence–energy grid with its words, and the body map.

Both are reviewed content (content/feeling_words.toml, content/body_map.toml), validated when first
loaded: every square of the grid and every body region present, no word in two squares, and
nothing that attune.domain.language_check would keep from a person.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from attune.domain.language_check import problems
from attune.domain.reading import BODY_REGIONS, QUADRANTS

MIN_WORDS_PER_QUADRANT = 20


@dataclass(frozen=True)
class GridSquare:
    """One square of the valence–energy grid and the words that belong to it."""

    key: str
    label: str
    example: str
    felt: str
    common: tuple[str, ...]
    more: tuple[str, ...]

    @property
    def words(self) -> tuple[str, ...]:
        return self.common + self.more

    @property
    def pleasant(self) -> bool:
        return self.key.endswith("_pleasant") and not self.key.endswith("_unpleasant")

    @property
    def high_energy(self) -> bool:
        return self.key.startswith("high_")


@dataclass(frozen=True)
class BodyRegion:
    key: str
    label: str
    sensations: tuple[str, ...]


class ContentError(ValueError):
    """A content file is missing something or says something Attune may not say."""


def _read(name: str) -> dict[str, Any]:
    return tomllib.loads(resources.files("attune.content").joinpath(name).read_text(encoding="utf-8"))


@cache
def grid() -> tuple[GridSquare, ...]:
    """The four squares, in QUADRANTS order (high-unpleasant, high-pleasant, low-unpleasant, low-pleasant)."""
    return parse_grid(_read("feeling_words.toml"))


@cache
def body_map() -> tuple[BodyRegion, ...]:
    return parse_body_map(_read("body_map.toml"))


def parse_grid(data: Mapping[str, Any]) -> tuple[GridSquare, ...]:
    table = data.get("quadrant", {})
    if set(table) != set(QUADRANTS):
        raise ContentError(f"feeling words: the squares must be exactly {QUADRANTS}, not {sorted(table)}")
    squares = tuple(_square(key, table[key]) for key in QUADRANTS)
    seen: dict[str, str] = {}
    for square in squares:
        if len(square.words) < MIN_WORDS_PER_QUADRANT:
            raise ContentError(f"feeling words: {square.key} has {len(square.words)} words, fewer than "
                               f"{MIN_WORDS_PER_QUADRANT}")
        for word in square.words:
            if word in seen:
                raise ContentError(f"feeling words: {word!r} is in both {seen[word]} and {square.key}")
            seen[word] = square.key
    return squares


def _square(key: str, entry: Mapping[str, Any]) -> GridSquare:
    square = GridSquare(
        key=key, label=_text(entry, "label", key), example=_text(entry, "example", key),
        felt=_text(entry, "felt", key), common=_words(entry, "common", key), more=_words(entry, "more", key),
    )
    _check_kind(key, (square.label, square.example, square.felt, *square.words))
    return square


def parse_body_map(data: Mapping[str, Any]) -> tuple[BodyRegion, ...]:
    table = data.get("region", {})
    if tuple(table) != BODY_REGIONS:
        raise ContentError(f"body map: the regions must be exactly {BODY_REGIONS}, in order")
    regions = tuple(
        BodyRegion(key, _text(table[key], "label", key), _words(table[key], "sensations", key)) for key in table
    )
    for region in regions:
        _check_kind(region.key, (region.label, *region.sensations))
    return regions


def _text(entry: Mapping[str, Any], field: str, where: str) -> str:
    value = str(entry.get(field, "")).strip()
    if not value:
        raise ContentError(f"{where}: {field} is missing")
    return value


def _words(entry: Mapping[str, Any], field: str, where: str) -> tuple[str, ...]:
    raw = entry.get(field, [])
    words = tuple(str(w).strip() for w in raw if str(w).strip())
    if not words or len(set(words)) != len(words):
        raise ContentError(f"{where}: {field} needs words, each once")
    return words


def _check_kind(where: str, texts: tuple[str, ...]) -> None:
    found = [p for t in texts for p in problems(t)]
    if found:
        raise ContentError(f"{where}: {found}")


def square_for(key: str) -> GridSquare | None:
    return next((s for s in grid() if s.key == key), None)


def square_of_word(word: str) -> str | None:
    return next((s.key for s in grid() if word in s.words), None)


def region_for(key: str) -> BodyRegion | None:
    return next((r for r in body_map() if r.key == key), None)


def word_count() -> int:
    return sum(len(s.words) for s in grid())
