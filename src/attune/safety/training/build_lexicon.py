"""Regenerate rules/lexicon_protected.txt: real words that sit one edit from a risk keyword.

Run after editing rules/lexicon.toml:
    python -m attune.safety.training.build_lexicon --data ../shared/data
Real words come from the GoEmotions and EmoBank texts (words seen at least twice, so that most
typos are excluded); only the words that the corrector would otherwise rewrite are written out,
which keeps the shipped file small and free of the source texts.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import Counter
from pathlib import Path

from attune.safety import lexicon as lexmod

# Real words that the corpora may miss but that must never be "corrected" into risk words.
EXTRA = (
    "dyeing", "dyed", "pulls", "polls", "piles", "bitter", "butter", "batter", "prison", "poised",
    "hanger", "banging", "singing", "ringing", "belts", "bleak", "blunder", "bridal", "fridge", "cutie",
    "cuter", "cutting", "cuttings", "kilt", "kiln", "skill", "skills", "died", "dies", "diet",
    "diets", "dine", "dined", "dice", "plans", "plane", "plant", "planet", "liver", "lived",
    "lives", "lover", "pole", "pill", "pull", "poll", "tablet", "tablas", "thoughtful", "overdoes",
    "overdone", "overdue", "murky", "gums", "guns", "shot", "shout", "shoots", "hits", "hots",
    "purse", "purges", "parse", "worse", "verse", "hurl", "hurts", "hurtle", "starve", "starved",
    "stare", "starving", "stars", "jumps", "dumps", "whale", "while", "whole", "wholly", "wake",
    "woke", "wave", "wakes", "wane", "alive", "olive", "alike", "aligns", "bleach", "beach",
    "breach", "bleached", "beached", "today", "toady", "tonight", "nose", "hose", "rose", "pose", "lose", "split",
    "raked", "raking", "rakes", "taped", "gaped", "roped", "beams", "beam", "varnish", "varnished",
)

_WORD = re.compile(r"[a-z]+")
_COMMON = 10


def _corpus_words(data: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    for split in ("train.tsv", "dev.tsv"):
        path = data / "goemotions" / split
        if path.is_file():
            for line in path.read_text("utf-8").splitlines():
                counts.update(_WORD.findall(line.split("\t", 1)[0].lower()))
    bank = data / "emobank" / "emobank.csv"
    if bank.is_file():
        with bank.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                counts.update(_WORD.findall(row.get("text", "").lower()))
    return counts


def _would_change(word: str, bare: lexmod.Lexicon) -> bool:
    return lexmod.correct(word, bare) != word


def build(data: Path) -> list[str]:
    """The sorted protected words for the current keyword list."""
    lex = lexmod.lexicon()
    bare = lexmod.Lexicon(keywords=lex.keywords, protected=frozenset(), deletes=lex.deletes)
    counts = _corpus_words(data)
    words = {w for w, n in counts.items() if n >= 2 and len(w) >= 3} | set(EXTRA)
    # A doubled letter typed once ("cuting", "kiling") is a typo even when the corpus repeats it a
    # few times; a common word ("nose" next to "noose") is a word.
    return sorted(
        w for w in words
        if w not in lex.keywords and _would_change(w, bare)
        and (not lexmod._redouble(w, lex.keywords) or counts[w] >= _COMMON or w in EXTRA)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    protected = build(args.data)
    out = Path(lexmod.__file__).parent / "rules" / "lexicon_protected.txt"
    out.write_text("\n".join(protected) + "\n", encoding="utf-8")
    print(f"{len(protected)} protected words -> {out}")


if __name__ == "__main__":
    main()
