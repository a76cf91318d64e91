"""What Attune noticed in one check-in: the shared vocabulary between perception and companion."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Zone = Literal["hyper", "within", "hypo"]
RiskLevel = Literal["none", "low", "moderate", "high", "imminent"]
RiskCategory = Literal[
    "none", "suicide", "self_harm", "harm_to_others", "abuse", "medical_emergency", "eating_disorder"
]
RISK_LEVELS: tuple[RiskLevel, ...] = ("none", "low", "moderate", "high", "imminent")
RISK_CATEGORIES: tuple[RiskCategory, ...] = (
    "none", "suicide", "self_harm", "harm_to_others", "abuse", "medical_emergency", "eating_disorder",
)
BODY_REGIONS: tuple[str, ...] = (
    "head", "face", "eyes", "jaw", "throat", "neck_shoulders", "chest", "heart", "breath",
    "stomach", "back", "arms_hands", "legs_feet", "skin", "whole_body",
)


@dataclass(frozen=True)
class EmotionScore:
    """One GoEmotions label with a calibrated probability and the plain word Attune shows."""

    label: str
    score: float
    word: str = ""


@dataclass(frozen=True)
class BodyCue:
    """A sensation the writer feels now, in a region from BODY_REGIONS."""

    region: str
    sensation: str
    phrase: str = ""


@dataclass(frozen=True)
class Risk:
    level: RiskLevel = "none"
    category: RiskCategory = "none"
    reasons: tuple[str, ...] = ()

    @property
    def needs_crisis_pathway(self) -> bool:
        return RISK_LEVELS.index(self.level) >= RISK_LEVELS.index("moderate")


@dataclass(frozen=True)
class TextReading:
    """What perception reads from text alone, before safety, person and history are weighed."""

    emotions: tuple[EmotionScore, ...]
    valence: float  # -1 (very unpleasant) .. 1 (very pleasant)
    arousal: float  # 0 (very low energy) .. 1 (very high energy)
    body_cues: tuple[BodyCue, ...] = ()
    confidence: float = 1.0  # low for empty, emoji-only, very short or non-English text
    language: str = "en"
    embedding: tuple[float, ...] = field(default=(), repr=False, compare=False)

    def top_emotion(self) -> EmotionScore | None:
        ranked = [e for e in self.emotions if e.label != "neutral"]
        return max(ranked, key=lambda e: e.score) if ranked else None


@dataclass(frozen=True)
class Reading:
    """The full reading of a check-in: text reading + risk + zone in the person's window."""

    text: TextReading
    risk: Risk
    zone: Zone
    distress: int | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "emotions": [
                {"label": e.label, "score": round(e.score, 4), "word": e.word} for e in self.text.emotions
            ],
            "valence": round(self.text.valence, 4),
            "arousal": round(self.text.arousal, 4),
            "body_cues": [
                {"region": c.region, "sensation": c.sensation, "phrase": c.phrase} for c in self.text.body_cues
            ],
            "zone": self.zone,
            "distress": self.distress,
            "confidence": round(self.text.confidence, 4),
            "risk": {"level": self.risk.level, "category": self.risk.category},
        }


Quadrant = Literal["high_unpleasant", "high_pleasant", "low_unpleasant", "low_pleasant"]
QUADRANTS: tuple[Quadrant, ...] = ("high_unpleasant", "high_pleasant", "low_unpleasant", "low_pleasant")


@dataclass(frozen=True)
class ChosenFeelings:
    """What the person picked themselves in the check-in: where it differs from the text, it leads.

    `quadrant` is a cell of the valence-energy grid, `words` the emotion words they chose (first is
    the main one), `body` the regions they tapped on the body map with an optional sensation word.
    """

    quadrant: Quadrant | None = None
    words: tuple[str, ...] = ()
    body: tuple[BodyCue, ...] = ()
