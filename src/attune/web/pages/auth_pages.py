"""Sign up (with the recovery key shown once), sign in, sign out, recover."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from attune.store import accounts, sessions
from attune.store.engine import writing
from attune.store.sessions import SignedIn
from attune.web.api.accounts import client_address, sign_in
from attune.web.api.credentials import recover_access
from attune.web.auth import COOKIE, page_user, page_user_optional
from attune.web.context import AppContext, app_context
from attune.web.rendering import CsrfField, check_form_token, render

router = APIRouter(include_in_schema=False)


def with_session_cookie(response: Response, token: str, ctx: AppContext) -> Response:
    response.set_cookie(
        COOKIE, token, httponly=True, samesite="lax", secure=ctx.settings.secure_cookies,
        max_age=ctx.settings.session_days * 86400, path="/",
    )
    return response


@router.get("/")
def home(request: Request, who: SignedIn | None = Depends(page_user_optional)) -> Response:
    if who is not None:
        return RedirectResponse(start_page(who), status_code=303)
    return render(request, "welcome.html")


def start_page(who: SignedIn) -> str:
    """Therapists start at their dashboard; a person at the check-in, or onboarding until it is done."""
    if who.account.role == "therapist":
        return "/therapist"
    return "/checkin" if who.account.onboarded else "/onboarding"


@router.get("/signup")
def signup_form(request: Request) -> Response:
    return render(request, "signup.html")


@router.post("/signup")
def signup(request: Request, username: str = Form(""), password: str = Form(""),
           ctx: AppContext = Depends(app_context)) -> Response:
    return sign_up(request, ctx, username, password, "person", "signup.html")


def sign_up(request: Request, ctx: AppContext, username: str, password: str, role: str, form: str,
            next_url: str | None = None) -> Response:
    """A new account signed in at once, then its recovery key shown on the one page that ever shows it."""
    try:
        with writing(ctx.engine) as conn:
            made = accounts.create_account(conn, username, password, role, ctx.settings.kdf)
            token = sessions.start_session(conn, made.account.id, made.data_key, "cookie",
                                           ctx.settings.session_days)
    except accounts.AccountError as exc:
        return render(request, form, status=422, error=str(exc), username=username)
    who = SignedIn(made.account, "", token, made.data_key)
    response = render(request, "recovery_key.html", who=who, recovery_key=made.recovery_key, next_url=next_url)
    return with_session_cookie(response, token, ctx)


@router.get("/signin")
def signin_form(request: Request) -> Response:
    return render(request, "signin.html")


@router.post("/signin")
def signin(request: Request, username: str = Form(""), password: str = Form(""),
           ctx: AppContext = Depends(app_context)) -> Response:
    try:
        token = sign_in(ctx, username, password, client_address(request), "cookie")
    except HTTPException as exc:
        return render(request, "signin.html", status=exc.status_code, error=exc.detail, username=username)
    return with_session_cookie(RedirectResponse("/", status_code=303), token, ctx)


@router.post("/signout")
def signout(csrf: str = CsrfField, who: SignedIn = Depends(page_user),
            ctx: AppContext = Depends(app_context)) -> Response:
    check_form_token(who, csrf)
    with writing(ctx.engine) as conn:
        sessions.end_session(conn, who.session_id)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


@router.get("/recover")
def recover_form(request: Request) -> Response:
    return render(request, "recover.html")


@router.post("/recover")
def recover(request: Request, username: str = Form(""), recovery_key: str = Form(""),
            password: str = Form(""), ctx: AppContext = Depends(app_context)) -> Response:
    try:
        recover_access(ctx, username, recovery_key, password, client_address(request))
    except HTTPException as exc:
        return render(request, "recover.html", status=exc.status_code, error=exc.detail, username=username)
    response = render(request, "signin.html", notice="Your new password is set. Please sign in.")
    response.delete_cookie(COOKIE, path="/")
    return response
