"""Accounts and tokens: clear answers, one answer for every failed sign-in."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.integration.conftest import Api


def test_a_taken_username_gets_409(app_client: TestClient, owner: Api) -> None:
    got = app_client.post("/api/v1/accounts", json={"username": "OWNER", "password": "another password"})
    assert got.status_code == 409 and "taken" in got.json()["error"]


def test_a_short_password_gets_a_clear_422(app_client: TestClient) -> None:
    got = app_client.post("/api/v1/accounts", json={"username": "newperson", "password": "short"})
    assert got.status_code == 422 and "8 characters" in got.json()["error"]


def test_a_wrong_password_and_an_unknown_user_get_the_same_answer(app_client: TestClient, owner: Api) -> None:
    wrong = app_client.post("/api/v1/tokens", json={"username": "owner", "password": "not the password"})
    unknown = app_client.post("/api/v1/tokens", json={"username": "nobody", "password": "not the password"})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


def test_a_forged_token_gets_401(app_client: TestClient) -> None:
    got = app_client.get("/api/v1/checkins", headers={"Authorization": "Bearer forged-token"})
    assert got.status_code == 401


def test_deleting_the_account_removes_the_data_and_stops_the_token(owner: Api, app_client: TestClient) -> None:
    owner.checkin("something private")
    assert owner.delete("/api/v1/account").status_code == 204
    assert owner.get("/api/v1/checkins").status_code == 401
    again = app_client.post("/api/v1/tokens", json={"username": "owner", "password": owner.password})
    assert again.status_code == 401


def test_export_holds_everything_the_person_wrote(owner: Api) -> None:
    owner.checkin("first words")
    owner.checkin("second words", distress=3)
    data = owner.get("/api/v1/export").json()
    assert sorted(c["text"] for c in data["checkins"]) == ["first words", "second words"]
    csv_text = owner.get("/api/v1/export", params={"format": "csv"}).text
    assert "first words" in csv_text and "second words" in csv_text


def test_health_answers_once_the_app_can_serve(app_client: TestClient) -> None:
    assert app_client.get("/healthz").status_code == 200


def test_the_csv_export_never_hands_a_spreadsheet_a_formula(owner: Api) -> None:
    owner.checkin("=HYPERLINK(\"http://example.invalid\") feeling odd")
    csv_text = owner.get("/api/v1/export", params={"format": "csv"}).text
    assert "'=HYPERLINK" in csv_text and ",=HYPERLINK" not in csv_text
