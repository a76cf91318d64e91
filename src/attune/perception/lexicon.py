"""A small word-list reader: the fallback when the trained model is not installed.

It keeps Attune usable (and its tests fast) without the ONNX artifact, and marks its readings
with low confidence so nothing downstream mistakes it for the real model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attune.domain.reading import EmotionScore, TextReading

WORDS: dict[str, tuple[str, float, float]] = {
    # word: (GoEmotions label, valence -1..1, arousal 0..1)
    "angry": ("anger", -0.7, 0.8), "furious": ("anger", -0.8, 0.9), "mad": ("anger", -0.6, 0.7),
    "annoyed": ("annoyance", -0.4, 0.6), "frustrated": ("annoyance", -0.5, 0.7),
    "irritated": ("annoyance", -0.4, 0.6), "anxious": ("nervousness", -0.5, 0.75),
    "nervous": ("nervousness", -0.4, 0.7), "worried": ("nervousness", -0.4, 0.6),
    "panic": ("fear", -0.7, 0.9), "scared": ("fear", -0.6, 0.8), "afraid": ("fear", -0.6, 0.75),
    "sad": ("sadness", -0.6, 0.3), "down": ("sadness", -0.4, 0.3), "lonely": ("sadness", -0.5, 0.3),
    "empty": ("sadness", -0.5, 0.15), "numb": ("sadness", -0.4, 0.1), "tired": ("sadness", -0.3, 0.15),
    "disappointed": ("disappointment", -0.5, 0.35), "ashamed": ("embarrassment", -0.6, 0.5),
    "embarrassed": ("embarrassment", -0.5, 0.55), "guilty": ("remorse", -0.5, 0.45),
    "happy": ("joy", 0.7, 0.6), "glad": ("joy", 0.6, 0.5), "excited": ("excitement", 0.7, 0.85),
    "calm": ("relief", 0.5, 0.2), "relieved": ("relief", 0.5, 0.3), "grateful": ("gratitude", 0.7, 0.4),
    "thankful": ("gratitude", 0.7, 0.4), "proud": ("pride", 0.7, 0.6), "hopeful": ("optimism", 0.5, 0.5),
    "confused": ("confusion", -0.2, 0.5), "disgusted": ("disgust", -0.7, 0.6), "grief": ("grief", -0.8, 0.3),
    "love": ("love", 0.8, 0.6), "curious": ("curiosity", 0.3, 0.55), "surprised": ("surprise", 0.1, 0.75),
}
TOKEN = re.compile(r"[a-z']+")


class LexiconPerceiver:
    def read(self, text: str) -> TextReading:
        hits = [WORDS[t] for t in TOKEN.findall(text.lower()) if t in WORDS]
        if not hits:
            return TextReading((EmotionScore("neutral", 0.6, "settled"),), 0.0, 0.4, confidence=0.2)
        label_counts: dict[str, int] = {}
        for label, _, _ in hits:
            label_counts[label] = label_counts.get(label, 0) + 1
        emotions = tuple(
            EmotionScore(label, min(0.95, 0.5 + 0.15 * n), label)
            for label, n in sorted(label_counts.items(), key=lambda kv: -kv[1])
        )
        valence = sum(v for _, v, _ in hits) / len(hits)
        arousal = sum(a for _, _, a in hits) / len(hits)
        return TextReading(emotions, valence, arousal, confidence=0.35)

    def read_many(self, texts: Sequence[str]) -> list[TextReading]:
        return [self.read(t) for t in texts]
