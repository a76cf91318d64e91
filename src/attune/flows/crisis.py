"""The crisis pathway's reply and its record; it replaces the companion for the whole turn."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from attune.domain.reading import Risk
from attune.store import safety as safety_store


def reply_for(risk: Risk, locale: str | None, plan: dict[str, Any] | None) -> dict[str, Any]:
    from attune.safety.response import crisis_response
    from attune.safety.safety_plan import SafetyPlan

    safety_plan = SafetyPlan.from_dict(plan) if plan else None
    response = crisis_response(risk, locale or "INTL", safety_plan)
    return {"kind": "crisis", "practice": None, **response.to_json()}


def record(conn: Connection, user_id: str, risk: Risk, reply: dict[str, Any], checkin_id: str | None) -> None:
    shown = {"kind": reply.get("crisis_kind", reply.get("kind")),
             "lines": [line.get("id") or line.get("name") for line in reply.get("lines", [])],
             "safety_plan": bool(reply.get("safety_plan"))}
    safety_store.record_event(conn, user_id, "checkin", risk.level, risk.category, list(risk.reasons),
                              shown, checkin_id)
