"""Stand-ins for perception and safety in companion tests: the domain never needs a model."""

from __future__ import annotations

from collections.abc import Sequence

from attune.domain.reading import BodyCue, EmotionScore, Risk, RiskCategory, RiskLevel, TextReading

WORDS: dict[str, tuple[str, str, float, float]] = {
    # word in text: (GoEmotions label, plain word, valence, arousal)
    "angry": ("anger", "angry", -0.7, 0.85),
    "furious": ("anger", "angry", -0.8, 0.9),
    "anxious": ("nervousness", "anxious", -0.5, 0.8),
    "scared": ("fear", "scared", -0.6, 0.85),
    "sad": ("sadness", "sad", -0.6, 0.3),
    "hurt": ("sadness", "hurt", -0.6, 0.4),
    "numb": ("sadness", "sad", -0.4, 0.1),
    "happy": ("joy", "happy", 0.7, 0.6),
    "proud": ("pride", "proud", 0.7, 0.6),
}
BODY: dict[str, BodyCue] = {
    "chest is tight": BodyCue("chest", "tight", "chest is tight"),
    "heart is racing": BodyCue("heart", "racing", "heart is racing"),
    "stomach in knots": BodyCue("stomach", "knot", "stomach in knots"),
}


def text_reading(
    *emotions: tuple[str, float, str],
    valence: float = -0.5,
    arousal: float = 0.5,
    cues: Sequence[BodyCue] = (),
    confidence: float = 0.9,
) -> TextReading:
    return TextReading(tuple(EmotionScore(*e) for e in emotions), valence, arousal, tuple(cues), confidence)


class FixedPerceiver:
    """Reads every text the same way, and remembers what it was asked."""

    def __init__(self, reading: TextReading) -> None:
        self.reading = reading
        self.texts: list[str] = []

    def read(self, text: str) -> TextReading:
        self.texts.append(text)
        return self.reading

    def read_many(self, texts: Sequence[str]) -> list[TextReading]:
        return [self.read(t) for t in texts]


class WordPerceiver:
    """A few emotion words and body phrases, enough to drive whole conversations in tests."""

    def read(self, text: str) -> TextReading:
        lowered = text.lower()
        hits = [WORDS[w] for w in WORDS if w in lowered]
        cues = tuple(cue for phrase, cue in BODY.items() if phrase in lowered)
        if not hits:
            return TextReading((EmotionScore("neutral", 0.7, "settled"),), 0.0, 0.5, cues, 0.8)
        emotions = tuple(EmotionScore(label, 0.8 - 0.2 * i, word) for i, (label, word, _, _) in enumerate(hits))
        valence = sum(h[2] for h in hits) / len(hits)
        arousal = sum(h[3] for h in hits) / len(hits)
        return TextReading(emotions, valence, arousal, cues, 0.9)

    def read_many(self, texts: Sequence[str]) -> list[TextReading]:
        return [self.read(t) for t in texts]


class FixedAssessor:
    def __init__(self, level: RiskLevel = "none", category: RiskCategory = "none") -> None:
        self.risk = Risk(level, category)
        self.calls: list[tuple[str, tuple[str, ...]]] = []

    def assess(self, text: str, context: Sequence[str] = (), reading: TextReading | None = None) -> Risk:
        self.calls.append((text, tuple(context)))
        return self.risk
