"""FHIR R4 output validates against the fhir.resources models and carries the LOINC codes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from attune.domain import fhir
from attune.domain.measures import score

r4_response = pytest.importorskip("fhir.resources.R4B.questionnaireresponse")
r4_observation = pytest.importorskip("fhir.resources.R4B.observation")
r4_questionnaire = pytest.importorskip("fhir.resources.R4B.questionnaire")

AUTHORED = datetime(2024, 5, 1, 9, 30, tzinfo=timezone(timedelta(hours=1)))
SAMPLES = {
    "phq9": [1, 2, 0, 1, 3, 0, 1, 2, 1],
    "gad7": [2, 2, 2, 1, 1, 1, 1],
    "who5": [3, 3, 2, 2, 2],
    "ders16": [3] * 16,
}


def response_for(name: str, subject: str | None = "Patient/p-1") -> dict[str, Any]:
    answers = SAMPLES[name]
    return fhir.questionnaire_response(name, answers, score(name, answers), "qr-1", AUTHORED, subject)


def items_by_link(resource: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {item["linkId"]: item for item in resource["item"]}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_the_questionnaire_response_validates_as_r4(name: str) -> None:
    parsed = r4_response.QuestionnaireResponse.model_validate(response_for(name))
    assert parsed.status == "completed"
    assert parsed.questionnaire.startswith(fhir.questionnaire_url(name))


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_the_total_score_observation_validates_as_r4(name: str) -> None:
    result = score(name, SAMPLES[name])
    resource = fhir.observation_for_total(name, result, "obs-1", AUTHORED, "Patient/p-1", "qr-1")
    parsed = r4_observation.Observation.model_validate(resource)
    assert parsed.status == "final"
    assert resource["valueQuantity"]["value"] == result.score
    assert resource["derivedFrom"] == [{"reference": "QuestionnaireResponse/qr-1"}]


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_the_questionnaire_validates_as_r4(name: str) -> None:
    resource = fhir.questionnaire(name)
    r4_questionnaire.Questionnaire.model_validate(resource)
    assert resource["url"] == fhir.questionnaire_url(name)


def test_phq9_response_items_are_linked_by_loinc_with_loinc_answer_codes() -> None:
    items = items_by_link(response_for("phq9"))
    assert items["44250-9"]["answer"] == [
        {"valueCoding": {"system": "http://loinc.org", "code": "LA6569-3", "display": "Several days"}}
    ]
    assert items["44260-8"]["answer"][0]["valueCoding"]["code"] == "LA6569-3"
    assert items["44259-0"]["answer"][0]["valueCoding"]["code"] == "LA6568-5"


def test_phq9_response_carries_the_total_score_under_44261_6() -> None:
    items = items_by_link(response_for("phq9"))
    assert items["44261-6"]["answer"] == [{"valueInteger": 11}]


def test_gad7_response_and_observation_use_the_gad7_total_code() -> None:
    items = items_by_link(response_for("gad7"))
    assert items["70274-6"]["answer"] == [{"valueInteger": 10}]
    observation = fhir.observation_for_total("gad7", score("gad7", SAMPLES["gad7"]), "o", AUTHORED)
    assert observation["code"]["coding"][0] == {
        "system": "http://loinc.org",
        "code": "70274-6",
        "display": "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]",
    }
    assert observation["interpretation"] == [{"text": "Moderate"}]


def test_phq9_observation_is_coded_44261_6_in_the_survey_category() -> None:
    observation = fhir.observation_for_total("phq9", score("phq9", SAMPLES["phq9"]), "o", AUTHORED)
    assert observation["code"]["coding"][0]["code"] == "44261-6"
    assert observation["category"][0]["coding"][0]["code"] == "survey"


def test_who5_answers_are_integers_with_local_links_and_a_percentage() -> None:
    items = items_by_link(response_for("who5"))
    assert items["who5-1"]["answer"] == [{"valueInteger": 3}]
    assert items["who5-total"]["answer"] == [{"valueInteger": 12}]
    assert items["who5-percentage"]["answer"] == [{"valueInteger": 48}]


def test_ders16_response_and_observation_carry_the_subscales() -> None:
    items = items_by_link(response_for("ders16"))
    assert items["ders16-strategies"]["answer"] == [{"valueInteger": 15}]
    observation = fhir.observation_for_total("ders16", score("ders16", SAMPLES["ders16"]), "o", AUTHORED)
    assert len(observation["component"]) == 5


def test_the_response_keeps_the_subject_and_authored_time_zone() -> None:
    resource = response_for("gad7")
    assert resource["subject"] == {"reference": "Patient/p-1"}
    assert resource["authored"] == "2024-05-01T09:30:00+01:00"


def test_a_response_without_a_subject_leaves_it_out() -> None:
    assert "subject" not in response_for("gad7", subject=None)


def test_a_naive_authored_time_is_taken_as_utc() -> None:
    assert fhir.fhir_datetime(datetime(2024, 5, 1, 9, 30)) == "2024-05-01T09:30:00+00:00"
    assert fhir.fhir_datetime(datetime(2024, 5, 1, 9, 30, tzinfo=UTC)) == "2024-05-01T09:30:00+00:00"


def test_it_refuses_a_result_that_does_not_match_the_answers() -> None:
    with pytest.raises(ValueError, match="does not match"):
        fhir.questionnaire_response("gad7", [0] * 7, score("gad7", [1] * 7), "qr", AUTHORED)


def test_the_phq9_questionnaire_is_the_loinc_panel_with_coded_choices() -> None:
    resource = fhir.questionnaire("phq9")
    assert resource["code"][0]["code"] == "44249-1"
    questions = [i for i in resource["item"] if i["type"] == "choice"]
    assert len(questions) == 9
    assert [o["valueCoding"]["code"] for o in questions[0]["answerOption"]] == [
        "LA6568-5",
        "LA6569-3",
        "LA6570-1",
        "LA6571-9",
    ]
    assert "Pfizer" in resource["copyright"]
