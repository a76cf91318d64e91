"""Fold a message to the plain form the phrase rules are written in.

People write "i wanna kil myslef", "I'M DONE!!!", "k1ll", "i'm so tired 😭" and "qué" without
accents. Every rule would need every variant; instead the text is folded once: lowercased, accents
off Latin letters (Devanagari is left whole), apostrophes dropped ("don't" -> "dont"), emoji as
words, leetspeak and elongation undone, texting words expanded, and near-misses of the rules' own
vocabulary corrected. Sentence punctuation survives as tokens because negation and framing stop at
clause boundaries.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from importlib import resources

from attune.loaded_once import once

# Ligatures NFKC leaves whole: French "cœur", "sœur"; Danish/Latin "æ".
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
# Tokens where digits are digits: doses, times, counts, ages, ordinals.
_NUMERIC = re.compile(
    r"^\d+(?:[.,]\d+)?(?:am|pm|mg|mcg|g|kg|kgs|lb|lbs|ml|st|nd|rd|th|s|x|k|h|hr|hrs|min|mins|yo|kcal|cal|"
    r"cals|km|m|cm|ft|days|d|wks|yrs)?$"
)
# Names that carry digits and mean what they say: diabetes types, vitamins, consoles ("im t1d", "ps5").
_CODES = re.compile(r"^(?:t[12]d|hba1c|a1c|b6|b12|d3|k2|ps[2-5]|3ds|covid19|co2|h2o|5htp|mp[34]|4x4|e10|g6pd)$")
_KEPT_PUNCT = ".,!?;:"
_ELONGATED = re.compile(r"(\w)\1{2,}")
_SPACES = re.compile(r"\s+")
_MASKED = re.compile(r"^\w+\*+[\w*]*$|^\*+\w[\w*]*$")


@dataclass(frozen=True)
class _Tables:
    pre: tuple[tuple[re.Pattern[str], str], ...]
    words: dict[str, str]
    joins: tuple[tuple[re.Pattern[str], str], ...]
    emoji: dict[str, str]
    kept_after: dict[str, frozenset[str]]


@once
def _tables() -> _Tables:
    raw = tomllib.loads(resources.files("attune.safety.rules").joinpath("normalise.toml").read_text("utf-8"))
    pre = tuple((re.compile(k), v) for k, v in raw["pre"].items())
    joins = tuple((re.compile(rf"\b{re.escape(k)}\b"), v) for k, v in raw["joins"].items())
    kept_after = {word: frozenset(before) for word, before in raw.get("kept_after", {}).items()}
    return _Tables(pre=pre, words=dict(raw["words"]), joins=joins, emoji=dict(raw["emoji"]), kept_after=kept_after)


def strip_accents(text: str) -> str:
    """Drop accents from Latin letters only: Devanagari vowel signs are combining marks too."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch) and out and ord(out[-1]) < 0x250:
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def fold(text: str) -> str:
    """Case and accent folding shared by messages and by the rule files themselves."""
    return strip_accents(unicodedata.normalize("NFKC", text).casefold().translate(_LIGATURES))


def _emoji_to_words(text: str, emoji: dict[str, str]) -> str:
    out: list[str] = []
    for ch in text:
        word = emoji.get(ch)
        if word:
            out.append(f" {word} ")
        elif unicodedata.category(ch) == "So" or ch in "\u200d\ufe0f":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def _punctuation_to_tokens(text: str) -> str:
    """Keep clause punctuation as its own token; every other symbol becomes a space."""
    out: list[str] = []
    for ch in text:
        if ch in _KEPT_PUNCT:
            out.append(f" {ch} ")
        elif ch.isalnum() or ch.isspace() or unicodedata.category(ch) in ("Mn", "Mc") or ch in "@$_*":
            out.append(ch)
        else:
            out.append(" ")
    return "".join(out)


def _unleet(token: str) -> str:
    has_letter = any(c.isalpha() for c in token)
    has_code = any(c in "013457@$" for c in token)
    if not (has_letter and has_code) or _NUMERIC.match(token) or _CODES.match(token):
        return token
    return token.translate(_LEET)


def _after_verb_two(tokens: list[str], i: int) -> bool:
    """Texting '2' means 'to' after these words ("i want 2 die"); elsewhere it is a number."""
    return tokens[i] == "2" and i > 0 and tokens[i - 1] in {
        "want", "need", "going", "have", "try", "trying", "used", "like", "ready", "about", "able", "how",
    }


def _uncensor(text: str) -> str:
    """'k*ll', 'su*cide', 's**cidal': people mask the words; the mask becomes a wildcard for the lexicon."""
    from attune.safety.lexicon import uncensor

    if "*" not in text:
        return text
    words = (uncensor(tok) if _MASKED.match(tok) else tok for tok in text.split())
    return " ".join(words).replace("*", " ")


def _token_pass(text: str, words: dict[str, str], kept_after: dict[str, frozenset[str]]) -> list[str]:
    tokens = text.split()
    out: list[str] = []
    for i, raw in enumerate(tokens):
        if i > 0 and tokens[i - 1] in kept_after.get(raw, ()):
            out.append(raw)  # another language's word: French "je nai" is not Hindi "nahi"
            continue
        tok = words.get(raw) or _ELONGATED.sub(r"\1\1", _unleet(raw))
        if _after_verb_two(tokens, i):
            tok = "to"
        out.append(words.get(tok, tok))
    return " ".join(out).split()


def normalise(text: str) -> str:
    """The folded message: see the module docstring for what is folded and why."""
    tables = _tables()
    text = unicodedata.normalize("NFKC", text)
    text = _emoji_to_words(text, tables.emoji)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = fold(text)
    for pattern, repl in tables.pre:
        text = pattern.sub(repl, text)
    text = _uncensor(_punctuation_to_tokens(text.replace("'", "")))
    tokens = _token_pass(text, tables.words, tables.kept_after)
    from attune.safety.lexicon import smooth  # late import: the lexicon is built from the rule files

    text = " ".join(smooth(tokens))
    for pattern, repl in tables.joins:
        text = pattern.sub(repl, text)
    return _SPACES.sub(" ", text).strip()
