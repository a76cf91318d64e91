"""Sessions and sign-in: throttled, expiring, revocable from anywhere."""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select, update

from attune.store import crypto, throttle
from attune.store.ids import now
from attune.store.schema import sessions
from attune.store.schema import throttle as throttle_table
from tests.integration.conftest import Api
from tests.integration.signed_in_page import Browser
from tests.integration.stored_rows import app_engine


def sign_in(client: TestClient, username: str, password: str) -> int:
    got = client.post("/api/v1/tokens", json={"username": username, "password": password})
    return int(got.status_code)


def test_the_eleventh_failure_is_refused_even_with_the_right_password(owner: Api, app_client: TestClient) -> None:
    for _ in range(throttle.LIMITS["account"]):
        assert sign_in(app_client, "owner", "a wrong guess") == 401
    assert sign_in(app_client, "owner", owner.password) == 429
    assert sign_in(app_client, "OWNER ", owner.password) == 429, "the same account however it is spelled"


def test_a_throttled_account_does_not_stop_its_existing_sessions(owner: Api, app_client: TestClient) -> None:
    for _ in range(throttle.LIMITS["account"]):
        sign_in(app_client, "owner", "a wrong guess")
    assert owner.get("/api/v1/checkins").status_code == 200


def test_one_address_guessing_across_many_accounts_is_refused(owner: Api, app_client: TestClient) -> None:
    for i in range(throttle.LIMITS["address"]):
        assert sign_in(app_client, f"guess{i:03d}", "a wrong guess") == 401
    assert sign_in(app_client, "owner", owner.password) == 429


def test_the_throttle_keeps_neither_names_nor_addresses(owner: Api, app_client: TestClient) -> None:
    sign_in(app_client, "owner", "a wrong guess")
    engine = app_engine(app_client)
    with engine.connect() as conn:
        keys = [row.key for row in conn.execute(select(throttle_table.c.key))]
    assert len(keys) == 2
    assert not any("owner" in key or "testclient" in key for key in keys)


def test_a_strange_username_is_just_a_failed_sign_in(app_client: TestClient) -> None:
    for name in ["nul\x00name", "é" * 64, "'; DROP TABLE users; --", " "]:
        assert sign_in(app_client, name, "whatever it is") == 401


def test_an_expired_session_gets_401_and_the_pages_ask_to_sign_in(owner: Api, app_client: TestClient) -> None:
    browser = Browser(app_client.app, "owner", owner.password)
    engine = app_engine(app_client)
    with engine.begin() as conn:
        conn.execute(update(sessions).values(expires_at=now() - timedelta(seconds=1)))
    assert owner.get("/api/v1/checkins").status_code == 401
    page = browser.get("/history")
    assert page.status_code == 303 and page.headers["location"] == "/signin"


def test_a_session_row_is_keyed_by_the_tokens_hash_not_the_token(owner: Api, app_client: TestClient) -> None:
    engine = app_engine(app_client)
    with engine.connect() as conn:
        ids = {row.id for row in conn.execute(select(sessions.c.id))}
    assert crypto.token_id(owner.token) in ids and owner.token not in ids


def test_signing_out_everywhere_ends_every_session(owner: Api, stranger: Api, app_client: TestClient) -> None:
    browser = Browser(app_client.app, "owner", owner.password)
    phone = owner.new_token()
    assert owner.post("/api/v1/sessions/revoke-all").status_code == 204
    for token in (owner.token, phone):
        assert app_client.get("/api/v1/checkins", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    assert browser.get("/account").status_code == 303
    assert stranger.get("/api/v1/checkins").status_code == 200, "nobody else is signed out"


def test_the_account_page_signs_out_everywhere(owner: Api, app_client: TestClient) -> None:
    browser = Browser(app_client.app, "owner", owner.password)
    assert 'id="signout-everywhere"' in browser.get("/account").text
    done = browser.post("/account/signout-everywhere")
    assert done.status_code == 303 and done.headers["location"] == "/signin"
    assert owner.get("/api/v1/checkins").status_code == 401
    assert browser.get("/account").status_code == 303


def test_signing_out_ends_only_this_session(owner: Api) -> None:
    other = owner.new_token()
    assert owner.delete("/api/v1/tokens/current").status_code == 204
    assert owner.get("/api/v1/checkins").status_code == 401
    assert owner.client.get("/api/v1/checkins", headers={"Authorization": f"Bearer {other}"}).status_code == 200
