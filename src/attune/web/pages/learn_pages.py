"""Pages that work for everyone, signed in or not, and offline once seen: /learn and the /pacer."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from attune.store.sessions import SignedIn
from attune.web.auth import page_user_optional
from attune.web.pacer_params import describe, plan_from_query
from attune.web.rendering import render

router = APIRouter(include_in_schema=False)


@router.get("/learn")
def learn(request: Request, who: SignedIn | None = Depends(page_user_optional)) -> Response:
    """The window of tolerance and "name it to tame it", readable in a minute."""
    return render(request, "learn.html", who=who)


@router.get("/pacer")
def pacer(request: Request, who: SignedIn | None = Depends(page_user_optional)) -> Response:
    """A breathing pacer: /pacer?inhale=4&hold=0&exhale=6&rest=0&top_up=0&cycles=10 (seconds, 0.1 s steps)."""
    plan = plan_from_query(request.query_params)
    return render(request, "pacer.html", who=who, pacer=plan.to_json(), pacer_text=describe(plan.phases, plan.cycles),
                  pacer_from_url=True, problems=plan.problems, status=422 if plan.problems else 200)
