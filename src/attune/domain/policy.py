"""The companion's next move: reflect, ask about the body, offer a practice, integrate, or repair.

Presence before fixing (PART): every reply opens by reflecting (or by repairing a missed
reflection), so no advice ever comes before the person has been mirrored. Outside the window
co-regulation comes first, so a practice is offered in the same reply; within it, a practice waits
until the person has said the reflection fits. Crisis turns never reach this module: the safety
gate answers them first.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from typing import Any, Literal

from attune.domain.learning import LearningState, choose
from attune.domain.practices import Catalogue, Practice, eligible, load_catalogue, settled
from attune.domain.reading import Reading, Zone

Move = Literal["reflect", "ask_body", "offer_practice", "integrate", "repair"]
MOVES: tuple[Move, ...] = ("reflect", "ask_body", "offer_practice", "integrate", "repair")
_MAIN_MOVE_ORDER: tuple[Move, ...] = ("repair", "offer_practice", "integrate", "ask_body", "reflect")


@dataclass(frozen=True)
class TurnNote:
    """What happened in one earlier turn of this conversation, as the policy needs to know it."""

    moves: tuple[Move, ...]
    zone: Zone = "within"
    emotion: str | None = None  # the word Attune named
    practice: str | None = None  # slug offered
    distress: int | None = None
    fits: bool | None = None  # the person's answer to "did I get that right?"
    corrected_to: str | None = None
    practice_before: int | None = None
    practice_after: int | None = None
    followed_up: bool = False  # the repair or integration for this turn has been said

    @property
    def awaits_repair(self) -> bool:
        return self.fits is False and not self.followed_up

    @property
    def awaits_integration(self) -> bool:
        return self.practice_after is not None and not self.followed_up

    def to_dict(self) -> dict[str, Any]:
        data = dict(vars(self))
        data["moves"] = list(self.moves)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TurnNote:
        """Tolerant of keys a newer version may have stored."""
        known = {f.name for f in fields(cls)}
        kept = {k: v for k, v in data.items() if k in known and k != "moves"}
        return cls(**kept, moves=tuple(data.get("moves", ())))


@dataclass(frozen=True)
class Plan:
    """The moves for one reply, in order, and the practice when one is offered."""

    moves: tuple[Move, ...]
    zone: Zone
    practice: Practice | None = None
    lid_flipped: bool = False  # above the window and not settled: short sentences, one question
    about: TurnNote | None = None  # the earlier turn a repair or integration refers to

    @property
    def move(self) -> Move:
        """The move that matters most in this reply, for the API and the records."""
        return next(m for m in _MAIN_MOVE_ORDER if m in self.moves)


def decide(
    reading: Reading,
    history: Sequence[TurnNote],
    learning: LearningState,
    rng: random.Random,
    *,
    catalogue: Catalogue | None = None,
    opted_in: frozenset[str] = frozenset(),
) -> Plan:
    """The plan for a reply to a new check-in."""
    last = history[-1] if history else None
    is_settled = settled(reading.distress, _peak(reading.distress, history))
    moves: list[Move] = ["repair"] if last and last.awaits_repair else []
    moves.append("reflect")
    if last and last.awaits_integration:
        moves.append("integrate")
    practice = None
    if _wants_practice(reading.zone, last):
        first_line = not any(n.practice for n in history)
        practice = pick_practice(reading.zone, is_settled, learning, rng, catalogue or load_catalogue(),
                                 opted_in, avoid=_recent_practice(last), first_line=first_line)
        moves.append("offer_practice")
    elif _wants_body_question(reading, last):
        moves.append("ask_body")
    lid = reading.zone == "hyper" and not is_settled
    about = last if last and (last.awaits_repair or last.awaits_integration) else None
    return Plan(tuple(moves), reading.zone, practice, lid, about)


def follow_up(history: Sequence[TurnNote]) -> Plan | None:
    """The plan for a reply to feedback alone (a "that didn't fit" or a practice just done)."""
    if not history:
        return None
    last = history[-1]
    if last.awaits_repair:
        return Plan(("repair",), last.zone, about=last)
    if last.awaits_integration:
        return Plan(("integrate",), last.zone, about=last)
    return None


def pick_practice(
    zone: Zone,
    is_settled: bool,
    learning: LearningState,
    rng: random.Random,
    catalogue: Catalogue,
    opted_in: frozenset[str] = frozenset(),
    avoid: str | None = None,
    first_line: bool = False,
) -> Practice:
    """A practice that suits the zone, chosen by what has helped this person before."""
    options = eligible(catalogue, zone, is_settled, opted_in, first_line)
    fresh = [p for p in options if p.slug != avoid] or options
    return catalogue[choose(learning, zone, [p.slug for p in fresh], rng)]


def mark_followed_up(history: Sequence[TurnNote]) -> tuple[TurnNote, ...]:
    if not history:
        return tuple(history)
    return (*history[:-1], replace(history[-1], followed_up=True))


def _wants_practice(zone: Zone, last: TurnNote | None) -> bool:
    # Outside the window, co-regulation comes first; within it, only once the reflection has
    # landed and we did not just offer one.
    if zone != "within":
        return True
    return last is not None and last.fits is True and "offer_practice" not in last.moves


def _wants_body_question(reading: Reading, last: TurnNote | None) -> bool:
    if reading.text.body_cues:
        return False
    return last is None or "ask_body" not in last.moves


def _recent_practice(last: TurnNote | None) -> str | None:
    return last.practice if last else None


def _peak(distress: int | None, history: Sequence[TurnNote]) -> int | None:
    seen = [d for n in history for d in (n.distress, n.practice_before) if d is not None]
    if distress is not None:
        seen.append(distress)
    return max(seen) if seen else None
