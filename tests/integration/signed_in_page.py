"""A person using the pages as a browser does: an HttpOnly cookie and the form token on every form."""

from __future__ import annotations

import re
from typing import Any

import httpx
from fastapi.testclient import TestClient

SAME_ORIGIN = {"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"}
CSRF_FIELD = re.compile(r'name="csrf" value="([^"]+)"')


class Browser:
    """Its own client and so its own cookie jar; signs in through the sign-in form.

    Works in-process (a TestClient on the app) or against a real server (an httpx.Client).
    """

    def __init__(self, app_or_client: Any, username: str, password: str = "correct horse battery") -> None:
        """`app_or_client`: the app (an in-process TestClient is made) or an httpx.Client on a real server."""
        self.client: Any
        if isinstance(app_or_client, httpx.Client):
            self.client = app_or_client
        else:
            self.client = TestClient(app_or_client, base_url="http://testserver", follow_redirects=False)
        base = str(self.client.base_url).rstrip("/")
        self.same_origin = {"Origin": base, "Sec-Fetch-Site": "same-origin"}
        self.username, self.password = username, password
        self.sign_in()

    def sign_in(self) -> None:
        got = self.client.post("/signin", data={"username": self.username, "password": self.password},
                               headers=self.same_origin, follow_redirects=False)
        assert got.status_code == 303, got.text

    def form_token(self) -> str:
        page = self.client.get("/account")
        found = CSRF_FIELD.search(page.text)
        assert found, f"no form token on /account ({page.status_code})"
        return found.group(1)

    def get(self, path: str, **kw: Any) -> Any:
        return self.client.get(path, **kw)

    def post(self, path: str, data: dict[str, str] | None = None, token: bool = True,
             headers: dict[str, str] | None = None) -> Any:
        form = dict(data or {})
        if token:
            form["csrf"] = self.form_token()
        return self.client.post(path, data=form, headers=self.same_origin if headers is None else headers,
                                follow_redirects=False)
