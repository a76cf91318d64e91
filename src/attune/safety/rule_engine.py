"""The rule pass over a conversation: phrases, framings, escalators, then one category.

patterns.py finds phrases, framing.py explains some away, modifiers.py sets severity, context.py
adds what only shows across messages; this module strings them together and picks the category
by the eval-format priority (imminent medical, abuse of a child, suicide, then the rest).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from attune.domain.reading import RiskCategory, RiskLevel
from attune.safety import framing as fr
from attune.safety.context import (
    closing_after_risk,
    join_conversation,
    last_message_start,
    method_questions,
    question_category,
)
from attune.safety.levels import CATEGORY_ORDER, at_least, rank
from attune.safety.modifiers import Softeners, find_cues, severity_for
from attune.safety.patterns import Hit, find_hits, macros

# Rounds 52-53: "recent" marks a rule whose own words set the danger in the last days (an overdose "2 nights
# ago" with its after-effects, an urge to end it "at 2am" that passed): "im fine now" or "it passed" does not
# explain it away.
_NEVER_DAMPENED = frozenset({"in_progress", "recent"})
_ACTS = frozenset({"method", "intent", "attempt", "farewell", "in_progress"})
_OWN_DEATH = re.compile(
    r"\b(?:myself|my (?:own )?life|suicid\w*|kill me|die|dying|dead|me matar|matarme|me tuer|mich|ammazzarmi|"
    r"uccidermi|mi vida|ma vie|mein leben|la mia vita|minha vida|khud|apni jaan|umbringen|sterben|morir|mourir|"
    r"morire|morrer|marna|mar ja\w*)\b"
)
# Round 50: what a later "jk" can never take back, even after a hyperbole about a trivial thing.
_NOT_RETRACTED = frozenset({"in_progress", "ingestion", "attempt", "preparation", "farewell", "intent"})
_NOT_CLOSED = frozenset({"in_progress", "ingestion", "place", "method", "attempt", "preparation", "farewell"})
_TOPIC_QUESTION = re.compile(r"^(?:how|what|whats|why|is|are|can|could|does|do|when|which|who)\b.*\?\s*$")
_QUESTION = re.compile(r"\?|^(?:how|what|whats|why|is|are|can|could|should|does|do|when|where|which|who)\b")


@dataclass(frozen=True)
class RuleResult:
    """What the rules concluded, with machine-readable reasons (never the user's words)."""

    level: RiskLevel = "none"
    category: RiskCategory = "none"
    reasons: tuple[str, ...] = ()
    dampened: tuple[str, ...] = ()
    categories: dict[RiskCategory, RiskLevel] = field(default_factory=dict)

    @property
    def explained(self) -> bool:
        """A framing (idiom, negation, fiction, the past, a topic, a joke) accounted for risk words."""
        return any(reason.startswith("dampen:") for reason in self.reasons)


def _drop_reason(text: str, hit: Hit) -> str | None:
    """The framing that explains a hit away, or None when the hit stands."""
    tags = hit.rule.tags
    if hit.rule.actor == "self" and fr.subject_is_other(text, hit):
        return "third_party"
    if "place" in tags and fr.is_benign_outing(text, hit):
        return "ordinary_outing"
    if "absence" in tags and fr.is_benign_absence(text, hit):
        return "ordinary_absence"
    if _negated(text, hit):
        return "negation"
    if tags & _NEVER_DAMPENED:
        return None
    if hit.rule.category == "suicide" and "intent" in tags and fr.names_pending_task(text, hit):
        return "task"  # "haven't touched my work ... now i'm doing it at 10pm": the "it" is the task
    if fr.is_historical(text, hit) and (not tags & {"intent", "farewell"} or fr.is_recovered(text, hit)):
        return "historical"
    if "ingestion" in tags:
        return None
    if fr.in_media_clause(text, hit) and not _own_act(text, hit):
        return "media"  # but "I've been practising tying a noose from youtube videos" is the writer's act
    if _educational(text, hit):
        return "educational"
    return _joke_or_accident(text, hit)


def _negated(text: str, hit: Hit) -> bool:
    if fr.is_negated(text, hit):
        return True
    return "check_inside" in hit.rule.tags and fr.negated_anywhere_inside(text, hit)


def _educational(text: str, hit: Hit) -> bool:
    if hit.rule.tags & {"attempt", "intent", "farewell"}:
        return False
    if _names_writer(text[hit.start:hit.end]):
        return False  # "what is even the point of me" asks about the writer, not a topic
    m_start, m_end = fr.message_span(text, hit.start)
    message = text[m_start:m_end].strip()
    asks = bool(_QUESTION.search(message))
    statement = not hit.rule.tags & {"question", "passive"}
    if statement and _TOPIC_QUESTION.match(message) and not _mentions_self(message):
        return True  # "is self harm addictive?": a question about a topic, with no I, me or my in it
    return ("question" in hit.rule.tags or asks) and fr.is_educational(text, hit)


def _mentions_self(message: str) -> bool:
    return any(w in fr.framings().first_person for w in message.split())


def _names_writer(span: str) -> bool:
    return any(w in {"i", "im", "ive", "id", "ill", "me"} for w in span.split())


def _joke_or_accident(text: str, hit: Hit) -> str | None:
    category, strong = hit.rule.category, bool(hit.rule.tags & {"attempt", "intent", "farewell", "in_progress"})
    if category in ("suicide", "harm_to_others", "self_harm") and not strong and fr.is_hyperbole(text, hit):
        return "joke"
    if category == "suicide" and not strong and not hit.rule.tags & _ACTS and fr.is_fan_lament(text, hit):
        return "sport"  # round 56: "5-0 at home" ... "i want to die honestly, the manager has to go"
    laughed_off = fr.has_laughter(text, hit) and not fr.is_meant_after(text, hit)
    # A rule tagged laughter_mocks names the laugh as contempt for what would stop the writer (round 49:
    # "thinks a restraining order is going to stop me lol"), not as a joke.
    mocks = "laughter_mocks" in hit.rule.tags
    if category == "harm_to_others" and laughed_off and not mocks and not _armed(text):
        return "joke"
    if category == "harm_to_others" and _armed(text) and fr.is_game_only_target(text, hit):
        return "competition"  # round 51: "kill everyone in the lobby 🔫" in a talk about a shooter game
    if category == "harm_to_others" and not _armed(text):
        if (fr.is_competition(text, hit) or fr.is_game_target(text, hit) or fr.is_contest_later(text, hit)
                or fr.is_game_later(text, hit)):
            return "competition"
        if fr.is_pest_target(text, hit):
            return "pest"  # round 56: "these slugs are destroying my lettuces" ... "i want them all dead"
        if fr.is_grievance_later(text, hit):
            return "grievance"
    if category in ("self_harm", "medical_emergency") and "dose_error" not in hit.rule.tags and (
        fr.is_accidental(text, hit) and hit.rule.severity != "imminent"
    ):
        return "accident"
    return None


def _armed(text: str) -> bool:
    """A weapon anywhere in the conversation: no game, contest or laugh explains a threat away then.

    Session 15: in the six other languages too ("je vais le tuer au scrabble ce soir, j'ai pris le couteau").
    """
    return bool(_ARMED.search(text))


_ARMED = re.compile(
    r"\b(?:gun|knife|weapon|loaded|emoji_gun|emoji_knife|strap|machete|hammer|bat|cuchillo|navaja|pistola|arma|"
    r"escopeta|couteau|flingue|pistolet|arme|fusil|messer|waffe|pistole|gewehr|coltello|fucile|faca|revolver|"
    r"chaku|chaaku|chhura|bandook|katta)\b")


def _choose(levels: dict[RiskCategory, RiskLevel], child: bool) -> RiskCategory:
    if levels.get("medical_emergency") == "imminent":
        return "medical_emergency"
    if "abuse" in levels and child:
        return "abuse"
    if "suicide" in levels:
        return "suicide"
    return max(levels, key=lambda c: (rank(levels[c]), -CATEGORY_ORDER.index(c)))


def _softeners(text: str, hits: list[Hit]) -> Softeners:
    f = fr.framings()
    laughter = re.compile(macros()["laughter"])
    return Softeners(
        resisted=any(fr.message_matches(text, h, f.resisted) for h in hits),
        laughter=all(fr.message_matches(text, h, laughter) for h in hits),
    )


def _frame(masked: str) -> tuple[list[Hit], list[Hit], list[str]]:
    """Split hits into those that stand, neutral method questions, and reasons for those explained away."""
    kept: list[Hit] = []
    questions: list[Hit] = []
    dampened: list[str] = []
    last = last_message_start(masked)
    # Both later readings need the last message to say nothing alone; the rules read it once for them.
    last_quiet = last > 0 and not find_hits(masked[last:].strip())
    completed_from = _completed_from(masked, last) if last_quiet else len(masked)
    later = _LaterReading.of(masked, last) if last_quiet else _LaterReading()
    for hit in find_hits(masked):
        completed = completed_from <= hit.start < last and _closable(masked, hit)
        reason = "completed" if completed else later.reason(masked, hit) or _drop_reason(masked, hit)
        if reason == "educational" and hit.start >= last and _distressed_before(masked, last):
            # "I'm a nurse, what's the lethal dose…" after "I can't cope anymore": a cover story
            # does not make method-seeking neutral; it is weighed as a method question after distress.
            questions.append(hit)
        elif reason:
            dampened.append(f"dampen:{reason}:{hit.rule.category}")
        elif "neutral" in hit.rule.tags:
            questions.append(hit)
        else:
            kept.append(hit)
    return kept, questions, dampened


def _completed_from(masked: str, last: int) -> int:
    """Where the message that the last one completes begins, or past the end when it completes none.

    Only the message right before the last is completed ("i'm going to end it tonight" ... "with my
    boyfriend"), and only when the last message, read alone, finds no risk of its own (the caller,
    _frame, asks this only of such a last message). Round 47: when
    the message before the last is itself only the start of the completion ("i just want to disappear"
    ... "for like a week" ... "somewhere with a beach and no emails"), the two are read as one
    completion of the message before them, under the same vetoes. Review 8: the message before the last may
    complete its own predecessor while the last moves on (_completed_before_last).
    """
    message = masked[last:].strip()
    before = _previous_start(masked, last)
    fragment = masked[before:last - 1].strip()
    if (before > 0 and len(fragment.split()) < _FRAGMENT_MAX_WORDS and fr.framings().clarifies.match(fragment)
            and not find_hits(fragment) and not fr.framings().clarify_veto.search(fragment)
            and fr.completes_earlier(f"{fragment} {message}")):
        return _previous_start(masked, before)
    if fr.completes_earlier(message):
        return before
    return _completed_before_last(masked, before, fragment, message)


def _completed_before_last(masked: str, before: int, previous: str, message: str) -> int:
    """Review 8: the message before the last completes its own predecessor, and the last moves on quietly.

    "i was going to end it" ... "with my boyfriend i mean lol, not anything else" ... "we talked and
    decided to take a break instead": the completion holds no hit of its own and passes completes_earlier
    (with its vetoes), and the last message, already free of hits, keeps nothing open (no minimiser, cover
    story or risk cue, no danger now).
    """
    f = fr.framings()
    if before == 0 or find_hits(previous) or not fr.completes_earlier(previous):
        return len(masked)
    if any(p.search(message) for p in (f.after_completion_veto, f.risk_cue, f.danger_now)):
        return len(masked)
    return _previous_start(masked, before)


# A message that only starts a completion is a few words ("for like a week", "with the team").
_FRAGMENT_MAX_WORDS = 6


def _previous_start(masked: str, last: int) -> int:
    """Where the message right before the last one begins (the last one starts at `last` > 0)."""
    return masked.rfind(fr.MESSAGE_BREAK, 0, last - 1) + 1


@dataclass(frozen=True)
class _LaterReading:
    """What the last message says about the earlier ones (round 47), read once per conversation.

    - media: it says they told a film, a book or a show ("that was the most depressing film i've
      seen all year"); only hits in messages with no first-person word are explained.
    - injury: it names an ordinary injury (a sport, a fall) and that it is dealt with ("trainer
      says its not broken, ice pack now"); only medical hits about blood, with no cutting, pills
      or self-harm words anywhere before the last message.
    Rounds 48-49, each for a few hits in the message right before the last (home: any earlier one):
    - pet: it opens by naming a pet ("the hamster. we think he was just very old"); only medical hits
      with no i or me in their message and no person named before the last message.
    - home: someone else is home or discharged after a scare ("they said it was dehydration, she's
      home now"); only medical hits about someone else, never an overdose or anything under way.
    - game: a knock in a game ("playing rounders in the park lol"); only abuse hits naming a sibling
      or friend with a bat, ball or racket, and no parent or partner.
    - pictures: what was "taken" was pictures ("all the photos ... i mean"); only ingestion hits when
      no substance is named anywhere in the conversation.
    - outing: rope or a knife is kit for an outing with someone ("pour l'escalade avec ma fille");
      only method or preparation hits whose message names kit, with no noose, pills, note, cover
      story or being alone anywhere in the conversation.
    Round 56:
    - job: it says the writer is leaving a job ("handing in my notice at 5"); only suicide hits in the two messages
      before it (review 10: not any earlier one, `quit_from`) whose object was left open (_closable: "i'm ending it
      today"), never "it all" or the writer's life, and nothing in `quit_veto` (death, a means, a note or a letter for
      family, a farewell, hopelessness, the writer's worth or being a burden) anywhere in the conversation.
    - a "jk" in any language takes back the hyperbole behind one filler message too, a bare vow or a laugh ("se domani
      piove ancora mi butto dal balcone" ... "giuro" ... "scherzo eh 😂 abito al primo piano"): `retract_from`.
    None reads a last message that finds risk of its own (_frame asks `of` only of a quiet one).
    """

    last: int = 0
    media: bool = False
    injury: bool = False
    previous: int = 0
    pet: bool = False
    home: bool = False
    game: bool = False
    pictures: bool = False
    outing: bool = False
    retracted: bool = False
    clean: bool = False
    assessed: int = -1
    quit: bool = False
    quit_from: int = 0
    retract_from: int = 0

    @classmethod
    def of(cls, masked: str, last: int) -> _LaterReading:
        f = fr.framings()
        message = masked[last:].strip()
        injury = fr.settles_injury(message) and not f.injury_self_done.search(masked, 0, last)
        previous = _previous_start(masked, last)
        return cls(
            last, fr.recounts_media(message), injury, previous,
            pet=fr.names_pet(message) and not f.pet_person.search(masked, 0, last),
            home=fr.home_again(message),
            game=fr.game_knock_later(message),
            pictures=fr.names_pictures(message) and not f.ingested_substance.search(masked),
            outing=fr.kit_for_outing(message) and not f.kit_veto.search(masked),
            retracted=fr.retracts_hyperbole(message),
            clean=fr.clean_for_a_while(message),
            assessed=fr.assessed_from(masked),
            quit=fr.quits_job(message) and not f.quit_veto.search(masked),
            quit_from=_previous_start(masked, previous) if previous else 0,
            retract_from=_retract_start(masked, last, previous),
        )

    def reason(self, masked: str, hit: Hit) -> str | None:
        if not self.last or hit.start >= self.last:
            return None
        span = fr.message_span(masked, hit.start)
        if self.media and not _mentions_self(masked[slice(*span)]):
            return "media"
        if (self.injury and hit.rule.category == "medical_emergency"
                and fr.framings().injury_blood.search(masked, hit.start, hit.end)):
            return "accident"
        if (self.home and hit.rule.category == "medical_emergency" and not hit.rule.tags & {"ingestion", "in_progress"}
                and not _names_writer(masked[slice(*span)])):
            return "recovered"
        if (hit.start < self.assessed and hit.rule.category == "medical_emergency"
                and not fr.framings().assessed_hit_veto.search(masked, *span)):
            return "assessed"
        if (self.clean and hit.rule.category == "self_harm" and "in_progress" not in hit.rule.tags
                and not fr.framings().clean_hit_veto.search(masked, *span)):
            return "historical"
        if (self.quit and hit.start >= self.quit_from and hit.rule.category == "suicide" and _closable(masked, hit)
                and not fr.framings().quit_hit_veto.search(masked, hit.start, hit.end)):
            return "job"
        if (self.retracted and hit.start >= self.retract_from
                and hit.rule.category in ("suicide", "self_harm", "harm_to_others")
                and not hit.rule.tags & _NOT_RETRACTED and fr.takes_back(masked[slice(*span)])):
            return "joke"
        return self._previous_reason(masked, hit, span) if hit.start >= self.previous else None

    def _previous_reason(self, masked: str, hit: Hit, span: tuple[int, int]) -> str | None:
        """The readings that explain only the message right before the last."""
        f = fr.framings()
        tags, category, message = hit.rule.tags, hit.rule.category, masked[slice(*span)]
        if self.pet and category == "medical_emergency" and not _names_writer(message):
            return "pet"
        if (self.game and category == "abuse" and f.game_knock_who.search(message)
                and f.game_knock_tool.search(message) and not f.game_knock_elder.search(message)):
            return "game"
        if self.pictures and "ingestion" in tags:
            return "pictures"
        if (self.outing and category in ("suicide", "self_harm") and tags & {"method", "preparation"}
                and f.kit.search(message)):
            return "outing"
        return None


# Round 56: a message between the hyperbole and the "jk" that only vouches for it ("giuro", "i swear") is a few words.
_FILLER_MAX_WORDS = 3


def _retract_start(masked: str, last: int, previous: int) -> int:
    """Where the hits a later "jk" may take back begin: the message before the last, or the one before that when the
    message between is a short filler with no hit, risk cue or danger of its own ("giuro", "i swear"). Review 10: the
    filler is a bare vow or a laugh (`retract_filler`), never "honestly" or "seriously"."""
    if previous == 0:
        return previous
    filler = masked[previous:last - 1].strip()
    f = fr.framings()
    if (len(filler.split()) <= _FILLER_MAX_WORDS and f.retract_filler.match(filler) and not find_hits(filler)
            and not f.risk_cue.search(filler) and not f.danger_now.search(filler)):
        return _previous_start(masked, previous)
    return previous


_ON_MYSELF = re.compile(r"\b(?:myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|body))\b")


def _own_act(text: str, hit: Hit) -> bool:
    """The writer's own act beside a book or a film: an act, or self-harm said of oneself ("i cut myself last night
    after reading that chapter"; the girl in the book who cuts herself stays fiction)."""
    person = fr.nearest_person(text, hit)
    if hit.rule.category == "self_harm" and _ON_MYSELF.search(text, hit.start, hit.end):
        return person != "other"  # "cut myself again after watching that show" names no subject but the writer
    return bool(hit.rule.tags & _ACTS) and person == "self"


def _closable(masked: str, hit: Hit) -> bool:
    """A later completion may close intent, a wish or a threat whose object was left open ("end it",
    "kill him"), never one that names the writer's own life or death ("kill myself", "end my life"),
    never an act, a method, preparation, a farewell or an attempt, nothing imminent, and never abuse or
    self-harm disclosed (they are believed)."""
    return (not hit.rule.tags & _NOT_CLOSED and hit.rule.severity != "imminent"
            and hit.rule.category not in ("abuse", "self_harm") and not _OWN_DEATH.search(masked, hit.start, hit.end))


def _distressed_before(masked: str, last: int) -> bool:
    """Distress in the messages before the last one (read only when an educational framing needs it)."""
    return last > 0 and find_cues(masked[:last]).distress


Levels = dict[RiskCategory, RiskLevel]


def _score(masked: str, kept: list[Hit], asked: list[Hit]) -> tuple[Levels, list[str], list[RiskCategory]]:
    """Severity per category, the reasons, and the categories of method questions asked now."""
    cues = find_cues(masked)
    levels: Levels = {}
    reasons: list[str] = []
    by_category: dict[RiskCategory, list[Hit]] = {}
    for hit in kept:
        by_category.setdefault(hit.rule.category, []).append(hit)
    for category, hits in by_category.items():
        levels[category], why = severity_for(category, hits, cues, _softeners(masked, hits))
        reasons += [f"rule:{h.rule.id}" for h in hits] + why
    asked_categories: list[RiskCategory] = []
    for q in asked:
        category = question_category(q, by_category)
        levels[category] = at_least(levels.get(category, "none"), "high")
        asked_categories.append(category)
        reasons.append(f"context:method_after_distress:{q.rule.id}")
    return levels, reasons, asked_categories


def assess_text(text: str) -> RuleResult:
    """Run the rules over an already joined, normalised conversation."""
    masked, idioms = fr.mask_idioms(text)
    kept, questions, dampened = _frame(masked)
    asked = method_questions(masked, questions, kept, find_cues(masked))
    levels, reasons, asked_categories = _score(masked, kept, asked)
    closing = closing_after_risk(masked, kept)
    if closing is not None:
        levels[closing] = "imminent"
        reasons.append(f"context:closing_after_risk:{closing}")
    reasons = (["dampen:idiom"] if idioms else []) + reasons + dampened
    if not levels:
        quiet = RuleResult(reasons=tuple(dict.fromkeys(reasons)), dampened=tuple(dampened))
        return quiet if quiet.explained else _read_as_one_sentence(text) or quiet
    chosen = _choose(levels, bool(fr.framings().child.search(masked)))
    if asked_categories and levels.get("medical_emergency") != "imminent":
        chosen = asked_categories[-1]  # the method sought now is what the last message is about
    # The category follows the priority order; the level is the most urgent one found, so a blade
    # against the wrist right now stays imminent when suicide words also appear.
    level = max(levels.values(), key=rank)
    return RuleResult(
        level=level, category=chosen, reasons=tuple(dict.fromkeys(reasons)),
        dampened=tuple(dampened), categories=dict(levels),
    )


def _read_as_one_sentence(text: str) -> RuleResult | None:
    """The last message read on from the one before, when it picks up where that one stopped.

    Review 3: "i swallowed a bottle" ... "of bleach, about ten minutes ago" says nothing in either
    message alone. Asked only when the rules found nothing and explained nothing away.
    """
    last = last_message_start(text)
    if last == 0 or not fr.framings().continues.match(text, last):
        return None
    glued = assess_text(text[:last - 1].rstrip() + " " + text[last:].lstrip())
    return glued if glued.level != "none" else None


def assess_messages(messages: Sequence[str]) -> RuleResult:
    """Rules over a conversation, oldest first, last message being judged."""
    return assess_text(join_conversation(messages))

