"""What the check-in form posted, turned into the text and the `chosen` dict the check-in flow takes.

Only words and sensations from the reviewed vocabulary are kept in `chosen` (the store keeps it
in plain, in checkins.chosen_json); anything else a browser might send is dropped rather than
refused, so a stale page never loses a check-in. The SIFT answers are the person's own free text,
so they travel inside the check-in text, which the store seals; `chosen` only says which were answered.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from attune.domain import feelings
from attune.domain.reading import QUADRANTS

MAX_WORDS = 6
MAX_BODY = 12
MAX_SIFT = 4000
SIFT_KEYS = ("sensations", "images", "feelings", "thoughts")
SIFT_TITLES = {"sensations": "Sensations", "images": "Images", "feelings": "Feelings", "thoughts": "Thoughts"}


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def chosen_words(quadrant: str | None, words: Iterable[str]) -> list[str]:
    """Known words, once each, in the order sent; only the chosen square's when a square was chosen."""
    allowed = set(s.words) if (s := feelings.square_for(quadrant or "")) else {
        w for sq in feelings.grid() for w in sq.words
    }
    return [w for w in _unique(w.strip() for w in words) if w in allowed][:MAX_WORDS]


def chosen_body(values: Iterable[str]) -> list[dict[str, str]]:
    """'region:sensation' pairs from the body map; a bare 'region' counts only when no word for it was chosen."""
    out = []
    for value in _unique(values):
        region_key, _, sensation = value.partition(":")
        region = feelings.region_for(region_key.strip())
        if region is None or (sensation and sensation not in region.sensations):
            continue
        out.append({"region": region.key, "sensation": sensation})
    described = {c["region"] for c in out if c["sensation"]}
    return [c for c in out if c["sensation"] or c["region"] not in described][:MAX_BODY]


def chosen_sift(parts: Mapping[str, str]) -> dict[str, str]:
    return {k: parts[k].strip()[:MAX_SIFT] for k in SIFT_KEYS if parts.get(k, "").strip()}


def chosen_from_form(quadrant: str, words: Iterable[str], body: Iterable[str],
                     sift: Mapping[str, str]) -> dict[str, Any] | None:
    """{"quadrant", "words", "body", "sift"}, every key present; None when nothing at all was chosen."""
    square: str | None = quadrant if quadrant in QUADRANTS else None
    picked = chosen_words(square, words)
    if square is None and picked:
        square = feelings.square_of_word(picked[0])
    chosen: dict[str, Any] = {"quadrant": square, "words": picked, "body": chosen_body(body),
                              "sift": chosen_sift(sift)}
    return chosen if any(chosen.values()) else None


def parse_distress(raw: str) -> int | None:
    """None when left out; a ValueError with a message for a person when it is not 0 to 10."""
    if raw.strip() == "":
        return None
    try:
        value = int(raw)
    except ValueError:
        raise ValueError("Distress is a number from 0 to 10.") from None
    if not 0 <= value <= 10:
        raise ValueError("Distress is a number from 0 (calm) to 10 (the worst it gets).")
    return value


def join_words(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def _body_words(cues: list[dict[str, str]]) -> str:
    parts = []
    for cue in cues:
        region = feelings.region_for(cue.get("region", ""))
        where = region.label.lower() if region else cue.get("region", "").replace("_", " ")
        parts.append(f"{where} {cue['sensation']}" if cue.get("sensation") else where)
    return ", ".join(parts)


def text_for(text: str, chosen: dict[str, Any] | None) -> str:
    """What the person wrote, then their SIFT answers; their chosen words when they wrote nothing.

    With nothing written and nothing chosen the text comes back as it was, for the flow to refuse.
    """
    chosen = chosen or {}
    base = text.strip()
    if not base and chosen.get("words"):
        base = f"I feel {join_words(list(chosen['words']))}."
    answers = chosen.get("sift") or {}
    sift = [f"{SIFT_TITLES[k]}: {answers[k]}" for k in SIFT_KEYS if answers.get(k)]
    if not base and not sift and chosen.get("quadrant"):
        square = feelings.square_for(str(chosen["quadrant"]))
        base = f"I feel {square.felt}." if square else ""
    if not base and not sift and chosen.get("body"):
        base = f"I notice something in my body: {_body_words(chosen['body'])}."
    if not base and not sift:
        return text
    return "\n\n".join(part for part in (base, "\n".join(sift)) if part)


def chosen_to_keep(chosen: dict[str, Any] | None) -> dict[str, Any] | None:
    """`chosen` as the flow and the store get it: vocabulary only; SIFT as the list of parts answered."""
    if not chosen:
        return None
    kept = {k: v for k, v in chosen.items() if k != "sift"}
    if chosen.get("sift"):
        kept["sift"] = [k for k in SIFT_KEYS if chosen["sift"].get(k)]
    return kept
