"""Answering a questionnaire end to end: score, keep, and open the safety pathway when it must.

PHQ-9 item 9 above 0 always opens the safety pathway, whatever the total: a safety event is
recorded (source "questionnaire") and the person is shown crisis lines before anything else.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, select, update

from attune.domain import measures, schedule
from attune.domain.measures import MeasureResult
from attune.store import questionnaires as questionnaire_store
from attune.store import safety as safety_store
from attune.store.engine import writing
from attune.store.questionnaires import StoredResponse
from attune.store.schema import users

CADENCE_SETTING = "questionnaire_cadence"


@dataclass(frozen=True)
class Submitted:
    response: StoredResponse
    result: MeasureResult
    crisis: dict[str, Any] | None  # what the person is shown first, when the safety pathway opened


def submit(engine: Engine, user_id: str, locale: str | None, name: str, answers: Sequence[int]) -> Submitted:
    """Raises UnknownMeasure or InvalidAnswers before anything is stored."""
    result = measures.score(name, answers)
    crisis = None
    with writing(engine) as conn:
        stored = questionnaire_store.add_response(conn, user_id, result)
        if result.safety:
            crisis = _open_safety_pathway(conn, user_id, locale, result)
    return Submitted(stored, result, crisis)


def safety_level(result: MeasureResult) -> str:
    """'moderate' for more than half the days or nearly every day, 'low' for several days."""
    rule = measures.get_measure(result.measure).safety
    answer = result.answers[rule.item - 1] if rule else 0
    return "moderate" if answer >= 2 else "low"


def _open_safety_pathway(conn: Connection, user_id: str, locale: str | None, result: MeasureResult) -> dict[str, Any]:
    m = measures.get_measure(result.measure)
    rule = m.safety
    assert rule is not None
    level = safety_level(result)
    crisis = crisis_content(locale, level)
    answer = m.option_for(result.answers[rule.item - 1]).text
    reasons = [f"{m.title} item {rule.item} answered '{answer}'"]
    safety_store.record_event(conn, user_id, "questionnaire", level, "suicide", reasons,
                              {"crisis": crisis, "measure": m.name})
    return crisis


# --- crisis content ---------------------------------------------------------------------------------


def crisis_content(locale: str | None, level: str) -> dict[str, Any]:
    """The crisis lines for the person's locale: {level, message, emergency, lines, help_url}."""
    from attune.safety.lines import emergency_for, lines_for

    where = locale or "INTL"
    emergency = emergency_for(where)
    lines = [{"name": line.name, "number": line.number, "how": line.how, "url": line.url}
             for line in lines_for(where, "suicide")]
    return {
        "level": level,
        "message": ("Thank you for answering honestly. You said you've had thoughts of being better off dead "
                    "or of hurting yourself. You don't have to hold that alone: people are there to talk, "
                    "any time, for free."),
        "emergency": f"If you might act on these thoughts or are in danger now, call {emergency.number}.",
        "lines": lines,
        "help_url": "/help",
    }


# --- schedule ----------------------------------------------------------------------------------------


def chosen_cadence(settings: Mapping[str, Any]) -> dict[str, int | None]:
    raw = settings.get(CADENCE_SETTING) or {}
    return {k: v for k, v in raw.items() if k in measures.measures()} if isinstance(raw, dict) else {}


def due_list(settings: Mapping[str, Any], last: Mapping[str, datetime], today: date) -> list[dict[str, Any]]:
    """Every measure: chosen ones by due date (due first), then those turned off."""
    plan = schedule.schedule(schedule.cadences(chosen_cadence(settings)), last, today)
    rows: list[dict[str, Any]] = [
        {"name": d.measure, "enabled": True, "every_days": d.every_days, "due_on": d.due_on.isoformat(),
         "days_until": d.days_until, "is_due": d.is_due,
         "last_taken": d.last_taken.isoformat() if d.last_taken else None}
        for d in plan
    ]
    planned = {d.measure for d in plan}
    rows += [{"name": n, "enabled": False, "every_days": None, "due_on": None, "days_until": None,
              "is_due": False, "last_taken": last[n].date().isoformat() if n in last else None}
             for n in measures.measures() if n not in planned]
    for row in rows:
        m = measures.get_measure(row["name"])
        row.update(title=m.title, long_title=m.long_title, items=len(m.items), time_frame=m.time_frame)
    return rows


def set_cadence(engine: Engine, user_id: str, chosen: Mapping[str, int | None]) -> dict[str, int | None]:
    """Merge the person's choices into their settings, read fresh inside the write (others may write too)."""
    unknown = [n for n in chosen if n not in measures.measures()]
    if unknown:
        raise measures.UnknownMeasure(f"no questionnaire called {unknown[0]!r}")
    for name, days in chosen.items():
        if days:
            schedule.Cadence(name, days)  # raises ValueError with a clear message when out of range
    with writing(engine) as conn:
        raw = conn.execute(select(users.c.settings_json).where(users.c.id == user_id)).scalar_one()
        settings = json.loads(raw or "{}")
        merged = {**chosen_cadence(settings), **{k: (v or None) for k, v in chosen.items()}}
        settings[CADENCE_SETTING] = merged
        conn.execute(update(users).where(users.c.id == user_id).values(settings_json=json.dumps(settings)))
    return merged
