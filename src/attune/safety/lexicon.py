"""Correct typed near-misses of the words the rules depend on, and leave real words alone.

A fuzzy match on every rule would be slow and loose; correcting the token once, towards a short
list of risk vocabulary, is fast and keeps the rules exact. Real words that happen to sit one edit
from a keyword ("pulls" -> "pills", "prison" -> "poison") are protected by a list generated from
ordinary text (training/build_lexicon.py).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from attune.loaded_once import once

_MIN_LEN = 5
_OTHER_LANGUAGE_FILES = ("es", "fr", "de", "it", "pt", "hi")
_WORD = re.compile(r"[a-z]{3,}")
_ESCAPE = re.compile(r"\\[a-zA-Z]")


@dataclass(frozen=True)
class Lexicon:
    keywords: frozenset[str]
    protected: frozenset[str]
    deletes: dict[str, frozenset[str]]


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _build_deletes(keywords: frozenset[str]) -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for word in keywords:
        for variant in _deletions(word) | {word}:
            index.setdefault(variant, set()).add(word)
    return {k: frozenset(v) for k, v in index.items()}


@once
def lexicon() -> Lexicon:
    """The keyword list and the protected real words, loaded once."""
    rules = resources.files("attune.safety.rules")
    keywords = frozenset(tomllib.loads(rules.joinpath("lexicon.toml").read_text("utf-8"))["keywords"])
    protected_file = rules.joinpath("lexicon_protected.txt")
    protected: frozenset[str] = frozenset()
    if protected_file.is_file():
        protected = frozenset(w.strip() for w in protected_file.read_text("utf-8").split() if w.strip())
    return Lexicon(keywords=keywords, protected=protected | _other_language_words(), deletes=_build_deletes(keywords))


def _other_language_words() -> frozenset[str]:
    """Words in the non-English rules ("todas", "vomito") must never be 'corrected' into English."""
    rules = resources.files("attune.safety.rules")
    words: set[str] = set()
    for name in (*_OTHER_LANGUAGE_FILES, "framing"):
        source = _ESCAPE.sub(" ", rules.joinpath(f"{name}.toml").read_text("utf-8"))
        words |= set(_WORD.findall(source))
    return frozenset(words)


def _undouble(token: str, keywords: frozenset[str]) -> str | None:
    """'diie' -> 'die', 'helpp' -> 'help': elongation leaves a doubled letter behind."""
    for i in range(1, len(token)):
        if token[i] == token[i - 1]:
            candidate = token[:i] + token[i + 1:]
            if candidate in keywords:
                return candidate
    return None


def _redouble(token: str, keywords: frozenset[str]) -> str | None:
    """'kil' -> 'kill', 'pils' -> 'pills': a doubled letter typed once."""
    for i in range(len(token)):
        candidate = token[: i + 1] + token[i] + token[i + 1:]
        if candidate in keywords:
            return candidate
    return None


def _transposed(a: str, b: str) -> bool:
    if len(a) != len(b):
        return False
    diffs = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]


def _one_edit(token: str, lex: Lexicon) -> str | None:
    """A unique keyword one insertion, deletion, substitution or swap away, with the same first letter."""
    candidates: set[str] = set()
    for variant in _deletions(token) | {token}:
        candidates |= lex.deletes.get(variant, frozenset())
    candidates = {
        c for c in candidates
        if c[0] == token[0] and (abs(len(c) - len(token)) <= 1) and _close(token, c)
    }
    if len(candidates) > 1:
        # A dropped letter is the commonest slip: prefer the keyword the token is a deletion of.
        candidates = {c for c in candidates if len(c) == len(token) + 1} or candidates
    return sorted(candidates)[0] if candidates else None


def _close(token: str, word: str) -> bool:
    if len(token) == len(word):
        return sum(a != b for a, b in zip(token, word, strict=True)) == 1 or _transposed(token, word)
    short, long_ = sorted((token, word), key=len)
    return short in _deletions(long_)


def _inflected(token: str, keywords: frozenset[str]) -> bool:
    """'goodbyes', 'overdoses', 'planned': a keyword with an ending is a real word, not a typo."""
    for suffix in ("s", "es", "d", "ed", "ing", "ly", "er"):
        stem = token[: -len(suffix)]
        if token.endswith(suffix) and stem in keywords and not (suffix == "ing" and stem.endswith("e")):
            return True
    return False


def correct(token: str, lex: Lexicon | None = None) -> str:
    """The keyword this token was meant to be, or the token unchanged."""
    lex = lex or lexicon()
    if token in lex.keywords or token in lex.protected or not token.isascii() or not token.isalpha():
        return token
    fixed = _undouble(token, lex.keywords) or (len(token) >= 3 and _redouble(token, lex.keywords))
    if fixed:
        return fixed
    if _inflected(token, lex.keywords):
        return token
    if len(token) >= _MIN_LEN:
        return _one_edit(token, lex) or token
    if len(token) == 4:
        swapped = [k for k in lex.keywords if len(k) == 4 and _transposed(token, k)]
        return swapped[0] if len(swapped) == 1 else token
    return token


def smooth(tokens: list[str]) -> list[str]:
    """Correct each token in turn."""
    return [correct(t) for t in tokens]


def uncensor(token: str) -> str:
    """The one keyword that a masked token ('k*ll', 'su*cidal') can stand for, else the token without stars."""
    shape = re.compile("^" + re.escape(token).replace(r"\*", ".{0,2}") + "$")
    found = sorted(k for k in lexicon().keywords if shape.match(k))
    return found[0] if len(found) == 1 else token.replace("*", "")
