"""The bridge pages: a person makes and revokes shares; a therapist accepts codes and reads them."""

from __future__ import annotations

from datetime import datetime, timedelta

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from attune.flows import progress, sharing
from attune.store import checkins as checkin_store
from attune.store import shares as share_store
from attune.store.engine import reading, writing
from attune.store.sessions import SignedIn
from attune.web.api.shares import (
    accept_code,
    make_share,
    parse_since,
    report_for,
    report_response,
    summary_for,
)
from attune.web.auth import page_user
from attune.web.context import AppContext, app_context
from attune.web.pages.auth_pages import sign_up
from attune.web.rendering import CsrfField, check_form_token, render
from attune.web.roles import NOT_FOUND, only, page_person, page_therapist

router = APIRouter(include_in_schema=False)
STATUS_WORDS = {"waiting": "Waiting for your therapist", "active": "Shared", "revoked": "Stopped",
                "expired": "Code expired, never used"}
CHANGE_WORDS = {"scores": "Questionnaires answered", "checkins": "Check-ins", "practices": "Practices rated",
                "safety_events": "Times the safety steps were shown"}


# --- the person's side ----------------------------------------------------------------------------


def shares_page(request: Request, who: SignedIn, ctx: AppContext, status: int = 200, **extra: object) -> Response:
    with reading(ctx.engine) as conn:
        made = share_store.list_person_shares(conn, who.account.id)
        recent = checkin_store.list_checkins(conn, who.account.id, who.data_key, limit=30)
    context: dict[str, object] = {"chosen_scopes": (), "chosen_checkins": (), **extra}
    return render(request, "shares.html", who=who, status=status, shares=made, checkins=recent,
                  scope_words=sharing.SCOPE_WORDS, status_words=STATUS_WORDS, **context)


@router.get("/shares")
def shares(request: Request, who: SignedIn = Depends(page_person),
           ctx: AppContext = Depends(app_context)) -> Response:
    return shares_page(request, who, ctx)


@router.post("/shares")
def create_share(request: Request, scopes: list[str] = Form([]), checkin_ids: list[str] = Form([]),
                 csrf: str = CsrfField, who: SignedIn = Depends(page_person),
                 ctx: AppContext = Depends(app_context)) -> Response:
    check_form_token(who, csrf)
    picked = [c for c in checkin_ids if c] if "checkins" in scopes else []
    try:
        made = make_share(ctx, who, scopes, picked)
    except share_store.ShareError as exc:
        return shares_page(request, who, ctx, status=422, error=str(exc), chosen_scopes=scopes,
                           chosen_checkins=checkin_ids)
    return render(request, "share_created.html", who=who, code=made.code, scopes=scopes,
                  scope_words=sharing.SCOPE_WORDS, days=share_store.CODE_VALID_FOR.days)


@router.post("/shares/{share_id}/revoke")
def revoke(share_id: str, csrf: str = CsrfField, who: SignedIn = Depends(page_person),
           ctx: AppContext = Depends(app_context)) -> Response:
    check_form_token(who, csrf)
    with writing(ctx.engine) as conn:
        if not share_store.revoke_share(conn, who.account.id, share_id):
            raise HTTPException(404, NOT_FOUND)
    return RedirectResponse("/shares", status_code=303)


# --- the therapist's side -------------------------------------------------------------------------


@router.get("/signup/therapist")
def therapist_signup_form(request: Request) -> Response:
    return render(request, "signup_therapist.html")


@router.post("/signup/therapist")
def therapist_signup(request: Request, username: str = Form(""), password: str = Form(""),
                     ctx: AppContext = Depends(app_context)) -> Response:
    return sign_up(request, ctx, username, password, "therapist", "signup_therapist.html", next_url="/therapist")


def dashboard(request: Request, who: SignedIn, ctx: AppContext, status: int = 200, **extra: object) -> Response:
    with writing(ctx.engine) as conn:
        clients = sharing.client_list(conn, who.account.id)
    return render(request, "therapist.html", who=who, status=status, clients=clients,
                  change_words=CHANGE_WORDS, **extra)


@router.get("/therapist")
def therapist_home(request: Request, who: SignedIn = Depends(page_therapist),
                   ctx: AppContext = Depends(app_context)) -> Response:
    return dashboard(request, who, ctx)


@router.post("/therapist/accept")
def therapist_accept(request: Request, code: str = Form("", max_length=64), csrf: str = CsrfField,
                     who: SignedIn = Depends(page_user), ctx: AppContext = Depends(app_context)) -> Response:
    check_form_token(who, csrf)  # before the role: a form without its token is refused the same for everyone
    only(who, "therapist")
    try:
        client_id = accept_code(ctx, who, code)
    except HTTPException as exc:
        return dashboard(request, who, ctx, status=exc.status_code, error=exc.detail)
    return RedirectResponse(f"/therapist/clients/{client_id}", status_code=303)


@router.get("/therapist/clients/{client_id}")
def client_page(client_id: str, request: Request, since: str | None = Query(None, max_length=10),
                who: SignedIn = Depends(page_therapist), ctx: AppContext = Depends(app_context)) -> Response:
    summary = summary_for(ctx, who, client_id, parse_since(since))
    with reading(ctx.engine) as conn:
        share = share_store.therapist_share(conn, who.account.id, client_id)
        if share is None:
            raise HTTPException(404, NOT_FOUND)
        zone = sharing.person_zone(conn, share.user_id)
        history = progress.load_history(conn, share.user_id, zone, parts=sharing.parts_for(share.scopes))
    today = datetime.now(zone).date()
    return render(request, "therapist_client.html", who=who, summary=summary, sections=summary,
                  charts=progress.scoped_charts(history, share.scopes), titles=progress.CHART_TITLES,
                  scope_words=sharing.SCOPE_WORDS, change_words=CHANGE_WORDS,
                  period_from=(today - timedelta(days=27)).isoformat(), period_to=today.isoformat())


@router.get("/therapist/clients/{client_id}/report")
def client_report(client_id: str, request: Request, start: str | None = Query(None, alias="from", max_length=10),
                  end: str | None = Query(None, alias="to", max_length=10),
                  format: str = Query("html", pattern="^(html|pdf)$"),
                  who: SignedIn = Depends(page_therapist), ctx: AppContext = Depends(app_context)) -> Response:
    return report_response(request, report_for(ctx, who, client_id, start, end, format), format)
