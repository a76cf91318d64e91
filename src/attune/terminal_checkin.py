"""`attune checkin` in a terminal: reflect → fits? → body → practice → before/after → learning.

No server and no account: the companion's state (learning, corrections, baseline — never the
words written) is kept in a small file in the data folder so that learning carries over.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from attune.companion.turn import apply_feedback, follow_up_reply, record_practice
from attune.domain.person import PersonState
from attune.flows import checkin as flow
from attune.flows.runtime import Runtime
from attune.perception.body_cues import find_body_cues

Ask = Callable[[str], str]
Say = Callable[[str], None]


def state_file(data_dir: Path) -> Path:
    return data_dir / "terminal-companion.json"


def load_state(path: Path) -> PersonState:
    try:
        return PersonState.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError):
        return PersonState()


def save_state(path: Path, person: PersonState) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(person.to_dict()), encoding="utf-8")
    tmp.replace(path)


def ask_distress(ask: Ask, prompt: str) -> int | None:
    for _ in range(3):
        raw = ask(prompt).strip()
        if raw == "":
            return None
        if raw.isdigit() and 0 <= int(raw) <= 10:
            return int(raw)
    return None


def converse(runtime: Runtime, text: str, distress: int | None, person: PersonState,
             ask: Ask, say: Say, rng: random.Random) -> PersonState:
    outcome = flow.compose(runtime, text, distress, [], person, rng=rng)
    say(outcome.reply["text"])
    if outcome.result.crisis:
        _say_lines(outcome.reply, say)
        return person
    person = outcome.result.person
    if "fits" in outcome.reply.get("asks", []):
        person = _ask_fits(person, ask, say, rng)
    if "body" in outcome.reply.get("asks", []):
        _ask_body(ask, say)
    if outcome.reply.get("practice"):
        person = _practise(outcome.reply["practice"], outcome.reading["zone"], person, ask, say, rng)
    return person


def _say_lines(reply: dict[str, Any], say: Say) -> None:
    for line in reply.get("lines", []):
        say(f"  {line.get('name')}: {line.get('phone') or line.get('text') or line.get('url')}")


def _ask_fits(person: PersonState, ask: Ask, say: Say, rng: random.Random) -> PersonState:
    answer = ask("Did I get that right? [y/n] ").strip().lower()
    if answer not in {"y", "yes", "n", "no"}:
        return person
    fits = answer.startswith("y")
    word = None if fits else (ask("What fits better, in a word or two? ").strip() or None)
    person, reply = follow_up_reply(apply_feedback(person, fits, word), rng)
    if reply:
        say(reply.text)
    return person


def _ask_body(ask: Ask, say: Say) -> None:
    where = ask("Where do you notice it in your body, if anywhere? (e.g. 'chest tight') ").strip()
    cues = find_body_cues(f"my {where}" if where and not where.lower().startswith(("my", "i")) else where)
    if cues:
        say("Thank you. Noticing " + ", ".join(f"{c.sensation} in your {c.region.replace('_', ' ')}"
                                              for c in cues) + " is a skill in itself.")


def _practise(practice: dict[str, Any], zone: str, person: PersonState, ask: Ask, say: Say,
              rng: random.Random) -> PersonState:
    if ask(f"Would you like to try {practice['name']}? [y/n] ").strip().lower() not in {"y", "yes"}:
        return person
    before = ask_distress(ask, "Before you start, distress 0-10? ")
    for number, step in enumerate(practice["steps"], 1):
        say(f"  {number}. {step}")
    say(f"  (Source: {practice['source']})")
    ask("Take your time. Press Enter when you have finished. ")
    after = ask_distress(ask, "And now, distress 0-10? ")
    if before is None or after is None:
        return person
    person, reply = follow_up_reply(record_practice(person, practice["slug"], zone, before, after), rng)  # type: ignore[arg-type]
    if reply:
        say(reply.text)
    return person
