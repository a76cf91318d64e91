"""A person in the browser: sign up, the welcome steps, and waiting for the offline copy."""

from __future__ import annotations

import time
from typing import Any

from tests.e2e.conftest import Server

PASSWORD = "a calm password"


def sign_up(page: Any, server: Server, username: str, password: str = PASSWORD) -> None:
    page.goto(f"{server.url}/signup")
    page.fill("#username", username)
    page.fill("#password", password)
    page.click("main button[type=submit]")
    page.wait_for_selector("#recovery-key")


def onboard(page: Any, country: str = "GB", above: str = "clenched jaw, talking fast",
            below: str = "foggy, can't get off the sofa") -> None:
    """From the recovery-key page through every welcome step."""
    page.click("#recovery-continue")
    page.wait_for_selector("#onboarding-next")
    page.click("#onboarding-next")
    page.check(f"#locale-{country}")
    page.click("#country-save")
    page.fill("#above", above)
    page.fill("#below", below)
    page.click("#window-save")
    page.wait_for_selector("#first-checkin")


def wait_until_kept_offline(page: Any, path: str, timeout: float = 30) -> None:
    """Until the service worker controls the page and holds a copy of `path`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready = page.evaluate(
            """async (path) => {
                if (!('serviceWorker' in navigator)) return false;
                await navigator.serviceWorker.ready;
                return Boolean(navigator.serviceWorker.controller) && Boolean(await caches.match(path));
            }""",
            path,
        )
        if ready:
            return
        time.sleep(0.25)
    raise AssertionError(f"the service worker never kept {path} for offline use")
