"""Practices: the catalogue, a guided player for each, and distress before and after."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from attune.domain.practices import Practice, load_catalogue
from attune.flows import practice as practice_flow
from attune.store.sessions import SignedIn
from attune.web.auth import page_user, page_user_optional
from attune.web.context import AppContext, app_context
from attune.web.pacer_params import describe
from attune.web.rendering import CsrfField, check_form_token, render

router = APIRouter(include_in_schema=False)


def _practice_or_404(slug: str) -> Practice:
    catalogue = load_catalogue()
    if slug not in catalogue:
        raise HTTPException(404, "No practice with that name.")
    return catalogue[slug]


def pacer_for(practice: Practice) -> dict[str, object] | None:
    timing = practice.timing.to_json()
    if not timing["phases"]:
        return None
    cycles = timing["cycles"]
    if cycles is None and practice.timing.breaths_per_minute:
        cycles = max(1, round(practice.timing.session_seconds * practice.timing.breaths_per_minute / 60))
    return {"phases": timing["phases"], "cycles": cycles}


@router.get("/practices")
def catalogue_page(request: Request, who: SignedIn | None = Depends(page_user_optional),
                   ctx: AppContext = Depends(app_context)) -> Response:
    helps = practice_flow.what_helps(ctx.engine, who.account.id, who.data_key) if who else []
    return render(request, "practices.html", who=who, practices=load_catalogue().practices, helps=helps)


@router.get("/practice/{slug}")
def player(slug: str, request: Request, checkin: str = "",
           who: SignedIn | None = Depends(page_user_optional)) -> Response:
    practice = _practice_or_404(slug)
    pacer = pacer_for(practice)
    text = describe(tuple(pacer["phases"]), pacer["cycles"]) if pacer else ""  # type: ignore[arg-type]
    return render(request, "practice.html", who=who, practice=practice, pacer=pacer, pacer_text=text,
                  checkin_id=checkin)


@router.post("/practice/{slug}")
def finish(slug: str, request: Request, distress_before: int = Form(...), distress_after: int = Form(...),
           checkin_id: str = Form(""), csrf: str = CsrfField, who: SignedIn = Depends(page_user),
           ctx: AppContext = Depends(app_context)) -> Response:
    check_form_token(who, csrf)
    practice = _practice_or_404(slug)
    if not (0 <= distress_before <= 10 and 0 <= distress_after <= 10):
        return render(request, "practice.html", who=who, practice=practice, pacer=pacer_for(practice),
                      status=422, error="Distress is a number from 0 to 10.", checkin_id=checkin_id)
    try:
        _, reply = practice_flow.record_session(ctx.engine, who.account.id, who.data_key, slug,
                                                distress_before, distress_after, checkin_id or None)
    except practice_flow.NotFound:
        raise HTTPException(404, "No check-in here.") from None
    return render(request, "practice_done.html", who=who, practice=practice, reply=reply,
                  before=distress_before, after=distress_after)


@router.post("/checkins/{checkin_id}/feedback")
def feedback(checkin_id: str, request: Request, fits: str = Form(...), emotion: str = Form(""),
             csrf: str = CsrfField, who: SignedIn = Depends(page_user),
             ctx: AppContext = Depends(app_context)) -> Response:
    check_form_token(who, csrf)
    try:
        reply = practice_flow.give_feedback(ctx.engine, who.account.id, who.data_key, checkin_id,
                                            fits == "yes", emotion.strip()[:200] or None)
    except practice_flow.NotFound:
        raise HTTPException(404, "No check-in here.") from None
    if reply is None:
        return RedirectResponse(f"/checkins/{checkin_id}", status_code=303)
    return render(request, "feedback_done.html", who=who, reply=reply, checkin_id=checkin_id)
