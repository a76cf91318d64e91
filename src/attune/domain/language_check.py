"""Keeps judgemental, diagnostic and therapist-claiming words out of what Attune says.

Every sentence a person reads passes through `problems()`: the phrasing and practice files at
start-up and in tests, and composed replies in the companion evaluation. The list errs on the
side of rejecting: a false alarm costs a rewrite, a miss costs a person's trust.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    reason: str


def _rule(pattern: str, reason: str) -> Rule:
    return Rule(re.compile(pattern, re.IGNORECASE), reason)


_CONDITIONS = (
    r"depression|anxiety|ptsd|ocd|adhd|bipolar|bpd|an? (?:anxiety|mood|personality|eating) \w+"
    r"|a mental illness|trauma|panic attacks|an illness|a condition"
)

RULES: tuple[Rule, ...] = (
    _rule(r"\bshould(?:n['’]t)?\b", "'should' prescribes and judges"),
    _rule(r"\bmust(?:n['’]t)?\b", "'must' prescribes"),
    _rule(r"\bought to\b", "'ought to' prescribes"),
    _rule(r"\byou (?:need|have|got) to\b", "tells the person what they have to do"),
    _rule(r"\bfail(?:ure|ed|ing|s)?\b", "'failure' judges"),
    _rule(r"\boverreact", "'overreacting' judges the feeling"),
    _rule(r"\bover-react", "'over-reacting' judges the feeling"),
    _rule(r"\b(?:crazy|insane|mad|nuts|psycho|hysterical|irrational|dramatic|silly|stupid|weak)\b",
          "a judging or stigmatising word"),
    _rule(r"\bdisorder", "a diagnostic word"),
    _rule(r"\bdiagnos", "a diagnostic word"),
    _rule(r"\bsymptom", "a clinical word"),
    _rule(r"\bpatholog", "a clinical word"),
    _rule(r"\bmental(?:ly)? ill", "a diagnostic label"),
    _rule(rf"\byou(?:['’]ve| have| are| might have| may have) (?:got )?(?:{_CONDITIONS})\b",
          "tells the person they have a condition"),
    _rule(r"\byou(?:['’]re| are) (?:clearly |obviously |probably )?(?:depressed|traumati[sz]ed|bipolar|"
          r"anxious person|a narcissist|toxic)\b", "labels the person"),
    _rule(r"\bbad mood\b", "'bad mood' judges the feeling"),
    _rule(r"\bnegative (?:emotion|feeling)s?\b", "calls a feeling negative"),
    _rule(r"\bwrong with you\b", "implies something is wrong with the person"),
    _rule(r"\b(?:calm|settle) down\b", "'calm down' dismisses"),
    _rule(r"\bjust (?:relax|breathe|stop|get over|let it go)\b", "'just …' minimises"),
    _rule(r"\bat least\b", "'at least' minimises"),
    _rule(r"\b(?:get|got) over it\b", "'get over it' dismisses"),
    _rule(r"\bsnap out of\b", "'snap out of it' dismisses"),
    _rule(r"\bcheer up\b", "'cheer up' dismisses"),
    _rule(r"\bdon['’]t (?:worry|be sad|be upset|feel)\b", "tells the person not to feel"),
    _rule(r"\bno reason to\b", "dismisses the feeling"),
    _rule(r"\bit['’]s (?:all )?in your head\b", "dismisses the feeling"),
    _rule(r"\bnormal people\b", "compares the person with 'normal people'"),
    _rule(r"\b(?:i am|i['’]m|as) (?:a |an |your )?(?:licensed |qualified |trained )?"
          r"(?:therapist|counsell?or|psychologist|psychiatrist|psychotherapist|doctor|clinician)\b",
          "claims to be a therapist or clinician"),
    _rule(r"\b(?:our|this) (?:therapy|treatment) session\b", "claims to give therapy"),
    _rule(r"\bi (?:can )?(?:treat|cure) you\b", "claims to treat"),
)


def problems(text: str) -> list[str]:
    """Why `text` is not fit to show a person; empty when it is fine."""
    return [f"{rule.reason}: {match.group(0)!r}" for rule in RULES if (match := rule.pattern.search(text))]


def is_kind(text: str) -> bool:
    return not problems(text)


def check_all(sentences: Iterable[tuple[str, str]]) -> list[str]:
    """Problems across many (key, sentence) pairs, each prefixed with its key."""
    return [f"{key}: {problem}" for key, text in sentences for problem in problems(text)]
