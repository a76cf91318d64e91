"""Body cues (interoception): where in their body the writer feels something *now*, from their words.

Pure Python and rule-based, so that it is fast (well under a millisecond for a check-in), works
without the model, and every decision can be read and argued with. The vocabulary lives in
body_cues.toml; this module only reads the frame around each match:

- *what and where*: a place word near a sensation word that can be felt there ("my chest is so
  tight", "tightness in my chest"), or a phrase that carries its own place ("headache", "can't
  breathe", "butterflies");
- *whose*: "my" or the writer as subject, not "her hands", "my son's stomach", a question about
  people in general;
- *when*: now, or still, or back again; not "last week", "used to", "whenever", "I might";
- *whether*: not denied ("isn't tight", "no headache", "the dizziness went away"), not a joke
  ("I can't breathe 😂"), not an idiom ("get it off my chest", "break a leg").

Idioms are blanked out first; the text is then cut into sentences and clauses, because denial and
ownership rarely reach past a comma or a "but", while "yesterday" reaches to the end of a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from attune.domain.reading import BodyCue
from attune.perception.body_cue_vocabulary import Grammar, Vocabulary, vocabulary

_TOKEN = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*|[^\s\w]|_")
_SENTENCE_END = frozenset(".!?…")
_CLAUSE_PUNCT = frozenset(",;:()[]{}—–-~|")
_QUOTES = frozenset("\"“”«»")
# Words that may stand between places listed together: "my hands and feet", "from my neck down to my back".
_COORDINATORS = frozenset({
    "and", "or", "&", "/", "+", "my", "both", "n", "the", "also", "plus", "from", "down", "to", "lower", "upper",
    "through", "into", "up", "all", "way", "in",
})
_COORDINATION_GAP = 5
_LOCATING = frozenset({"in", "on", "across", "around", "behind", "through", "into", "over", "at"})
_SIMILE = frozenset({"like", "as"})
_FIRST_PERSON = frozenset({"i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself"})
_NOT_POSSESSORS = frozenset({
    "it", "that", "there", "what", "who", "he", "she", "here", "where", "everything", "nothing",
    "something", "this", "today", "tonight", "one", "let", "how", "why", "when", "life", "work",
})
# "trying not to cry", "hard not to feel butterflies": the sensation is there.
_DOUBLE_NEGATIVE = frozenset({"trying", "try", "tried", "if", "hard", "difficult", "impossible", "struggling"})
_PREPOSITIONS = frozenset({"about", "for", "with", "to", "at", "on", "by", "from", "of", "over", "after", "like"})
# A check-in is a few sentences; a pasted document is read only this far, so it cannot stall a request.
MAX_CHARS = 20_000
_COMBO_AFTER = 6  # sensation up to this many words after the place: "my chest is so so tight"
_COMBO_BEFORE = 5  # ... or before it: "a dull ache in my lower back"
_NEIGHBOUR_REACH = 5  # across a comma: "right in my chest, a sort of ache"
_SELF_REACH = 6  # "I feel sort of disconnected and numb"
_MAX_FILLERS = 6  # "ugh so so shaky" opens its clause; a dozen words before it do not
_TENSE_BEFORE, _TENSE_AFTER = 5, 2

Owner = Literal["self", "other"]
Verdict = Literal["now", "time", "denied", "other", "joke", "idiom"]


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


@dataclass
class Clause:
    """Tokens [first, stop) of one clause; facts about it are filled in once, on demand."""

    first: int
    stop: int
    sentence: int
    start: int = 0
    end: int = 0
    owner_marks: list[tuple[int, Owner]] = field(default_factory=list)
    inherited_owner: Owner = "self"  # the last subject of an earlier clause in the sentence
    carried_past: bool = False  # "yesterday" earlier in the sentence, with no "today" since
    past: bool = False
    now: bool = False
    fresh: bool = False
    revive: bool = False
    conditional: bool = False
    habit: bool = False


@dataclass
class Sentence:
    first_clause: int
    stop_clause: int = 0
    described: bool = False
    start: int = 0
    end: int = 0
    habit: bool = False
    generic: bool = False
    now: bool = False
    when: bool = False


@dataclass(frozen=True)
class Match:
    """A span of tokens [first, last] and what it names: a region or a sensation group."""

    first: int
    last: int
    name: str


@dataclass
class Candidate:
    region: str
    sensation: str
    first: int
    last: int
    clause: int
    place: Match | None = None
    feeling: Match | None = None
    needs_self: bool = False
    unless_hit: bool = False
    verdict: Verdict = "now"
    order: int = 0


@dataclass
class Text:
    """The normalised, idiom-blanked text with its tokens, clauses and sentences."""

    original: str
    normal: str
    positions: list[int]
    tokens: list[Token]
    clauses: list[Clause]
    sentences: list[Sentence]
    clause_of: list[int]
    capitalised: list[bool]
    token_starts: list[int]
    laughter: bool  # a joke anywhere makes "I'm crying" one


# --------------------------------------------------------------------------------------------
# Public entry point


def find_body_cues(text: str) -> tuple[BodyCue, ...]:
    """The body cues the writer feels now, one per (region, sensation), in order of mention.

    Never raises on text: empty, emoji-only or non-English input simply has no cues.
    """
    if not text or not text.strip():
        return ()
    vocab = vocabulary()
    doc = _prepare(text[:MAX_CHARS], vocab)
    if not doc.tokens:
        return ()
    candidates = _candidates(doc, vocab)
    for cand in candidates:
        _describe(doc, doc.clauses[cand.clause].sentence, vocab.grammar)
        cand.verdict = _judge(cand, doc, vocab.grammar)
    _revive(candidates, doc, vocab.grammar)
    return _cues(candidates, doc, vocab)


def body_regions(text: str) -> list[str]:
    """The sorted, distinct regions of find_body_cues(text): what the evaluation scores."""
    return sorted({cue.region for cue in find_body_cues(text)})


# --------------------------------------------------------------------------------------------
# Normalising and cutting up the text


def _prepare(text: str, vocab: Vocabulary) -> Text:
    """Normalise, blank out idioms, tokenise, and cut into clauses and sentences."""
    normal, positions = normalise(text, vocab)
    blanked = vocab.idioms.sub(lambda m: " " * len(m.group(0)), normal)
    tokens = [Token(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(blanked)]
    clauses, sentences = _split(tokens, vocab.grammar)
    clause_of = [0] * len(tokens)
    for index, clause in enumerate(clauses):
        for t in range(clause.first, clause.stop):
            clause_of[t] = index
    capitalised = [text[positions[t.start]].isupper() for t in tokens]
    doc = Text(text, blanked, positions, tokens, clauses, sentences, clause_of, capitalised,
               [t.start for t in tokens], bool(vocab.grammar.laughter.search(blanked)))
    for clause in clauses:
        clause.start, clause.end = tokens[clause.first].start, tokens[clause.stop - 1].end
    for index, sentence in enumerate(sentences):
        sentence.stop_clause = sentences[index + 1].first_clause if index + 1 < len(sentences) else len(clauses)
        sentence.start, sentence.end = clauses[sentence.first_clause].start, clauses[sentence.stop_clause - 1].end
    return doc


def normalise(text: str, vocab: Vocabulary) -> tuple[str, list[int]]:
    """Lower-case, straighten quotes, squeeze "sooo", expand texting shorthand.

    Returns the new text and, for each of its characters, the index of the original character it
    came from, so that a cue can quote the writer's own words back.
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower-case to two; keep one-to-one
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    lowered = lowered.translate(_STRAIGHTEN)
    positions = list(range(len(text)))
    squeezed, positions = _rewrite(lowered, positions, _REPEATS, lambda m: m.group(1))
    return _rewrite(squeezed, positions, vocab.shorthand_pattern, lambda m: _expand(m, vocab))


_WHEN = re.compile(r"\bwhen(?:ever)?\b")
_STRAIGHTEN = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_REPEATS = re.compile(r"([a-z])\1{2,}")


def _expand(match: re.Match[str], vocab: Vocabulary) -> str:
    word = match.group(0)
    if word.isspace() or not word.strip():
        return " . " if "\n" in word else " "
    return vocab.shorthand.get(word, word)


def _rewrite(
    text: str, positions: list[int], pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str]
) -> tuple[str, list[int]]:
    """pattern.sub(replace, text), carrying the original index of every character along."""
    pieces: list[str] = []
    new_positions: list[int] = []
    last = 0
    for m in pattern.finditer(text):
        new = replace(m)
        pieces.append(text[last:m.start()])
        new_positions.extend(positions[last:m.start()])
        pieces.append(new)
        span_end = max(m.end() - 1, m.start())
        new_positions.extend(positions[min(m.start() + i, span_end)] for i in range(len(new)))
        last = m.end()
    if not pieces:
        return text, positions
    pieces.append(text[last:])
    new_positions.extend(positions[last:])
    return "".join(pieces), new_positions


def _split(tokens: list[Token], grammar: Grammar) -> tuple[list[Clause], list[Sentence]]:
    """Sentences end at . ! ? and new lines; clauses at commas, emoji and words like "but"."""
    clauses: list[Clause] = []
    sentences: list[Sentence] = [Sentence(0)]
    start = 0
    for i in range(len(tokens)):
        boundary = _boundary(tokens, i, grammar)
        if boundary == "none":
            continue
        if boundary in ("sentence", "clause"):  # the punctuation closes the clause before it
            _close(clauses, start, i + 1, len(sentences) - 1)
            start = i + 1
            if boundary == "sentence":
                sentences.append(Sentence(len(clauses)))
        else:  # a word like "but" opens the next clause
            _close(clauses, start, i, len(sentences) - 1)
            start = i
    _close(clauses, start, len(tokens), len(sentences) - 1)
    return clauses, [s for s in sentences if s.first_clause < len(clauses)]


def _boundary(tokens: Sequence[Token], i: int, grammar: Grammar) -> str:
    word = tokens[i].text
    if len(word) == 1 and not word.isalnum():
        if word in _SENTENCE_END:
            return "sentence"
        if word in _CLAUSE_PUNCT or (ord(word) > 0x2000 and word not in _QUOTES):
            return "clause"
        return "none"
    if i == 0:
        return "none"
    if word in grammar.clause_breakers:
        return "opens"
    if word in grammar.soft_conjunctions and i + 1 < len(tokens) and tokens[i + 1].text in grammar.subject_starts:
        return "opens"
    return "none"


def _close(clauses: list[Clause], first: int, stop: int, sentence: int) -> None:
    if stop > first:
        clauses.append(Clause(first, stop, sentence))


def _describe(doc: Text, index: int, grammar: Grammar) -> None:
    """Fill in what a sentence and its clauses say about time, people and habit, once.

    Only sentences that hold a candidate are described, so a long text of emoji or small talk
    costs almost nothing.
    """
    sentence = doc.sentences[index]
    if sentence.described:
        return
    sentence.described = True
    members = doc.clauses[sentence.first_clause:sentence.stop_clause]
    for clause in members:
        words = doc.normal[clause.start:clause.end]
        clause.past = bool(grammar.past_times.search(words))
        clause.now = bool(grammar.now_times.search(words))
        clause.fresh = bool(grammar.fresh_times.search(words))
        clause.revive = bool(grammar.revive.search(words))
        clause.habit = bool(grammar.clause_habit_times.search(words))
        clause.conditional = doc.tokens[clause.first].text in grammar.conditional_openers
        clause.owner_marks = _owner_marks(doc, clause, grammar)
    _carry(members)
    words = doc.normal[sentence.start:sentence.end + 1]
    first_person = any(doc.tokens[t].text in _FIRST_PERSON for c in members for t in range(c.first, c.stop))
    sentence.habit = bool(grammar.habit_times.search(words))
    sentence.now = bool(grammar.now_times.search(words))
    sentence.when = bool(_WHEN.search(words))
    sentence.generic = not first_person and bool(grammar.generic.search(words))


def _carry(members: Sequence[Clause]) -> None:
    """What a clause inherits from earlier clauses of its sentence: the subject, and the past."""
    owner: Owner = "self"
    past = False
    for clause in members:
        clause.inherited_owner = owner
        clause.carried_past = past and not clause.fresh
        if clause.owner_marks:
            owner = clause.owner_marks[-1][1]
        past = clause.past or (past and not clause.fresh)


def _owner_marks(doc: Text, clause: Clause, grammar: Grammar) -> list[tuple[int, Owner]]:
    """Positions in the clause that say who is speaking of their body: "I", "she", "my son"."""
    marks: list[tuple[int, Owner]] = []
    for t in range(clause.first, clause.stop):
        word = doc.tokens[t].text
        nxt = doc.tokens[t + 1].text if t + 1 < clause.stop else ""
        if word in grammar.self_words or word == "my" and nxt not in grammar.people:
            marks.append((t, "self"))
        elif word in grammar.other_words or _is_person_subject(doc, clause, t, grammar):
            marks.append((t, "other"))
    return marks


def _is_person_subject(doc: Text, clause: Clause, t: int, grammar: Grammar) -> bool:
    """ "my son can't", "the baby's", "Sam has": a person other than the writer as subject."""
    word = doc.tokens[t].text
    nxt = doc.tokens[t + 1].text if t + 1 < clause.stop else ""
    stem = word[:-2] if word.endswith("'s") else word
    if stem in grammar.people:
        return word.endswith("'s") or nxt in grammar.name_verbs or t == clause.first or (
            t - 1 >= clause.first and doc.tokens[t - 1].text in {"my", "the", "our", "a", "poor", "little"}
            and (t - 2 < clause.first or doc.tokens[t - 2].text not in _PREPOSITIONS)
        )
    return (
        doc.capitalised[t] and nxt in grammar.name_verbs and word.isalpha() and word not in grammar.not_names
        and word not in grammar.self_words and word not in grammar.vocabulary_words
    )


# --------------------------------------------------------------------------------------------
# Finding candidates: place + sensation pairs, and stand-alone phrases


def _candidates(doc: Text, vocab: Vocabulary) -> list[Candidate]:
    places = _matches(doc, vocab.region_patterns.items())
    places = [m for m in places if _guarded(m, doc, vocab) and not _compared(doc, m)]
    feelings = _matches(doc, vocab.sensation_patterns.items())
    multiword = [f for f in feelings if f.last > f.first]
    places = [p for p in places if not any(f.first <= p.first <= f.last for f in multiword)]
    combos = _pair(doc, places, feelings, vocab)
    phrases = _phrase_matches(doc, vocab)
    claimed: dict[int, set[str]] = {}
    for combo in combos:
        for t in range(combo.first, combo.last + 1):
            claimed.setdefault(t, set()).add(combo.region)
    phrases = [p for p in phrases if not _claimed_elsewhere(p, claimed)]
    ordered = sorted(combos + phrases, key=lambda c: (c.first, c.last))
    for order, cand in enumerate(ordered):
        cand.order = order
    return ordered


def _claimed_elsewhere(phrase: Candidate, claimed: dict[int, set[str]]) -> bool:
    """ "sweaty palms" is a cue in the hands, so "sweaty" alone does not also go to the skin."""
    return any(claimed.get(t, set()) - {phrase.region} for t in range(phrase.first, phrase.last + 1))


def _matches(doc: Text, patterns: Iterable[tuple[str, re.Pattern[str]]]) -> list[Match]:
    found = []
    for name, pattern in patterns:
        for m in pattern.finditer(doc.normal):
            span = _token_span(doc, m.start(), m.end())
            if span is not None:
                found.append(Match(span[0], span[1], name))
    return found


def _token_span(doc: Text, start: int, end: int) -> tuple[int, int] | None:
    """The first and last token inside the character span [start, end), if it holds any."""
    starts = doc.token_starts
    first = bisect_right(starts, start) - 1
    if first < 0 or doc.tokens[first].end <= start:
        first += 1
    last = bisect_right(starts, end - 1) - 1
    if first >= len(doc.tokens) or last < first:
        return None
    if doc.clause_of[first] != doc.clause_of[last]:
        return None
    return first, last


def _compared(doc: Text, match: Match) -> bool:
    """ "my chest feels like a clenched fist": the fist is a comparison, not a place."""
    clause = doc.clauses[doc.clause_of[match.first]]
    before = [doc.tokens[t].text for t in range(max(clause.first, match.first - 3), match.first)]
    for i in range(len(before) - 1, -1, -1):
        if before[i] in _FIRST_PERSON:
            return False
        if before[i] in _SIMILE:
            return True
    return False


def _guarded(match: Match, doc: Text, vocab: Vocabulary) -> bool:
    """Region words that are also everyday words ("back") count only in a body frame."""
    guard = vocab.region_guards.get(match.name)
    if guard is None:
        return True
    start = doc.tokens[match.first].start
    window = doc.normal[max(0, start - 20):doc.tokens[match.last].end + 20]
    offset = start - max(0, start - 20)
    return any(g.start() <= offset < g.end() for g in guard.finditer(window))


def _pair(doc: Text, places: list[Match], feelings: list[Match], vocab: Vocabulary) -> list[Candidate]:
    """Give each sensation word the nearest place it can be felt in, plus places listed with it."""
    found: list[Candidate] = []
    felt_in = {doc.clause_of[f.first] for f in feelings}
    places = sorted(places, key=lambda p: p.first)
    starts = [p.first for p in places]
    for feeling in feelings:
        clause = doc.clause_of[feeling.first]
        lo = bisect_right(starts, feeling.first - _COMBO_AFTER - 4)
        hi = bisect_right(starts, feeling.last + _COMBO_BEFORE + 1)
        usable = [p for p in places[lo:hi] if feeling.name in vocab.allowed[p.name]
                  and not (p.first <= feeling.last and feeling.first <= p.last)]
        options = [p for p in usable if doc.clause_of[p.first] == clause]
        scored = [(d, p) for p in options if (d := _distance(p, feeling)) is not None]
        if not scored:  # "I feel it right in my chest, a sort of ache"
            options = [p for p in usable if _neighbour(doc, clause, doc.clause_of[p.first], felt_in)]
            scored = [(d, p) for p in options if (d := _distance(p, feeling, _NEIGHBOUR_REACH)) is not None]
        if not scored:
            continue
        best = min(scored, key=lambda dp: (dp[0], _rank(doc, dp[1], feeling)))[1]
        for place in _coordinated(doc, best, options):
            sensation = vocab.relabel.get(f"{place.name}.{feeling.name}", feeling.name)
            found.append(Candidate(
                place.name, sensation, min(place.first, feeling.first), max(place.last, feeling.last),
                clause, place=place, feeling=feeling,
            ))
    return found


def _rank(doc: Text, place: Match, feeling: Match) -> int:
    """Between two equally near places: "a weight on my chest" looks ahead, "my chest is tight" back."""
    if place.first < feeling.first:
        return 1
    return 0 if any(doc.tokens[t].text in _LOCATING for t in range(feeling.last + 1, place.first)) else 2


def _neighbour(doc: Text, clause: int, other: int, felt_in: set[int]) -> bool:
    """The clause just before or after, in the same sentence, naming a place but no sensation."""
    return (
        abs(other - clause) == 1 and other not in felt_in
        and doc.clauses[other].sentence == doc.clauses[clause].sentence
    )


def _distance(place: Match, feeling: Match, reach: int | None = None) -> int | None:
    if place.last < feeling.first:
        gap = feeling.first - place.last
        return gap if gap <= (reach or _COMBO_AFTER) else None
    gap = place.first - feeling.last
    return gap if 0 < gap <= (reach or _COMBO_BEFORE) else None


def _coordinated(doc: Text, best: Match, options: list[Match]) -> list[Match]:
    """The chosen place and any listed with it: "my hands and legs are shaking"."""
    chosen = [best]
    ordered = sorted(options, key=lambda p: p.first)
    at = ordered.index(best)
    for step in (-1, 1):
        j, current = at + step, best
        while 0 <= j < len(ordered):
            nxt = ordered[j]
            lo, hi = (nxt.last, current.first) if step < 0 else (current.last, nxt.first)
            if hi - lo > _COORDINATION_GAP or any(doc.tokens[t].text not in _COORDINATORS for t in range(lo + 1, hi)):
                break
            chosen.append(nxt)
            current, j = nxt, j + step
    return chosen


def _phrase_matches(doc: Text, vocab: Vocabulary) -> list[Candidate]:
    found = []
    for cue in vocab.cues:
        for m in cue.pattern.finditer(doc.normal):
            span = _token_span(doc, m.start(), m.end())
            if span is None:
                continue
            sentence = doc.sentences[doc.clauses[doc.clause_of[span[0]]].sentence]
            unless = bool(cue.unless and cue.unless.search(doc.normal[sentence.start:sentence.end + 1]))
            found.append(Candidate(
                cue.region, cue.sensation, span[0], span[1], doc.clause_of[span[0]],
                needs_self=cue.needs_self, unless_hit=unless,
            ))
    return found


# --------------------------------------------------------------------------------------------
# Judging each candidate: whose, when, denied or not


def _judge(cand: Candidate, doc: Text, grammar: Grammar) -> Verdict:
    """Why a candidate is, or is not, a cue the writer feels now."""
    if cand.unless_hit:
        return "idiom"
    if doc.laughter and cand.region in grammar.laughter_regions:
        return "joke"
    if _denied(cand, doc, grammar):
        return "denied"
    if _owner(cand, doc, grammar) == "other" or cand.needs_self and not _self_framed(cand, doc, grammar):
        return "other"
    return "now" if _is_now(cand, doc, grammar) else "time"


def _denied(cand: Candidate, doc: Text, grammar: Grammar) -> bool:
    """A negator just before the cue or between its place and sensation; or "... went away"."""
    clause = doc.clauses[cand.clause]
    inside = _inside(cand)
    window = [t for t in range(max(clause.first, cand.first - grammar.negation_reach), cand.last + 1)
              if t not in inside]
    if any(_negates(doc, t, clause, grammar) for t in window):
        return True
    after = range(cand.last + 1, min(clause.stop, cand.last + 1 + grammar.resolved_reach))
    return any(doc.tokens[t].text in grammar.resolved and not _negator(doc.tokens[t - 1].text, grammar)
               for t in after)


def _inside(cand: Candidate) -> set[int]:
    """Tokens that belong to the cue's own words ("can't breathe", "won't slow down")."""
    if cand.place is None or cand.feeling is None:
        return set(range(cand.first, cand.last + 1))
    return set(range(cand.place.first, cand.place.last + 1)) | set(range(cand.feeling.first, cand.feeling.last + 1))


def _negator(word: str, grammar: Grammar) -> bool:
    return word in grammar.negators or word.endswith("n't")


def _negates(doc: Text, t: int, clause: Clause, grammar: Grammar) -> bool:
    word = doc.tokens[t].text
    if not _negator(word, grammar):
        return False
    nxt = doc.tokens[t + 1].text if t + 1 < clause.stop else ""
    prev = doc.tokens[t - 1].text if t > clause.first else ""
    if nxt in grammar.negation_breakers or (word == "not" and prev in _DOUBLE_NEGATIVE):
        return False
    if nxt == "get" and t + 2 < clause.stop and doc.tokens[t + 2].text == "rid":  # "can't get rid of this headache"
        return False
    if word == "stopped" and _negator(prev, grammar):  # "hasn't stopped pounding"
        return False
    if word == "never" and nxt in {"been", "felt"}:  # "never been this dizzy"
        after = doc.tokens[t + 2].text if t + 2 < clause.stop else ""
        return after not in {"this", "so", "more", "that"}
    return True


def _owner(cand: Candidate, doc: Text, grammar: Grammar) -> Owner:
    """Whose body: the place word's possessive if it has one, else the clause's subject."""
    if cand.place is not None:
        owner = _possessor(doc, cand.place.first, grammar)
        if owner is not None:
            return owner
    clause = doc.clauses[cand.clause]
    sentence = doc.sentences[clause.sentence]
    if sentence.generic:
        return "other"
    before = bisect_right(clause.owner_marks, (cand.first, ""))
    if before:
        return clause.owner_marks[before - 1][1]
    return clause.inherited_owner


def _possessor(doc: Text, place: int, grammar: Grammar) -> Owner | None:
    clause = doc.clauses[doc.clause_of[place]]
    for t in range(place - 1, max(clause.first, place - 4) - 1, -1):
        word = doc.tokens[t].text
        if word in {"my", "mine", "our"}:
            return "self"
        if word in grammar.possessive_other:
            return "other"
        if word.endswith("'s") and word[:-2] not in _NOT_POSSESSORS and word[:-2] not in grammar.vocabulary_words:
            return "other"
    return None


def _self_framed(cand: Candidate, doc: Text, grammar: Grammar) -> bool:
    """Words like "shaking" or "numb" count only when plainly about the writer."""
    clause = doc.clauses[cand.clause]
    for t in range(cand.first - 1, max(clause.first, cand.first - _SELF_REACH) - 1, -1):
        word = doc.tokens[t].text
        if word in grammar.self_words:
            return True
        if word in grammar.other_words or word in grammar.people:
            return False
    if cand.first - clause.first > _MAX_FILLERS:
        return False
    before = [doc.tokens[t].text for t in range(clause.first, cand.first)]
    after = doc.tokens[cand.last + 1].text if cand.last + 1 < clause.stop else ""
    ends = not after or not after[0].isalnum() or after in grammar.frame_followers
    return ends and all(w in grammar.frame_fillers for w in before)


def _is_now(cand: Candidate, doc: Text, grammar: Grammar) -> bool:
    clause = doc.clauses[cand.clause]
    sentence = doc.sentences[clause.sentence]
    if clause.conditional:
        return False
    if (sentence.habit or clause.habit) and not (clause.now or clause.fresh or sentence.now):
        return False
    if clause.now:
        return True
    if clause.past or clause.carried_past:
        return False
    tense = _verb_tense(cand, doc, grammar)
    if tense is None:
        return not (sentence.when and not sentence.now and _simple_present(cand, doc, grammar))
    return tense == "present"


def _simple_present(cand: Candidate, doc: Text, grammar: Grammar) -> bool:
    """ "my heart races", "I tense up": a verb of habit, not "heart racing" or "my chest is tight"."""
    clause = doc.clauses[cand.clause]
    lo, hi = max(clause.first, cand.first - 1), min(clause.stop, cand.last + 2)
    return any(doc.tokens[t].text in grammar.simple_present for t in range(lo, hi))


def _verb_tense(cand: Candidate, doc: Text, grammar: Grammar) -> str | None:
    """The tense of the verb nearest the cue: "were shaking", "I've got a headache", "I'll get"."""
    clause = doc.clauses[cand.clause]
    lo, hi = max(clause.first, cand.first - _TENSE_BEFORE), min(clause.stop, cand.last + 1 + _TENSE_AFTER)
    best: tuple[int, str] | None = None
    own_words = _inside(cand)
    for t in range(lo, hi):
        tense = _tense_of(doc, t, clause, grammar)
        if tense is None or tense == "future" and t in own_words:  # "might throw up" is now
            continue
        distance = 0 if cand.first <= t <= cand.last else min(abs(t - cand.first), abs(t - cand.last))
        if best is None or distance < best[0]:
            best = (distance, tense)
    return best[1] if best else None


def _tense_of(doc: Text, t: int, clause: Clause, grammar: Grammar) -> str | None:
    word = doc.tokens[t].text
    prev = doc.tokens[t - 1].text if t > clause.first else ""
    nxt = doc.tokens[t + 1].text if t + 1 < clause.stop else ""
    perfect = prev in grammar.perfect_helpers or prev.endswith(("'ve", "'s"))
    if word in grammar.past_verbs:
        if word in {"had", "got"} and perfect:
            return "present"
        if word == "used" and nxt != "to" or nxt == "of":  # "made of jelly" describes, it does not tell
            return None
        return "past"
    if word in grammar.future_verbs or word.endswith("'ll"):
        return "future"
    if word in grammar.habitual_verbs:
        if perfect or prev in {"to", "gonna", "can't", "cannot", "don't", "didn't", "not", "might", "will"}:
            return None
        return "habit"
    if word in grammar.present_verbs or word.endswith(("'s", "'re", "'m", "'ve")):
        return "present"
    return None


def _revive(candidates: list[Candidate], doc: Text, grammar: Grammar) -> None:
    """ "I used to get a knot in my stomach ... and it's back again now": the past cue is now.

    A clause saying "back", "again now" or "still", with no cue and no denial of its own, brings
    back the latest cue set aside only for its time, from the same or the next two sentences.
    """
    by_clause: dict[int, list[Candidate]] = {}
    for cand in candidates:
        by_clause.setdefault(cand.clause, []).append(cand)
    timed = [c.clause for c in candidates if c.verdict == "time"]
    if not timed:
        return
    waiting: list[Candidate] = []
    reach_until = 0
    for index in range(min(timed), len(doc.clauses)):
        own = by_clause.get(index)
        if own:
            timed_here = [c for c in own if c.verdict == "time"]
            if timed_here:
                waiting = timed_here
                sentence = min(doc.clauses[index].sentence + 2, len(doc.sentences) - 1)
                reach_until = doc.sentences[sentence].stop_clause
        elif index >= reach_until and index > timed[-1]:
            return
        elif waiting and index < reach_until and _revives(doc, index, grammar):
            for cand in waiting:
                cand.verdict = "now"
            waiting = []


def _revives(doc: Text, index: int, grammar: Grammar) -> bool:
    clause = doc.clauses[index]
    _describe(doc, clause.sentence, grammar)
    denied = any(_negator(doc.tokens[t].text, grammar) for t in range(clause.first, clause.stop))
    return clause.revive and not denied


def _cues(candidates: list[Candidate], doc: Text, vocab: Vocabulary) -> tuple[BodyCue, ...]:
    seen: set[tuple[str, str]] = set()
    out: list[BodyCue] = []
    for cand in sorted(candidates, key=lambda c: c.order):
        key = (cand.region, cand.sensation)
        if cand.verdict != "now" or key in seen:
            continue
        seen.add(key)
        out.append(BodyCue(cand.region, cand.sensation, _quote(doc, cand)))
    return tuple(out)


def _quote(doc: Text, cand: Candidate) -> str:
    """The writer's own words for the cue, from the original text."""
    start = doc.positions[doc.tokens[cand.first].start]
    end = doc.positions[doc.tokens[cand.last].end - 1] + 1
    return doc.original[start:end]
