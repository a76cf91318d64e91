"""The bridge to a therapist: a person shares chosen scopes; the therapist sees exactly those.

Anyone without an active share (a stranger, a person, the therapist after a revoke) hears 404,
never 403: a share that isn't yours is indistinguishable from one that doesn't exist.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import Field

from attune.flows import progress, sharing
from attune.store import shares as share_store
from attune.store import throttle
from attune.store.engine import reading, writing
from attune.store.sessions import SignedIn
from attune.web.api.schemas import Strict
from attune.web.context import AppContext, app_context
from attune.web.rendering import TEMPLATES
from attune.web.report_pdf import report_pdf
from attune.web.roles import NOT_FOUND, api_person, api_therapist

router = APIRouter(prefix="/api/v1", tags=["shares"])
Scope = Literal["scores", "insights", "practice_log", "checkins", "safety_events"]
WRONG_CODE = "That code doesn't match a share waiting to be accepted. Codes work once, for 14 days."


class ShareIn(Strict):
    scopes: list[Scope] = Field(min_length=1, max_length=5)
    checkin_ids: list[str] = Field(default_factory=list, max_length=share_store.MAX_CHOSEN_CHECKINS)


class AcceptIn(Strict):
    code: str = Field(min_length=1, max_length=64)


# --- the person's side ----------------------------------------------------------------------------


def make_share(ctx: AppContext, who: SignedIn, scopes: list[str], checkin_ids: list[str]) -> share_store.NewShare:
    """Raises ShareError with a message fit to show."""
    with writing(ctx.engine) as conn:
        return share_store.create_share(conn, who.account.id, who.data_key, scopes, checkin_ids)


@router.post("/shares", status_code=201)
def create_share(body: ShareIn, who: SignedIn = Depends(api_person),
                 ctx: AppContext = Depends(app_context)) -> dict[str, Any]:
    try:
        made = make_share(ctx, who, list(body.scopes), body.checkin_ids)
    except share_store.ShareError as exc:
        raise HTTPException(422, str(exc)) from None
    return {"id": made.id, "code": made.code, "expires_in_days": share_store.CODE_VALID_FOR.days}


@router.get("/shares")
def list_shares(who: SignedIn = Depends(api_person), ctx: AppContext = Depends(app_context)) -> dict[str, Any]:
    with reading(ctx.engine) as conn:
        return {"items": share_store.list_person_shares(conn, who.account.id)}


@router.delete("/shares/{share_id}", status_code=204)
def revoke_share(share_id: str, who: SignedIn = Depends(api_person),
                 ctx: AppContext = Depends(app_context)) -> Response:
    with writing(ctx.engine) as conn:
        found = share_store.revoke_share(conn, who.account.id, share_id)
    if not found:
        raise HTTPException(404, NOT_FOUND)
    return Response(status_code=204)


# --- the therapist's side -------------------------------------------------------------------------


def accept_code(ctx: AppContext, who: SignedIn, code: str) -> str:
    """The accepted share's id; HTTPException 429 or 404 otherwise, counted against the therapist."""
    with writing(ctx.engine) as conn:
        if throttle.is_blocked(conn, "account", f"share-code:{who.account.id}"):
            raise HTTPException(429, "Too many codes tried. Please wait a few minutes and try again.")
    try:
        with writing(ctx.engine) as conn:
            return share_store.accept_share(conn, who.account.id, who.data_key, code)
    except share_store.NoSuchShare:
        with writing(ctx.engine) as conn:
            throttle.record_failure(conn, "account", f"share-code:{who.account.id}")
        raise HTTPException(404, WRONG_CODE) from None


@router.post("/shares/accept")
def accept_share(body: AcceptIn, who: SignedIn = Depends(api_therapist),
                 ctx: AppContext = Depends(app_context)) -> dict[str, Any]:
    return {"client_id": accept_code(ctx, who, body.code)}


@router.get("/clients")
def clients(who: SignedIn = Depends(api_therapist), ctx: AppContext = Depends(app_context)) -> dict[str, Any]:
    with writing(ctx.engine) as conn:
        return {"items": sharing.client_list(conn, who.account.id)}


def parse_since(since: str | None) -> datetime | None:
    if not since:
        return None
    try:
        day = date.fromisoformat(since)
    except ValueError:
        raise HTTPException(422, "'since' needs the form YYYY-MM-DD, for example 2024-05-01.") from None
    return datetime.combine(day, time()).astimezone()


def summary_for(ctx: AppContext, who: SignedIn, client_id: str, since: datetime | None) -> dict[str, Any]:
    with writing(ctx.engine) as conn:
        share = share_store.therapist_share(conn, who.account.id, client_id)
        if share is None:
            raise HTTPException(404, NOT_FOUND)
        return sharing.client_summary(conn, share, who.data_key, since)


@router.get("/clients/{client_id}/summary")
def client_summary(client_id: str, since: str | None = Query(None, max_length=10),
                   who: SignedIn = Depends(api_therapist), ctx: AppContext = Depends(app_context)) -> dict[str, Any]:
    return summary_for(ctx, who, client_id, parse_since(since))


def report_for(ctx: AppContext, who: SignedIn, client_id: str, start: str | None, end: str | None,
               fmt: str) -> sharing.Report:
    with writing(ctx.engine) as conn:
        share = share_store.therapist_share(conn, who.account.id, client_id)
        if share is None:
            raise HTTPException(404, NOT_FOUND)
        try:
            period = sharing.parse_period(start, end, sharing.person_zone(conn, share.user_id))
        except sharing.BadPeriod as exc:
            raise HTTPException(422, str(exc)) from None
        return sharing.build_report(conn, share, who.data_key, period, fmt)


def report_response(request: Request, report: sharing.Report, fmt: str) -> Response:
    name = f"attune-report-{report.username}-{report.period.start.isoformat()}-{report.period.end.isoformat()}"
    if fmt == "pdf":
        return Response(report_pdf(report), media_type="application/pdf",
                        headers={"content-disposition": f'inline; filename="{name}.pdf"'})
    context = {"report": report, "who": None, "csrf": "", "scope_words": sharing.SCOPE_WORDS,
               "titles": progress.CHART_TITLES}
    return TEMPLATES.TemplateResponse(request, "report.html", context)


@router.get("/clients/{client_id}/report")
def client_report(
    request: Request, client_id: str, start: str | None = Query(None, alias="from", max_length=10),
    end: str | None = Query(None, alias="to", max_length=10), format: str = Query("html", pattern="^(html|pdf)$"),
    who: SignedIn = Depends(api_therapist), ctx: AppContext = Depends(app_context),
) -> Response:
    return report_response(request, report_for(ctx, who, client_id, start, end, format), format)
