"""What Attune remembers about one person: corrections, earlier check-ins, and the state it learns.

Rupture and repair: when the person says "not angry, more hurt", that correction is kept, and
once the same correction has come up more often than the word was confirmed, Attune names the
person's own word first next time. Everything here is plain data; `PersonState.to_dict()` is what
the store keeps. The window signs and the check-in memories are left out of that dict on purpose:
they hold the person's own free text and are rebuilt each turn from their encrypted stores.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from attune.domain.learning import LearningState
from attune.domain.policy import TurnNote
from attune.domain.window import PersonBaseline, WindowSigns

MAX_CONVERSATION = 12  # turns of the current conversation the policy looks back on


@dataclass(frozen=True)
class CorrectionMemory:
    """For each word Attune named: what the person said it was instead, and how often it fitted."""

    corrected: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    confirmed: Mapping[str, int] = field(default_factory=dict)

    def correct(self, named: str, instead: str) -> CorrectionMemory:
        named, instead = named.lower(), instead.strip().lower()
        counts = dict(self.corrected.get(named, {}))
        counts[instead] = counts.get(instead, 0) + 1
        return replace(self, corrected={**self.corrected, named: counts})

    def confirm(self, named: str) -> CorrectionMemory:
        named = named.lower()
        return replace(self, confirmed={**self.confirmed, named: self.confirmed.get(named, 0) + 1})

    def preferred(self, word: str) -> str:
        """The word to name: the person's usual correction once it outweighs confirmations."""
        counts = self.corrected.get(word.lower(), {})
        if not counts:
            return word
        best, times = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        return best if times > self.confirmed.get(word.lower(), 0) else word

    def to_dict(self) -> dict[str, Any]:
        return {"corrected": {k: dict(v) for k, v in self.corrected.items()}, "confirmed": dict(self.confirmed)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CorrectionMemory:
        return cls({k: dict(v) for k, v in data.get("corrected", {}).items()}, dict(data.get("confirmed", {})))


@dataclass(frozen=True)
class BodyNote:
    region: str  # one of BODY_REGIONS
    sensation: str


@dataclass(frozen=True)
class CheckinMemory:
    """A summary of an earlier check-in the composer may refer back to ("Last time you noticed…")."""

    emotion: str | None = None  # the word that fitted, in the person's terms
    body: tuple[BodyNote, ...] = ()
    situation: str | None = None  # a short phrase such as "before a meeting", when the caller has one


@dataclass(frozen=True)
class PersonState:
    """Everything the companion needs to know about a person for one turn; built by the caller."""

    baseline: PersonBaseline = PersonBaseline()
    signs: WindowSigns | None = None
    learning: LearningState = LearningState()
    corrections: CorrectionMemory = CorrectionMemory()
    memories: tuple[CheckinMemory, ...] = ()  # most recent first
    last_sentence_keys: tuple[str, ...] = ()
    conversation: tuple[TurnNote, ...] = ()
    opted_in: frozenset[str] = frozenset()  # opt-in practices the person has switched on

    def with_note(self, note: TurnNote) -> PersonState:
        return replace(self, conversation=(*self.conversation, note)[-MAX_CONVERSATION:])

    def with_last_note(self, note: TurnNote) -> PersonState:
        return replace(self, conversation=(*self.conversation[:-1], note))

    def to_dict(self) -> dict[str, Any]:
        return {
            "baseline": self.baseline.to_dict(),
            "learning": self.learning.to_dict(),
            "corrections": self.corrections.to_dict(),
            "last_sentence_keys": list(self.last_sentence_keys),
            "conversation": [note.to_dict() for note in self.conversation],
            "opted_in": sorted(self.opted_in),
        }

    @classmethod
    def from_dict(
        cls,
        data: Mapping[str, Any],
        signs: WindowSigns | None = None,
        memories: Sequence[CheckinMemory] = (),
    ) -> PersonState:
        """Rebuild from the store's dict (an empty dict gives a newcomer's state)."""
        return cls(
            baseline=PersonBaseline.from_dict(data["baseline"]) if "baseline" in data else PersonBaseline(),
            signs=signs,
            learning=LearningState.from_dict(data.get("learning", {})),
            corrections=CorrectionMemory.from_dict(data.get("corrections", {})),
            memories=tuple(memories),
            last_sentence_keys=tuple(data.get("last_sentence_keys", ())),
            conversation=tuple(TurnNote.from_dict(n) for n in data.get("conversation", ())),
            opted_in=frozenset(data.get("opted_in", ())),
        )
