"""In the browser: reflect → did it fit? → a practice → distress before and after → what helps."""

from __future__ import annotations

from typing import Any

from tests.e2e.conftest import Server


def test_a_person_goes_from_reflection_to_a_practice_and_sees_what_helped(page: Any, server: Server) -> None:
    page.goto(f"{server.url}/signup")
    page.fill("#username", "tide")
    page.fill("#password", "a calm password")
    page.click("main button[type=submit]")
    page.goto(f"{server.url}/checkin")
    page.fill("#text", "I'm panicking about the interview, my heart is racing and my hands are shaking")
    page.check("input[name=distress][value='8']")
    page.click("main button[type=submit]")
    page.wait_for_selector("#reply-text")
    page.check("#fits-form input[value=no]")
    page.fill("#emotion", "dread")
    page.click("#fits-submit")
    page.wait_for_selector("#reply-text")
    assert "dread" in page.inner_text("#reply-text").lower()
    page.go_back()
    page.reload()
    page.click("#practice-link")
    page.check("input[name=distress_before][value='8']")
    page.check("input[name=distress_after][value='5']")
    page.click("#practice-done")
    assert "Distress before: 8. After: 5." in page.inner_text("#practice-change")
    page.goto(f"{server.url}/practices")
    assert "came down by 3.0" in page.inner_text("#what-helps")
