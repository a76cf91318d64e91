"""FHIR R4 resources for questionnaires, so a person can hand their scores to any clinical system.

Plain dicts in, plain dicts out: the domain does not depend on a FHIR library (the tests
validate the output with `fhir.resources` R4B models, which are wire-compatible with R4 for
these resources). LOINC codes are used wherever they exist; WHO-5 and DERS-16 have none that
we could confirm, so they use Attune's local code systems.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from attune.domain.measures import AnswerOption, Item, Measure, MeasureResult, get_measure

DEFAULT_BASE_URL = "http://attune.local/fhir"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
UCUM = "http://unitsofmeasure.org"

Resource = dict[str, Any]


def questionnaire_url(name: str, base_url: str = DEFAULT_BASE_URL) -> str:
    return f"{base_url.rstrip('/')}/Questionnaire/{name}"


def fhir_datetime(moment: datetime) -> str:
    """FHIR needs a time zone on any dateTime with a time; naive values are taken as UTC."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.isoformat(timespec="seconds")


# --- Questionnaire ------------------------------------------------------------------------------


def questionnaire(name: str, base_url: str = DEFAULT_BASE_URL) -> Resource:
    """The FHIR Questionnaire for one measure, with items, answer options and score items."""
    m = get_measure(name)
    resource: Resource = {
        "resourceType": "Questionnaire",
        "id": m.name,
        "url": questionnaire_url(m.name, base_url),
        "version": m.version,
        "name": _computable_name(m),
        "title": m.long_title,
        "status": "active",
        "subjectType": ["Patient"],
        "description": f"{m.instructions} ({m.time_frame})",
        "copyright": f"{m.source.copyright} {m.source.licence} Source: {m.source.citation}",
        "item": [_instructions_item(m), *(_question_item(m, i) for i in m.items), *_score_items(m)],
    }
    if m.codes.panel:
        resource["code"] = [_coding(m.codes.system, m.codes.panel, m.codes.panel_display)]
    return resource


def _computable_name(m: Measure) -> str:
    # FHIR computable names must match [A-Z]([A-Za-z0-9_]){0,254}.
    return "".join(ch for ch in m.title if ch.isalnum()).upper()


def _instructions_item(m: Measure) -> Resource:
    scale = "; ".join(f"{o.value} = {o.text}" for o in m.options)
    return {
        "linkId": f"{m.name}-instructions",
        "type": "display",
        "text": f"{m.instructions} Answers: {scale}.",
    }


def _question_item(m: Measure, item: Item) -> Resource:
    resource: Resource = {
        "linkId": link_id(m, item),
        "prefix": f"{item.number}.",
        "text": item.text,
        "required": True,
    }
    if item.code:
        resource["code"] = [_coding(m.codes.system, item.code)]
    if _answers_are_coded(m):
        resource["type"] = "choice"
        resource["answerOption"] = [_coded_option(m, o) for o in m.options]
    else:
        resource["type"] = "integer"
        resource["answerOption"] = [{"valueInteger": o.value} for o in m.options]
    return resource


def _coded_option(m: Measure, option: AnswerOption) -> Resource:
    return {
        "valueCoding": _coding(m.codes.answer_system or "", option.code or "", option.text),
        "extension": [{"url": ORDINAL_VALUE, "valueDecimal": option.value}],
    }


def _score_items(m: Measure) -> list[Resource]:
    items = [
        {
            "linkId": m.codes.total,
            "code": [_coding(m.codes.system, m.codes.total, m.codes.total_display)],
            "text": m.codes.total_display,
            "type": "integer",
            "readOnly": True,
        }
    ]
    if m.codes.percentage:
        items.append(
            {
                "linkId": m.codes.percentage,
                "text": m.codes.percentage_display or "Percentage score",
                "type": "integer",
                "readOnly": True,
            }
        )
    items += [
        {
            "linkId": subscale_link_id(m, s.key),
            "text": f"{s.label} subscale score",
            "type": "integer",
            "readOnly": True,
        }
        for s in m.subscales
    ]
    return items


# --- QuestionnaireResponse ---------------------------------------------------------------------


def questionnaire_response(
    name: str,
    answers: Sequence[int],
    result: MeasureResult,
    response_id: str,
    authored: datetime,
    subject_ref: str | None = None,
    base_url: str = DEFAULT_BASE_URL,
) -> Resource:
    """A completed QuestionnaireResponse: one item per question, then the scores Attune computed."""
    m = get_measure(name)
    _check_matches(m, answers, result)
    resource: Resource = {
        "resourceType": "QuestionnaireResponse",
        "id": response_id,
        "questionnaire": f"{questionnaire_url(m.name, base_url)}|{m.version}",
        "status": "completed",
        "authored": fhir_datetime(authored),
        "item": [
            *(_answered_item(m, i, a) for i, a in zip(m.items, answers, strict=True)),
            *_score_answers(m, result),
        ],
    }
    if subject_ref:
        resource["subject"] = {"reference": subject_ref}
    return resource


def _check_matches(m: Measure, answers: Sequence[int], result: MeasureResult) -> None:
    # A response whose scores disagree with its answers would mislead a clinician; refuse it.
    if result.measure != m.name or tuple(answers) != result.answers:
        raise ValueError(f"result for {result.measure!r} does not match these {m.name} answers")


def _answered_item(m: Measure, item: Item, value: int) -> Resource:
    option = m.option_for(value)
    answer: Resource
    if _answers_are_coded(m):
        answer = {"valueCoding": _coding(m.codes.answer_system or "", option.code or "", option.text)}
    else:
        answer = {"valueInteger": value}
    return {"linkId": link_id(m, item), "text": item.text, "answer": [answer]}


def _score_answers(m: Measure, result: MeasureResult) -> list[Resource]:
    items = [_integer_item(m.codes.total, m.codes.total_display, result.score)]
    if m.codes.percentage and result.percentage is not None:
        items.append(_integer_item(m.codes.percentage, m.codes.percentage_display or "", result.percentage))
    items += [
        _integer_item(subscale_link_id(m, s.key), f"{s.label} subscale score", result.subscales[s.key])
        for s in m.subscales
    ]
    return items


def _integer_item(link: str, text: str, value: int) -> Resource:
    return {"linkId": link, "text": text, "answer": [{"valueInteger": value}]}


# --- Observation -------------------------------------------------------------------------------


def observation_for_total(
    name: str,
    result: MeasureResult,
    observation_id: str,
    authored: datetime,
    subject_ref: str | None = None,
    response_id: str | None = None,
) -> Resource:
    """An Observation of the total score (LOINC 44261-6 / 70274-6), linked to its response."""
    m = get_measure(name)
    resource: Resource = {
        "resourceType": "Observation",
        "id": observation_id,
        "status": "final",
        "category": [{"coding": [_coding(OBSERVATION_CATEGORY, "survey", "Survey")]}],
        "code": {
            "coding": [_coding(m.codes.system, m.codes.total, m.codes.total_display)],
            "text": f"{m.title} total score",
        },
        "effectiveDateTime": fhir_datetime(authored),
        "valueQuantity": _score_quantity(result.score),
        "component": _components(m, result),
    }
    if result.band is not None:
        resource["interpretation"] = [{"text": result.band.label}]
    if subject_ref:
        resource["subject"] = {"reference": subject_ref}
    if response_id:
        resource["derivedFrom"] = [{"reference": f"QuestionnaireResponse/{response_id}"}]
    if not resource["component"]:
        del resource["component"]
    return resource


def _components(m: Measure, result: MeasureResult) -> list[Resource]:
    parts: list[Resource] = []
    if m.codes.percentage and result.percentage is not None:
        parts.append(
            {
                "code": {"coding": [_coding(m.codes.system, m.codes.percentage, m.codes.percentage_display)]},
                "valueQuantity": {"value": result.percentage, "unit": "%", "system": UCUM, "code": "%"},
            }
        )
    parts += [
        {
            "code": {"coding": [_coding(m.codes.system, subscale_link_id(m, s.key), f"{s.label} subscale")]},
            "valueQuantity": _score_quantity(result.subscales[s.key]),
        }
        for s in m.subscales
    ]
    return parts


def _score_quantity(value: int) -> Resource:
    return {"value": value, "unit": "{score}", "system": UCUM, "code": "{score}"}


# --- shared -------------------------------------------------------------------------------------


def link_id(m: Measure, item: Item) -> str:
    """The LOINC item code where one exists, so receiving systems can match items without a map."""
    return item.code or f"{m.name}-{item.number}"


def subscale_link_id(m: Measure, key: str) -> str:
    return f"{m.name}-{key}"


def _answers_are_coded(m: Measure) -> bool:
    return bool(m.codes.answer_system) and all(o.code for o in m.options)


def _coding(system: str, code: str, display: str | None = None) -> Resource:
    coding: Resource = {"system": system, "code": code}
    if display:
        coding["display"] = display
    return coding
