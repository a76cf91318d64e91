"""The check-in form, what Attune read and said, and the history."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from attune.domain import feelings
from attune.flows import checkin as checkin_flow
from attune.store import checkins as checkin_store
from attune.store.engine import reading
from attune.store.sessions import SignedIn
from attune.web.auth import page_user
from attune.web.checkin_form import chosen_from_form, chosen_to_keep, text_for
from attune.web.checkin_form import parse_distress as parse_distress_value
from attune.web.context import AppContext, app_context
from attune.web.rendering import CsrfField, check_form_token, render

router = APIRouter(include_in_schema=False)


DISTRESS_ANCHORS = {0: "calm", 5: "upset but coping", 10: "the worst it gets"}
NOTICED_MIN_SCORE = 0.25  # below this, a guess from the text is more noise than help beside the person's words
NOTHING_CHOSEN = "Please choose a square or a word, or write a few words about how you are."


def checkin_page(request: Request, who: SignedIn, reflect: bool = False, status: int = 200,
                 **context: object) -> Response:
    return render(request, "checkin.html", who=who, status=status, squares=feelings.grid(),
                  regions=feelings.body_map(), anchors=DISTRESS_ANCHORS, reflect=reflect,
                  **{"chosen": {}, **context})


@router.get("/checkin")
def checkin_form(request: Request, who: SignedIn = Depends(page_user)) -> Response:
    return checkin_page(request, who)


@router.get("/checkin/reflect")
def reflect_form(request: Request, who: SignedIn = Depends(page_user)) -> Response:
    """The longer path for calm moments: SIFT (sensations, images, feelings, thoughts)."""
    return checkin_page(request, who, reflect=True)


def parse_distress(raw: str) -> int | None:
    try:
        return parse_distress_value(raw)
    except ValueError as exc:
        raise checkin_flow.CheckinInputError(str(exc)) from None


@router.post("/checkin")
def checkin_submit(
    request: Request, text: str = Form(""), distress: str = Form(""), quadrant: str = Form(""),
    words: list[str] = Form([]), body: list[str] = Form([]), path: str = Form(""),
    sift_sensations: str = Form(""), sift_images: str = Form(""), sift_feelings: str = Form(""),
    sift_thoughts: str = Form(""), csrf: str = CsrfField,
    who: SignedIn = Depends(page_user), ctx: AppContext = Depends(app_context),
) -> Response:
    check_form_token(who, csrf)
    sift = {"sensations": sift_sensations, "images": sift_images, "feelings": sift_feelings,
            "thoughts": sift_thoughts}
    chosen = chosen_from_form(quadrant, words, body, sift)
    if chosen is None and not text.strip():
        return checkin_page(request, who, reflect=path == "reflect", status=422, error=NOTHING_CHOSEN,
                            distress=distress, chosen={}, sift=sift)
    try:
        record = checkin_flow.check_in(ctx.engine, ctx.runtime, who.account.id, who.data_key,
                                       text_for(text, chosen), parse_distress(distress),
                                       chosen=chosen_to_keep(chosen), locale=who.account.locale)
    except checkin_flow.CheckinInputError as exc:
        return checkin_page(request, who, reflect=path == "reflect", status=422, error=str(exc), text=text,
                            distress=distress, chosen=chosen or {}, sift=sift)
    return RedirectResponse(f"/checkins/{record.id}", status_code=303)


@router.get("/checkins/{checkin_id}")
def checkin_detail(checkin_id: str, request: Request, who: SignedIn = Depends(page_user),
                   ctx: AppContext = Depends(app_context)) -> Response:
    with reading(ctx.engine) as conn:
        record = checkin_store.get_checkin(conn, who.account.id, who.data_key, checkin_id)
    if record is None:
        raise HTTPException(404, "No check-in here.")
    return render(request, "checkin_detail.html", who=who, record=record, **named_and_noticed(record.reading))


def named_and_noticed(read: dict[str, Any]) -> dict[str, Any]:
    """The person's own words first; what Attune read from the text only where it adds something."""
    chosen = read.get("chosen") or {}
    named = list(chosen.get("words") or [])
    square = feelings.square_for(chosen.get("quadrant") or "")
    ranked = sorted(read.get("emotions", []), key=lambda e: -float(e.get("score", 0)))
    noticed = [e.get("word") or e.get("label") for e in ranked
               if e.get("label") != "neutral" and float(e.get("score", 0)) >= NOTICED_MIN_SCORE][:3]
    noticed = [w for w in dict.fromkeys(noticed) if w and w not in named]
    named_body = [_body_phrase(c) for c in chosen.get("body") or []]
    noticed_body = [p for p in (_body_phrase(c) for c in read.get("body_cues", [])) if p not in named_body]
    return {"named": named, "square": square, "named_body": named_body, "noticed": noticed,
            "noticed_body": noticed_body}


def _body_phrase(cue: dict[str, Any]) -> str:
    region = feelings.region_for(cue.get("region", ""))
    where = region.label.lower() if region else str(cue.get("region", "")).replace("_", " ")
    return f"{cue['sensation']} ({where})" if cue.get("sensation") else where


@router.get("/history")
def history(request: Request, who: SignedIn = Depends(page_user),
            ctx: AppContext = Depends(app_context)) -> Response:
    with reading(ctx.engine) as conn:
        records = checkin_store.list_checkins(conn, who.account.id, who.data_key, limit=100)
    return render(request, "history.html", who=who, records=records)
