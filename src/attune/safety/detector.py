"""SafetyDetector: Attune's RiskAssessor. Every message goes through it before anything else.

Decision (documented in eval/safety/README.md):
- The phrase rules (rule_engine) read the whole conversation and give a category and a severity
  on the C-SSRS / Crisis Text Line scale. They decide whenever they find anything, including when a
  framing (negation, idiom, fiction, the past, a study question, a joke) explains a phrase away.
- Only when the rules find nothing at all do the learned second opinions (the fine-tuned encoder
  classifier, then the n-gram head) get a say, and they can only raise the message to `low`: a
  gentle check-in question, never the full crisis script.
- Flagged means Attune enters its crisis pathway. Attune treats `low` as part of that pathway: the
  person gets a direct check-in question about suicidal thoughts with the crisis lines beside it
  (response.crisis_response, kind "check_in"); `moderate` and above get the full crisis response.
  So a `low` case counts as flagged in the evaluation, and predicted severity is reported as is.
- Risk.reasons are short machine-readable tags ("rule:suicide.method", "dampen:negation:suicide",
  "escalate:plan_means_time"); they never contain the person's words.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from attune.domain.reading import RISK_CATEGORIES, Risk, RiskCategory, TextReading
from attune.safety.classifier import Head, Opinion, choose_head, load_heads, opinion
from attune.safety.context import join_normalised
from attune.safety.encoder_classifier import SecondOpinion, load_encoder_classifier
from attune.safety.framing import explains_itself, settles, turns_to_everyday
from attune.safety.levels import is_flagged
from attune.safety.normalise import normalise
from attune.safety.rule_engine import RuleResult, assess_text


class SafetyDetector:
    """Rules first, learned second opinions as a cautious backstop. Implements domain.ports.RiskAssessor.

    The fine-tuned encoder classifier is asked first; where it is unsure (or not shipped), the
    n-gram head. Either can raise a message the rules left alone: on the never-fitted rounds the
    pair caught more than either alone (figures in eval/safety/README.md), and doubt falls on the
    side of asking. Passing heads (tests, comparisons) asks those heads and no shipped encoder;
    use_classifier=False leaves the rules alone.
    """

    def __init__(self, heads: dict[str, Head] | None = None, use_classifier: bool = True,
                 encoder: SecondOpinion | None = None) -> None:
        self._heads = (load_heads() if heads is None else heads) if use_classifier else {}
        shipped = load_encoder_classifier() if heads is None and use_classifier else None
        self._encoder = (encoder if encoder is not None else shipped) if use_classifier else None

    def assess(self, text: str, context: Sequence[str] = (), reading: TextReading | None = None) -> Risk:
        """Judge the last message in the light of the earlier ones (oldest first)."""
        normalised = [normalise(m) for m in [*context, text]]
        joined = join_normalised(normalised)
        result = assess_text(joined)
        if result.level != "none" or result.explained:
            return _risk(result)
        return self._learned(normalised, joined, reading) or _risk(result)

    def _learned(self, conversation: list[str], joined: str, reading: TextReading | None) -> Risk | None:
        """The encoder classifier on the last message, then the n-gram head on it and the earlier ones.

        On the outside rounds, multi-turn risk was the weakest kind: a slow build-up whose last
        message reads as neutral. Asked of each earlier message too, the head lifted held-out
        multi-turn recall (round 10 0.83 -> 0.92, round 18 0.82 -> 0.91) with no held-out false alarm.
        It stays quiet when the conversation turns to an everyday errand or plan with no risk cue
        anywhere (round 30's "manager piles everything on me" ... "what time does the chemist shut"),
        when the last message settles the earlier ones with relief in five words or more (round 37's
        "been up all night, it's relentless" ... "my mum's having her tonight so i can sleep, thank
        god"), and when the last message is a long statement that explains the earlier ones
        ("i've been bingeing every night" ... "on korean dramas lmao, three series in two weeks"). On
        rounds 37-40 as written, the earlier-message check raised twenty conversations that had turned
        out fine and caught fourteen that had not; a long last statement alone (a first version) would
        also have silenced a long rant after "everyone would be better off", so it must explain itself.
        The encoder classifier is asked of the last message only: asked of earlier ones too, it
        added no held-out recall and raised conversations that had already settled ("pensavo di
        morire ... adesso sono a casa, mi sono calmata"; round 30's and 33's false alarms 0.04 -> 0.06).
        """
        return self._encoder_check_in(conversation[-1]) or self._head_check_in(conversation, joined, reading)

    def _encoder_check_in(self, last: str) -> Risk | None:
        if self._encoder is None:
            return None
        return _first_check_in(self._encoder.opinions([last]), "encoder:check_in")

    def _head_check_in(self, conversation: list[str], joined: str, reading: TextReading | None) -> Risk | None:
        embedding = reading.embedding if reading is not None else ()
        head_for_last, head = choose_head(self._heads, embedding), choose_head(self._heads, ())
        found = None if head_for_last is None else _first_check_in(
            [opinion(head_for_last, conversation[-1], embedding)], "classifier:check_in")
        earlier = conversation[-2::-1]  # newest first
        if found is not None or head is None or not earlier or _last_message_stands_alone(conversation[-1], joined):
            return found
        return _first_check_in((opinion(head, m, ()) for m in earlier), "classifier:check_in_earlier")


def _last_message_stands_alone(last: str, joined: str) -> bool:
    """Whether the earlier messages no longer speak for the last one (see SafetyDetector._learned)."""
    return explains_itself(last) or turns_to_everyday(joined) or settles(last)


def _first_check_in(views: Iterable[Opinion], reason: str) -> Risk | None:
    """The first confident view as a `low` check-in in its category."""
    for view in views:
        category = _as_category(view.category)
        # A medical emergency is never "low": the explicit signs are rules. Left to the head, the
        # body words of a panic wave (racing heart, shaking) would replace co-regulation itself.
        if view.confident and category is not None and category != "medical_emergency":
            return Risk(level="low", category=category, reasons=(reason,))
    return None


def _as_category(name: str) -> RiskCategory | None:
    for category in RISK_CATEGORIES:
        if category == name and category != "none":
            return category
    return None


def _risk(result: RuleResult) -> Risk:
    return Risk(level=result.level, category=result.category, reasons=result.reasons)


def enters_crisis_pathway(risk: Risk) -> bool:
    """Whether this risk takes the person off the coaching path (a check-in at low, the full response above)."""
    return is_flagged(risk.level)


_DEFAULT: SafetyDetector | None = None


def assess(text: str, context: Sequence[str] = (), reading: TextReading | None = None) -> Risk:
    """Module-level convenience around a shared SafetyDetector."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = SafetyDetector()
    return _DEFAULT.assess(text, context, reading)
