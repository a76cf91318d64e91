"""The whole slice in a real browser: sign up, check in, see the reply, restart, see the history."""

from __future__ import annotations

from typing import Any

from tests.e2e.conftest import Server


def sign_up(page: Any, server: Server, username: str, password: str = "a calm password") -> None:
    page.goto(f"{server.url}/signup")
    page.fill("#username", username)
    page.fill("#password", password)
    page.click("main button[type=submit]")
    page.wait_for_selector("#recovery-key")


def test_a_person_signs_up_checks_in_and_finds_it_after_a_restart(page: Any, server: Server) -> None:
    sign_up(page, server, "river")
    page.goto(f"{server.url}/checkin")
    page.fill("#text", "I feel anxious about the exam and my chest is tight")
    page.check("#distress-6")
    page.click("main button[type=submit]")
    page.wait_for_selector("#reply-text")
    assert page.inner_text("#reply-text").strip()
    server.restart()
    page.goto(f"{server.url}/signin")
    page.fill("input[name=username]", "river")
    page.fill("input[name=password]", "a calm password")
    page.click("main button[type=submit]")
    page.goto(f"{server.url}/history")
    assert "anxious about the exam" in page.inner_text("main")


def test_get_help_now_is_on_every_page(page: Any, server: Server) -> None:
    for path in ["/", "/signin", "/signup", "/help"]:
        page.goto(f"{server.url}{path}")
        link = page.locator("#get-help-now")
        assert link.get_attribute("href") == "/help"
