"""Deleting an account removes every row and the key: nothing is left to recover, on SQLite or PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from attune.store.schema import checkins, users
from tests.integration.conftest import Api
from tests.integration.route_table import declared_routes
from tests.integration.signed_in_page import Browser
from tests.integration.stored_rows import database, rows_left_for

PASSWORD = "correct horse battery"


def fill_every_table(owner: Api, client: TestClient) -> set[str]:
    """Data in every table a route can reach today; returns the tables that should now hold rows."""
    present = declared_routes()
    first = owner.checkin("something to delete", distress=5)
    owner.checkin("a second thing")
    expected = {"users", "sessions", "checkins"}
    browser = Browser(client.app, "owner", owner.password)
    if ("POST", "/api/v1/checkins/{checkin_id}/feedback") in present:
        second = owner.get("/api/v1/checkins", params={"limit": 1}).json()["items"][0]["id"]
        assert owner.post(f"/api/v1/checkins/{second}/feedback", json={"fits": False, "emotion": "wistful"}).is_success
    if ("POST", "/settings/window") in present:
        assert browser.post("/settings/window", {"above": "racing", "below": "numb"}).status_code == 303
        expected.add("person_state")
    if ("POST", "/api/v1/practice-sessions") in present:
        got = owner.post("/api/v1/practice-sessions", json={
            "practice": practice_slug(owner), "checkin_id": first["id"], "distress_before": 6, "distress_after": 3})
        assert got.status_code == 201, got.text
        expected.add("practice_sessions")
    if ("POST", "/api/v1/questionnaires/{name}/responses") in present:
        got = owner.post("/api/v1/questionnaires/phq9/responses", json={"answers": [1, 1, 1, 1, 1, 1, 1, 1, 1]})
        assert got.status_code == 201, got.text
        expected |= {"questionnaire_responses", "safety_events"}
    if ("POST", "/settings/reminders") in present:
        got = browser.client.post("/settings/reminders", headers=browser.same_origin, data={
            "kind": "checkin", "time_of_day": "08:30", "days": ["mon", "thu"], "timezone": "UTC",
            "csrf": browser.form_token()})
        assert got.status_code == 303, got.text
        expected |= {"reminders", "jobs"}
    if ("POST", "/api/v1/shares") in present:
        share_and_look(owner, client, first["id"])
        expected |= {"shares", "shared_items", "share_access_log"}
    return expected


def practice_slug(owner: Api) -> str:
    return str(owner.get("/api/v1/practices").json()["items"][0]["slug"])


def share_and_look(owner: Api, client: TestClient, checkin_id: str) -> None:
    made = owner.post("/api/v1/shares", json={"scopes": ["checkins", "scores"], "checkin_ids": [checkin_id]})
    assert made.status_code == 201, made.text
    therapist = client.post("/api/v1/accounts", json={"username": "therapist", "password": PASSWORD,
                                                       "role": "therapist"})
    assert therapist.status_code == 201, therapist.text
    token = client.post("/api/v1/tokens", json={"username": "therapist", "password": PASSWORD}).json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    accepted = client.post("/api/v1/shares/accept", json={"code": made.json()["code"]}, headers=headers)
    assert accepted.status_code == 200, accepted.text
    assert client.get(f"/api/v1/clients/{accepted.json()['client_id']}/summary", headers=headers).status_code == 200


def checkin_ids(engine: Engine, user_id: str) -> set[str]:
    with engine.connect() as conn:
        return {row.id for row in conn.execute(select(checkins.c.id).where(checkins.c.user_id == user_id))}


def test_deleting_the_account_leaves_no_row_and_no_key(owner: Api, stranger: Api, app_client: TestClient,
                                                       db_url: str) -> None:
    expected = fill_every_table(owner, app_client)
    stranger.checkin("the stranger keeps theirs")
    browser = Browser(app_client.app, "owner", owner.password)
    with database(db_url) as engine:
        user_id = owner.get("/api/v1/export").json()["account"]["id"]
        ids = checkin_ids(engine, user_id)
        before = rows_left_for(engine, user_id, ids)
        assert {t for t, n in before.items() if n} >= expected, before
        assert owner.delete("/api/v1/account").status_code == 204
        after = rows_left_for(engine, user_id, ids)
    assert {t: n for t, n in after.items() if n} == {}, "rows left after deletion"
    assert owner.get("/api/v1/checkins").status_code == 401, "the old token stops working"
    assert browser.get("/account").status_code == 303, "the old cookie stops working"
    signin = app_client.post("/api/v1/tokens", json={"username": "owner", "password": owner.password})
    assert signin.status_code == 401
    assert stranger.get("/api/v1/checkins").json()["items"][0]["text"] == "the stranger keeps theirs"


def test_the_account_page_deletes_only_with_the_password(owner: Api, app_client: TestClient) -> None:
    owner.checkin("kept until I say so")
    browser = Browser(app_client.app, "owner", owner.password)
    wrong = browser.post("/account/delete", {"password": "not my password"})
    assert wrong.status_code == 403 and owner.get("/api/v1/checkins").status_code == 200
    done = browser.post("/account/delete", {"password": owner.password})
    assert done.status_code == 200 and "Your account is deleted" in done.text
    assert "attune_session=" in done.headers.get("set-cookie", "")
    assert owner.get("/api/v1/checkins").status_code == 401
    assert app_client.post("/api/v1/tokens", json={"username": "owner", "password": owner.password}).status_code == 401


def test_the_username_is_free_again_after_deletion(owner: Api, app_client: TestClient) -> None:
    assert owner.delete("/api/v1/account").status_code == 204
    again = Api(app_client, "owner", "a different passphrase")
    assert again.get("/api/v1/checkins").json()["items"] == []


@pytest.fixture
def sqlite_client(sqlite_url: str, tmp_path: Path) -> TestClient:
    from attune.web.app import create_app
    from tests.integration.conftest import make_settings

    return TestClient(create_app(make_settings(sqlite_url, tmp_path)))


def test_on_sqlite_the_deleted_key_and_ciphertext_leave_the_files(sqlite_client: TestClient, tmp_path: Path,
                                                                  sqlite_url: str) -> None:
    owner = Api(sqlite_client, "owner")
    owner.checkin("gone for good " * 20)
    with database(sqlite_url) as engine, engine.connect() as conn:
        keys = conn.execute(select(users.c.key_by_password, users.c.key_by_recovery)).one()
        sealed = conn.execute(select(checkins.c.text_enc)).scalar_one()
    traces = [bytes(keys.key_by_password), bytes(keys.key_by_recovery), bytes(sealed)]
    files = [tmp_path / "attune.db", tmp_path / "attune.db-wal"]
    assert any(trace in f.read_bytes() for f in files if f.exists() for trace in traces), "found before"
    assert owner.delete("/api/v1/account").status_code == 204
    for path in files:
        if path.exists():
            data = path.read_bytes()
            assert not any(trace in data for trace in traces), f"{path.name} still holds a deleted key or text"
