"""The first five minutes after sign-up: what Attune is and is not, the person's country, their window signs.

Every step can be skipped; finishing or skipping marks users.onboarded_at. The same country and
window-signs forms live on /settings, so nothing said here is final.
"""

from __future__ import annotations

import json

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from attune.store import accounts, person
from attune.store.engine import reading, writing
from attune.store.ids import now
from attune.store.sessions import SignedIn
from attune.web.auth import page_user
from attune.web.context import AppContext, app_context
from attune.web.rendering import CsrfField, check_form_token, render

router = APIRouter(include_in_schema=False)

COUNTRIES: tuple[tuple[str, str], ...] = (
    ("US", "United States"), ("GB", "United Kingdom"), ("IE", "Ireland"), ("CA", "Canada"),
    ("AU", "Australia"), ("NZ", "New Zealand"), ("IN", "India"), ("DE", "Germany"), ("FR", "France"),
    ("OTHER", "Somewhere else"),
)
COUNTRY_CODES = frozenset(code for code, _ in COUNTRIES)
MAX_SIGNS = 1000
STEPS = ("about", "country", "window")


def save_locale(ctx: AppContext, who: SignedIn, code: str) -> bool:
    """False (and nothing saved) for anything but one of COUNTRY_CODES."""
    if code not in COUNTRY_CODES:
        return False
    with writing(ctx.engine) as conn:
        accounts.update_profile(conn, who.account.id, locale=code)
    return True


def save_signs(ctx: AppContext, who: SignedIn, above: str, below: str, keep_empty: bool = False) -> None:
    """The person's own words for being above and below their window, sealed with their key.

    Two empty boxes save nothing during onboarding; on /settings they clear what was there.
    """
    signs = {"above": above.strip()[:MAX_SIGNS], "below": below.strip()[:MAX_SIGNS]}
    if not any(signs.values()) and not keep_empty:
        return
    with writing(ctx.engine) as conn:
        person.save_window_signs(conn, who.account.id, who.data_key, signs)


def load_signs(ctx: AppContext, who: SignedIn) -> dict[str, str]:
    with reading(ctx.engine) as conn:
        return person.load_window_signs(conn, who.account.id, who.data_key)


def mark_onboarded(ctx: AppContext, who: SignedIn) -> None:
    if who.account.onboarded:
        return
    with writing(ctx.engine) as conn:
        accounts.update_profile(conn, who.account.id, onboarded_at=now())


def update_settings(ctx: AppContext, who: SignedIn, **values: object) -> dict[str, object]:
    """Merge small plain settings (time zone, quiet hours) into users.settings_json."""
    merged = {**who.account.settings, **values}
    with writing(ctx.engine) as conn:
        accounts.update_profile(conn, who.account.id, settings_json=json.dumps(merged))
    return merged


def step_page(request: Request, who: SignedIn, step: str, status: int = 200, **context: object) -> Response:
    return render(request, f"onboarding_{step}.html", who=who, status=status, step=STEPS.index(step) + 1,
                  steps=len(STEPS), countries=COUNTRIES, **context)


@router.get("/onboarding")
def about(request: Request, who: SignedIn = Depends(page_user)) -> Response:
    return step_page(request, who, "about")


@router.get("/onboarding/country")
def country_form(request: Request, who: SignedIn = Depends(page_user)) -> Response:
    return step_page(request, who, "country", locale=who.account.locale)


@router.post("/onboarding/country")
def country_submit(request: Request, locale: str = Form(""), csrf: str = CsrfField,
                   who: SignedIn = Depends(page_user), ctx: AppContext = Depends(app_context)) -> Response:
    check_form_token(who, csrf)
    if locale and not save_locale(ctx, who, locale):
        return step_page(request, who, "country", status=422, locale=None,
                         error="Please choose one of the countries listed, or skip this step.")
    return RedirectResponse("/onboarding/window", status_code=303)


@router.get("/onboarding/window")
def window_form(request: Request, who: SignedIn = Depends(page_user),
                ctx: AppContext = Depends(app_context)) -> Response:
    return step_page(request, who, "window", signs=load_signs(ctx, who))


@router.post("/onboarding/window")
def window_submit(above: str = Form(""), below: str = Form(""), action: str = Form("save"),
                  csrf: str = CsrfField, who: SignedIn = Depends(page_user),
                  ctx: AppContext = Depends(app_context)) -> Response:
    check_form_token(who, csrf)
    if action != "skip":
        save_signs(ctx, who, above, below)
    mark_onboarded(ctx, who)
    return RedirectResponse("/onboarding/done", status_code=303)


@router.post("/onboarding/finish")
def finish(csrf: str = CsrfField, who: SignedIn = Depends(page_user),
           ctx: AppContext = Depends(app_context)) -> Response:
    """'Skip the rest': nothing more is asked, and the person goes straight to checking in."""
    check_form_token(who, csrf)
    mark_onboarded(ctx, who)
    return RedirectResponse("/checkin", status_code=303)


@router.get("/onboarding/done")
def done(request: Request, who: SignedIn = Depends(page_user)) -> Response:
    return render(request, "onboarding_done.html", who=who)
