"""The questionnaire, insights, sharing and therapist pages, signed in with a cookie as a browser is."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from attune.domain.charts import CHART_CSS
from attune.web.app import STATIC

ORIGIN = {"origin": "http://testserver"}


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no form token on the page"
    return found.group(1)


def sign_up(client: TestClient, username: str, therapist: bool = False) -> None:
    path = "/signup/therapist" if therapist else "/signup"
    got = client.post(path, data={"username": username, "password": "a calm password"}, headers=ORIGIN)
    assert got.status_code == 200 and "recovery-key" in got.text, got.text[:500]


def post_form(client: TestClient, path: str, page: str, data: dict[str, Any]) -> Any:
    token = csrf_of(client.get(page).text)
    return client.post(path, data={**data, "csrf": token}, headers=ORIGIN, follow_redirects=True)


@pytest.fixture
def person(app_client: TestClient) -> TestClient:
    sign_up(app_client, "wren")
    return app_client


def test_the_questionnaire_list_puts_what_is_due_first(person: TestClient) -> None:
    page = person.get("/questionnaires")
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    due = page.text.split('id="due-list"', 1)[1].split("</ul>", 1)[0]
    assert "WHO-5" in due and "DERS-16" in due and "PHQ-9" not in due


def test_a_questionnaire_is_a_form_of_radio_groups_with_its_copyright(person: TestClient) -> None:
    page = person.get("/questionnaires/phq9").text
    assert page.count("<fieldset") == 9 and page.count('type="radio"') == 36
    assert "Pfizer" in page and "not a diagnosis" in page
    assert "Pfizer" in person.get("/questionnaires/gad7").text
    assert person.get("/questionnaires/beck").status_code == 404


def test_an_unanswered_item_keeps_the_other_answers_and_says_which(person: TestClient) -> None:
    data = {f"item-{n}": "1" for n in range(1, 10) if n != 4}
    got = post_form(person, "/questionnaires/phq9", "/questionnaires/phq9", data)
    assert got.status_code == 422 and "question 4" in got.text
    assert got.text.count("checked") == 8


def test_the_result_is_information_never_a_diagnosis(person: TestClient) -> None:
    data = {f"item-{n}": "1" for n in range(1, 8)}
    got = post_form(person, "/questionnaires/gad7", "/questionnaires/gad7", data)
    assert got.status_code == 200 and 'id="result-score">7<' in got.text
    assert "never a diagnosis" in got.text and 'id="crisis"' not in got.text


def test_after_item_9_the_result_page_shows_help_first(person: TestClient) -> None:
    data = {f"item-{n}": "0" for n in range(1, 9)} | {"item-9": "1"}
    got = post_form(person, "/questionnaires/phq9", "/questionnaires/phq9", data)
    assert got.status_code == 200
    assert got.text.index('id="crisis"') < got.text.index('id="result"')
    assert got.text.index("<h1") == got.text.index('<h1 id="crisis-heading"')


def test_the_schedule_form_changes_what_is_due(person: TestClient) -> None:
    got = post_form(person, "/questionnaires/schedule", "/questionnaires",
                    {"phq9": "14", "gad7": "0", "who5": "0", "ders16": "28"})
    due = got.text.split('id="due-list"', 1)[1].split("</ul>", 1)[0]
    assert "PHQ-9" in due and "WHO-5" not in due


def test_the_insights_page_has_six_charts_each_with_its_words(person: TestClient) -> None:
    empty = person.get("/insights").text
    assert empty.count('class="progress-figure"') == 6 and empty.count('class="chart-summary"') == 6
    assert "<svg" not in empty  # with nothing to draw, the words alone say so
    post_form(person, "/checkin", "/checkin", {"text": "tense and worried, jaw tight", "distress": "7"})
    post_form(person, "/questionnaires/who5", "/questionnaires/who5", {f"item-{n}": "3" for n in range(1, 6)})
    page = person.get("/insights")
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    for name in ("distress", "emotions", "scores", "rhythm"):
        figure = page.text.split(f'id="figure-{name}"', 1)[1].split("</figure>", 1)[0]
        assert "<svg" in figure and 'class="chart-summary"' in figure, name
    assert '<link rel="stylesheet" href="/static/charts.css">' in page.text
    assert "<script" not in page.text.split("<main", 1)[1] and "style=" not in page.text


def test_the_chart_stylesheet_carries_the_chart_css() -> None:
    assert CHART_CSS.strip() in (STATIC / "charts.css").read_text(encoding="utf-8")


def test_a_person_shares_and_a_therapist_reads_it_through_the_pages(app_client: TestClient) -> None:
    sign_up(app_client, "wren")
    made = post_form(app_client, "/checkin", "/checkin", {"text": "A heavy day, shoulders tight", "distress": "6"})
    checkin_id = made.url.path.rsplit("/", 1)[1]
    shared = post_form(app_client, "/shares", "/shares", {"scopes": ["scores", "checkins"],
                                                         "checkin_ids": [checkin_id]})
    code = re.search(r'id="share-code">([^<]+)<', shared.text)
    assert code and shared.headers["cache-control"] == "no-store"
    app_client.cookies.clear()
    sign_up(app_client, "dr-fern", therapist=True)
    assert app_client.get("/shares").status_code == 404
    opened = post_form(app_client, "/therapist/accept", "/therapist", {"code": code.group(1)})
    assert opened.status_code == 200 and "A heavy day, shoulders tight" in opened.text
    report = app_client.get(opened.url.path + "/report?format=html")
    assert report.status_code == 200 and "A heavy day" in report.text
    pdf = app_client.get(opened.url.path + "/report?format=pdf")
    assert pdf.content.startswith(b"%PDF-")
    again = post_form(app_client, "/therapist/accept", "/therapist", {"code": code.group(1)})
    assert again.status_code == 404 and "match a share waiting" in again.text


def test_a_person_cannot_open_the_therapist_pages(person: TestClient) -> None:
    assert person.get("/therapist").status_code == 404
    assert person.get(f"/therapist/clients/{'0' * 32}").status_code == 404
