"""GoEmotions labels → the words Attune shows, finer words for granularity, and Ekman groups.

The words are user-facing copy, so they live in emotion_words.toml (reviewed like any other
content) and are validated when first loaded: every one of the 28 labels must be there, each
with a plain word and an Ekman group.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

WORDS_FILE = Path(__file__).with_name("emotion_words.toml")

# GoEmotions' emotions.txt order, which is also the column order of the shipped model.
LABELS: tuple[str, ...] = (
    "admiration", "amusement", "anger", "annoyance", "approval", "caring", "confusion", "curiosity",
    "desire", "disappointment", "disapproval", "disgust", "embarrassment", "excitement", "fear",
    "gratitude", "grief", "joy", "love", "nervousness", "optimism", "pride", "realization", "relief",
    "remorse", "sadness", "surprise", "neutral",
)
EKMAN_GROUPS: tuple[str, ...] = ("anger", "disgust", "fear", "joy", "sadness", "surprise", "neutral")


@dataclass(frozen=True)
class EmotionWords:
    """What Attune may say for one label."""

    label: str
    word: str
    finer: tuple[str, ...]
    group: str


def parse_words(data: dict[str, object]) -> dict[str, EmotionWords]:
    """Validate the TOML table; fails loudly on a missing label, empty word or unknown group."""
    table = data.get("labels")
    if not isinstance(table, dict):
        raise ValueError("emotion words: missing [labels] table")
    missing = set(LABELS) - set(table)
    extra = set(table) - set(LABELS)
    if missing or extra:
        raise ValueError(f"emotion words: missing {sorted(missing)}, unknown {sorted(extra)}")
    out = {}
    for label in LABELS:
        entry = table[label]
        word, group = str(entry.get("word", "")).strip(), str(entry.get("group", ""))
        if not word or group not in EKMAN_GROUPS:
            raise ValueError(f"emotion words: {label!r} needs a word and one of {EKMAN_GROUPS}")
        finer = tuple(str(w).strip() for w in entry.get("finer", []) if str(w).strip())
        out[label] = EmotionWords(label, word, finer, group)
    return out


@cache
def all_words(path: Path = WORDS_FILE) -> dict[str, EmotionWords]:
    with path.open("rb") as fh:
        return parse_words(tomllib.load(fh))


def word_for(label: str) -> str:
    """The plain word for a label; the label itself for anything unknown (never raises)."""
    entry = all_words().get(label)
    return entry.word if entry else label


def finer_words(label: str) -> tuple[str, ...]:
    entry = all_words().get(label)
    return entry.finer if entry else ()


def ekman_group(label: str) -> str:
    entry = all_words().get(label)
    return entry.group if entry else "neutral"


def ekman_members() -> dict[str, tuple[str, ...]]:
    """Ekman group → its GoEmotions labels, in EKMAN_GROUPS order."""
    words = all_words()
    return {g: tuple(label for label in LABELS if words[label].group == g) for g in EKMAN_GROUPS}
