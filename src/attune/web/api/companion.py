"""The companion after a reply: did it fit, practices, and what helps this person."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException
from pydantic import Field

from attune.domain.practices import load_catalogue
from attune.flows import practice as practice_flow
from attune.store import practice as practice_store
from attune.store.engine import reading
from attune.store.sessions import SignedIn
from attune.web.api.schemas import Strict
from attune.web.auth import api_user
from attune.web.context import AppContext, app_context

router = APIRouter(prefix="/api/v1", tags=["companion"])


class FeedbackIn(Strict):
    fits: bool
    emotion: str | None = Field(default=None, max_length=200)


class PracticeSessionIn(Strict):
    practice: str = Field(min_length=1, max_length=64)
    checkin_id: str | None = Field(default=None, max_length=64)
    distress_before: int = Field(ge=0, le=10)
    distress_after: int = Field(ge=0, le=10)


@router.post("/checkins/{checkin_id}/feedback")
def feedback(checkin_id: str, body: FeedbackIn, who: SignedIn = Depends(api_user),
             ctx: AppContext = Depends(app_context)) -> dict[str, Any]:
    try:
        reply = practice_flow.give_feedback(ctx.engine, who.account.id, who.data_key, checkin_id,
                                            body.fits, body.emotion)
    except practice_flow.NotFound:
        raise HTTPException(404, "No check-in with that id.") from None
    return {"checkin_id": checkin_id, "fits": body.fits, "reply": reply}


@router.post("/practice-sessions", status_code=201)
def practice_session(body: PracticeSessionIn, who: SignedIn = Depends(api_user),
                     ctx: AppContext = Depends(app_context)) -> dict[str, Any]:
    try:
        session, reply = practice_flow.record_session(
            ctx.engine, who.account.id, who.data_key, body.practice, body.distress_before,
            body.distress_after, body.checkin_id)
    except practice_flow.PracticeInputError as exc:
        raise HTTPException(422, str(exc)) from None
    except practice_flow.NotFound:
        raise HTTPException(404, "No check-in with that id.") from None
    return {**session, "reply": reply}


@router.get("/practice-sessions")
def practice_sessions(who: SignedIn = Depends(api_user), ctx: AppContext = Depends(app_context)) -> dict[str, Any]:
    with reading(ctx.engine) as conn:
        return {"items": practice_store.list_sessions(conn, who.account.id)}


@router.get("/practices")
def practices() -> dict[str, Any]:
    return {"items": [p.to_json() | {"zones": sorted(p.zones)} for p in load_catalogue().practices]}


@router.get("/practices/effects")
def effects(who: SignedIn = Depends(api_user), ctx: AppContext = Depends(app_context)) -> dict[str, Any]:
    return {"items": practice_flow.what_helps(ctx.engine, who.account.id, who.data_key)}


@router.get("/practices/{slug}")
def practice(slug: str) -> dict[str, Any]:
    catalogue = load_catalogue()
    if slug not in catalogue:
        raise HTTPException(404, "No practice with that name.")
    found = catalogue[slug]
    return found.to_json() | {"zones": sorted(found.zones)}
