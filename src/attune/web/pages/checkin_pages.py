"""The check-in form, what Attune read and said, and the history."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from attune.flows import checkin as checkin_flow
from attune.store import checkins as checkin_store
from attune.store.engine import reading
from attune.store.sessions import SignedIn
from attune.web.auth import page_user
from attune.web.context import AppContext, app_context
from attune.web.rendering import CsrfField, check_form_token, render

router = APIRouter(include_in_schema=False)


@router.get("/checkin")
def checkin_form(request: Request, who: SignedIn = Depends(page_user)) -> Response:
    return render(request, "checkin.html", who=who)


def parse_distress(raw: str) -> int | None:
    if raw.strip() == "":
        return None
    try:
        return int(raw)
    except ValueError:
        raise checkin_flow.CheckinInputError("Distress is a number from 0 to 10.") from None


@router.post("/checkin")
def checkin_submit(request: Request, text: str = Form(""), distress: str = Form(""), csrf: str = CsrfField,
                   who: SignedIn = Depends(page_user), ctx: AppContext = Depends(app_context)) -> Response:
    check_form_token(who, csrf)
    try:
        record = checkin_flow.check_in(ctx.engine, ctx.runtime, who.account.id, who.data_key,
                                       text, parse_distress(distress))
    except checkin_flow.CheckinInputError as exc:
        return render(request, "checkin.html", who=who, status=422, error=str(exc), text=text,
                      distress=distress)
    return RedirectResponse(f"/checkins/{record.id}", status_code=303)


@router.get("/checkins/{checkin_id}")
def checkin_detail(checkin_id: str, request: Request, who: SignedIn = Depends(page_user),
                   ctx: AppContext = Depends(app_context)) -> Response:
    with reading(ctx.engine) as conn:
        record = checkin_store.get_checkin(conn, who.account.id, who.data_key, checkin_id)
    if record is None:
        raise HTTPException(404, "No check-in here.")
    return render(request, "checkin_detail.html", who=who, record=record)


@router.get("/history")
def history(request: Request, who: SignedIn = Depends(page_user),
            ctx: AppContext = Depends(app_context)) -> Response:
    with reading(ctx.engine) as conn:
        records = checkin_store.list_checkins(conn, who.account.id, who.data_key, limit=100)
    return render(request, "history.html", who=who, records=records)
