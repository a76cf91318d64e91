"""Messages are folded to one form: case, accents, texting, leetspeak, elongation, typos, emoji, masks."""

from __future__ import annotations

import pytest

from attune.safety.lexicon import correct
from attune.safety.normalise import normalise


@pytest.mark.parametrize(("raw", "folded"), [
    ("I WANNA DIE", "i want to die"),
    ("i wanna kil myslef", "i want to kill myself"),
    ("k1ll mys3lf", "kill myself"),
    ("diiiiie", "die"),
    ("im gona end it tonite", "im going to end it tonight"),
    ("kms", "kill myself"),
    ("su*cidal", "suicidal"),
    ("I OD'd last night", "i overdosed last night"),
    ("self-harm", "self harm"),
    ("qué día", "que dia"),
])
def test_it_folds_what_people_type(raw: str, folded: str) -> None:
    assert normalise(raw) == folded


def test_emoji_become_words_and_devanagari_keeps_its_vowel_signs() -> None:
    assert normalise("bye 🪦💊") == "bye emoji_grave emoji_pill"
    assert normalise("मैं मरना चाहता हूँ") == "मैं मरना चाहता हूँ"


def test_doses_times_and_counts_keep_their_digits() -> None:
    assert normalise("took 50mg at 3am, 20 pills") == "took 50mg at 3am , 20 pills"


@pytest.mark.parametrize("word", ["skill", "pulls", "prison", "goodbyes", "bitter", "todas", "vomito"])
def test_real_words_are_never_corrected_into_risk_words(word: str) -> None:
    assert correct(word) == word


@pytest.mark.parametrize(("raw", "folded"), [
    ("je n'ai plus envie de vivre", "je nai plus envie de vivre"),  # French, not Hindi "nahi"
    ("je nai plus envie", "je nai plus envie"),
    ("mujhe nai jeena", "mujhe nahi jeena"),  # Hindi "nai" still folds
    ("main nai chahta", "main nahi chahta"),
    ("j'ai le cœur brisé, ma Sœur", "jai le coeur brise , ma soeur"),
    ("Æther", "aether"),
])
def test_one_languages_folds_do_not_rewrite_anothers_words(raw: str, folded: str) -> None:
    assert normalise(raw) == folded
