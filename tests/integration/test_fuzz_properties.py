"""Property-based tests: any text comes back exactly as written; no body makes any route answer 500.

Bounded for CI: ATTUNE_FUZZ_EXAMPLES (default 40) examples per property (half that for the check-in
text, which runs the whole companion each time), per database.
"""

from __future__ import annotations

import json
import os
import re
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from attune.store import throttle
from tests.integration.conftest import Api
from tests.integration.route_table import body_fields, routes
from tests.integration.signed_in_page import Browser

EXAMPLES = int(os.environ.get("ATTUNE_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large, HealthCheck.filter_too_much])
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}

# Any Unicode but lone surrogates (which JSON can carry but UTF-8 cannot): control characters included.
ANY_CHAR = st.characters(codec="utf-8")
# Mostly short texts, some long ones; the full 10,000 characters come from the explicit examples below
# (reading a long text takes the companion a second or more, and this runs in CI on both databases).
CHECKIN_TEXT = st.one_of(
    st.text(ANY_CHAR, max_size=300),
    st.builds(lambda piece, n: (piece * n)[:2_000], st.text(ANY_CHAR, min_size=1, max_size=40),
              st.integers(1, 2_000)),
)
SCALARS = (st.none() | st.booleans() | st.integers() | st.integers(min_value=-(2**70), max_value=2**70)
           | st.floats() | st.text(max_size=50) | st.sampled_from(["\ud800", "\x00", "", " ", "0" * 300]))
JSON_VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=12), inner, max_size=4), max_leaves=12)


@pytest.fixture
def unthrottled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fuzzing sign-in routes counts failures; the refreshed tokens here must not be refused for it."""
    monkeypatch.setitem(throttle.LIMITS, "account", 10**9)
    monkeypatch.setitem(throttle.LIMITS, "address", 10**9)


@settings(FUZZ, max_examples=max(EXAMPLES // 2, 1))  # each check-in runs the whole companion
@given(text=CHECKIN_TEXT)
@example(text="x" * 10_000)
@example(text=("é🫀\u05e9\x00\n" * 2_000)[:10_000])
@example(text="\x00\x01\x02\x1b[31m\x7f\u0085\u2028\u2029\ufeff\ufffe")
@example(text=" \t\n\r\u00a0\u3000")
def test_any_checkin_text_comes_back_exactly(owner: Api, text: str) -> None:
    got = owner.post("/api/v1/checkins", json={"text": text})
    if not text.strip():
        assert got.status_code == 422
        return
    assert got.status_code == 201, got.text
    again = owner.get(f"/api/v1/checkins/{got.json()['id']}")
    assert again.status_code == 200 and again.json()["text"] == text


def api_operations(client: TestClient) -> list[tuple[str, str, list[str]]]:
    """(method, path, property names) of every API route that takes a JSON body."""
    app: Any = client.app
    spec = app.openapi()
    schemas = spec.get("components", {}).get("schemas", {})
    found = []
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
            if body:
                ref = body.get("schema", {}).get("$ref", "")
                schema = schemas.get(ref.rsplit("/", 1)[-1], body.get("schema", {}))
                found.append((method.upper(), path, sorted(schema.get("properties", {}))))
    return sorted(found)


def shaped(names: list[str]) -> st.SearchStrategy[Any]:
    """Dicts with the route's own field names (so the fuzz reaches past 'unknown field') or anything at all."""
    if not names:
        return JSON_VALUES
    return st.one_of(JSON_VALUES, st.fixed_dictionaries({}, optional={n: JSON_VALUES for n in names}))


def signed_in(owner: Api) -> Api:
    """The owner with a working token, whatever the previous example ended."""
    if owner.get("/api/v1/checkins", params={"limit": 1}).status_code == 401:
        owner.token = owner.new_token()
    return owner


def fill_path(path: str, choice: str) -> str:
    return re.sub(r"\{[^}]+\}", choice, path)


def path_values(real_id: str) -> st.SearchStrategy[str]:
    return st.sampled_from([real_id, "0" * 32, "x", "%00", "..%2F..", "a" * 300, "%F0%9F%AB%80"])


@FUZZ
@given(data=st.data())
def test_no_json_body_makes_an_api_route_answer_500(owner: Api, app_client: TestClient, unthrottled: None,
                                                    data: st.DataObject) -> None:
    operations = api_operations(app_client)
    real_id = signed_in(owner).checkin("something to point at")["id"]
    method, path, names = data.draw(st.sampled_from(operations), label="route")
    body = data.draw(st.one_of(shaped(names).map(lambda v: json.dumps(v).encode()), st.binary(max_size=64)),
                     label="body")
    target = fill_path(path, data.draw(path_values(real_id), label="path"))
    got = app_client.request(method, target, content=body,
                             headers={**owner.headers, "content-type": "application/json"})
    assert got.status_code < 500, (method, target, body[:200], got.status_code, got.text[:300])


@FUZZ
@given(data=st.data())
def test_no_form_makes_a_page_answer_500(owner: Api, app_client: TestClient, unthrottled: None,
                                         data: st.DataObject) -> None:
    pages = sorted((m, p) for m, p in routes(app_client.app) if m in UNSAFE and not p.startswith("/api/"))
    fields = body_fields()
    browser = Browser(app_client.app, "owner", owner.password)
    real_id = signed_in(owner).checkin("something to point at")["id"]
    method, path = data.draw(st.sampled_from(pages), label="route")
    names = [n for n in fields.get((method, path), []) if n != "csrf"] + ["text", "extra"]
    values = st.text(max_size=40) | st.sampled_from(["", "0", "-1", "99999999999999999999", "on", "\x00", "25:99"])
    form = data.draw(st.fixed_dictionaries({}, optional={n: values for n in names}), label="form")
    form["csrf"] = browser.form_token()
    target = fill_path(path, data.draw(path_values(real_id), label="path"))
    got = browser.client.request(method, target, data=form, headers=browser.same_origin)
    assert got.status_code < 500, (method, target, form, got.status_code, got.text[:300])
