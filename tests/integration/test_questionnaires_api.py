"""Questionnaires through the API, on SQLite and on PostgreSQL: scoring, refusals, safety, FHIR and CSV."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, update

from attune.domain.language_check import problems
from attune.store.schema import users
from tests.integration.conftest import Api

r4_response = pytest.importorskip("fhir.resources.R4B.questionnaireresponse")
r4_bundle = pytest.importorskip("fhir.resources.R4B.bundle")
r4_questionnaire = pytest.importorskip("fhir.resources.R4B.questionnaire")

PHQ9_CALM = [0, 0, 0, 0, 0, 0, 0, 0, 0]


def answer(person: Api, name: str, answers: list[Any]) -> Any:
    return person.post(f"/api/v1/questionnaires/{name}/responses", json={"answers": answers})


def safety_events(person: Api) -> list[dict[str, Any]]:
    return list(person.get("/api/v1/export").json()["safety_events"])


def test_a_phq9_is_scored_with_its_band(owner: Api) -> None:
    made = answer(owner, "phq9", [1, 2, 1, 1, 2, 1, 1, 1, 0])
    assert made.status_code == 201, made.text
    body = made.json()
    assert body["id"] and body["score"] == 10
    assert body["band"]["key"] == "moderate"
    assert body["safety"] is False and "crisis" not in body
    assert not problems(body["summary"])


def test_gad7_and_who5_are_scored(owner: Api) -> None:
    gad = answer(owner, "gad7", [3, 3, 3, 3, 3, 0, 0]).json()
    assert gad["score"] == 15 and gad["band"]["key"] == "severe"
    who = answer(owner, "who5", [2, 2, 2, 2, 2]).json()
    assert who["score"] == 10 and who["percentage"] == 40 and who["band"] is not None


def test_ders16_gives_subscales_and_no_band(owner: Api) -> None:
    body = answer(owner, "ders16", [1, 2] + [3] * 14).json()
    assert body["score"] == 3 + 14 * 3
    assert body["band"] is None
    assert body["subscales"]["clarity"] == 3
    assert set(body["subscales"]) == {"clarity", "goals", "impulse", "strategies", "nonacceptance"}


def test_the_wrong_number_of_answers_gets_a_clear_422(owner: Api) -> None:
    got = answer(owner, "phq9", [1, 1, 1])
    assert got.status_code == 422
    assert "expected 9 answers" in got.json()["error"]


def test_out_of_range_and_wrong_types_get_a_422_naming_each_item(owner: Api) -> None:
    got = answer(owner, "phq9", [0, 4, 0, -1, 0, "two", 0, True, 1.5])
    assert got.status_code == 422
    listed = got.json()["problems"]
    assert [p.split(" must")[0] for p in listed] == ["item 2", "item 4", "item 6", "item 8", "item 9"]
    assert owner.get("/api/v1/questionnaires/responses").json()["items"] == []


@pytest.mark.parametrize("body", [{"answers": "1,2,3"}, {"answers": [0] * 9, "extra": 1}, {}, [0] * 9])
def test_a_malformed_body_gets_422(owner: Api, body: Any) -> None:
    assert owner.post("/api/v1/questionnaires/phq9/responses", json=body).status_code == 422


def test_an_unknown_questionnaire_is_404(owner: Api) -> None:
    assert answer(owner, "beck", [1, 2, 3]).status_code == 404
    assert owner.get("/api/v1/questionnaires/beck").status_code == 404
    assert owner.get(f"/api/v1/questionnaires/beck/responses/{'0' * 32}").status_code == 404


def test_item_9_above_zero_opens_the_safety_pathway_whatever_the_total(owner: Api) -> None:
    body = answer(owner, "phq9", PHQ9_CALM[:8] + [1]).json()
    assert body["score"] == 1 and body["band"]["key"] == "minimal"
    assert body["safety"] is True
    crisis = body["crisis"]
    assert crisis["lines"] and all(line["name"] for line in crisis["lines"])
    events = safety_events(owner)
    assert len(events) == 1
    assert events[0]["source"] == "questionnaire" and events[0]["level"] == "low"


@pytest.mark.parametrize("item9", [2, 3])
def test_item_9_on_more_than_half_the_days_is_recorded_as_moderate(owner: Api, item9: int) -> None:
    assert answer(owner, "phq9", PHQ9_CALM[:8] + [item9]).json()["safety"] is True
    assert [e["level"] for e in safety_events(owner)] == ["moderate"]


def test_item_9_at_zero_records_no_safety_event(owner: Api) -> None:
    answer(owner, "phq9", [3, 3, 3, 3, 3, 3, 3, 3, 0])
    assert safety_events(owner) == []


def test_the_crisis_lines_follow_the_persons_country(app_client: TestClient, db_url: str) -> None:
    person = Api(app_client, "in-the-uk")
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(update(users).where(users.c.username == "in-the-uk").values(locale="GB"))
    engine.dispose()
    crisis = answer(person, "phq9", PHQ9_CALM[:8] + [2]).json()["crisis"]
    assert any("116 123" in line["number"] for line in crisis["lines"])


def test_a_response_reads_back_as_our_json_and_as_fhir_r4(owner: Api) -> None:
    made = answer(owner, "phq9", [1, 2, 0, 1, 3, 0, 1, 2, 1]).json()
    ours = owner.get(f"/api/v1/questionnaires/phq9/responses/{made['id']}")
    assert ours.status_code == 200 and ours.json()["answers"] == [1, 2, 0, 1, 3, 0, 1, 2, 1]
    assert ours.json()["score"] == made["score"]
    fhir = owner.get(f"/api/v1/questionnaires/phq9/responses/{made['id']}", params={"format": "fhir"})
    assert fhir.status_code == 200 and fhir.headers["content-type"].startswith("application/fhir+json")
    parsed = r4_response.QuestionnaireResponse.model_validate(fhir.json())
    assert parsed.id == made["id"] and parsed.status == "completed"
    total = next(i for i in fhir.json()["item"] if i["linkId"] == "44261-6")
    assert total["answer"][0]["valueInteger"] == made["score"]


def test_the_questionnaire_itself_is_available_as_fhir(owner: Api) -> None:
    got = owner.get("/api/v1/questionnaires/gad7", params={"format": "fhir"})
    assert r4_questionnaire.Questionnaire.model_validate(got.json()).id == "gad7"
    plain = owner.get("/api/v1/questionnaires/gad7").json()
    assert len(plain["items"]) == 7 and "Pfizer" in plain["copyright"]


def test_a_response_under_another_name_or_of_another_person_is_not_found(owner: Api, stranger: Api) -> None:
    made = answer(owner, "gad7", [1] * 7).json()
    assert owner.get(f"/api/v1/questionnaires/phq9/responses/{made['id']}").status_code == 404
    assert stranger.get(f"/api/v1/questionnaires/gad7/responses/{made['id']}").status_code == 404
    assert stranger.get(f"/api/v1/questionnaires/gad7/responses/{made['id']}?format=fhir").status_code == 404
    assert stranger.get("/api/v1/questionnaires/responses").json()["items"] == []
    assert owner.get("/api/v1/questionnaires/gad7/responses/not-an-id").status_code == 404


def test_all_responses_export_as_a_fhir_bundle(owner: Api) -> None:
    answer(owner, "phq9", [1] * 9)
    answer(owner, "who5", [3] * 5)
    answer(owner, "ders16", [2] * 16)
    got = owner.get("/api/v1/questionnaires/responses", params={"format": "fhir"})
    bundle = r4_bundle.Bundle.model_validate(got.json())
    assert bundle.type == "collection" and len(bundle.entry) == 3
    for entry in got.json()["entry"]:
        r4_response.QuestionnaireResponse.model_validate(entry["resource"])


def test_all_responses_export_as_csv(owner: Api) -> None:
    answer(owner, "phq9", [1] * 9)
    answer(owner, "who5", [3] * 5)
    got = owner.get("/api/v1/questionnaires/responses", params={"format": "csv"})
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(got.text)))
    assert [(r["measure"], r["score"]) for r in rows] == [("phq9", "9"), ("who5", "15")]
    assert rows[1]["percentage"] == "60" and rows[0]["answers"] == " ".join(["1"] * 9)
    assert rows[0]["safety"] == "yes"


def test_the_list_shows_due_dates_and_the_schedule_can_change(owner: Api) -> None:
    items = {i["name"]: i for i in owner.get("/api/v1/questionnaires").json()["items"]}
    assert set(items) == {"phq9", "gad7", "who5", "ders16"}
    assert items["who5"]["is_due"] and items["who5"]["every_days"] == 7
    assert not items["phq9"]["enabled"]
    answer(owner, "who5", [3] * 5)
    changed = owner.client.put("/api/v1/questionnaires/schedule", headers=owner.headers,
                               json={"cadence": {"phq9": 14, "ders16": None}})
    assert changed.status_code == 200, changed.text
    items = {i["name"]: i for i in owner.get("/api/v1/questionnaires").json()["items"]}
    assert items["phq9"]["enabled"] and items["phq9"]["is_due"]
    assert not items["ders16"]["enabled"]
    assert items["who5"]["days_until"] == 7 and not items["who5"]["is_due"]


@pytest.mark.parametrize("cadence", [{"beck": 7}, {"phq9": 0.5}, {"phq9": 400}, {"phq9": -3}])
def test_a_schedule_that_cannot_be_kept_gets_422(owner: Api, cadence: dict[str, Any]) -> None:
    got = owner.client.put("/api/v1/questionnaires/schedule", headers=owner.headers, json={"cadence": cadence})
    assert got.status_code == 422 and got.json()["error"]


def test_the_full_export_holds_questionnaire_responses(owner: Api) -> None:
    answer(owner, "who5", [3] * 5)
    data = owner.get("/api/v1/export").json()
    assert [r["measure"] for r in data["questionnaire_responses"]] == ["who5"]
    assert data["questionnaire_responses_fhir"]["resourceType"] == "Bundle"
    assert data["shares"] == []


def test_insights_come_back_as_sentences_and_numbers(owner: Api) -> None:
    owner.checkin("I feel anxious and my chest is tight", distress=7)
    owner.checkin("a calmer evening", distress=3)
    answer(owner, "who5", [3] * 5)
    body = owner.get("/api/v1/insights").json()
    assert body["summary"] and all(not problems(s) for s in body["summary"])
    assert [c["name"] for c in body["charts"]] == ["distress", "emotions", "practices", "warning_signs",
                                                   "scores", "rhythm"]
    assert body["data"]["checkin_count"] == 2
    assert body["data"]["score_changes"][0]["measure"] == "who5"
    assert sum(sum(row) for row in body["data"]["rhythm"]["grid"]) == 2
