"""The body-cue vocabulary in body_cues.toml, compiled and validated once.

The word lists are content (reviewed like copy, changed without touching code), so they live in
TOML; this module turns them into compiled patterns and fails loudly, at first use, on a region
that is not one of BODY_REGIONS, a sensation group nobody defined, or a pattern that does not
compile.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from attune.domain.reading import BODY_REGIONS

VOCABULARY_FILE = Path(__file__).with_name("body_cues.toml")


@dataclass(frozen=True)
class PhraseCue:
    """A phrase that names its own place: "headache", "can't breathe", "butterflies"."""

    region: str
    sensation: str
    pattern: re.Pattern[str]
    needs_self: bool
    unless: re.Pattern[str] | None


@dataclass(frozen=True)
class Grammar:
    """The small words that say whose a sensation is, when, and whether it is denied."""

    negators: frozenset[str]
    negation_reach: int
    negation_breakers: frozenset[str]
    resolved: frozenset[str]
    resolved_reach: int
    past_verbs: frozenset[str]
    future_verbs: frozenset[str]
    habitual_verbs: frozenset[str]
    present_verbs: frozenset[str]
    perfect_helpers: frozenset[str]
    past_times: re.Pattern[str]
    now_times: re.Pattern[str]
    fresh_times: re.Pattern[str]
    habit_times: re.Pattern[str]
    clause_habit_times: re.Pattern[str]
    revive: re.Pattern[str]
    generic: re.Pattern[str]
    laughter: re.Pattern[str]
    laughter_regions: frozenset[str]
    conditional_openers: frozenset[str]
    simple_present: frozenset[str]
    self_words: frozenset[str]
    other_words: frozenset[str]
    possessive_other: frozenset[str]
    people: frozenset[str]
    clause_breakers: frozenset[str]
    subject_starts: frozenset[str]
    soft_conjunctions: frozenset[str]
    frame_fillers: frozenset[str]
    frame_followers: frozenset[str]
    name_verbs: frozenset[str]
    not_names: frozenset[str]
    vocabulary_words: frozenset[str]


@dataclass(frozen=True)
class Vocabulary:
    region_patterns: dict[str, re.Pattern[str]]
    region_guards: dict[str, re.Pattern[str]]
    sensation_patterns: dict[str, re.Pattern[str]]
    allowed: dict[str, frozenset[str]]
    relabel: dict[str, str]
    cues: tuple[PhraseCue, ...]
    idioms: re.Pattern[str]
    shorthand: dict[str, str]
    shorthand_pattern: re.Pattern[str]
    grammar: Grammar


def _words(alternatives: list[str]) -> re.Pattern[str]:
    """Whole-word alternatives, longest first so that "tightness" wins over "tight"."""
    ordered = sorted({a.strip() for a in alternatives if a.strip()}, key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(ordered) + r")(?!\w)")


def _regex(source: str, before: str = r"\w'") -> re.Pattern[str]:
    return re.compile(r"(?<![" + before + r"])(?:" + source + r")(?!\w)")


def _strings(table: dict[str, Any], key: str) -> frozenset[str]:
    values = table.get(key)
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ValueError(f"body cues: [grammar] {key} must be a list of strings")
    return frozenset(values)


def parse_vocabulary(data: dict[str, Any]) -> Vocabulary:
    """Validate and compile the TOML tables; raises ValueError on anything inconsistent."""
    regions = data["regions"]
    sensations = data["sensations"]
    _check_regions(regions, data["allowed"])
    unknown = {g for groups in data["allowed"].values() for g in groups} - set(sensations)
    if unknown:
        raise ValueError(f"body cues: [allowed] names undefined sensation groups {sorted(unknown)}")
    cues = tuple(_cue(entry) for entry in data["cues"])
    shorthand = {str(k): str(v) for k, v in data["shorthand"].items()}
    return Vocabulary(
        region_patterns={name: _words(words) for name, words in regions.items()},
        region_guards={name: re.compile(src) for name, src in data.get("region_guards", {}).items()},
        sensation_patterns={name: _words(words) for name, words in sensations.items()},
        allowed={name: frozenset(groups) for name, groups in data["allowed"].items()},
        relabel={str(k): str(v) for k, v in data.get("relabel", {}).items()},
        cues=cues,
        idioms=_regex("|".join(data["idioms"]["patterns"]), before=r"\w'\-"),
        shorthand=shorthand,
        shorthand_pattern=re.compile(
            r"(?<![\w'])(?:" + "|".join(sorted(map(re.escape, shorthand), key=len, reverse=True))
            + r")(?![\w'])|\s*\n\s*|\s{2,}|\t"
        ),
        grammar=_grammar(data["grammar"], _plain_words(regions, sensations)),
    )


def _check_regions(regions: dict[str, Any], allowed: dict[str, Any]) -> None:
    for table, name in ((regions, "regions"), (allowed, "allowed")):
        if set(table) != set(BODY_REGIONS):
            raise ValueError(f"body cues: [{name}] must list exactly {BODY_REGIONS}")


def _cue(entry: dict[str, Any]) -> PhraseCue:
    region = entry["region"]
    if region not in BODY_REGIONS:
        raise ValueError(f"body cues: cue region {region!r} is not one of {BODY_REGIONS}")
    frame = entry.get("frame", "any")
    if frame not in ("any", "self"):
        raise ValueError(f"body cues: cue frame must be 'any' or 'self', not {frame!r}")
    unless = entry.get("unless")
    return PhraseCue(
        region=region,
        sensation=str(entry["sensation"]),
        pattern=_regex(entry["pattern"], before=r"\w'\-"),
        needs_self=frame == "self",
        unless=re.compile(unless) if unless else None,
    )


def _plain_words(*tables: dict[str, list[str]]) -> frozenset[str]:
    """Single plain words of the vocabulary: never mistaken for a name or a possessor."""
    return frozenset(w for table in tables for words in table.values() for w in words if w.isalpha())


def _grammar(table: dict[str, Any], vocabulary_words: frozenset[str]) -> Grammar:
    """Each [grammar] key read by the type its Grammar field declares; a missing key fails loudly."""
    readers = {"re.Pattern[str]": lambda key: re.compile(table[key]), "int": lambda key: int(table[key]),
               "frozenset[str]": lambda key: _strings(table, key)}
    values: dict[str, Any] = {"vocabulary_words": vocabulary_words}
    for name, spec in Grammar.__dataclass_fields__.items():
        if name in values:
            continue
        if name not in table:
            raise ValueError(f"body cues: [grammar] is missing {name}")
        values[name] = readers[str(spec.type)](name)
    return Grammar(**values)


@cache
def vocabulary(path: Path = VOCABULARY_FILE) -> Vocabulary:
    """The shipped vocabulary, read and compiled on first use."""
    with path.open("rb") as fh:
        return parse_vocabulary(tomllib.load(fh))
