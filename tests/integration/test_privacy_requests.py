"""Requests from elsewhere: cross-site state changes refused, forms need their token, headers strict."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient

from tests.integration.conftest import Api
from tests.integration.route_table import body_fields, routes
from tests.integration.signed_in_page import SAME_ORIGIN, Browser

UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
# Forms with no session yet: the origin check guards them.
BEFORE_SIGN_IN = {"/signin", "/signup", "/signup/therapist", "/recover"}
CROSS_SITE = [{"Sec-Fetch-Site": "cross-site", "Origin": "https://elsewhere.example"},
              {"Origin": "https://elsewhere.example"}, {"Origin": "null"}, {}]


def page_changes(client: TestClient) -> list[tuple[str, str]]:
    return sorted((m, p) for m, p in routes(client.app) if m in UNSAFE and not p.startswith("/api/"))


NAMED = {"name": "phq9", "slug": "slow-breathing"}  # path parts that name content, not a record


def concrete(path: str, record_id: str) -> str:
    return re.sub(r"\{([^}]+)\}", lambda m: NAMED.get(m.group(1), record_id), path)


def test_a_cross_site_request_with_a_valid_cookie_is_refused_on_every_page_route(
        owner: Api, app_client: TestClient) -> None:
    browser = Browser(app_client.app, "owner", owner.password)
    made = owner.checkin("not to be touched from elsewhere")
    for method, path in page_changes(app_client):
        for headers in CROSS_SITE:
            got = browser.client.request(method, concrete(path, made["id"]), headers=headers,
                                         data={"csrf": browser.form_token()})
            assert got.status_code == 403, (method, path, headers, got.status_code)
    assert owner.get(f"/api/v1/checkins/{made['id']}").status_code == 200
    assert browser.get("/account").status_code == 200, "still signed in: nothing was changed"


def test_a_form_without_its_token_is_refused_on_every_signed_in_page_route(owner: Api, app_client: TestClient) -> None:
    browser = Browser(app_client.app, "owner", owner.password)
    made = owner.checkin("still here")
    fields = body_fields()
    for method, path in page_changes(app_client):
        if path in BEFORE_SIGN_IN:
            continue
        # Every field the route reads, with a value of the right shape ("1" is a string, a number and a list).
        shaped = {name: "1" for name in fields.get((method, path), []) if name != "csrf"}
        for form in ({}, {"csrf": ""}, {"csrf": "0" * 64}):
            answers = refusals(browser, method, concrete(path, made["id"]), {**shaped, **form})
            assert 403 in answers and answers <= {403, 422}, (method, path, form, answers)
    assert owner.get(f"/api/v1/checkins/{made['id']}").status_code == 200
    assert browser.get("/account").status_code == 200


def refusals(browser: Browser, method: str, path: str, fields: dict[str, str]) -> set[int]:
    """The answers to the same tokenless request sent as a form and as JSON (script-sent routes).

    A route may refuse a body of the wrong shape (422) before it looks for the token; the body
    of the right shape has to meet a 403.
    """
    as_form = browser.client.request(method, path, headers=SAME_ORIGIN, data=fields)
    as_json = browser.client.request(method, path, headers=SAME_ORIGIN,
                                     json={**fields, "endpoint": "https://push.example/x"})
    return {as_form.status_code, as_json.status_code}


def test_another_sessions_form_token_is_refused(owner: Api, stranger: Api, app_client: TestClient) -> None:
    mine = Browser(app_client.app, "owner", owner.password)
    theirs = Browser(app_client.app, "stranger", stranger.password)
    got = mine.client.post("/account/signout-everywhere", headers=SAME_ORIGIN, data={"csrf": theirs.form_token()})
    assert got.status_code == 403


def test_the_api_with_a_bearer_token_works_from_any_origin(owner: Api) -> None:
    got = owner.client.post("/api/v1/checkins", json={"text": "from my own app"},
                            headers={**owner.headers, "Origin": "https://app.example", "Sec-Fetch-Site": "cross-site"})
    assert got.status_code == 201


def test_a_cookie_alone_does_not_open_the_api(owner: Api, app_client: TestClient) -> None:
    browser = Browser(app_client.app, "owner", owner.password)
    assert browser.get("/api/v1/checkins").status_code == 401
    assert browser.client.post("/api/v1/checkins", json={"text": "x"}, headers=SAME_ORIGIN).status_code == 401


def test_the_session_cookie_is_httponly_and_same_site(owner: Api, app_client: TestClient) -> None:
    got = app_client.post("/signin", data={"username": "owner", "password": owner.password}, headers=SAME_ORIGIN,
                          follow_redirects=False)
    cookie = got.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "path=/" in cookie


def assert_strict(response: Any, where: str) -> None:
    headers = response.headers
    csp = headers.get("content-security-policy", "")
    assert csp, where
    assert "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp, where
    assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp, where
    assert headers.get("referrer-policy") == "no-referrer", where
    assert headers.get("x-content-type-options") == "nosniff", where
    assert headers.get("x-frame-options") == "DENY", where


def test_every_answer_carries_strict_security_headers(owner: Api, app_client: TestClient) -> None:
    browser = Browser(app_client.app, "owner", owner.password)
    made = owner.checkin("headers please")
    for method, path in sorted(routes(app_client.app)):
        if method != "GET":
            continue
        got = browser.get(concrete(path, made["id"]))
        assert_strict(got, path)
    for got, where in [(owner.get("/api/v1/checkins"), "api"), (app_client.get("/no/such/page"), "404"),
                       (app_client.get("/static/app.css"), "static"),
                       (app_client.post("/signin", headers={"Origin": "https://elsewhere.example"}), "403")]:
        assert_strict(got, where)


def test_private_answers_are_not_cached(owner: Api, app_client: TestClient) -> None:
    browser = Browser(app_client.app, "owner", owner.password)
    for got in [owner.get("/api/v1/checkins"), owner.get("/api/v1/export"), browser.get("/account"),
                browser.get("/account/export"), browser.get("/history")]:
        assert got.headers.get("cache-control") == "no-store", got.url
