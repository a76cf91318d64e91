"""Conversation-level reading: risk that only shows across messages is risk.

The earlier messages and the new one are folded and joined with a message-break token, so the
phrase rules and escalators see the whole conversation ("I have the pills" ... "tonight"), while
framings that belong to a single message (its laughter, its past tense) stay with that message.
Two conversation rules live here:
- a neutral-looking method question (heights, doses, where to buy means, calorie plans) in the
  last message is risk after distress or risk earlier, and is always at least high;
- a later "jk", "lol nvm" or "I'm fine" does not close an open risk: earlier hits keep counting,
  so the conversation stays at the severity they had (moderate and above stays in the pathway);
- a short last message that only makes sense as an act confirmed or a final goodbye ("it's done",
  "ok. it's time. thanks for listening") after risk, a farewell, a plan or the means earlier in the
  conversation is the act under way: imminent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attune.domain.reading import RiskCategory
from attune.safety import framing as fr
from attune.safety.levels import rank
from attune.safety.modifiers import Cues, find_cues
from attune.safety.normalise import normalise
from attune.safety.patterns import Hit, macros

# A closing is short: a long last message says what it is about in its own words.
_CLOSING_MAX_WORDS = 14


def join_conversation(messages: Sequence[str]) -> str:
    """Normalise each message (oldest first) and join them with the message-break token."""
    return join_normalised([normalise(m) for m in messages])


def join_normalised(normalised: Sequence[str]) -> str:
    """Join messages normalised already (oldest first) with the message-break token."""
    return f" {fr.MESSAGE_BREAK} ".join(m or "." for m in normalised)


def last_message_start(text: str) -> int:
    """Offset where the message being judged begins in the joined conversation."""
    at = text.rfind(fr.MESSAGE_BREAK)
    return 0 if at < 0 else at + 1


def method_questions(text: str, questions: list[Hit], kept: list[Hit], cues: Cues) -> list[Hit]:
    """Neutral method questions in the last message count only after distress or risk, and not with a benign purpose."""
    last = last_message_start(text)
    recent = [q for q in questions if q.start >= last]
    if not recent or not (kept or cues.distress):
        return []
    if fr.framings().benign_purpose.search(text, last):
        return []
    return recent


def question_category(q: Hit, by_category: dict[RiskCategory, list[Hit]]) -> RiskCategory:
    """An ambiguous means (a gun, a knife) takes the conversation's risk; a clear one its own.

    After abuse, a weapon is most likely meant for the abuser, so it reads as harm to others.
    """
    if "ambiguous" in q.rule.tags and by_category:
        context = max(by_category, key=lambda c: max(rank(h.rule.severity) for h in by_category[c]))
        return "harm_to_others" if context == "abuse" else context
    return q.rule.category


def closing_after_risk(text: str, kept: list[Hit]) -> RiskCategory | None:
    """The category a short goodbye or "it's done" in the last message confirms, or None.

    Only after risk in the earlier messages: a rule hit there (its category), or a farewell, a plan
    or the means among their cues (suicide). An ordinary sign-off ("see you tomorrow", "feeling
    better") is not a closing.
    """
    last = last_message_start(text)
    if last == 0:
        return None
    message = text[last:].strip()
    if len(message.split()) > _CLOSING_MAX_WORDS:
        return None
    table = macros()
    if not re.search(table["closing"], message) or re.search(table["closing_undo"], message):
        return None
    earlier = [h for h in kept if h.start < last]
    if earlier:
        return max(earlier, key=lambda h: rank(h.rule.severity)).rule.category
    cues = find_cues(text[:last])
    return "suicide" if cues.farewell or cues.plan or cues.means else None
