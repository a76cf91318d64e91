"""The app with a real database per test, and helpers that speak its API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from attune.config import Settings
from attune.web.app import create_app


def make_settings(db_url: str, data_dir: Path) -> Settings:
    return Settings.load(data_dir=data_dir, db=db_url)


@pytest.fixture
def app_client(db_url: str, tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(make_settings(db_url, tmp_path))
    with TestClient(app) as client:
        yield client
    app.state.ctx.engine.dispose()


class Api:
    """A small client for one person: sign up, get a token, call the API as them."""

    def __init__(self, client: TestClient, username: str, password: str = "correct horse battery") -> None:
        self.client, self.username, self.password = client, username, password
        made = client.post("/api/v1/accounts", json={"username": username, "password": password})
        assert made.status_code == 201, made.text
        self.recovery_key = made.json()["recovery_key"]
        self.token = self.new_token()

    def new_token(self) -> str:
        got = self.client.post("/api/v1/tokens", json={"username": self.username, "password": self.password})
        assert got.status_code == 200, got.text
        return str(got.json()["token"])

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def get(self, path: str, **kw: Any) -> Any:
        return self.client.get(path, headers=self.headers, **kw)

    def post(self, path: str, **kw: Any) -> Any:
        return self.client.post(path, headers=self.headers, **kw)

    def delete(self, path: str, **kw: Any) -> Any:
        return self.client.delete(path, headers=self.headers, **kw)

    def checkin(self, text: str, distress: int | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"text": text}
        if distress is not None:
            body["distress"] = distress
        made = self.post("/api/v1/checkins", json=body)
        assert made.status_code == 201, made.text
        return dict(made.json())


@pytest.fixture
def owner(app_client: TestClient) -> Api:
    return Api(app_client, "owner")


@pytest.fixture
def stranger(app_client: TestClient) -> Api:
    return Api(app_client, "stranger")
