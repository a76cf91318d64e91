"""Check-ins through the API: write one, list them newest first, read one."""

from __future__ import annotations

import base64
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query

from attune.flows import checkin as checkin_flow
from attune.store import checkins as checkin_store
from attune.store.checkins import CheckinRecord
from attune.store.engine import reading
from attune.store.ids import aware, is_id
from attune.store.sessions import SignedIn
from attune.web.api.schemas import CheckinIn
from attune.web.auth import api_user
from attune.web.context import AppContext, app_context

router = APIRouter(prefix="/api/v1", tags=["check-ins"])


def checkin_json(record: CheckinRecord) -> dict[str, Any]:
    return {
        "id": record.id, "created_at": record.created_at.isoformat(), "text": record.text,
        "reading": record.reading, "reply": record.reply, "fits": record.fits,
    }


def encode_cursor(record: CheckinRecord) -> str:
    return base64.urlsafe_b64encode(f"{record.created_at.isoformat()}|{record.id}".encode()).decode()


def decode_cursor(cursor: str) -> tuple[datetime, str]:
    try:
        at, rid = base64.urlsafe_b64decode(cursor.encode()).decode().split("|", 1)
        if not is_id(rid):
            raise ValueError(rid)
        return aware(datetime.fromisoformat(at)), rid
    except (ValueError, UnicodeDecodeError):
        raise HTTPException(422, "That page cursor is not valid; start again from the first page.") from None


@router.post("/checkins", status_code=201)
def create_checkin(
    body: CheckinIn, who: SignedIn = Depends(api_user), ctx: AppContext = Depends(app_context)
) -> dict[str, Any]:
    try:
        record = checkin_flow.check_in(ctx.engine, ctx.runtime, who.account.id, who.data_key,
                                       body.text, body.distress, locale=who.account.locale)
    except checkin_flow.CheckinInputError as exc:
        raise HTTPException(422, str(exc)) from None
    return checkin_json(record)


@router.get("/checkins")
def list_checkins(
    limit: int = Query(20, ge=1, le=100), cursor: str | None = None,
    who: SignedIn = Depends(api_user), ctx: AppContext = Depends(app_context),
) -> dict[str, Any]:
    before = decode_cursor(cursor) if cursor else None
    with reading(ctx.engine) as conn:
        records = checkin_store.list_checkins(conn, who.account.id, who.data_key, limit + 1, before)
    page, more = records[:limit], len(records) > limit
    return {"items": [checkin_json(r) for r in page], "next_cursor": encode_cursor(page[-1]) if more else None}


@router.get("/checkins/{checkin_id}")
def get_checkin(
    checkin_id: str, who: SignedIn = Depends(api_user), ctx: AppContext = Depends(app_context)
) -> dict[str, Any]:
    with reading(ctx.engine) as conn:
        record = checkin_store.get_checkin(conn, who.account.id, who.data_key, checkin_id)
    if record is None:
        raise HTTPException(404, "No check-in with that id.")
    return checkin_json(record)
