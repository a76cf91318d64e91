"""The person's own safety plan, and the record of every time Attune noticed risk."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException

from attune.safety.safety_plan import SafetyPlan, SafetyPlanError
from attune.store import safety as safety_store
from attune.store.engine import reading, writing
from attune.store.sessions import SignedIn
from attune.web.auth import api_user
from attune.web.context import AppContext, app_context

router = APIRouter(prefix="/api/v1", tags=["safety"])


@router.get("/safety-plan")
def get_plan(who: SignedIn = Depends(api_user), ctx: AppContext = Depends(app_context)) -> dict[str, Any]:
    with reading(ctx.engine) as conn:
        plan = safety_store.load_plan(conn, who.account.id, who.data_key)
    return SafetyPlan.from_dict(plan or {}).to_dict()


@router.put("/safety-plan")
def put_plan(body: dict[str, list[str]], who: SignedIn = Depends(api_user),
             ctx: AppContext = Depends(app_context)) -> dict[str, Any]:
    try:
        plan = SafetyPlan.from_dict(body)
    except SafetyPlanError as exc:
        raise HTTPException(422, f"The safety plan could not be saved: {exc}.") from None
    with writing(ctx.engine) as conn:
        safety_store.save_plan(conn, who.account.id, who.data_key, plan.to_dict())
    return plan.to_dict()


@router.get("/safety-events")
def events(who: SignedIn = Depends(api_user), ctx: AppContext = Depends(app_context)) -> dict[str, Any]:
    with reading(ctx.engine) as conn:
        return {"items": safety_store.list_events(conn, who.account.id)}
