"""TextPerceiver: the Perceiver the companion uses — text → TextReading, one encoder pass each.

Never raises on text: anything (empty, emoji, 50k characters, control characters, lone
surrogates) gives a reading, with a confidence below 0.4 when the model's numbers should not be
trusted (empty, emoji-only, very short, not English). See text_quality.py.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Sequence

import numpy as np

from attune.domain.reading import BodyCue, EmotionScore, TextReading
from attune.perception.emotion_words import word_for
from attune.perception.encoder import MODEL_DIR, Encoded, Encoder, get_encoder
from attune.perception.text_quality import assess

log = logging.getLogger(__name__)

BodyCueFinder = Callable[[str], tuple[BodyCue, ...]]
# Body cues are looked for in this much of a text; a check-in is far shorter.
BODY_CUE_CHARS = 10_000
# Calibrated probability below which a detected label is not shown (see shown_labels).
MIN_SHOWN = 0.05
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean(text: object) -> str:
    """A str the tokenizer and regexes accept: lone surrogates replaced, control characters spaced."""
    raw = text if isinstance(text, str) else ("" if text is None else str(text))
    raw = raw.encode("utf-8", "replace").decode("utf-8")
    return CONTROL.sub(" ", raw)


def _no_body_cues(text: str) -> tuple[BodyCue, ...]:
    return ()


def default_body_cue_finder() -> BodyCueFinder:
    """attune.perception.body_cues.find_body_cues when that module exists, else no cues."""
    try:
        from attune.perception.body_cues import find_body_cues
    except ImportError:
        log.info("attune.perception.body_cues not available; readings carry no body cues")
        return _no_body_cues
    finder: BodyCueFinder = find_body_cues
    return finder


class TextPerceiver:
    """Implements attune.domain.ports.Perceiver with the shipped ONNX encoder."""

    def __init__(self, encoder: Encoder | None = None, body_cues: BodyCueFinder | None = None) -> None:
        self._encoder = encoder
        self._body_cues = body_cues
        self._warned = False

    @property
    def encoder(self) -> Encoder:
        if self._encoder is None:
            self._encoder = get_encoder()
        return self._encoder

    def warm(self) -> TextPerceiver:
        """Open the model now rather than on the first check-in (e.g. at server start)."""
        self.read("warming up")
        return self

    def read(self, text: str) -> TextReading:
        return self.read_many([text])[0]

    def read_many(self, texts: Sequence[str]) -> list[TextReading]:
        cleaned = [clean(t) for t in texts]
        if not cleaned:
            return []
        out = self.encoder.encode(cleaned)
        return [self._reading(i, text, out) for i, text in enumerate(cleaned)]

    def _reading(self, i: int, text: str, out: Encoded) -> TextReading:
        quality = assess(text)
        probs = out.probabilities[i]
        labels = self.encoder.labels
        emotions = tuple(
            EmotionScore(labels[j], float(probs[j]), word_for(labels[j]))
            for j in shown_labels(probs, out.detected[i])
        )
        # How sure the model is of its own top answer, capped by how readable the text is.
        certainty = 0.5 + 0.5 * float(probs.max())
        return TextReading(
            emotions=emotions,
            valence=float(out.valence[i]),
            arousal=float(out.arousal[i]),
            body_cues=self._find_body_cues(text),
            confidence=round(min(quality.ceiling, certainty), 4),
            language=quality.language,
            embedding=tuple(out.embedding[i].tolist()),
        )

    def _find_body_cues(self, text: str) -> tuple[BodyCue, ...]:
        if self._body_cues is None:
            self._body_cues = default_body_cue_finder()
        try:
            return tuple(self._body_cues(text[:BODY_CUE_CHARS]))
        except Exception:  # a bug there must not cost the person their check-in
            if not self._warned:
                log.exception("body cue finder failed; continuing without body cues")
                self._warned = True
            return ()


def shown_labels(probs: np.ndarray, detected: np.ndarray) -> list[int]:
    """Columns to show, best first: detected labels with at least MIN_SHOWN probability, else the
    most probable label.

    Thresholds are tuned for macro-F1, which for a rare, weakly learned label can mean a cut as
    low as 2%; a 2% probability is not something to reflect back to a person."""
    keep = [int(j) for j in np.flatnonzero(detected) if probs[j] >= MIN_SHOWN]
    return sorted(keep, key=lambda j: -probs[j]) or [int(probs.argmax())]


def model_available() -> bool:
    """Whether the trained artifact ships in this install (the lexicon is the fallback)."""
    return all((MODEL_DIR / name).exists() for name in ("encoder.onnx", "tokenizer.json", "heads.json"))


_lock = threading.Lock()
_perceiver: TextPerceiver | None = None


def load_perceiver() -> TextPerceiver:
    """The process-wide TextPerceiver; returns at once, the model opens on first read."""
    global _perceiver
    with _lock:
        if _perceiver is None:
            _perceiver = TextPerceiver()
        return _perceiver
