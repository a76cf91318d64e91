"""Who is asking: a bearer token for the API, an HttpOnly cookie for pages."""

from __future__ import annotations

from fastapi import Depends, HTTPException, Request

from attune.store import sessions
from attune.store.engine import reading, writing
from attune.store.sessions import SignedIn
from attune.web.context import AppContext, app_context

COOKIE = "attune_session"


def _resolve(ctx: AppContext, token: str, kind: str) -> SignedIn | None:
    with reading(ctx.engine) as conn:
        who = sessions.resolve(conn, token, kind)
    if who is not None and who.stale:
        with writing(ctx.engine) as conn:
            sessions.touch(conn, who.session_id)
    return who


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def api_user(request: Request, ctx: AppContext = Depends(app_context)) -> SignedIn:
    token = bearer_token(request)
    who = _resolve(ctx, token, "api") if token else None
    if who is None:
        raise HTTPException(401, "Please sign in again: this token is missing, expired or not valid.",
                            headers={"WWW-Authenticate": "Bearer"})
    return who


def page_user_optional(request: Request, ctx: AppContext = Depends(app_context)) -> SignedIn | None:
    token = request.cookies.get(COOKIE)
    return _resolve(ctx, token, "cookie") if token else None


class SignInRequired(Exception):
    """Raised by page handlers; the app turns it into a redirect to the sign-in page."""


def page_user(who: SignedIn | None = Depends(page_user_optional)) -> SignedIn:
    if who is None:
        raise SignInRequired()
    return who
