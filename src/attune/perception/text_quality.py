"""How much a text can be trusted to the English emotion model: cheap language and length checks.

The encoder was fine-tuned on English Reddit comments and sentences. It still returns numbers for
an empty string, a row of emoji or Spanish, so the reading carries a confidence that says how
far those numbers should be believed. No language-ID model: scripts come from Unicode names,
and Latin-script languages from small lists of function words, which is enough to tell English
from the languages people most often write to Attune in (es, fr, de, it, pt, Hinglish).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Characters looked at; enough to decide and cheap for a 50k-character paste.
SAMPLE_CHARS = 2000
SHORT_WORDS = 3


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Function words only, and none that are also common English words ("a", "me", "no", "in", "die").
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "i i'm im me my myself we you your he she it it's its they them this that these those am is are "
        "was were be been being have has had do does did don't can't cannot won't not the an and but or "
        "if because so of at by for with about to from into on off over under again just very really "
        "feel feeling felt what when where why how all any some more most too than then there here "
        "today now still can will would should could"),
    "es": _words(
        "estoy estar soy eres es está están muy que qué el los las una uno por para pero mi mis yo tengo "
        "tiene siento nada hoy también porque como cómo más del lo le se sé mucho todo quiero puedo "
        "ya eso esto esta este"),
    "fr": _words(
        "je suis j'ai tu il elle nous vous ils les des une est et mais pas très que qui moi mon ma mes "
        "avec pour dans sur ce cette c'est je sens rien aujourd'hui parce beaucoup tout veux peux "
        "ai du au aux"),
    "de": _words(
        "ich bin nicht und der das ist ein eine mit mir mich mein meine sehr aber auch heute weil "
        "fühle nichts habe kann sich zu den dem des es wie"),
    "it": _words(
        "sono io non che il lo gli della mi mio mia molto ma anche oggi perché sento niente ho voglio "
        "posso è per con una uno del questo questa"),
    "pt": _words(
        "estou eu não que os uma muito mas também hoje porque sinto nada tenho quero posso "
        "é com para meu minha isso isto está você"),
    "hi": _words(
        "mein mujhe mujhko hai hain hoon hu nahi nahin kya bahut kuch aaj kyun kyunki lag raha rahi "
        "tha thi ho gaya gayi bhi aur ke ki ka se ko yaar"),
}
SCRIPT_LANGUAGE = {
    "DEVANAGARI": "hi", "ARABIC": "ar", "CYRILLIC": "ru", "GREEK": "el", "HEBREW": "he",
    "HANGUL": "ko", "HIRAGANA": "ja", "KATAKANA": "ja", "CJK": "zh", "THAI": "th", "BENGALI": "bn",
    "TAMIL": "ta", "GURMUKHI": "pa", "GUJARATI": "gu", "TELUGU": "te",
}
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class TextQuality:
    """language: ISO 639-1 guess or "und"; ceiling: the most confidence a reading may have."""

    language: str
    ceiling: float
    reason: str


def assess(text: str) -> TextQuality:
    sample = text[:SAMPLE_CHARS]
    if not sample.strip():
        return TextQuality("und", 0.0, "empty")
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return TextQuality("und", 0.1, "no words (emoji, digits or punctuation only)")
    script = dominant_script(letters)
    if script != "LATIN":
        return TextQuality(SCRIPT_LANGUAGE.get(script, "und"), 0.2, f"{script.lower()} script")
    words = [w.replace("’", "'") for w in WORD.findall(sample.lower())]
    language = latin_language(words)
    if language != "en":
        return TextQuality(language, 0.25, "not English")
    if len(words) < SHORT_WORDS:
        return TextQuality("en", 0.35, "very short")
    return TextQuality("en", 1.0, "")


def dominant_script(letters: list[str]) -> str:
    """The Unicode script most letters belong to (first word of the character's name)."""
    if 2 * sum(c.isascii() for c in letters) >= len(letters):
        return "LATIN"
    counts: dict[str, int] = {}
    for c in letters:
        name = unicodedata.name(c, "UNKNOWN")
        script = "CJK" if name.startswith("CJK") else name.split(" ", 1)[0]
        counts[script] = counts.get(script, 0) + 1
    return max(counts, key=lambda s: counts[s])


def latin_language(words: list[str]) -> str:
    """English unless another language's function words clearly outnumber English ones."""
    hits = {lang: sum(w in vocab for w in words) for lang, vocab in FUNCTION_WORDS.items()}
    english = hits.pop("en")
    other, count = max(hits.items(), key=lambda kv: kv[1])
    if count >= 2 and count > 2 * english:
        return other
    if count >= 1 and english == 0 and len(words) <= 4:
        return other
    return "en"
