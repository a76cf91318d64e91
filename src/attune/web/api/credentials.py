"""Changing the password and recovering with the recovery key.

Both keep the data key (so everything written stays readable) and end the other sessions: a new
password is often chosen because the old one may be known to someone else.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from sqlalchemy import Connection

from attune.store import accounts, sessions, throttle
from attune.store.engine import forget_deleted_bytes, writing
from attune.store.sessions import SignedIn
from attune.web.api.accounts import client_address
from attune.web.api.schemas import PasswordChangeIn, RecoverIn
from attune.web.auth import api_user
from attune.web.context import AppContext, app_context

router = APIRouter(prefix="/api/v1", tags=["accounts"])
TOO_MANY = "Too many attempts. Please wait a few minutes and try again."


def change_password(ctx: AppContext, who: SignedIn, current: str, new: str, address: str) -> None:
    """Re-wrap the data key under the new password and sign out every other session."""

    def change(conn: Connection) -> None:
        accounts.change_password(conn, who.account.id, current, new, ctx.settings.kdf)
        sessions.end_other_sessions(conn, who.account.id, who.session_id)

    with_password_check(ctx, who, address, change)


def delete_with_password(ctx: AppContext, who: SignedIn, password: str, address: str) -> None:
    def delete(conn: Connection) -> None:
        accounts.confirm_password(conn, who.account.id, password, ctx.settings.kdf)
        accounts.delete_account(conn, who.account.id)

    with_password_check(ctx, who, address, delete)
    forget_deleted_bytes(ctx.engine)


def with_password_check(ctx: AppContext, who: SignedIn, address: str, action: Callable[[Connection], None]) -> None:
    """Run `action` in one transaction; a wrong password counts towards sign-in throttling."""
    name = who.account.username
    with writing(ctx.engine) as conn:
        if throttle.is_blocked(conn, "account", name) or throttle.is_blocked(conn, "address", address):
            raise HTTPException(429, TOO_MANY)
    try:
        with writing(ctx.engine) as conn:
            action(conn)
    except accounts.BadCredentials as exc:
        with writing(ctx.engine) as conn:
            throttle.record_failure(conn, "account", name)
            throttle.record_failure(conn, "address", address)
        raise HTTPException(403, str(exc)) from None
    except accounts.AccountError as exc:
        raise HTTPException(422, str(exc)) from None


def recover_access(ctx: AppContext, username: str, recovery_key: str, new_password: str, address: str) -> None:
    """Set a new password with the recovery key and sign out every session the account had."""
    with writing(ctx.engine) as conn:
        if throttle.is_blocked(conn, "address", address):
            raise HTTPException(429, TOO_MANY)
    try:
        with writing(ctx.engine) as conn:
            account = accounts.recover(conn, username, recovery_key, new_password, ctx.settings.kdf)
            sessions.end_all_sessions(conn, account.id)
            throttle.clear(conn, "account", account.username)
    except accounts.BadCredentials as exc:
        with writing(ctx.engine) as conn:
            throttle.record_failure(conn, "address", address)
        raise HTTPException(401, str(exc)) from None
    except accounts.AccountError as exc:
        raise HTTPException(422, str(exc)) from None


@router.post("/account/password", status_code=204)
def new_password(body: PasswordChangeIn, request: Request, who: SignedIn = Depends(api_user),
                 ctx: AppContext = Depends(app_context)) -> Response:
    change_password(ctx, who, body.current_password, body.new_password, client_address(request))
    return Response(status_code=204)


@router.post("/account/recover", status_code=204)
def recover(body: RecoverIn, request: Request, ctx: AppContext = Depends(app_context)) -> Response:
    recover_access(ctx, body.username, body.recovery_key, body.new_password, client_address(request))
    return Response(status_code=204)
