"""Accounts and tokens for API clients."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request, Response

from attune.store import accounts, sessions, throttle
from attune.store.engine import forget_deleted_bytes, reading, writing
from attune.store.sessions import SignedIn
from attune.web.api.schemas import AccountIn, TokenIn
from attune.web.auth import api_user
from attune.web.context import AppContext, app_context

router = APIRouter(prefix="/api/v1", tags=["accounts"])


@router.post("/accounts", status_code=201)
def create_account(body: AccountIn, ctx: AppContext = Depends(app_context)) -> dict[str, object]:
    try:
        with writing(ctx.engine) as conn:
            made = accounts.create_account(conn, body.username, body.password, body.role, ctx.settings.kdf)
    except accounts.UsernameTaken as exc:
        raise HTTPException(409, str(exc)) from None
    except accounts.AccountError as exc:
        raise HTTPException(422, str(exc)) from None
    return {"id": made.account.id, "username": made.account.username, "role": made.account.role,
            "recovery_key": made.recovery_key}


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def sign_in(ctx: AppContext, username: str, password: str, address: str, kind: str) -> str:
    """A new session token, or an HTTPException with one answer for every failure."""
    name = username.strip().lower()
    with writing(ctx.engine) as conn:
        if throttle.is_blocked(conn, "account", name) or throttle.is_blocked(conn, "address", address):
            raise HTTPException(429, "Too many attempts. Please wait a few minutes and try again.")
    try:
        with reading(ctx.engine) as conn:
            account, key, row = accounts.check_password(conn, username, password, ctx.settings.kdf)
        if accounts.needs_upgrade(row, ctx.settings.kdf):
            with writing(ctx.engine) as conn:
                accounts.set_password(conn, account.id, password, key, ctx.settings.kdf)
        with writing(ctx.engine) as conn:
            throttle.clear(conn, "account", name)
            return sessions.start_session(conn, account.id, key, kind, ctx.settings.session_days)
    except accounts.BadCredentials as exc:
        with writing(ctx.engine) as conn:
            throttle.record_failure(conn, "account", name)
            throttle.record_failure(conn, "address", address)
        raise HTTPException(401, str(exc)) from None


@router.post("/tokens")
def create_token(body: TokenIn, request: Request, ctx: AppContext = Depends(app_context)) -> dict[str, str]:
    token = sign_in(ctx, body.username, body.password, client_address(request), "api")
    return {"token": token, "token_type": "bearer"}


@router.delete("/tokens/current", status_code=204)
def revoke_token(who: SignedIn = Depends(api_user), ctx: AppContext = Depends(app_context)) -> Response:
    with writing(ctx.engine) as conn:
        sessions.end_session(conn, who.session_id)
    return Response(status_code=204)


@router.post("/sessions/revoke-all", status_code=204)
def sign_out_everywhere(who: SignedIn = Depends(api_user), ctx: AppContext = Depends(app_context)) -> Response:
    with writing(ctx.engine) as conn:
        sessions.end_all_sessions(conn, who.account.id)
    return Response(status_code=204)


@router.delete("/account", status_code=204)
def delete_account(who: SignedIn = Depends(api_user), ctx: AppContext = Depends(app_context)) -> Response:
    with writing(ctx.engine) as conn:
        accounts.delete_account(conn, who.account.id)
    forget_deleted_bytes(ctx.engine)
    return Response(status_code=204)
