"""The account page: download everything, change the password, sign out everywhere, delete the account."""

from __future__ import annotations

import json

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from attune.store import sessions
from attune.store.engine import writing
from attune.store.sessions import SignedIn
from attune.web.api.accounts import client_address
from attune.web.api.credentials import change_password, delete_with_password
from attune.web.api.export import checkins_csv, export_everything
from attune.web.auth import COOKIE, page_user
from attune.web.context import AppContext, app_context
from attune.web.rendering import CsrfField, check_form_token, render

router = APIRouter(include_in_schema=False)


@router.get("/account")
def account_page(request: Request, who: SignedIn = Depends(page_user)) -> Response:
    return render(request, "account.html", who=who)


@router.get("/account/export")
def download(format: str = Query("json", pattern="^(json|csv)$"), who: SignedIn = Depends(page_user),
             ctx: AppContext = Depends(app_context)) -> Response:
    data = export_everything(ctx, who)
    if format == "csv":
        body, media, name = checkins_csv(data["checkins"]), "text/csv", "attune-checkins.csv"
    else:
        body, media, name = json.dumps(data, ensure_ascii=False, indent=1), "application/json", "attune-export.json"
    return Response(body, media_type=media, headers={"content-disposition": f'attachment; filename="{name}"'})


@router.post("/account/password")
def new_password(request: Request, current_password: str = Form(""), new_password: str = Form(""),
                 csrf: str = CsrfField, who: SignedIn = Depends(page_user),
                 ctx: AppContext = Depends(app_context)) -> Response:
    check_form_token(who, csrf)
    try:
        change_password(ctx, who, current_password, new_password, client_address(request))
    except HTTPException as exc:
        return render(request, "account.html", who=who, status=exc.status_code, password_error=exc.detail)
    return render(request, "account.html", who=who,
                  notice="Your new password is set. Every other device has been signed out.")


@router.post("/account/signout-everywhere")
def sign_out_everywhere(csrf: str = CsrfField, who: SignedIn = Depends(page_user),
                        ctx: AppContext = Depends(app_context)) -> Response:
    check_form_token(who, csrf)
    with writing(ctx.engine) as conn:
        sessions.end_all_sessions(conn, who.account.id)
    return signed_out(RedirectResponse("/signin", status_code=303))


@router.post("/account/delete")
def delete_account(request: Request, password: str = Form(""), csrf: str = CsrfField,
                   who: SignedIn = Depends(page_user), ctx: AppContext = Depends(app_context)) -> Response:
    check_form_token(who, csrf)
    try:
        delete_with_password(ctx, who, password, client_address(request))
    except HTTPException as exc:
        return render(request, "account.html", who=who, status=exc.status_code, delete_error=exc.detail)
    return signed_out(render(request, "account_deleted.html"))


def signed_out(response: Response) -> Response:
    response.delete_cookie(COOKIE, path="/")
    return response
