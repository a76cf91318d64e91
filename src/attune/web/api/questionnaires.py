"""Questionnaires through the API: answer one, read it back (our JSON or FHIR R4), export, schedule."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import JSONResponse, Response
from pydantic import Field

from attune.domain import fhir, measures
from attune.domain.measures import InvalidAnswers, UnknownMeasure
from attune.flows import progress
from attune.flows import questionnaires as flow
from attune.store import questionnaires as questionnaire_store
from attune.store import shares as share_store
from attune.store.engine import reading
from attune.store.questionnaires import StoredResponse
from attune.store.sessions import SignedIn
from attune.web.api import export
from attune.web.api.schemas import Strict
from attune.web.auth import api_user
from attune.web.context import AppContext, app_context

router = APIRouter(prefix="/api/v1", tags=["questionnaires"])
FHIR_JSON = "application/fhir+json"


class AnswersIn(Strict):
    # Item values are checked by the measure itself, so the message can name each item.
    answers: list[Any] = Field(max_length=100)


class ScheduleIn(Strict):
    cadence: dict[str, int | None] = Field(max_length=20)


def measure_or_404(name: str) -> measures.Measure:
    try:
        return measures.get_measure(name)
    except UnknownMeasure:
        raise HTTPException(404, f"No questionnaire called '{name[:40]}'.") from None


def response_json(stored: StoredResponse) -> dict[str, Any]:
    result = measures.score(stored.name, stored.answers)
    return {"id": stored.id, "created_at": stored.created_at.isoformat(), "answers": list(stored.answers),
            **result.to_json()}


def fhir_response(stored: StoredResponse) -> dict[str, Any]:
    return fhir.questionnaire_response(stored.name, stored.answers, measures.score(stored.name, stored.answers),
                                       stored.id, stored.created_at)


def today_for(who: SignedIn) -> Any:
    return datetime.now(progress.person_zone(who.account.settings)).date()


def schedule_rows(ctx: AppContext, who: SignedIn, settings: dict[str, Any]) -> list[dict[str, Any]]:
    zone = progress.person_zone(settings)
    with reading(ctx.engine) as conn:
        last = {k: v.astimezone(zone) for k, v in questionnaire_store.last_taken(conn, who.account.id).items()}
    return flow.due_list(settings, last, today_for(who))


@router.get("/questionnaires")
def list_questionnaires(who: SignedIn = Depends(api_user), ctx: AppContext = Depends(app_context)) -> dict[str, Any]:
    return {"items": schedule_rows(ctx, who, who.account.settings),
            "cadence": flow.chosen_cadence(who.account.settings)}


@router.put("/questionnaires/schedule")
def set_schedule(body: ScheduleIn, who: SignedIn = Depends(api_user),
                 ctx: AppContext = Depends(app_context)) -> dict[str, Any]:
    try:
        cadence = flow.set_cadence(ctx.engine, who.account.id, body.cadence)
    except UnknownMeasure as exc:
        raise HTTPException(422, str(exc)) from None
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    settings = {**who.account.settings, flow.CADENCE_SETTING: cadence}
    return {"items": schedule_rows(ctx, who, settings), "cadence": cadence}


@router.get("/questionnaires/responses")
def all_responses(
    format: str = Query("json", pattern="^(json|csv|fhir)$"), who: SignedIn = Depends(api_user),
    ctx: AppContext = Depends(app_context),
) -> Response:
    with reading(ctx.engine) as conn:
        stored = questionnaire_store.list_responses(conn, who.account.id)
    if format == "csv":
        return Response(responses_csv(stored), media_type="text/csv",
                        headers={"content-disposition": 'attachment; filename="attune-questionnaires.csv"'})
    if format == "fhir":
        return JSONResponse(fhir_bundle(stored), media_type=FHIR_JSON)
    return JSONResponse({"items": [response_json(r) for r in stored]})


def responses_csv(stored: list[StoredResponse]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "measure", "created_at", "score", "percentage", "band", "subscales", "safety", "answers"])
    for r in stored:
        result = measures.score(r.name, r.answers)
        writer.writerow([
            r.id, r.name, r.created_at.isoformat(), result.score, result.percentage if result.percentage else "",
            result.band.label if result.band else "", ";".join(f"{k}={v}" for k, v in result.subscales.items()),
            "yes" if r.safety else "no", " ".join(str(a) for a in r.answers),
        ])
    return out.getvalue()


def fhir_bundle(stored: list[StoredResponse]) -> dict[str, Any]:
    return {
        "resourceType": "Bundle", "type": "collection", "timestamp": fhir.fhir_datetime(datetime.now().astimezone()),
        "entry": [{"fullUrl": f"urn:uuid:{uuid.UUID(r.id)}", "resource": fhir_response(r)} for r in stored],
    }


@router.get("/questionnaires/{name}")
def questionnaire(name: str, format: str = Query("json", pattern="^(json|fhir)$"),
                  who: SignedIn = Depends(api_user)) -> Response:
    m = measure_or_404(name)
    if format == "fhir":
        return JSONResponse(fhir.questionnaire(m.name), media_type=FHIR_JSON)
    return JSONResponse({
        "name": m.name, "title": m.title, "long_title": m.long_title, "instructions": m.instructions,
        "time_frame": m.time_frame, "copyright": m.source.copyright,
        "options": [{"value": o.value, "text": o.text} for o in m.options],
        "items": [{"number": i.number, "text": i.text} for i in m.items],
    })


@router.post("/questionnaires/{name}/responses", status_code=201)
def answer(name: str, body: AnswersIn, who: SignedIn = Depends(api_user),
           ctx: AppContext = Depends(app_context)) -> Response:
    measure_or_404(name)
    try:
        done = flow.submit(ctx.engine, who.account.id, who.account.locale, name, body.answers)
    except InvalidAnswers as exc:
        problems = [p[:120] for p in exc.problems]  # never echo a long submitted value back
        return JSONResponse({"error": "These answers don't fit the questionnaire: " + "; ".join(problems) + ".",
                             "problems": problems}, status_code=422)
    made = {"id": done.response.id, "created_at": done.response.created_at.isoformat(), **done.result.to_json()}
    if done.crisis is not None:
        made["crisis"] = done.crisis
    return JSONResponse(made, status_code=201)


@router.get("/questionnaires/{name}/responses/{response_id}")
def one_response(name: str, response_id: str, format: str = Query("json", pattern="^(json|fhir)$"),
                 who: SignedIn = Depends(api_user), ctx: AppContext = Depends(app_context)) -> Response:
    measure_or_404(name)
    with reading(ctx.engine) as conn:
        stored = questionnaire_store.get_response(conn, who.account.id, name, response_id)
    if stored is None:
        raise HTTPException(404, "No response with that id.")
    if format == "fhir":
        return JSONResponse(fhir_response(stored), media_type=FHIR_JSON)
    return JSONResponse(response_json(stored))


# --- the person's full export ----------------------------------------------------------------------


def export_sections(ctx: AppContext, who: SignedIn) -> dict[str, Any]:
    with reading(ctx.engine) as conn:
        stored = questionnaire_store.list_responses(conn, who.account.id)
        made = share_store.list_person_shares(conn, who.account.id)
    return {"questionnaire_responses": [response_json(r) for r in stored],
            "questionnaire_responses_fhir": fhir_bundle(stored), "shares": made}


export.EXPORT_SECTIONS.append(export_sections)
