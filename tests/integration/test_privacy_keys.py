"""The key that opens what a person wrote: kept across a password change, a recovery and a new hash cost."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import select

from attune.config import KdfCost
from attune.store.schema import users
from attune.web.app import create_app
from tests.integration.conftest import Api, make_settings
from tests.integration.signed_in_page import SAME_ORIGIN, Browser
from tests.integration.stored_rows import database

NEW = "a brand new passphrase"


def change(api: Api, current: str, new: str) -> int:
    got = api.post("/api/v1/account/password", json={"current_password": current, "new_password": new})
    return int(got.status_code)


def token_for(client: TestClient, username: str, password: str) -> int:
    return int(client.post("/api/v1/tokens", json={"username": username, "password": password}).status_code)


def test_changing_the_password_keeps_everything_readable(owner: Api, app_client: TestClient) -> None:
    made = owner.checkin("written before the change")
    assert change(owner, owner.password, NEW) == 204
    assert token_for(app_client, "owner", owner.password) == 401
    owner.password = NEW
    owner.token = owner.new_token()
    assert owner.get(f"/api/v1/checkins/{made['id']}").json()["text"] == "written before the change"


def test_changing_the_password_signs_out_every_other_session(owner: Api) -> None:
    other_device = owner.new_token()
    assert change(owner, owner.password, NEW) == 204
    assert owner.get("/api/v1/checkins").status_code == 200
    assert owner.client.get("/api/v1/checkins", headers={"Authorization": f"Bearer {other_device}"}).status_code == 401


def test_a_wrong_current_password_changes_nothing(owner: Api, app_client: TestClient) -> None:
    assert change(owner, "not my password", NEW) == 403
    assert token_for(app_client, "owner", owner.password) == 200
    assert token_for(app_client, "owner", NEW) == 401


def test_a_too_short_new_password_gets_a_clear_422(owner: Api) -> None:
    got = owner.post("/api/v1/account/password", json={"current_password": owner.password, "new_password": "short"})
    assert got.status_code == 422 and "8 characters" in got.json()["error"]


def test_the_recovery_key_restores_access_to_everything(owner: Api, app_client: TestClient) -> None:
    made = owner.checkin("kept through a recovery")
    old_token = owner.token
    got = app_client.post("/api/v1/account/recover", json={
        "username": "owner", "recovery_key": owner.recovery_key.lower().replace("-", " "), "new_password": NEW})
    assert got.status_code == 204, got.text
    assert owner.get("/api/v1/checkins").status_code == 401, "recovery signs out every session"
    assert token_for(app_client, "owner", owner.password) == 401
    owner.password, owner.token = NEW, ""
    owner.token = owner.new_token()
    assert owner.get(f"/api/v1/checkins/{made['id']}").json()["text"] == "kept through a recovery"
    assert old_token != owner.token


def test_a_wrong_recovery_key_and_an_unknown_name_get_the_same_answer(owner: Api, stranger: Api,
                                                                       app_client: TestClient) -> None:
    wrong = app_client.post("/api/v1/account/recover", json={
        "username": "owner", "recovery_key": stranger.recovery_key, "new_password": NEW})
    unknown = app_client.post("/api/v1/account/recover", json={
        "username": "nobody", "recovery_key": owner.recovery_key, "new_password": NEW})
    garbled = app_client.post("/api/v1/account/recover", json={
        "username": "owner", "recovery_key": "not a key at all", "new_password": NEW})
    assert wrong.status_code == unknown.status_code == garbled.status_code == 401
    assert wrong.json() == unknown.json() == garbled.json()
    assert token_for(app_client, "owner", owner.password) == 200


def test_the_recover_page_sets_a_new_password_and_says_what_losing_both_means(owner: Api,
                                                                              app_client: TestClient) -> None:
    page = app_client.get("/recover").text
    assert "If both your password and your recovery key are lost, nobody, including us, can open" in page
    done = app_client.post("/recover", headers=SAME_ORIGIN, data={
        "username": "owner", "recovery_key": owner.recovery_key, "password": NEW})
    assert done.status_code == 200 and "new password is set" in done.text
    assert token_for(app_client, "owner", NEW) == 200


def test_sign_up_says_plainly_what_losing_both_means(app_client: TestClient) -> None:
    assert "If both are lost, nobody, including us, can open what you wrote." in app_client.get("/signup").text
    shown = app_client.post("/signup", headers=SAME_ORIGIN, data={"username": "newcomer", "password": NEW})
    assert "If both the password and this key are lost, nobody, including us, can open what you wrote" in shown.text


def test_the_account_page_changes_the_password(owner: Api, app_client: TestClient) -> None:
    browser = Browser(app_client.app, "owner", owner.password)
    wrong = browser.post("/account/password", {"current_password": "nope nope", "new_password": NEW})
    assert wrong.status_code == 403 and "not your current password" in wrong.text
    done = browser.post("/account/password", {"current_password": owner.password, "new_password": NEW})
    assert done.status_code == 200 and "new password is set" in done.text
    assert browser.get("/account").status_code == 200, "the device that changed it stays signed in"
    assert owner.get("/api/v1/checkins").status_code == 401, "every other session is signed out"


def test_signing_in_rehashes_when_the_cost_changes(db_url: str, tmp_path: Path) -> None:
    settings = make_settings(db_url, tmp_path)
    with TestClient(create_app(settings)) as client:
        made = Api(client, "rehashed").checkin("still readable after the upgrade")
    stronger = dataclasses.replace(settings, kdf=KdfCost(time_cost=2, memory_kib=9216, parallelism=1))
    with database(db_url) as engine, engine.connect() as conn:
        before = conn.execute(select(users.c.password_hash, users.c.kdf_params)).one()
    with TestClient(create_app(stronger)) as client:
        token = client.post("/api/v1/tokens", json={"username": "rehashed", "password": "correct horse battery"})
        assert token.status_code == 200
        got = client.get(f"/api/v1/checkins/{made['id']}",
                         headers={"Authorization": f"Bearer {token.json()['token']}"})
        assert got.json()["text"] == "still readable after the upgrade"
        again = client.post("/api/v1/tokens", json={"username": "rehashed", "password": "correct horse battery"})
        assert again.status_code == 200
    with database(db_url) as engine, engine.connect() as conn:
        after = conn.execute(select(users.c.password_hash, users.c.kdf_params)).one()
    assert before.kdf_params == "argon2id:t=1,m=8192,p=1"
    assert after.kdf_params == "argon2id:t=2,m=9216,p=1"
    assert "m=9216,t=2,p=1" in after.password_hash and after.password_hash != before.password_hash
