"""Cheap language and length checks decide how far the English model's reading is believed."""

from __future__ import annotations

import pytest

from attune.perception.text_quality import assess


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_text_has_no_confidence(text: str) -> None:
    assert assess(text).ceiling == 0.0 and assess(text).language == "und"


@pytest.mark.parametrize("text", ["😭😭😭", "🙂", "!!!", "123 456", "❤️🔥"])
def test_text_without_words_has_low_confidence(text: str) -> None:
    assert assess(text).ceiling < 0.4


@pytest.mark.parametrize("text", ["ok", "tired.", "so sad"])
def test_very_short_text_has_low_confidence(text: str) -> None:
    assert assess(text).ceiling < 0.4


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Estoy muy triste hoy y no sé qué hacer", "es"),
        ("Je suis tellement fatigué, je ne sais pas quoi faire", "fr"),
        ("Ich bin heute sehr müde und traurig", "de"),
        ("Sono molto triste oggi, non ho voglia di niente", "it"),
        ("Estou muito cansada hoje e não sei o que fazer", "pt"),
        ("mujhe aaj bahut dukh ho raha hai yaar", "hi"),
        ("मैं आज बहुत दुखी हूँ", "hi"),
        ("Мне сегодня очень грустно", "ru"),
        ("今日はとても悲しいです", "ja"),
    ],
)
def test_non_english_text_is_recognised_and_capped(text: str, language: str) -> None:
    quality = assess(text)
    assert quality.language == language
    assert quality.ceiling < 0.4


@pytest.mark.parametrize(
    "text",
    [
        "I'm so anxious about tomorrow that I can't sleep.",
        "Exhausted. Overwhelmed. Crying again tonight.",
        "my boss yelled at me again and I just froze",
        "Café was closed and I cried in the car, so embarrassing",
        "I had a lovely time at the fiesta with my amigos",
    ],
)
def test_ordinary_english_is_trusted(text: str) -> None:
    quality = assess(text)
    assert quality.language == "en"
    assert quality.ceiling == 1.0
