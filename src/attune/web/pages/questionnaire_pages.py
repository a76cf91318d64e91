"""Questionnaire pages: what is due, one questionnaire as radio groups, and the result.

After a PHQ-9 with item 9 above 0 the result page opens with crisis lines, before any score.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from attune.domain import measures
from attune.domain.measures import InvalidAnswers, Measure
from attune.flows import questionnaires as flow
from attune.store import questionnaires as questionnaire_store
from attune.store.engine import reading
from attune.store.sessions import SignedIn
from attune.web.api.questionnaires import measure_or_404, schedule_rows
from attune.web.auth import page_user
from attune.web.context import AppContext, app_context
from attune.web.rendering import check_form_token, render

router = APIRouter(include_in_schema=False)
CADENCE_CHOICES: tuple[tuple[int, str], ...] = (
    (0, "Not on my schedule"), (7, "Every week"), (14, "Every two weeks"), (28, "Every four weeks"),
    (91, "Every three months"),
)


def display(r: questionnaire_store.StoredResponse) -> str:
    m = measures.get_measure(r.name)
    pct = m.percentage_of(r.score)
    return f"{pct}%" if pct is not None else f"{r.score} of {m.max_score}"


def list_page(request: Request, who: SignedIn, ctx: AppContext, status: int = 200, **extra: object) -> Response:
    rows = schedule_rows(ctx, who, who.account.settings)
    with reading(ctx.engine) as conn:
        stored = questionnaire_store.list_responses(conn, who.account.id)
    responses = [{"id": r.id, "name": r.name, "title": measures.get_measure(r.name).title,
                  "created_at": r.created_at, "display": display(r)} for r in reversed(stored)]
    return render(request, "questionnaires.html", who=who, status=status, rows=rows, responses=responses,
                  cadence_choices=CADENCE_CHOICES, **extra)


@router.get("/questionnaires")
def questionnaires(request: Request, who: SignedIn = Depends(page_user),
                   ctx: AppContext = Depends(app_context)) -> Response:
    return list_page(request, who, ctx)


@router.post("/questionnaires/schedule")
async def schedule(request: Request, who: SignedIn = Depends(page_user),
                   ctx: AppContext = Depends(app_context)) -> Response:
    form = await request.form()
    check_form_token(who, str(form.get("csrf", "")))
    chosen: dict[str, int | None] = {}
    for name in measures.measures():
        raw = str(form.get(name, "0"))
        chosen[name] = int(raw) or None if raw.isdigit() and len(raw) <= 3 else None
    try:
        flow.set_cadence(ctx.engine, who.account.id, chosen)
    except ValueError as exc:
        return list_page(request, who, ctx, status=422, error=str(exc))
    return RedirectResponse("/questionnaires", status_code=303)


def form_page(request: Request, who: SignedIn, m: Measure, status: int = 200, **extra: object) -> Response:
    context: dict[str, object] = {"chosen": {}, "missing": (), **extra}
    return render(request, "questionnaire_form.html", who=who, status=status, measure=m, **context)


@router.get("/questionnaires/{name}")
def questionnaire_form(name: str, request: Request, who: SignedIn = Depends(page_user)) -> Response:
    return form_page(request, who, measure_or_404(name))


@router.post("/questionnaires/{name}")
async def questionnaire_submit(name: str, request: Request, who: SignedIn = Depends(page_user),
                               ctx: AppContext = Depends(app_context)) -> Response:
    m = measure_or_404(name)
    form = await request.form()
    check_form_token(who, str(form.get("csrf", "")))
    chosen = {i.number: int(v) for i in m.items if (v := str(form.get(f"item-{i.number}", ""))).isdigit()}
    missing = [i.number for i in m.items if i.number not in chosen]
    if missing:
        words = ", ".join(str(n) for n in missing)
        return form_page(request, who, m, status=422, chosen=chosen, missing=missing,
                         error=f"Please choose an answer for {'question' if len(missing) == 1 else 'questions'} "
                               f"{words}.")
    try:
        done = flow.submit(ctx.engine, who.account.id, who.account.locale, m.name,
                           [chosen[i.number] for i in m.items])
    except InvalidAnswers as exc:
        return form_page(request, who, m, status=422, chosen=chosen, error="; ".join(exc.problems))
    return RedirectResponse(f"/questionnaires/{m.name}/responses/{done.response.id}", status_code=303)


@router.get("/questionnaires/{name}/responses/{response_id}")
def result_page(name: str, response_id: str, request: Request, who: SignedIn = Depends(page_user),
                ctx: AppContext = Depends(app_context)) -> Response:
    m = measure_or_404(name)
    with reading(ctx.engine) as conn:
        stored = questionnaire_store.get_response(conn, who.account.id, m.name, response_id)
    if stored is None:
        raise HTTPException(404, "No answers here.")
    result = measures.score(m.name, stored.answers)
    crisis = flow.crisis_content(who.account.locale, flow.safety_level(result)) if result.safety else None
    top = m.max_value
    subscales = [(s.label, result.subscales[s.key], top * len(s.items)) for s in m.subscales]
    return render(request, "questionnaire_result.html", who=who, measure=m, result=result, stored=stored,
                  crisis=crisis, subscales=subscales)
