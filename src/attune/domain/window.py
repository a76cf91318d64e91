"""Where a check-in sits in the person's own window of tolerance: hyper, within or hypo.

The window is personal (Siegel 1999): a writer whose words always run hot is not above their
window on every check-in, so arousal and distress are read against the person's own baseline,
learned from their history, and against the signs they named for themselves at onboarding.
Evidence is counted on two sides; a side needs two points and a lead to win. Distress of 8 or
more is "lid flipped" and counts as above the window unless there are clear signs of shutdown.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from attune.domain.reading import TextReading, Zone

LID_FLIPPED_DISTRESS = 8
POPULATION_AROUSAL = 0.5
POPULATION_SPREAD = 0.15
POPULATION_DISTRESS = 4.0
MIN_SPREAD = 0.08
MIN_CONFIDENCE = 0.3  # below this, a reading's arousal is too unsure to place anyone in or out of their window
PRIOR_WEIGHT = 5  # check-ins' worth of trust in the population default before a person's own history
MEMORY = 30  # after this many check-ins the baseline follows recent weeks rather than all time

# Regex fragments matched at a word start; a trailing \b marks a whole word ("hot", not "hotel").
HYPER_SENSATIONS = (
    r"racing", r"pounding", r"thumping", r"tight", r"tense\b", r"clench", r"shak", r"trembl", r"sweat",
    r"hot\b", r"buzz", r"jitter", r"restless", r"can'?t breathe", r"short of breath", r"breathless",
    r"knot", r"churn", r"panic", r"wired\b", r"on edge", r"flutter",
)
HYPO_SENSATIONS = (
    r"numb", r"heavy", r"frozen", r"freez", r"fog", r"flat\b", r"empty", r"drained", r"exhausted",
    r"sluggish", r"disconnected", r"far away", r"spaced out", r"zoned out", r"blank\b", r"hollow",
    r"shut ?down", r"can'?t move", r"can'?t get (?:up|out of bed|off)", r"limp\b", r"dull\b",
)
_NEGATIONS = {"not", "no", "never", "isnt", "arent", "dont", "doesnt", "wasnt", "werent", "without", "nor"}
_STOPWORDS = {"a", "an", "the", "my", "i", "im", "me", "and", "or", "of", "to", "in", "on", "off",
              "is", "am", "are", "get", "feel", "feeling", "very", "so", "really", "be", "it", "up", "out"}
_SPLIT_SIGNS = re.compile(r"[,;/\n]|\band\b|\bor\b")
_WORD = re.compile(r"[a-z']+")


@dataclass(frozen=True)
class PersonBaseline:
    """A person's typical arousal (0..1) and distress (0..10), learned from their check-ins."""

    arousal_mean: float = POPULATION_AROUSAL
    arousal_var: float = POPULATION_SPREAD**2
    distress_mean: float = POPULATION_DISTRESS
    n: int = 0
    n_distress: int = 0

    @property
    def arousal(self) -> float:
        return _shrink(self.arousal_mean, POPULATION_AROUSAL, self.n)

    @property
    def spread(self) -> float:
        var = _shrink(self.arousal_var, POPULATION_SPREAD**2, self.n)
        return max(MIN_SPREAD, math.sqrt(var))

    @property
    def distress(self) -> float:
        return _shrink(self.distress_mean, POPULATION_DISTRESS, self.n_distress)

    def updated(self, arousal: float, distress: int | None) -> PersonBaseline:
        """The baseline after one more check-in (an exponentially weighted running mean)."""
        rate = 1 / min(self.n + 1, MEMORY)
        delta = arousal - self.arousal_mean
        mean = self.arousal_mean + rate * delta
        var = (1 - rate) * (self.arousal_var + rate * delta * delta) if self.n else self.arousal_var
        d_mean, n_d = self.distress_mean, self.n_distress
        if distress is not None:
            d_mean += (distress - d_mean) / min(n_d + 1, MEMORY)
            n_d += 1
        return PersonBaseline(mean, var, d_mean, self.n + 1, n_d)

    def to_dict(self) -> dict[str, float | int]:
        return {"arousal_mean": self.arousal_mean, "arousal_var": self.arousal_var,
                "distress_mean": self.distress_mean, "n": self.n, "n_distress": self.n_distress}

    @classmethod
    def from_dict(cls, data: dict[str, float | int]) -> PersonBaseline:
        return cls(float(data["arousal_mean"]), float(data["arousal_var"]), float(data["distress_mean"]),
                   int(data["n"]), int(data["n_distress"]))


@dataclass(frozen=True)
class WindowSigns:
    """The person's own words for being above ("hyper") and below ("hypo") their window."""

    hyper: tuple[str, ...] = ()
    hypo: tuple[str, ...] = ()

    @classmethod
    def from_text(cls, hyper: str = "", hypo: str = "") -> WindowSigns:
        """Split onboarding answers such as "clenched jaw, talking fast" into separate signs."""
        return cls(_split_signs(hyper), _split_signs(hypo))

    def to_dict(self) -> dict[str, list[str]]:
        return {"hyper": list(self.hyper), "hypo": list(self.hypo)}

    @classmethod
    def from_dict(cls, data: dict[str, list[str]]) -> WindowSigns:
        return cls(tuple(data.get("hyper", ())), tuple(data.get("hypo", ())))


@dataclass(frozen=True)
class ZoneEvidence:
    hyper: int
    hypo: int
    lid_flipped: bool


def zone_for(
    reading_text: TextReading,
    distress: int | None,
    baseline: PersonBaseline,
    own_signs: WindowSigns | None,
    *,
    text: str = "",
) -> Zone:
    """The zone of one check-in; `text` (the person's words) lets their own signs be matched."""
    evidence = weigh(reading_text, distress, baseline, own_signs, text=text)
    if evidence.lid_flipped and not (evidence.hypo >= 2 and evidence.hypo > evidence.hyper):
        return "hyper"
    if evidence.hyper >= 2 and evidence.hyper > evidence.hypo:
        return "hyper"
    if evidence.hypo >= 2 and evidence.hypo > evidence.hyper:
        return "hypo"
    return "within"


def weigh(
    reading_text: TextReading,
    distress: int | None,
    baseline: PersonBaseline,
    own_signs: WindowSigns | None,
    *,
    text: str = "",
) -> ZoneEvidence:
    """Points for each side of the window; exposed so a test or a trace can see why."""
    arousal_hyper, arousal_hypo = _arousal_points(reading_text, baseline)
    body_hyper, body_hypo = _body_points(reading_text, text)
    sign_hyper, sign_hypo = _own_sign_points(reading_text, text, own_signs)
    leans_up = reading_text.arousal >= baseline.arousal
    distress_points = _distress_points(distress, baseline)
    hyper = arousal_hyper + body_hyper + sign_hyper + (distress_points if leans_up else 0)
    hypo = arousal_hypo + body_hypo + sign_hypo + (0 if leans_up else distress_points)
    flipped = distress is not None and distress >= LID_FLIPPED_DISTRESS
    return ZoneEvidence(hyper, hypo, flipped)


def _arousal_points(reading_text: TextReading, baseline: PersonBaseline) -> tuple[int, int]:
    # Text too short or unclear to trust says nothing about arousal.
    if reading_text.confidence < MIN_CONFIDENCE:
        return 0, 0
    # One point at most: text arousal is a noisy read, so it needs another sign (distress above
    # the person's usual, a body cue, their own words) before it moves anyone out of the window.
    z = (reading_text.arousal - baseline.arousal) / baseline.spread
    points = 1 if abs(z) >= 1 else 0
    if z > 0 and reading_text.valence < -0.1:
        return points, 0
    if z < 0 and reading_text.valence < 0.1:
        return 0, points
    return 0, 0


def _distress_points(distress: int | None, baseline: PersonBaseline) -> int:
    if distress is None or distress < 5:
        return 0
    above_usual = distress - baseline.distress
    return 1 if above_usual >= 1.5 else 0


def _body_points(reading_text: TextReading, text: str) -> tuple[int, int]:
    """Distinct sensations, whether perception found them as body cues or they sit in the text."""
    cues = " | ".join(f"{c.sensation} {c.phrase}".lower() for c in reading_text.body_cues)
    hyper = _sensations(HYPER_SENSATIONS, cues, text)
    hypo = _sensations(HYPO_SENSATIONS, cues, text)
    return min(len(hyper), 2), min(len(hypo), 2)


def _sensations(needles: Iterable[str], cues: str, text: str) -> set[str]:
    lowered = text.lower().replace("’", "'")
    return {n for n in needles if re.search(r"\b" + n, cues) or _mentioned(lowered, n)}


def _own_sign_points(reading_text: TextReading, text: str, signs: WindowSigns | None) -> tuple[int, int]:
    if signs is None:
        return 0, 0
    haystack = " ".join([text, *(f"{c.sensation} {c.region} {c.phrase}" for c in reading_text.body_cues)])
    words = _stems(haystack)
    hyper = 2 * sum(_sign_matches(sign, words) for sign in signs.hyper)
    hypo = 2 * sum(_sign_matches(sign, words) for sign in signs.hypo)
    return min(hyper, 4), min(hypo, 4)


def _sign_matches(sign: str, text_stems: set[str]) -> bool:
    """A sign matches when each of its content words appears in the text, in any order or form."""
    content = [w for w in _words(sign) if w not in _STOPWORDS and len(w) > 2]
    return bool(content) and all(_stem(w) in text_stems for w in content)


def _mentioned(lowered: str, needle: str) -> bool:
    """Mentioned and not negated just before ("my chest isn't tight")."""
    for match in re.finditer(r"\b" + needle, lowered):
        before = _words(lowered[: match.start()])[-3:]
        if not _NEGATIONS.intersection(before):
            return True
    return False


def _split_signs(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in _SPLIT_SIGNS.split(text) if part.strip())


def _words(text: str) -> list[str]:
    return [w.replace("'", "") for w in _WORD.findall(text.lower().replace("’", "'"))]


def _stems(text: str) -> set[str]:
    return {_stem(w) for w in _words(text)}


def _stem(word: str) -> str:
    """A crude stem, enough to match "clenched" with "clenching" and "foggy" with "fog"."""
    for suffix in ("ing", "ed", "es", "s", "y"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if len(word) > 3 and word[-1] == word[-2] else word


def _shrink(value: float, prior: float, n: int) -> float:
    return (n * value + PRIOR_WEIGHT * prior) / (n + PRIOR_WEIGHT)
