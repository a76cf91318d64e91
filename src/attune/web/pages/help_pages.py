"""The help page: crisis lines first, reachable signed in or not, and offline."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from attune.store.sessions import SignedIn
from attune.web.auth import page_user_optional
from attune.web.rendering import render

router = APIRouter(include_in_schema=False)


@router.get("/help")
def help_page(request: Request, who: SignedIn | None = Depends(page_user_optional)) -> Response:
    return render(request, "help.html", who=who)
