"""The words for a plan: tentative, validating, warm and plain, from reviewed phrasing data.

Attunement before anything else: a reply mirrors the feeling (with a finer word for
granularity), validates it, and asks whether it fits before it offers anything. Above the
window the voice slows down, as a calm person's would: short sentences and one question. Each
sentence slot has several variants and the composer never reuses a variant from the person's
previous reply, so the same voice does not turn into the same script.
"""

from __future__ import annotations

import random
import string
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from attune.domain.language_check import problems
from attune.domain.learning import arm_key
from attune.domain.person import BodyNote, CheckinMemory, CorrectionMemory, PersonState
from attune.domain.policy import Move, Plan, TurnNote
from attune.domain.practices import Practice
from attune.domain.reading import BodyCue, EmotionScore, Reading, TextReading

UNCLEAR_BELOW = 0.15  # a top emotion weaker than this is not named
SECOND_EMOTION_SHARE = 0.5  # a second emotion this strong, relative to the first, is offered as the finer word
# Labels Attune does not name to someone in distress: telling a struggling person they sound
# "admiring" or "curious" is a miss, however the classifier ranks it.
PLEASANT_LABELS = frozenset({
    "admiration", "amusement", "approval", "caring", "desire", "excitement", "gratitude", "joy", "love",
    "optimism", "pride", "relief", "curiosity", "realization",
})
HEART_VERBS = frozenset({"racing", "pounding", "thumping", "fluttering", "beating fast"})
BREATH_PHRASES = {"short": "shortness of breath", "shallow": "shallow breathing", "fast": "fast breathing",
                  "can't breathe": "how hard it is to breathe", "tight": "tightness in your breathing"}

# Every slot the composer uses, with the placeholders each of its variants must carry.
SLOTS: dict[str, frozenset[str]] = {
    **{s: frozenset({"word"}) for s in ("reflect", "reflect_short", "memory_emotion")},
    "reflect_finer": frozenset({"word", "finer"}),
    **{s: frozenset() for s in (
        "reflect_unclear_hard", "reflect_unclear_good", "reflect_unclear", "reflect_unclear_short",
        "validate_hard", "validate_good", "validate_open", "validate_short", "check_fit", "ask_feeling",
        "ask_body", "body_map",
        "settle_short", "offer_ask", "integrate_eased", "integrate_same", "integrate_up", "integrate_ask",
        "repair_unnamed", "repair_remember", "repair_ask", "repair_more",
    )},
    **{s: frozenset({"cue"}) for s in ("reflect_body", "reflect_body_short", "memory_body")},
    "memory_body_situation": frozenset({"cue", "situation"}),
    **{s: frozenset({"name"}) for s in ("offer_short", "offer_within", "offer_hyper", "offer_hypo")},
    "helped_before": frozenset({"drop"}),
    "integrate_change": frozenset({"before", "after"}),
    "repair_named": frozenset({"old", "new"}),
    "validate_corrected": frozenset({"new"}),
}
# Slots whose variants may leave out some placeholders (a short sentence need not name the cue).
OPTIONAL_PLACEHOLDERS = frozenset({"helped_before"})
_SAMPLE = {"word": "uneasy", "finer": "on edge", "cue": "tightness in your chest", "situation": "before a meeting",
           "name": "slow breathing", "drop": "3", "before": "7", "after": "4", "old": "angry", "new": "hurt"}


class _Sample(dict[str, str]):
    """Sample words for placeholders; an unknown one still fills, so the language check can run."""

    def __missing__(self, key: str) -> str:
        return "something"


class PhrasingDataError(ValueError):
    """phrasing.toml is malformed; the message names the slot or table."""


@dataclass(frozen=True)
class Phrasing:
    slots: Mapping[str, Mapping[str, str]]
    words: Mapping[str, str]
    finer: Mapping[str, tuple[str, ...]]
    regions: Mapping[str, str]
    sensations: Mapping[str, str]

    def sentences(self) -> Iterator[tuple[str, str]]:
        """Every text a person may read, placeholders filled with sample words, for the language check."""
        for slot, variants in self.slots.items():
            yield from ((f"{slot}.{key}", text.format_map(_Sample(_SAMPLE))) for key, text in variants.items())
        yield from ((f"words.{k}", v) for k, v in self.words.items())
        yield from ((f"finer.{k}", w) for k, words in self.finer.items() for w in words)
        yield from ((f"regions.{k}", v) for k, v in self.regions.items())
        yield from ((f"sensations.{k}", v) for k, v in self.sensations.items())


@dataclass(frozen=True)
class Naming:
    """The feeling Attune names this turn, and where it came from."""

    word: str | None = None
    finer: str | None = None
    label: str | None = None
    corrected_from: str | None = None


@dataclass(frozen=True)
class Reply:
    text: str
    sentence_keys: tuple[str, ...]
    move: Move
    moves: tuple[Move, ...]
    practice: Practice | None
    asks: tuple[str, ...]
    emotion: str | None = None  # the word named, so "that didn't fit" knows what it corrects

    def to_json(self) -> dict[str, Any]:
        """The `reply` object of the API."""
        return {
            "text": self.text, "move": self.move, "moves": list(self.moves),
            "practice": self.practice.to_json() if self.practice else None,
            "asks": list(self.asks), "emotion": self.emotion, "sentence_keys": list(self.sentence_keys),
        }


@dataclass
class _Writer:
    """Collects sentences for one reply, never reusing a variant the person saw last time."""

    phrasing: Phrasing
    avoid: frozenset[str]
    rng: random.Random
    short: bool
    sentences: list[tuple[str, str]] = field(default_factory=list)
    asks: list[str] = field(default_factory=list)

    def say(self, slot: str, **fill: object) -> None:
        variants = self.phrasing.slots[slot]
        fresh = sorted(k for k in variants if f"{slot}.{k}" not in self.avoid) or sorted(variants)
        key = self.rng.choice(fresh)
        self.sentences.append((f"{slot}.{key}", _capitalise(variants[key].format(**fill))))

    def say_text(self, key: str, text: str) -> None:
        self.sentences.append((key, text))

    def ask(self, what: str) -> None:
        if what not in self.asks:
            self.asks.append(what)


def compose(
    plan: Plan,
    reading: Reading | None,
    person: PersonState,
    rng: random.Random,
    *,
    phrasing: Phrasing | None = None,
) -> Reply:
    """The reply for a plan; `reading` is None for a follow-up to feedback alone."""
    ph = phrasing or load_phrasing()
    naming = name_feeling(reading.text, person.corrections, ph, rng, reading.distress) if reading else Naming()
    writer = _Writer(ph, frozenset(person.last_sentence_keys), rng, short=plan.zone == "hyper")
    alone = len(plan.moves) == 1
    if "repair" in plan.moves and plan.about:
        _repair(writer, plan.about, alone)
    if "reflect" in plan.moves and reading:
        _reflect(writer, naming, reading, person.memories)
    if "integrate" in plan.moves and plan.about:
        _integrate(writer, plan.about, ask=alone)
    _close(writer, plan, naming, reading, person)
    keys, texts = zip(*writer.sentences, strict=True) if writer.sentences else ((), ())
    return Reply(" ".join(texts), tuple(keys), plan.move, plan.moves, plan.practice, tuple(writer.asks),
                 naming.word)


def _close(writer: _Writer, plan: Plan, naming: Naming, reading: Reading | None, person: PersonState) -> None:
    if "reflect" in plan.moves:
        writer.ask("fits")
        if not writer.short:
            writer.say("check_fit" if _reflected_something(naming, reading) else "ask_feeling")
    if "offer_practice" in plan.moves and plan.practice:
        _offer(writer, plan, plan.practice, person)
    elif "ask_body" in plan.moves:
        writer.say("ask_body")
        writer.say("body_map")
        writer.ask("body")


def _reflected_something(naming: Naming, reading: Reading | None) -> bool:
    """Whether there is anything to ask "did I get that right?" about."""
    if reading is None:
        return False
    return bool(naming.word or reading.text.body_cues or abs(reading.text.valence) >= 0.2)


def _reflect(writer: _Writer, naming: Naming, reading: Reading, memories: Sequence[CheckinMemory]) -> None:
    _reflect_feeling(writer, naming, reading.text)
    cues = reading.text.body_cues
    if cues:
        writer.say("reflect_body_short" if writer.short else "reflect_body", cue=cue_phrases(cues, writer.phrasing))
    if not writer.short:
        _remember(writer, naming, cues, memories)
    _validate(writer, naming, reading.text)


def _reflect_feeling(writer: _Writer, naming: Naming, text: TextReading) -> None:
    if naming.word and writer.short:
        writer.say("reflect_short", word=naming.word)
    elif naming.word and naming.finer:
        writer.say("reflect_finer", word=naming.word, finer=naming.finer)
    elif naming.word:
        writer.say("reflect", word=naming.word)
    else:
        writer.say(_unclear_slot(text.valence, writer.short))


def _unclear_slot(valence: float, short: bool) -> str:
    if short:
        return "reflect_unclear_short"
    if valence <= -0.2:
        return "reflect_unclear_hard"
    return "reflect_unclear_good" if valence >= 0.2 else "reflect_unclear"


def _validate(writer: _Writer, naming: Naming, text: TextReading) -> None:
    pleasant = naming.label in PLEASANT_LABELS
    if writer.short:
        writer.say("validate_short")
    elif text.valence >= 0.2 and (pleasant or not naming.word):
        writer.say("validate_good")
    elif text.valence <= -0.2 and not pleasant:
        writer.say("validate_hard")
    elif naming.word:
        writer.say("validate_open")


def _remember(
    writer: _Writer, naming: Naming, cues: Sequence[BodyCue], memories: Sequence[CheckinMemory]
) -> None:
    """Refer back to one earlier check-in that shares a body region, or else the named feeling."""
    regions = {c.region for c in cues}
    for memory in memories:
        shared = [b for b in memory.body if b.region in regions]
        if shared:
            cue = cue_phrase(shared[0].region, shared[0].sensation, writer.phrasing)
            if memory.situation:
                writer.say("memory_body_situation", cue=cue, situation=memory.situation)
            else:
                writer.say("memory_body", cue=cue)
            return
    for memory in memories:
        if naming.word and memory.emotion and memory.emotion.lower() == naming.word.lower():
            writer.say("memory_emotion", word=naming.word)
            return


def _offer(writer: _Writer, plan: Plan, practice: Practice, person: PersonState) -> None:
    if writer.short:
        writer.say("settle_short")
    writer.say(_offer_slot(plan, writer.short), name=practice.phrase)
    writer.say_text(f"practice.{practice.slug}.summary", practice.summary)
    arm = person.learning.arms.get(arm_key(plan.zone, practice.slug))
    if arm and arm.n and arm.mean >= 2:
        writer.say("helped_before", drop=round(arm.mean))
    writer.say("offer_ask")
    writer.ask("practice")


def _offer_slot(plan: Plan, short: bool) -> str:
    if short:
        return "offer_short"
    return {"hyper": "offer_hyper", "hypo": "offer_hypo"}.get(plan.zone, "offer_within")


def _integrate(writer: _Writer, note: TurnNote, ask: bool) -> None:
    before, after = note.practice_before, note.practice_after
    if before is None or after is None:
        return
    writer.say("integrate_change", before=before, after=after)
    drop = before - after
    writer.say("integrate_eased" if drop >= 1 else "integrate_same" if drop == 0 else "integrate_up")
    if ask:
        writer.say("integrate_ask")


def _repair(writer: _Writer, note: TurnNote, alone: bool) -> None:
    if note.emotion and note.corrected_to:
        writer.say("repair_named", old=note.emotion, new=note.corrected_to)
        if alone:
            writer.say("validate_corrected", new=note.corrected_to)
        writer.say("repair_remember")
        if alone:
            writer.say("repair_more")
    else:
        writer.say("repair_unnamed")
        if alone:
            writer.say("repair_ask")
    writer.ask("more")


def name_feeling(
    text: TextReading,
    corrections: CorrectionMemory,
    phrasing: Phrasing,
    rng: random.Random,
    distress: int | None = None,
) -> Naming:
    """The word to mirror, adjusted by the person's past corrections, and a finer word beside it."""
    struggling = text.valence <= -0.2 or (distress is not None and distress >= 6)
    ranked = sorted((e for e in text.emotions if _nameable(e, struggling)), key=lambda e: -e.score)
    if not ranked or ranked[0].score < UNCLEAR_BELOW:
        return Naming()
    top = ranked[0]
    word = plain_word(top.label, top.word, phrasing)
    preferred = corrections.preferred(word)
    if preferred != word:
        return Naming(preferred, None, top.label, word)
    return Naming(word, _finer(word, ranked[1:], top.score, phrasing, rng), top.label)


def _nameable(emotion: EmotionScore, struggling: bool) -> bool:
    # Words the person chose themselves (score 1.0) are always named back.
    if emotion.label == "neutral":
        return False
    return emotion.score >= 1.0 or not (struggling and emotion.label in PLEASANT_LABELS)


def _finer(
    word: str, others: Sequence[EmotionScore], top_score: float, phrasing: Phrasing, rng: random.Random
) -> str | None:
    for other in others:
        other_word = plain_word(other.label, other.word, phrasing)
        if other.score >= max(UNCLEAR_BELOW, SECOND_EMOTION_SHARE * top_score) and other_word != word:
            return other_word
    options = [w for w in phrasing.finer.get(word.lower(), ()) if w != word]
    return rng.choice(options) if options else None


def plain_word(label: str, word: str, phrasing: Phrasing) -> str:
    """Perception's word when it is a plain word, else Attune's word for the GoEmotions label."""
    if word and word != label and word not in phrasing.words:
        return word
    return phrasing.words.get(label) or word or label


def cue_phrases(cues: Sequence[BodyCue], phrasing: Phrasing) -> str:
    """Up to two body cues as words after "you mentioned": "tightness in your chest and …"."""
    phrases = list(dict.fromkeys(cue_phrase(c.region, c.sensation, phrasing) for c in cues))[:2]
    return " and ".join(phrases)


def cue_phrase(region: str, sensation: str, phrasing: Phrasing) -> str:
    sensation = sensation.strip().lower()
    if region == "heart" and sensation in HEART_VERBS:
        return f"your heart {sensation}"
    if region == "breath":
        return BREATH_PHRASES.get(sensation, "something in your breathing")
    place = phrasing.regions.get(region, region.replace("_", " "))
    noun = phrasing.sensations.get(sensation)
    return f"{noun} in your {place}" if noun else f"a feeling in your {place}"


def memory_from(emotion: str | None, cues: Sequence[BodyCue], situation: str | None = None) -> CheckinMemory:
    """A memory summary from a past check-in's named feeling and body cues, for the store to build."""
    return CheckinMemory(emotion, tuple(BodyNote(c.region, c.sensation) for c in cues), situation)


def _capitalise(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


@cache
def load_phrasing() -> Phrasing:
    """The packaged phrasing, parsed and validated once per process."""
    text = resources.files("attune.content").joinpath("phrasing.toml").read_text(encoding="utf-8")
    return parse_phrasing(text)


def parse_phrasing(toml_text: str) -> Phrasing:
    try:
        data = tomllib.loads(toml_text)
    except tomllib.TOMLDecodeError as error:
        raise PhrasingDataError(f"phrasing.toml is not valid TOML: {error}") from error
    phrasing = Phrasing(
        slots={name: dict(variants) for name, variants in _table(data, "slots").items()},
        words=dict(_table(data, "words")),
        finer={k: tuple(v) for k, v in _table(data, "finer").items()},
        regions=dict(_table(data, "regions")),
        sensations=dict(_table(data, "sensations")),
    )
    found = [*_slot_problems(phrasing.slots), *(f"{k}: {p}" for k, t in phrasing.sentences() for p in problems(t))]
    if found:
        raise PhrasingDataError("phrasing.toml: " + "; ".join(found))
    return phrasing


def _table(data: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    table = data.get(name)
    if not isinstance(table, dict) or not table:
        raise PhrasingDataError(f"phrasing.toml needs a non-empty [{name}] table")
    return table


def _slot_problems(slots: Mapping[str, Mapping[str, str]]) -> Iterator[str]:
    for name, wanted in SLOTS.items():
        variants = slots.get(name)
        if not variants or len(variants) < 2:
            yield f"slot {name!r} needs at least two variants"
            continue
        for key, text in variants.items():
            used = {f for _, f, _, _ in string.Formatter().parse(text) if f}
            if used - wanted or (used != wanted and name not in OPTIONAL_PLACEHOLDERS):
                yield f"{name}.{key} uses {sorted(used)}, expected {sorted(wanted)}"
