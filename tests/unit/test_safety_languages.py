"""Risk is recognised in Spanish, French, German, Italian, Portuguese and Hindi (romanised and Devanagari)."""

from __future__ import annotations

import pytest

from tests.unit.safety_judging import RULES_ONLY


@pytest.mark.parametrize(("text", "category"), [
    ("quiero morirme, ya no aguanto más", "suicide"),
    ("me corto los brazos cuando estoy triste", "self_harm"),
    ("je pense à me suicider depuis des semaines", "suicide"),
    ("mon copain me frappe quand il boit", "abuse"),
    ("ich will nicht mehr leben", "suicide"),
    ("ich habe gerade alle meine Tabletten genommen", "medical_emergency"),
    ("voglio farla finita", "suicide"),
    ("mio marito mi picchia", "abuse"),
    ("quero morrer", "suicide"),
    ("tomei todos os comprimidos da caixa", "medical_emergency"),
    ("main marna chahta hoon", "suicide"),
    ("mujhe jeena nahi hai", "suicide"),
    ("मैं मरना चाहता हूँ", "suicide"),
    ("मेरा पति मुझे मारता है", "abuse"),
])
def test_it_recognises_risk_in_each_language(text: str, category: str) -> None:
    assert RULES_ONLY.assess(text).category == category


@pytest.mark.parametrize("text", [
    "me estoy muriendo de risa",
    "no quiero morir, quiero que las cosas cambien",
    "je suis mort de rire",
    "ich lach mich tot",
    "muoio di fame",
    "tô morrendo de rir",
    "bhook se mar raha hoon",
    "main marna nahi chahta",
])
def test_it_knows_each_languages_idioms_and_negations(text: str) -> None:
    assert RULES_ONLY.assess(text).level == "none"
