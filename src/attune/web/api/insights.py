"""What a person's history suggests, as JSON: the summary sentences and the numbers behind the charts."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends

from attune.domain import insights as ins
from attune.flows import progress
from attune.store.engine import reading
from attune.store.sessions import SignedIn
from attune.web.auth import api_user
from attune.web.context import AppContext, app_context

router = APIRouter(prefix="/api/v1", tags=["insights"])


def person_history(ctx: AppContext, who: SignedIn) -> progress.History:
    with reading(ctx.engine) as conn:
        return progress.load_history(conn, who.account.id, progress.person_zone(who.account.settings))


@router.get("/insights")
def insights(who: SignedIn = Depends(api_user), ctx: AppContext = Depends(app_context)) -> dict[str, Any]:
    history = person_history(ctx, who)
    return {
        "summary": ins.summary_sentences(history.checkins, history.practices, history.scores),
        "charts": [{"name": name, "summary": c.summary} for name, c in progress.all_charts(history).items()],
        "data": progress.insights_data(history),
    }
