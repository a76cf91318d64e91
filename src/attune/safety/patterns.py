"""Load the phrase rules (rules/*.toml) and find where they match a normalised message.

Rules are data so that reviewers can read and extend them without reading code; this module only
compiles them (expanding {macros}) and reports hits with their positions, because negation and
framing are decided by where a hit sits in the message.

Speed: there are over a thousand patterns, and a regex that starts with \b gives Python's engine
nothing to skip ahead on, so each one walks the whole message. Every compiled pattern therefore
gets a literal gate: a few strings, one of which must occur in any match (read off the parsed
regex). A pattern whose gate strings are all absent cannot match and is not run.
"""

from __future__ import annotations

import importlib
import itertools
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from attune.domain.reading import RISK_CATEGORIES, RISK_LEVELS, RiskCategory, RiskLevel
from attune.loaded_once import once
from attune.safety.normalise import strip_accents

RULE_FILES = ("en", "en_threats", "en_acute", "es", "fr", "de", "it", "pt", "hi")
ACTORS = ("self", "any")
_MACRO = re.compile(r"\{([a-z_]+)\}")
# A long message repeating one phrase needs only a few of its hits to be judged.
MAX_MATCHES_PER_PATTERN = 4
# A gate is used only when it is cheap and selective: few strings, none shorter than this.
_GATE_MIN_LENGTH = 3
_GATE_MAX_STRINGS = 24
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})
# The regex parser is stdlib but private; it is only read, once per pattern, when rules load.
_sre_parse: Any = importlib.import_module("re._parser")

Gate = tuple[str, ...] | None


def _score(strings: frozenset[str]) -> tuple[bool, int, int]:
    shortest = min(len(x) for x in strings)
    return shortest >= _GATE_MIN_LENGTH, -len(strings), shortest


def _necessary(items: Sequence[Any]) -> frozenset[str] | None:
    """Strings one of which occurs in every match of this parsed sequence, or None if unknown."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(arg))
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        found: frozenset[str] | None = None
        if name == "SUBPATTERN":
            found = _necessary(list(arg[-1]))
        elif name == "ATOMIC_GROUP":
            found = _necessary(list(arg))
        elif name == "ASSERT" and arg[0] == 1:  # a lookahead must match too
            found = _necessary(list(arg[1]))
        elif name == "BRANCH":
            parts = [_necessary(list(branch)) for branch in arg[1]]
            found = None if any(p is None for p in parts) else frozenset().union(*(p for p in parts if p))
        elif name in _REPEATS and arg[0] >= 1:
            found = _necessary(list(arg[2]))
        if found:
            candidates.append(found)
    if run:
        candidates.append(frozenset({"".join(run)}))
    return max(candidates, key=_score) if candidates else None


def literal_gate(pattern: re.Pattern[str]) -> Gate:
    """A few strings one of which every match contains, or None when no cheap, selective set exists."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an unreadable pattern simply runs ungated
        return None
    strings = _necessary(list(parsed))
    if not strings or len(strings) > _GATE_MAX_STRINGS or min(len(x) for x in strings) < _GATE_MIN_LENGTH:
        return None
    return tuple(sorted(strings, key=len))


def _open(gate: Gate, text: str) -> bool:
    return gate is None or any(g in text for g in gate)


def _gates(patterns: tuple[re.Pattern[str], ...]) -> tuple[Gate, ...]:
    return tuple(literal_gate(p) for p in patterns)


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
    # Excludes read only in the message that holds the match (between message breaks), not the whole conversation:
    # "he's going to kill me, i spilled wine on his shirt" is the idiom in that message, not in the next one.
    message_excludes: tuple[re.Pattern[str], ...] = ()
    gates: tuple[Gate, ...] = field(default=(), compare=False)
    requires_gates: tuple[Gate, ...] = field(default=(), compare=False)
    excludes_gates: tuple[Gate, ...] = field(default=(), compare=False)
    message_excludes_gates: tuple[Gate, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        # Gates are derived from the patterns, so a Rule built by hand (tests) gets them too.
        for name, source in (("gates", self.patterns), ("requires_gates", self.requires),
                             ("excludes_gates", self.excludes),
                             ("message_excludes_gates", self.message_excludes)):
            if len(getattr(self, name)) != len(source):
                object.__setattr__(self, name, _gates(source))


@dataclass(frozen=True)
class Hit:
    """A rule matched the message at [start, end)."""

    rule: Rule
    start: int
    end: int


def _read(name: str) -> dict[str, Any]:
    text = resources.files("attune.safety.rules").joinpath(f"{name}.toml").read_text("utf-8")
    return tomllib.loads(text)


@once
def macros() -> dict[str, str]:
    """Named fragments from macros.toml, cues.toml and each language file's [macros], expanded.

    A language file keeps its own concept vocabulary (verbs, means, relations) under [macros];
    the names share one namespace, so a language prefixes them ("de_took") and a clash is an error.
    """
    raw: dict[str, str] = {**_read("macros")["macros"], **_read("cues")["macros"]}
    for name in RULE_FILES:
        local: dict[str, str] = _read(name).get("macros", {})
        clash = sorted(set(local) & set(raw))
        if clash:
            raise ValueError(f"{name}.toml redefines macros {clash}")
        raw.update(local)
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
        message_excludes=tuple(compile_pattern(p) for p in entry.get("message_excludes", ())),
    )


@once
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
    if rule.requires and not any(
        _open(g, text) and p.search(text) for p, g in zip(rule.requires, rule.requires_gates, strict=True)
    ):
        return False
    return not any(_open(g, text) and p.search(text) for p, g in zip(rule.excludes, rule.excludes_gates, strict=True))


MESSAGE_BREAK = "¶"


def enclosing_messages(text: str, start: int, end: int) -> tuple[int, str]:
    """The offset and text of the message (or messages) of a joined conversation that [start, end) lies in."""
    lo = text.rfind(MESSAGE_BREAK, 0, start) + 1
    hi = text.find(MESSAGE_BREAK, end)
    return lo, text[lo:] if hi < 0 else text[lo:hi]


def _excluded_in_message(rule: Rule, text: str, start: int, end: int) -> bool:
    """One of the rule's message_excludes occurs in the message (or messages) that [start, end) lies in."""
    message = enclosing_messages(text, start, end)[1]
    return any(_open(g, message) and p.search(message)
               for p, g in zip(rule.message_excludes, rule.message_excludes_gates, strict=True))


def find_hits(text: str, only: tuple[Rule, ...] | None = None) -> list[Hit]:
    """Every place a rule matches the (normalised, idiom-masked) text."""
    hits: list[Hit] = []
    for rule in only if only is not None else rules():
        if not _applies(rule, text):
            continue
        for pattern, gate in zip(rule.patterns, rule.gates, strict=True):
            if not _open(gate, text):
                continue
            matches = itertools.islice(pattern.finditer(text), MAX_MATCHES_PER_PATTERN)
            hits.extend(Hit(rule, m.start(), max(m.end(), m.start() + 1)) for m in matches
                        if not (rule.message_excludes and _excluded_in_message(rule, text, m.start(), m.end())))
    return hits
