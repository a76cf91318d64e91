"""Jinja2 templates with the signed-in person and their form token always at hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Form, HTTPException, Request
from fastapi.templating import Jinja2Templates
from starlette.responses import Response

from attune.store.crypto import csrf_token_for
from attune.store.sessions import SignedIn

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


def render(request: Request, name: str, who: SignedIn | None = None, status: int = 200,
           **context: Any) -> Response:
    csrf = csrf_token_for(who.token) if who else ""
    return TEMPLATES.TemplateResponse(
        request, name, {"who": who, "csrf": csrf, **context}, status_code=status
    )


def check_form_token(who: SignedIn, token: str) -> None:
    import hmac

    if not hmac.compare_digest(csrf_token_for(who.token), token or ""):
        raise HTTPException(403, "This form has expired. Please go back, reload the page and try again.")


CsrfField = Form("", alias="csrf")
