"""The insights page: six server-drawn charts, each with its summary in words beside it."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from attune.domain import insights as ins
from attune.flows import progress
from attune.store.sessions import SignedIn
from attune.web.api.insights import person_history
from attune.web.auth import page_user
from attune.web.context import AppContext, app_context
from attune.web.rendering import render

router = APIRouter(include_in_schema=False)


@router.get("/insights")
def insights(request: Request, who: SignedIn = Depends(page_user),
             ctx: AppContext = Depends(app_context)) -> Response:
    history = person_history(ctx, who)
    summary = ins.summary_sentences(history.checkins, history.practices, history.scores)
    return render(request, "insights.html", who=who, summary=summary, charts=progress.all_charts(history),
                  titles=progress.CHART_TITLES)
