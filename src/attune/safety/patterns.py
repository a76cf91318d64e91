"""Load the phrase rules (rules/*.toml) and find where they match a normalised message.

Rules are data so that reviewers can read and extend them without reading code; this module only
compiles them (expanding {macros}) and reports hits with their positions, because negation and
framing are decided by where a hit sits in the message.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from attune.domain.reading import RISK_CATEGORIES, RISK_LEVELS, RiskCategory, RiskLevel
from attune.safety.normalise import strip_accents

RULE_FILES = ("en", "es", "fr", "de", "it", "pt", "hi")
ACTORS = ("self", "any")
_MACRO = re.compile(r"\{([a-z_]+)\}")
# A long message repeating one phrase needs only a few of its hits to be judged.
MAX_MATCHES_PER_PATTERN = 4


@dataclass(frozen=True)
class Rule:
    """One phrase rule: what it means when it matches, and how it must be read."""

    id: str
    category: RiskCategory
    severity: RiskLevel
    actor: str
    tags: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    requires: tuple[re.Pattern[str], ...] = ()
    excludes: tuple[re.Pattern[str], ...] = ()
    language: str = "en"


@dataclass(frozen=True)
class Hit:
    """A rule matched the message at [start, end)."""

    rule: Rule
    start: int
    end: int


def _read(name: str) -> dict[str, Any]:
    text = resources.files("attune.safety.rules").joinpath(f"{name}.toml").read_text("utf-8")
    return tomllib.loads(text)


@lru_cache(maxsize=1)
def macros() -> dict[str, str]:
    """Named fragments from macros.toml and cues.toml, themselves expanded."""
    raw: dict[str, str] = {**_read("macros")["macros"], **_read("cues")["macros"]}
    for _ in range(3):
        raw = _expand_once(raw)
    return raw


def _expand_once(table: dict[str, str]) -> dict[str, str]:
    def lookup(match: re.Match[str]) -> str:
        return table.get(match.group(1), match.group(0))

    return {name: _MACRO.sub(lookup, source) for name, source in table.items()}


def compile_pattern(source: str) -> re.Pattern[str]:
    """Expand macros and fold accents the way messages are folded, then compile."""
    table = macros()

    def expand(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in table:
            raise ValueError(f"unknown macro {{{name}}} in pattern {source!r}")
        return table[name]

    return re.compile(strip_accents(_MACRO.sub(expand, source)))


def _rule(entry: dict[str, Any], language: str) -> Rule:
    category, severity, actor = entry["category"], entry["severity"], entry.get("actor", "self")
    if category not in RISK_CATEGORIES or category == "none":
        raise ValueError(f"rule {entry['id']}: unknown category {category!r}")
    if severity not in RISK_LEVELS or severity == "none":
        raise ValueError(f"rule {entry['id']}: unknown severity {severity!r}")
    if actor not in ACTORS:
        raise ValueError(f"rule {entry['id']}: actor must be one of {ACTORS}")
    return Rule(
        id=entry["id"], category=category, severity=severity, actor=actor,
        tags=frozenset(entry.get("tags", ())),
        patterns=tuple(compile_pattern(p) for p in entry["patterns"]),
        requires=tuple(compile_pattern(p) for p in entry.get("requires", ())),
        excludes=tuple(compile_pattern(p) for p in entry.get("excludes", ())),
        language=language,
    )


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """Every rule from every language file, validated and compiled once."""
    out: list[Rule] = []
    for name in RULE_FILES:
        data = _read(name)
        out.extend(_rule(entry, data.get("language", name)) for entry in data.get("rule", ()))
    ids = [r.id for r in out]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise ValueError(f"duplicate rule ids: {sorted(duplicates)}")
    return tuple(out)


def _applies(rule: Rule, text: str) -> bool:
    if rule.requires and not any(p.search(text) for p in rule.requires):
        return False
    return not any(p.search(text) for p in rule.excludes)


def find_hits(text: str, only: tuple[Rule, ...] | None = None) -> list[Hit]:
    """Every place a rule matches the (normalised, idiom-masked) text."""
    hits: list[Hit] = []
    for rule in only if only is not None else rules():
        if not _applies(rule, text):
            continue
        for pattern in rule.patterns:
            matches = itertools.islice(pattern.finditer(text), MAX_MATCHES_PER_PATTERN)
            hits.extend(Hit(rule, m.start(), max(m.end(), m.start() + 1)) for m in matches)
    return hits
