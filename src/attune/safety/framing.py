"""Decide whether a rule hit is about the writer, now, and meant.

The same words are risk or not depending on their frame: "I'd never hurt myself" (negation), "my
sister wants to die" (someone else), "in the film he jumps" (fiction), "I attempted when I was
sixteen, I'm thirty now and doing well" (the past), "warning signs of suicide for my essay" (a
topic), "kms if I hear that song again lol" (a joke). Each framing is a small predicate over the
normalised conversation; the detector drops hits that a framing explains and records why.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from attune.loaded_once import once
from attune.safety.modifiers import distress_pattern
from attune.safety.patterns import Hit, Rule, compile_pattern, enclosing_messages, find_hits, rules

IDIOM_TOKEN = "idiomx"
MESSAGE_BREAK = "¶"
_SENTENCE_BREAKS = {".", "!", "?", ";", MESSAGE_BREAK}
_NEGATION_WINDOW = 6
_SUBJECT_WINDOW = 10


@dataclass(frozen=True)
class Framings:
    idioms: tuple[re.Pattern[str], ...]
    negation: frozenset[str]
    negation_release: tuple[tuple[str, ...], ...]
    clause_breaks: frozenset[str]
    negation_undo: tuple[re.Pattern[str], ...]
    negation_after: re.Pattern[str]
    first_person: frozenset[str]
    third_person: frozenset[str]
    media: re.Pattern[str]
    past: re.Pattern[str]
    present: re.Pattern[str]
    educational: re.Pattern[str]
    hyperbole_trigger: re.Pattern[str]
    interjection: re.Pattern[str]
    earnest: re.Pattern[str]
    accidental: re.Pattern[str]
    benign_purpose: re.Pattern[str]
    closer: re.Pattern[str]
    resisted: re.Pattern[str]
    child: re.Pattern[str]
    recovered: re.Pattern[str]
    competition: re.Pattern[str]
    game: re.Pattern[str]
    outing: re.Pattern[str]
    outing_next: re.Pattern[str]
    outing_next_veto: re.Pattern[str]
    risk_cue: re.Pattern[str]
    absence: re.Pattern[str]
    everyday_turn: re.Pattern[str]
    settled: re.Pattern[str]
    settle_veto: re.Pattern[str]
    good_today: re.Pattern[str]
    danger_now: re.Pattern[str]
    explains: re.Pattern[str]
    clarifies: re.Pattern[str]
    clarify_veto: re.Pattern[str]
    after_completion_veto: re.Pattern[str]
    media_denied: re.Pattern[str]
    completion_means: re.Pattern[str]
    completion_ordinary: re.Pattern[str]
    continues: re.Pattern[str]
    grievance: re.Pattern[str]
    recap_media: re.Pattern[str]
    recap_veto: re.Pattern[str]
    injury_cause: re.Pattern[str]
    injury_settled: re.Pattern[str]
    injury_veto: re.Pattern[str]
    contest: re.Pattern[str]
    contest_veto: re.Pattern[str]
    accident_undone: re.Pattern[str]
    tool_only: re.Pattern[str]
    tool_used: re.Pattern[str]
    not_sporting: re.Pattern[str]
    injury_blood: re.Pattern[str]
    injury_self_done: re.Pattern[str]
    pet_named: re.Pattern[str]
    pet_person: re.Pattern[str]
    pet_veto: re.Pattern[str]
    home_now: re.Pattern[str]
    home_veto: re.Pattern[str]
    game_knock: re.Pattern[str]
    game_knock_who: re.Pattern[str]
    game_knock_elder: re.Pattern[str]
    game_knock_tool: re.Pattern[str]
    game_knock_veto: re.Pattern[str]
    not_ingested: re.Pattern[str]
    ingested_substance: re.Pattern[str]
    kit: re.Pattern[str]
    kit_outing: re.Pattern[str]
    kit_company: re.Pattern[str]
    kit_veto: re.Pattern[str]
    safe_now: re.Pattern[str]
    today_reflecting: re.Pattern[str]
    safe_now_veto: re.Pattern[str]
    everyday_plan: re.Pattern[str]
    everyday_plan_veto: re.Pattern[str]
    prescribed_start: re.Pattern[str]
    prescribed_veto: re.Pattern[str]
    retraction: re.Pattern[str]
    retraction_veto: re.Pattern[str]
    retract_hit_veto: re.Pattern[str]
    retract_filler: re.Pattern[str]
    joke_marker: re.Pattern[str]
    game_target: re.Pattern[str]
    game_target_veto: re.Pattern[str]
    clean_since: re.Pattern[str]
    clean_veto: re.Pattern[str]
    clean_hit_veto: re.Pattern[str]
    assessed_fine: re.Pattern[str]
    assessed_veto: re.Pattern[str]
    assessed_hit_veto: re.Pattern[str]
    child_off: re.Pattern[str]
    child_off_veto: re.Pattern[str]
    task_named: re.Pattern[str]
    task_veto: re.Pattern[str]
    task_hit_veto: re.Pattern[str]
    task_link: re.Pattern[str]
    quits_job: re.Pattern[str]
    quit_veto: re.Pattern[str]
    quit_hit_veto: re.Pattern[str]
    fan_wish: re.Pattern[str]
    fan_sack: re.Pattern[str]
    fan_result: re.Pattern[str]
    fan_veto: re.Pattern[str]
    pests: re.Pattern[str]
    pest_people: re.Pattern[str]
    game_person: re.Pattern[str]
    day_words: frozenset[str]
    idiom_vetoed_by: frozenset[str]


@once
def framings() -> Framings:
    """framing.toml, compiled once."""
    raw = tomllib.loads(resources.files("attune.safety.rules").joinpath("framing.toml").read_text("utf-8"))
    single = {k: compile_pattern(raw[k]) for k in (
        "media", "past", "present", "educational", "hyperbole_trigger", "interjection", "earnest", "accidental",
        "benign_purpose", "closer", "resisted", "child", "recovered", "competition", "game", "outing", "outing_next",
        "outing_next_veto", "risk_cue",
        "absence", "everyday_turn", "settled", "settle_veto", "good_today", "danger_now", "explains",
        "clarifies", "clarify_veto", "after_completion_veto", "media_denied", "completion_means",
        "completion_ordinary", "continues", "grievance",
        "recap_media", "recap_veto", "injury_cause", "injury_settled", "injury_veto", "contest", "contest_veto",
        "accident_undone", "tool_only", "tool_used", "not_sporting", "injury_blood", "injury_self_done",
        "pet_named", "pet_person", "pet_veto", "home_now", "home_veto", "game_knock", "game_knock_who",
        "game_knock_elder", "game_knock_tool", "game_knock_veto", "not_ingested", "ingested_substance", "kit",
        "kit_outing", "kit_company", "kit_veto", "safe_now", "today_reflecting", "safe_now_veto", "everyday_plan",
        "everyday_plan_veto", "prescribed_start", "prescribed_veto", "retraction", "retraction_veto",
        "retract_hit_veto", "retract_filler", "joke_marker", "game_target", "game_target_veto", "clean_since",
        "clean_veto", "clean_hit_veto", "assessed_fine", "assessed_veto", "assessed_hit_veto", "child_off",
        "child_off_veto", "task_named", "task_veto", "task_hit_veto", "task_link",
        "quits_job", "quit_veto", "quit_hit_veto", "fan_wish", "fan_sack", "fan_result", "fan_veto", "pests",
        "pest_people", "game_person",
    )}
    return Framings(
        idioms=tuple(compile_pattern(p) for p in raw["idioms"]),
        negation=frozenset(raw["negation"]),
        day_words=frozenset(raw["day_words"]),
        idiom_vetoed_by=frozenset(raw["idiom_vetoed_by"]),
        negation_release=tuple(tuple(r.split()) for r in raw["negation_release"]),
        clause_breaks=frozenset(raw["clause_breaks"]) | {MESSAGE_BREAK},
        negation_undo=tuple(compile_pattern(p) for p in raw["negation_undo"]),
        negation_after=compile_pattern(raw["negation_after"]),
        first_person=frozenset(raw["first_person"]),
        third_person=frozenset(raw["third_person"]),
        **single,
    )


def mask_idioms(text: str) -> tuple[str, int]:
    """Replace idiom spans with a neutral token; returns the text and how many were masked.

    An idiom span that a rule in `idiom_vetoed_by` reads as a threat happening now is left as it is: "my husband
    is going to kill me" is the idiom, "... he found my phone and he's hitting the door" is not.
    """
    count = 0
    for pattern in framings().idioms:
        if pattern.search(text):
            text, n = _mask_with(pattern, text)
            count += n
    return re.sub(r"\s+", " ", text).strip(), count


def _mask_with(pattern: re.Pattern[str], text: str) -> tuple[str, int]:
    masked = 0

    def mask(m: re.Match[str]) -> str:
        nonlocal masked
        if _threat_now(text, m.start(), m.end()):
            return m.group(0)
        masked += 1
        return f" {IDIOM_TOKEN} "

    return pattern.sub(mask, text), masked


@once
def _idiom_veto_rules() -> tuple[Rule, ...]:
    wanted = framings().idiom_vetoed_by
    found = tuple(r for r in rules() if r.id in wanted)
    missing = wanted - {r.id for r in found}
    if missing:
        raise ValueError(f"framing.toml idiom_vetoed_by names unknown rules {sorted(missing)}")
    return found


def _threat_now(text: str, start: int, end: int) -> bool:
    """A veto rule matches the message that holds [start, end), over that span (the threat is the idiom's words)."""
    lo, message = enclosing_messages(text, start, end)
    return any(h.start < end - lo and h.end > start - lo for h in find_hits(message, only=_idiom_veto_rules()))


@dataclass(frozen=True)
class Token:
    text: str
    start: int


@lru_cache(maxsize=8)
def _tokens(text: str) -> tuple[tuple[Token, ...], tuple[int, ...]]:
    tokens = tuple(Token(m.group(0), m.start()) for m in re.finditer(r"\S+", text))
    return tokens, tuple(t.start for t in tokens)


def tokens_of(text: str) -> list[Token]:
    """Whitespace tokens with their character offsets (cached: every hit in a message reuses them)."""
    return list(_tokens(text)[0])


def _index_at(tokens: list[Token], offset: int) -> int:
    """Index of the first token starting at or after offset."""
    return bisect.bisect_left([t.start for t in tokens], offset)


def _released(tokens: list[Token], i: int, release: tuple[tuple[str, ...], ...]) -> bool:
    following = [t.text for t in tokens[i + 1: i + 4]]
    return any(tuple(following[: len(r)]) == r for r in release)


def is_negated(text: str, hit: Hit) -> bool:
    """A negation cue just before the hit (or early inside it, or right after it), not negating something else.

    Rules whose own wording carries a negation ("I don't want to wake up") are tagged own_negation
    and are only checked before and after, never inside.
    """
    f = framings()
    tokens = tokens_of(text)
    first = _index_at(tokens, hit.start)
    if f.negation_after.match(text, hit.end):
        return True
    if "own_negation" not in hit.rule.tags and _negated_inside(tokens, first, hit.end, f):
        return True
    window: list[int] = []
    for i in range(first - 1, max(-1, first - 1 - _NEGATION_WINDOW), -1):
        if tokens[i].text in f.clause_breaks:
            break
        window.append(i)
    cues = [i for i in window if _is_cue(tokens, i, f) and not _in_other_clause(tokens, i, first, window)]
    if not cues or any(_released(tokens, i, f.negation_release) for i in cues):
        return False
    clause_start = tokens[window[-1]].start if window else hit.start
    return not any(p.search(text, clause_start, hit.end) for p in f.negation_undo)


_SUBORDINATORS = frozenset({
    "when", "whenever", "if", "because", "cause", "until", "while", "after", "before", "since", "unless", "cuando",
    "quand", "wenn", "quando", "jab", "agar", "se", "si", "falls",
})
# Review 8 ("se la bilancia non scende mi faccio vomitare"): in the other languages the clause that holds the
# hit often opens with the writer's own pronoun, reflexive or not, which starts the hit itself.
_SUBJECTS = frozenset({"i", "im", "ill", "id", "he", "she", "they", "hes", "shes", "theyre", "we", "you",
                       "io", "yo", "je", "j", "ich", "eu"})
# Only as the hit's first word: Hindi "college me" (in) and "3 din se" (since) must not read as a new clause.
_OPENS_OWN_CLAUSE = frozenset({"mi", "me", "main"})


def _in_other_clause(tokens: list[Token], cue: int, first: int, window: list[int]) -> bool:
    """'when my daughter won't settle I want to shake her': the cue sits in a subordinate clause
    (after when/if/because...) and a new subject starts the clause that holds the hit (or the hit itself)."""
    # the subordinator may sit just past the negation window ("if he doesnt call me back i will kill myself")
    before = {tokens[i].text for i in window if i < cue} | {t.text for t in tokens[max(0, cue - 3):cue]}
    after = {tokens[i].text for i in range(cue + 1, min(first + 1, len(tokens)))}
    opens = first < len(tokens) and tokens[first].text in _OPENS_OWN_CLAUSE
    return bool(before & _SUBORDINATORS) and (bool(after & _SUBJECTS) or opens)


def nearest_person(text: str, hit: Hit) -> str | None:
    """'self' or 'other' for the nearest person word at or before the hit within its sentence."""
    f = framings()
    tokens = tokens_of(text)
    first = _index_at(tokens, hit.start)
    for i in range(min(first, len(tokens) - 1), max(-1, first - _SUBJECT_WINDOW), -1):
        word = tokens[i].text
        if i < first and word in _SENTENCE_BREAKS:
            return None
        if word in f.first_person:
            return "self"
        if _is_other(tokens, i, f):
            return "other"
    return None


# French "ne" negates only with its partner; Hindi "ne" marks who did it ("saas ne kerosene dikhaya").
_FRENCH_NE_PARTNERS = frozenset({"pas", "plus", "jamais", "rien", "personne", "guere", "point", "aucun", "aucune"})


def _is_cue(tokens: list[Token], i: int, f: Framings) -> bool:
    """A negation word, "ne" only where a French partner follows within a few words."""
    word = tokens[i].text
    if word != "ne":
        return word in f.negation
    return any(t.text in _FRENCH_NE_PARTNERS for t in tokens[i + 1: i + 6])


def _negated_inside(tokens: list[Token], first: int, end: int, f: Framings) -> bool:
    """'i dont want to die', 'my partner has never hit me': a cue among the hit's first words."""
    inside = [i for i in range(first + 1, min(first + 5, len(tokens))) if tokens[i].start < end]
    # "want to not be alive", "wanna just not exist": a split infinitive is part of the wish, not a negation of it.
    return any(
        _is_cue(tokens, i, f)
        and not _split_infinitive(tokens, i)
        and not _released(tokens, i, f.negation_release)
        for i in inside
    )


def negated_anywhere_inside(text: str, hit: Hit) -> bool:
    """For rules tagged check_inside: a negation word anywhere in the hit ("he has never hit me").

    A released cue does not count: "he won't stop hitting me" is going on, as negation_release
    already says for a cue before the hit.
    """
    f = framings()
    tokens = tokens_of(text)
    inside = range(_index_at(tokens, hit.start), len(tokens))
    return any(
        tokens[i].start < hit.end and tokens[i].text in f.negation and not _released(tokens, i, f.negation_release)
        for i in inside
    )


_INFINITIVE_ADVERBS = frozenset({"just", "simply", "really", "honestly", "literally", "actually", "kinda", "basically"})


def _split_infinitive(tokens: list[Token], i: int) -> bool:
    before = tokens[i - 1].text
    return before == "to" or (before in _INFINITIVE_ADVERBS and i > 1 and tokens[i - 2].text == "to")


# Inside a hit, these words make the writer the one at risk ("people would cope if I wasn't here",
# "they'd be fine without me"); "my" is left out because it often names the target ("kill my dad").
_WRITER_WORDS = frozenset({"i", "im", "ive", "id", "ill", "me", "myself"})


# "she'd" normalises to "shed"; after a determiner it is the garden shed, not a person.
_NOUN_AFTER = frozenset({"the", "a", "my", "our", "his", "her", "their", "garden", "old", "this", "that", "your"})
# Round 56: Hinglish "band" before a verb is "stopped" ("khana band kar diya"), not a music band.
_HINDI_BAND_VERBS = frozenset(
    {"kar", "karo", "kardo", "karna", "karke", "ho", "hai", "hain", "hua", "hui", "rakha", "rakhi", "kiya"})


def _is_other(tokens: list[Token], i: int, f: Framings) -> bool:
    word = tokens[i].text
    if word == "shed" and i > 0 and tokens[i - 1].text in _NOUN_AFTER:
        return False
    if word == "band" and i + 1 < len(tokens) and tokens[i + 1].text in _HINDI_BAND_VERBS:
        return False  # round 56 (r56-0055): Hinglish "khana band kar diya" (stopped eating) names no music band
    return word in f.third_person


def subject_is_other(text: str, hit: Hit) -> bool:
    """The nearest person word at or before the hit, within the sentence, is someone else.

    A first-person word inside the hit itself settles it: the hit is about the writer.
    """
    f = framings()
    tokens = tokens_of(text)
    if any(t.text in _WRITER_WORDS for t in tokens if hit.start <= t.start < hit.end):
        return False
    first = _index_at(tokens, hit.start)
    for i in range(first, max(-1, first - _SUBJECT_WINDOW), -1):
        if i >= len(tokens):
            continue
        word = tokens[i].text
        if i < first and word in _SENTENCE_BREAKS:
            return False
        if word in f.first_person:
            return False
        if _is_other(tokens, i, f):
            return True
    return False


def _span(text: str, offset: int, breaks: set[str] | frozenset[str]) -> tuple[int, int]:
    """Character bounds of the clause (or sentence) around an offset."""
    tokens = tokens_of(text)
    i = _index_at(tokens, offset)
    lo = i - 1
    while lo >= 0 and tokens[lo].text not in breaks:
        lo -= 1
    hi = i
    while hi < len(tokens) and tokens[hi].text not in breaks:
        hi += 1
    start = tokens[lo + 1].start if lo + 1 < len(tokens) else 0
    end = tokens[hi].start if hi < len(tokens) else len(text)
    return start, end


def message_span(text: str, offset: int) -> tuple[int, int]:
    """Bounds of the single message (within a joined conversation) that holds an offset."""
    return _span(text, offset, {MESSAGE_BREAK})


def in_media_clause(text: str, hit: Hit) -> bool:
    """The hit's clause talks about a film, book, song or game."""
    f = framings()
    start, end = _span(text, hit.start, f.clause_breaks)
    if f.media_denied.search(text, *message_span(text, hit.start)):
        return False  # "asking for me, not for a story": the writer says it is no story
    if f.media.search(text, start, end):
        return True
    s_start, s_end = _span(text, hit.start, _SENTENCE_BREAKS)
    return bool(f.media.search(text, s_start, s_end)) and not _first_person_clause(text, start, end)


def _first_person_clause(text: str, start: int, end: int) -> bool:
    return any(t.text in framings().first_person for t in tokens_of(text[start:end]))


def is_historical(text: str, hit: Hit) -> bool:
    """The hit's message frames it as past and nothing from there on says it is happening now.

    The day alone ("today", "hoy") leading into a good present ("i'm married", "me recibi de
    enfermera") says how the person is now, not that it is happening again.
    """
    f = framings()
    m_start, m_end = message_span(text, hit.start)
    if not f.past.search(text, m_start, m_end):
        return False
    markers = {m.group(0) for m in f.present.finditer(text, m_start)}
    if not markers:
        return True
    return markers <= f.day_words and (_good_today(text, m_start) or _safe_and_reflecting(text, m_start))


def _safe_and_reflecting(text: str, start: int) -> bool:
    """Round 48: "my ex used to hit me but that was a long time ago, i'm safe and remarried now. just thinking about
    it today cos of the date": the writer is safe now, the day is only when it came to mind, and nothing from the
    past onwards says the danger is back (he found me, turned up, fear, again)."""
    f = framings()
    _, m_end = message_span(text, start)
    past = f.past.search(text, start, m_end)
    return (past is not None and bool(f.safe_now.search(text, start, m_end))
            and bool(f.today_reflecting.search(text, start, m_end))
            and not f.safe_now_veto.search(text, past.start(), m_end)
            and not f.danger_now.search(text, past.start(), m_end))


def _good_today(text: str, start: int) -> bool:
    """"today I'm married" and nothing from the past onwards about means, a plan or a wish to die.

    The danger words are searched from the good news on: the past clause names its own method."""
    f = framings()
    good = f.good_today.search(text, start)
    return good is not None and not f.danger_now.search(text, good.start())


def is_educational(text: str, hit: Hit) -> bool:
    """A topic or study question, not a disclosure: study/helping words and no first-person statement."""
    f = framings()
    m_start, m_end = message_span(text, hit.start)
    if not f.educational.search(text, m_start, m_end):
        return False
    c_start, _ = _span(text, hit.start, f.clause_breaks)
    lead = text[c_start:hit.start]
    return not re.search(r"\b(?:i want|i wanna|im going|i feel|ive been|i keep|i cant stop|i need to|i am|im)\b", lead)


def is_recovered(text: str, hit: Hit) -> bool:
    """The hit's message says the writer came through it ("I'm okay now", "clean since 2015")."""
    m_start, m_end = message_span(text, hit.start)
    return bool(framings().recovered.search(text, m_start, m_end)) or _good_today(text, m_start)


def has_laughter(text: str, hit: Hit) -> bool:
    """Laughter in the hit's own message (a later 'lol' does not soften an earlier message)."""
    from attune.safety.patterns import macros

    m_start, m_end = message_span(text, hit.start)
    return bool(re.search(macros()["laughter"], text[m_start:m_end]))


def is_hyperbole(text: str, hit: Hit) -> bool:
    """Laughter or exasperation plus a trivial trigger in the same message: a joke said as a joke.

    Round 51: "jk" right after the hit in its own message marks it as laughter does ("kms jk jk, but seriously who
    puts pineapple on a burger"); a trigger is still needed, and "for real though i..." after it still takes it back.
    """
    f = framings()
    m_start, m_end = message_span(text, hit.start)
    marked = (has_laughter(text, hit) or bool(f.interjection.search(text, m_start, m_end))
              or bool(f.joke_marker.search(text, hit.end, m_end)))
    return marked and bool(f.hyperbole_trigger.search(text, m_start, m_end)) and not is_meant_after(text, hit)


def is_meant_after(text: str, hit: Hit) -> bool:
    """"For real though", "joking aside" after the hit: the writer takes the joke back and means what follows."""
    _, m_end = message_span(text, hit.start)
    return bool(framings().earnest.search(text, hit.end, m_end))


def is_competition(text: str, hit: Hit) -> bool:
    """Violent words about a game, sport or contest in the hit's sentence: "destroy him at chess"."""
    start, end = _span(text, hit.start, _SENTENCE_BREAKS)
    return bool(framings().competition.search(text, start, end))


_REAL_HARM = re.compile(
    r"\b(?:hit|hits|hurt|hurts|punched|kicked|touched|touches|slapped|beat|beats|threatened) (?:me|us|my)\b"
)


def is_game_target(text: str, hit: Hit) -> bool:
    """A video game is being played in the conversation so far and the hit names no real person:
    "this boss is impossible" ... "i'm gonna kill him if it takes all night"."""
    span = text[hit.start:hit.end]
    if re.search(r"\b(?:my|your|his|their)\b", span):
        return False
    _, m_end = message_span(text, hit.start)
    return bool(framings().game.search(text, 0, m_end)) and not _REAL_HARM.search(text, 0, m_end)


def is_ordinary(text: str, hit: Hit, reason: re.Pattern[str]) -> bool:
    """The hit's message gives an ordinary reason and carries no risk cue of its own.

    "I'm on the bridge, traffic is awful, be there in 10" (outing); "not gonna be here tmrw,
    dentist appt" (absence). A jump, an "I'm done" or a "sorry for everything" keeps the hit.
    """
    f = framings()
    m_start, m_end = message_span(text, hit.start)
    return bool(reason.search(text, m_start, m_end)) and not f.risk_cue.search(text, m_start, m_end)


# A place named alone ("to na ponte agora") is a few words.
_OUTING_ALONE_MAX_WORDS = 6


def is_benign_outing(text: str, hit: Hit) -> bool:
    """A risky place named for an ordinary reason.

    Round 52 (r52-0086): or named alone in a short message that the next message explains as an outing or traffic ("to
    na ponte agora" ... "a ponte rio niteroi ta parada, acidente"), with no risk cue and nothing in `outing_next_veto`
    from the hit to the end of the conversation.
    """
    f = framings()
    if is_ordinary(text, hit, f.outing):
        return True
    m_start, m_end = message_span(text, hit.start)
    if m_end >= len(text) or len(text[m_start:m_end].split()) > _OUTING_ALONE_MAX_WORDS:
        return False
    n_start, n_end = message_span(text, min(len(text) - 1, m_end + 2))
    explained = f.outing.search(text, n_start, n_end) or f.outing_next.search(text, n_start, n_end)
    return bool(explained) and not f.risk_cue.search(text, hit.start) and not f.outing_next_veto.search(text, hit.start)


def is_benign_absence(text: str, hit: Hit) -> bool:
    """A goodbye or an absence with an ordinary reason."""
    return is_ordinary(text, hit, framings().absence)


def turns_to_everyday(conversation: str) -> bool:
    """The conversation (normalised and joined, see context.join_normalised) turns to an everyday
    errand or plan and has no risk cue anywhere.

    Read by the detector before the learned head checks in on an earlier message: "manager piles
    everything on me" ... "what time does the chemist shut, need my hayfever tablets".

    Rounds 48-49: or the last message turns to a surprise party being set up or a toddler's tantrum, to a prescription
    about to start with nerves about side effects, or to an outing the kit named earlier is for, each with its own
    veto read over the whole conversation (a weapon, harm, a stockpile, being alone).

    Round 50: or the last message asks whether to keep a child off nursery or school, after nothing that says the child
    needs help (r50-0173: "my son had 38.2 last night" ... "he's eating and running about now" ... "keep him off
    nursery tomorrow?").
    """
    f = framings()
    if f.risk_cue.search(conversation):
        return False
    if f.everyday_turn.search(conversation):
        return True
    last = conversation[conversation.rfind(MESSAGE_BREAK) + 1:].strip()
    return ((bool(f.everyday_plan.search(last)) and not f.everyday_plan_veto.search(conversation))
            or (bool(f.prescribed_start.search(last)) and not f.prescribed_veto.search(conversation))
            or (kit_for_outing(last) and not f.kit_veto.search(conversation))
            or (bool(f.child_off.search(last)) and not f.child_off_veto.search(conversation)))


_SETTLING_MIN_WORDS = 5
# A last statement this long says what it is about in its own words (as context._CLOSING_MAX_WORDS).
_EXPLAINING_MIN_WORDS = 15


def settles(last_message: str) -> bool:
    """The last message (normalised) settles the earlier ones in its own words, with relief.

    Read by the detector before the learned head checks in on an earlier message: "it's relentless"
    ... "my mum's having her tonight so i can sleep, thank god". A short
    "jk" or "lol nvm" is not enough, laughter alone never is, and neither is a message with a risk
    cue of its own or relief that only says someone is asleep or out or that a thing is sorted.
    """
    return (len(last_message.split()) >= _SETTLING_MIN_WORDS and bool(framings().settled.search(last_message))
            and not _keeps_it_open(last_message))


def explains_itself(last_message: str) -> bool:
    """A long last statement (normalised) that says what the earlier messages meant.

    "i've been bingeing every night" ... "on korean dramas lmao, three series in two weeks, my sleep
    schedule is in ruins". A long rant is not enough: it must explain ("i mean", laughter, "turns
    out"), ask nothing, and carry no risk cue, means, plan or tidying-up of its own.

    Rounds 48-49: a last message that completes the one before with something ordinary, under every veto of
    completes_earlier, explains it too ("i hit her" ... "with a snowball, right in the face 😂 she's plotting
    revenge"; "lost so much weight" ... "after the knee op, physio says it'll come back"), unless it says distress
    of its own ("of everything, my job, my boyfriend, i'm so tired").
    """
    f = framings()
    if completes_earlier(last_message) and not distress_pattern().search(last_message):
        return True
    return (len(last_message.split()) >= _EXPLAINING_MIN_WORDS and not last_message.rstrip().endswith("?")
            and bool(f.explains.search(last_message)) and not _keeps_it_open(last_message)
            and not f.danger_now.search(last_message))


_CLARIFYING_MIN_WORDS = 8


def completes_earlier(last_message: str) -> bool:
    """The last message (normalised) completes an earlier, dark-sounding one with something ordinary.

    Round 42: "i'm going to end it tonight" ... "with my boyfriend, two years and he still won't meet
    my parents"; "je ne veux plus me réveiller" ... "à 5h du matin pour ce boulot". It picks up the
    earlier sentence where it stopped ("of", "for", "with", "i mean"), says enough to be an answer and
    names the ordinary thing that was meant (a relationship, a job, a food, an event, a game). Review 3
    showed how often real risk has the same shape ("i'm going to kill myself" ... "after everyone goes
    to sleep tonight"), so anything that keeps the earlier words open vetoes it: a minimiser ("jk",
    "don't worry"), a cover story, a time or a plan, concealment, preparation, a means, the writer's own
    life as the object, hopelessness, earnestness, a risk cue. A bare "jk" never closes anything.
    """
    f = framings()
    if len(last_message.split()) < _CLARIFYING_MIN_WORDS or not f.clarifies.search(last_message):
        return False
    if any(p.search(last_message) for p in (f.clarify_veto, f.risk_cue, f.educational, f.danger_now)):
        return False
    named_means = f.completion_means.search(last_message)
    ordinary_play = bool(f.game.search(last_message) or f.media.search(last_message)
                         or f.competition.search(last_message))
    if named_means and not ordinary_play:
        return False
    return ordinary_play or bool(f.completion_ordinary.search(last_message) or f.absence.search(last_message))


def is_grievance_later(text: str, hit: Hit) -> bool:
    """The message after a threat in an earlier one tells a trivial grievance and nothing more.

    Round 42: "ich bring ihn um" ... "mein mitbewohner hat schon wieder um 3 uhr nachts
    staubgesaugt"; "lo ammazzo giuro" ... "mio fratello mi ha spoilerato il finale". Read only for
    unarmed threats (rule_engine), and never when the last message has a risk cue or a minimiser.
    """
    message = _last_message_after(text, hit)
    return message is not None and bool(framings().grievance.search(message)) and not _makes_it_real(message)


def _last_message_after(text: str, hit: Hit) -> str | None:
    """The last message of the conversation, when the hit stands in an earlier one."""
    last = text.rfind(MESSAGE_BREAK)
    return None if last < 0 or hit.start > last else text[last + 1:]


def _makes_it_real(later: str) -> bool:
    """A later message that keeps an earlier threat open: a risk cue, a minimiser or cover story, a means."""
    f = framings()
    return bool(f.risk_cue.search(later) or f.clarify_veto.search(later) or f.completion_means.search(later))


def _keeps_it_open(last_message: str) -> bool:
    """A risk cue of its own, or relief that only says someone is away or a thing is sorted."""
    f = framings()
    return bool(f.risk_cue.search(last_message) or f.settle_veto.search(last_message))


_WHILE = re.compile(r" ?(?:while|whilst|when)\b")


def is_accidental(text: str, hit: Hit) -> bool:
    """An injury described as an accident, in the hit's sentence or in the next message that only continues it.

    Round 47: "cut myself pretty deep" ... "on the mandoline ugh". The next message must pick the sentence up
    where it stopped ("on", "with", "while"), and nothing from the hit on may say it was meant ("on purpose",
    "again", "felt good", a razor).
    """
    f = framings()
    start, end = _span(text, hit.start, _SENTENCE_BREAKS)
    named = [m.group(0) for m in f.accidental.finditer(text, start, end)]
    if any(not f.tool_only.fullmatch(m) for m in named) or (named and not f.tool_used.search(text, start, end)):
        return True
    _, m_end = message_span(text, hit.start)
    if m_end >= len(text) or f.accident_undone.search(text, hit.start):
        return False
    following = text.find(MESSAGE_BREAK, m_end) + 1
    n_start = following + (1 if text[following:following + 1] == " " else 0)
    n_end = message_span(text, n_start)[1] if n_start < len(text) else len(text)
    picks_up = f.continues.match(text, n_start) or _WHILE.match(text, n_start)
    return bool(picks_up and f.accidental.search(text, n_start, n_end))


def recounts_media(last_message: str) -> bool:
    """The last message (normalised) says the earlier ones told a film, a book or a show.

    Round 47: "she took all the pills and lay down" ... "and then her husband found the note" ... "that was
    the most depressing film i've seen all year". A comparison ("just like in that film"), real life, someone
    of the writer's own, help sought, a risk cue or a wish of the writer's own keeps the earlier words open.
    """
    f = framings()
    return bool(f.recap_media.search(last_message)) and not any(
        p.search(last_message) for p in (f.recap_veto, f.risk_cue, f.danger_now, f.clarify_veto))


def settles_injury(last_message: str) -> bool:
    """The last message (normalised) names an ordinary injury (a sport, a fall) and that it is dealt with.

    Round 47: "there's blood everywhere" ... "took a hockey puck to the face at practice lol, trainer says its
    not broken, ice pack now". Still bleeding, faint, an ambulance, a cut or the writer's own doing keeps it open.
    """
    f = framings()
    return (bool(f.injury_cause.search(last_message) and f.injury_settled.search(last_message))
            and not f.injury_veto.search(last_message) and not f.risk_cue.search(last_message))


def _quiet_reply(last_message: str) -> bool:
    """No risk cue, nothing that keeps earlier words open ("jk", "but i", a cover story), no plan or means."""
    f = framings()
    return not any(p.search(last_message) for p in (f.risk_cue, f.clarify_veto, f.danger_now))


def names_pet(last_message: str) -> bool:
    """Round 48: the last message (normalised) opens by naming a pet as the one meant ("he's not breathing" ... "the
    hamster. we think he was just very old"), and seeks no help. rule_engine reads it only for medical hits in the
    message right before it, and never when a person is named before it."""
    f = framings()
    return bool(f.pet_named.match(last_message)) and _quiet_reply(last_message) and not f.pet_veto.search(last_message)


def home_again(last_message: str) -> bool:
    """Round 48: the last message (normalised) says someone else is home or discharged after a scare told earlier
    ("mum collapsed at church on sunday" ... "they said it was dehydration, she's home with fluids now"), and nothing
    says it is happening again, still or worse."""
    f = framings()
    return (bool(f.home_now.search(last_message)) and not f.home_veto.search(last_message)
            and not f.risk_cue.search(last_message) and not f.clarify_veto.search(last_message))


def game_knock_later(last_message: str) -> bool:
    """Round 49: the last message (normalised) says the hit told earlier came in a game ("my sister hit me with a bat"
    ... "playing rounders in the park lol she's way too competitive"), with no anger, intent, habit or serious injury.
    rule_engine reads it only for abuse hits by a sibling or friend with a bat, ball or racket."""
    f = framings()
    return (bool(f.game_knock.match(last_message)) and not f.game_knock_veto.search(last_message)
            and _quiet_reply(last_message))


def names_pictures(last_message: str) -> bool:
    """Round 49: the last message (normalised) names pictures as what was "taken" ("i took all of them" ... "all the
    photos from my grandparents' anniversary i mean"). rule_engine reads it only for ingestion hits that name no
    substance, with no substance anywhere in the conversation."""
    f = framings()
    return (bool(f.not_ingested.match(last_message)) and _quiet_reply(last_message)
            and not f.ingested_substance.search(last_message))


def kit_for_outing(last_message: str) -> bool:
    """Round 49: the last message (normalised) names an outing and the company it is with ("j'ai acheté la corde et le
    couteau" ... "c'est pour l'escalade et le camping avec ma fille ce week-end"). rule_engine reads it only for
    method or preparation hits whose message names nothing but kit, with nothing in `kit_veto` anywhere."""
    f = framings()
    return (bool(f.kit_outing.search(last_message) and f.kit_company.search(last_message))
            and not f.risk_cue.search(last_message) and not f.clarify_veto.search(last_message)
            and all(f.kit.fullmatch(m.group(0)) for m in f.danger_now.finditer(last_message)))


def is_contest_later(text: str, hit: Hit) -> bool:
    """The last message names a contest the earlier threat was about, and nothing that makes it real.

    Round 47: "gonna break his legs tomorrow" ... "and crush his whole team" ... "chess tournament final, my
    rival from last year". Read only for unarmed threats in an earlier message (rule_engine); a place or time
    to catch the person, harm done, earnestness or a risk cue in the last message keeps the threat.
    """
    f = framings()
    message = _last_message_after(text, hit)
    if message is None or f.not_sporting.search(text, hit.start, hit.end):
        return False  # "stab him", "shoot him": no contest makes these words sporting talk
    return (bool(f.contest.search(message)) and not f.contest_veto.search(message)
            and not _makes_it_real(message) and not _REAL_HARM.search(message))


def message_matches(text: str, hit: Hit, pattern: re.Pattern[str]) -> bool:
    """Whether a cue pattern occurs in the hit's own message."""
    m_start, m_end = message_span(text, hit.start)
    return bool(pattern.search(text, m_start, m_end))


def retracts_hyperbole(last_message: str) -> bool:
    """Round 50: the last message (normalised) opens with "jk" and keeps nothing open ("jk obviously, it's just 4000
    words on tax law and i hate it"). rule_engine reads it only for a hyperbole about a trivial thing in the message
    right before it (`takes_back`); a "jk" alone never takes back a disclosure."""
    f = framings()
    return (bool(f.retraction.match(last_message)) and not f.retraction_veto.search(last_message)
            and not f.risk_cue.search(last_message) and not f.earnest.search(last_message))


def takes_back(message: str) -> bool:
    """Round 50: an earlier message a later "jk" can take back: a hyperbole about a trivial thing ("this assignment
    makes me want to jump off a building"), with nothing of its own that makes it real (worthlessness, a time, a
    means)."""
    f = framings()
    return bool(f.hyperbole_trigger.search(message)) and not f.retract_hit_veto.search(message)


def is_game_later(text: str, hit: Hit) -> bool:
    """Round 56 (r56-0062): a threat in an earlier message at a target that exists only in a game ("i'm going to kill
    everyone on the server tonight"), and the last message is about a game ("new patch dropped and my sniper build is
    finally meta lol") with nothing in it that makes the threat real; no real place, earnestness or real person from the
    threat's message to the end. rule_engine reads it only for unarmed threats."""
    f = framings()
    message = _last_message_after(text, hit)
    if message is None or not f.game.search(message) or _makes_it_real(message):
        return False
    m_start, m_end = message_span(text, hit.start)
    return (bool(f.game_target.search(text, m_start, m_end)) and not f.game_target_veto.search(text, m_start)
            and not f.game_person.search(text, m_start))


def quits_job(last_message: str) -> bool:
    """Round 56 (r56-0063): the last message (normalised) says the writer is leaving a job ("handing in my notice at 5.
    three years at that call centre is enough"), with no risk cue or minimiser in it. rule_engine reads it only for
    suicide hits whose object was left open ("i'm ending it today"), with nothing in `quit_veto` anywhere."""
    f = framings()
    return bool(f.quits_job.search(last_message)) and _quiet_reply(last_message)


def is_fan_lament(text: str, hit: Hit) -> bool:
    """Round 56 (r56-0066, r56-0089): a fan's wish to die in a message that calls for the manager or coach to go,
    after a score or football named in the conversation so far ("5-0 at home" ... "i want to die honestly, the manager
    has to go"), with nothing anywhere that makes it real (`fan_veto`). rule_engine reads it only for suicide wishes."""
    f = framings()
    m_start, m_end = message_span(text, hit.start)
    return (bool(f.fan_wish.search(text, hit.start, hit.end)) and bool(f.fan_sack.search(text, m_start, m_end))
            and bool(f.fan_result.search(text, 0, m_end)) and not f.fan_veto.search(text))


def is_pest_target(text: str, hit: Hit) -> bool:
    """Round 56 (r56-0111): a wish for "them" dead whose "them" is pests named just before it ("these slugs are
    destroying my lettuces" ... "i want them all dead"): pests in the hit's message before it or in the message right
    before, and no person named from there to the end of the conversation (the hit's own words included)."""
    f = framings()
    m_start, _ = message_span(text, hit.start)
    start = message_span(text, m_start - 3)[0] if m_start >= 3 else m_start
    return bool(f.pests.search(text, start, hit.start)) and not f.pest_people.search(text, start)


def is_game_only_target(text: str, hit: Hit) -> bool:
    """Round 51: the hit's message names a target that exists only in a game ("everyone in the lobby"), a game is
    named in the conversation so far, and the message names no real place or earnestness. rule_engine lets this
    explain a threat even beside a gun ("im gonna kill everyone in the lobby tonight no cap 🔫" after a CoD update)."""
    f = framings()
    m_start, m_end = message_span(text, hit.start)
    return (is_game_target(text, hit) and bool(f.game_target.search(text, m_start, m_end))
            and not f.game_target_veto.search(text, m_start, m_end))


def clean_for_a_while(last_message: str) -> bool:
    """Round 51: the last message (normalised) says the writer has been clean for a stated time and nothing in it
    says the harm is back or near ("but i've been clean 14 months now and honestly i'm proud")."""
    f = framings()
    return (bool(f.clean_since.search(last_message)) and not f.clean_veto.search(last_message)
            and not f.risk_cue.search(last_message))


def assessed_from(text: str) -> int:
    """Round 50: where the first message that reports a poison line or a clinician calling a scare harmless begins,
    with nothing from that statement on saying it is worse or still going; -1 when there is none.

    "my toddler chewed a dishwasher tablet wrapper" ... "rang poison control and they said the empty wrapper's
    harmless and she's fine" ... "feel like the worst mum ever lol"."""
    f = framings()
    found = f.assessed_fine.search(text)
    if found is None or f.assessed_veto.search(text, found.end()) or f.risk_cue.search(text, found.start()):
        return -1
    return message_span(text, found.start())[0]


_OPEN_DO_IT = re.compile(r"\b(?:do|doing) it$")


def names_pending_task(text: str, hit: Hit) -> bool:
    """Fresh false alarms: the hit ends in an open "do it" and its own message names, before it, an everyday task or
    skill left undone or gone wrong ("i haven't touched any of my actual work. now i'm doing it at 10pm"; "failed my
    driving test ... so stupid because i know how to do it"), with nothing in `task_veto` anywhere in the conversation.
    rule_engine reads it only for suicide intent hits."""
    f = framings()
    if not _OPEN_DO_IT.search(text[hit.start:hit.end]):
        return False
    m_start, m_end = message_span(text, hit.start)
    if f.task_hit_veto.match(text, hit.start) or IDIOM_TOKEN in text[hit.end:m_end]:
        return False  # "i know how to do it now", or something masked after the hit that the veto cannot read
    if text.startswith("know", hit.start):
        # knowing how, said as a sentence of its own ("failed my exams again. i know how to do it."), is not read
        # as the skill: it must lean on the failure ("because i know how to do it") or go on ("..., i just rushed")
        s_start, s_end = _span(text, hit.start, _SENTENCE_BREAKS)
        if not f.task_link.search(text, s_start, hit.start) and not text[hit.end:s_end].strip():
            return False
    return bool(f.task_named.search(text, m_start, hit.start)) and not f.task_veto.search(text)
