"""Questionnaire responses: the answers and scores, kept plain so charts and due dates need no key.

Answers to validated items are numbers on a published scale, not free text, so they are stored
like distress ratings are; nothing a person wrote in their own words lives here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from attune.domain.measures import MeasureResult
from attune.store.ids import aware, is_id, new_id, now
from attune.store.schema import questionnaire_responses as responses


@dataclass(frozen=True)
class StoredResponse:
    id: str
    name: str
    answers: tuple[int, ...]
    score: int
    band: str | None
    subscales: dict[str, int]
    safety: bool
    created_at: datetime


def add_response(conn: Connection, user_id: str, result: MeasureResult) -> StoredResponse:
    record = StoredResponse(
        id=new_id(), name=result.measure, answers=result.answers, score=result.score,
        band=result.band.key if result.band else None, subscales=dict(result.subscales),
        safety=result.safety, created_at=now(),
    )
    conn.execute(responses.insert().values(
        id=record.id, user_id=user_id, name=record.name, answers_json=json.dumps(list(record.answers)),
        score=record.score, band=record.band, subscales_json=json.dumps(record.subscales),
        safety=record.safety, created_at=record.created_at,
    ))
    return record


def _from_row(row: Any) -> StoredResponse:
    return StoredResponse(
        id=row["id"], name=row["name"], answers=tuple(json.loads(row["answers_json"])),
        score=int(row["score"]), band=row["band"], subscales=json.loads(row["subscales_json"] or "{}"),
        safety=bool(row["safety"]), created_at=aware(row["created_at"]),
    )


def get_response(conn: Connection, user_id: str, name: str, response_id: str) -> StoredResponse | None:
    if not is_id(response_id):
        return None
    row = conn.execute(select(responses).where(
        responses.c.id == response_id, responses.c.user_id == user_id, responses.c.name == name,
    )).mappings().first()
    return _from_row(row) if row else None


def list_responses(
    conn: Connection, user_id: str, since: datetime | None = None, until: datetime | None = None,
    name: str | None = None,
) -> list[StoredResponse]:
    """Oldest first, optionally within [since, until)."""
    query = select(responses).where(responses.c.user_id == user_id)
    if since is not None:
        query = query.where(responses.c.created_at >= since)
    if until is not None:
        query = query.where(responses.c.created_at < until)
    if name is not None:
        query = query.where(responses.c.name == name)
    query = query.order_by(responses.c.created_at, responses.c.id)
    return [_from_row(r) for r in conn.execute(query).mappings()]


def last_taken(conn: Connection, user_id: str) -> dict[str, datetime]:
    """When each measure was last answered."""
    query = (select(responses.c.name, func.max(responses.c.created_at))
             .where(responses.c.user_id == user_id).group_by(responses.c.name))
    return {name: aware(at) for name, at in conn.execute(query)}
