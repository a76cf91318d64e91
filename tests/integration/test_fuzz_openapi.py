"""Schemathesis against the app's own OpenAPI schema, signed in with a bearer token: no route answers 500.

Bounded for CI: ATTUNE_SCHEMA_EXAMPLES (default 15) examples per operation, per database.
"""

from __future__ import annotations

import os
from collections import Counter
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.core.result import Ok

from attune.store import throttle
from tests.integration.conftest import Api

EXAMPLES = int(os.environ.get("ATTUNE_SCHEMA_EXAMPLES", "15"))


class Owner:
    """A bearer token for one person, renewed (and the person made again) when an example ended it."""

    def __init__(self, client: TestClient) -> None:
        self.client = client
        self.headers = self.renew()

    def renew(self) -> dict[str, str]:
        body = {"username": "fuzzed", "password": "correct horse battery"}
        got = self.client.post("/api/v1/tokens", json=body)
        if got.status_code != 200:
            Api(self.client, "fuzzed")
            got = self.client.post("/api/v1/tokens", json=body)
        self.headers = {"Authorization": f"Bearer {got.json()['token']}"}
        return self.headers

    def call(self, case: Any) -> Any:
        response = case.call(headers=self.headers)
        if response.status_code == 401:
            response = case.call(headers=self.renew())
        return response


def test_no_operation_answers_500(app_client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(throttle.LIMITS, "account", 10**9)  # fuzzed sign-ins must not lock the owner out
    monkeypatch.setitem(throttle.LIMITS, "address", 10**9)
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app_client.app)
    operations = [result.ok() for result in schema.get_all_operations() if isinstance(result, Ok)]
    assert len(operations) >= 10
    owner, seen = Owner(app_client), Counter[int]()
    for operation in operations:

        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def no_500(case: Any) -> None:
            response = owner.call(case)
            seen[response.status_code] += 1
            assert response.status_code < 500, (case.method, case.formatted_path, response.text[:300])

        no_500()
    assert sum(n for status, n in seen.items() if status < 300) > len(operations), f"too few got through: {seen}"
