"""The safety plan page: written in a calm moment, shown back in a hard one."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from attune.safety.safety_plan import SECTION_TITLES, SafetyPlan, SafetyPlanError
from attune.store import safety as safety_store
from attune.store.engine import reading, writing
from attune.store.sessions import SignedIn
from attune.web.auth import page_user
from attune.web.context import AppContext, app_context
from attune.web.rendering import check_form_token, render

router = APIRouter(include_in_schema=False)

PROMPTS = {
    "warning_signs": "Thoughts, feelings or situations that tell you a hard time may be starting.",
    "internal_coping": "Things you can do on your own to take your mind off things for a while.",
    "distraction_people_places": "People and places that help you feel a little better.",
    "people_to_ask": "People you can reach out to and ask for help.",
    "professionals": "Your therapist, doctor or a service you can contact.",
    "crisis_lines_note": "Crisis lines you want close at hand (the help page lists them too).",
    "making_safe": "Ways to make your surroundings safer, such as putting things out of reach.",
    "reasons_for_living": "What matters to you and is worth staying for.",
}


def load_plan(ctx: AppContext, who: SignedIn) -> SafetyPlan:
    with reading(ctx.engine) as conn:
        stored = safety_store.load_plan(conn, who.account.id, who.data_key)
    return SafetyPlan.from_dict(stored or {})


@router.get("/safety-plan")
def plan_page(request: Request, who: SignedIn = Depends(page_user),
              ctx: AppContext = Depends(app_context)) -> Response:
    return render(request, "safety_plan.html", who=who, plan=load_plan(ctx, who).to_dict(),
                  titles=SECTION_TITLES, prompts=PROMPTS)


@router.post("/safety-plan")
async def save_plan_page(request: Request, who: SignedIn = Depends(page_user),
                         ctx: AppContext = Depends(app_context)) -> Response:
    form = await request.form()
    check_form_token(who, str(form.get("csrf", "")))
    raw = {key: str(form.get(key, "")).splitlines() for key in SECTION_TITLES}
    try:
        plan = SafetyPlan.from_dict(raw)
    except SafetyPlanError as exc:
        return render(request, "safety_plan.html", who=who, plan=raw, titles=SECTION_TITLES, prompts=PROMPTS,
                      status=422, error=f"Your plan could not be saved yet: {exc}.")
    with writing(ctx.engine) as conn:
        safety_store.save_plan(conn, who.account.id, who.data_key, plan.to_dict())
    return RedirectResponse("/safety-plan?saved=1", status_code=303)
