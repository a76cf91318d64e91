"""A new person on a phone-sized browser: sign up, the welcome, a quick check-in, the pacer, help offline."""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import PHONE, Server
from tests.e2e.person import onboard, sign_up, wait_until_kept_offline

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
GENEROUS_BOUND = 30.0  # seconds, for a scripted person on a shared, loaded machine; it is usually 1-3 s
RESULTS = Path(os.environ.get("ATTUNE_TEST_RESULTS", "test-results"))


def quick_checkin(page: Any, server: Server) -> float:
    """Open the check-in, tap a square, two words, a distress number, and check in; seconds to the reply."""
    started = time.monotonic()
    page.goto(f"{server.url}/checkin")
    page.click("label[for=q-high_unpleasant]")
    words = page.locator(".words-field")
    words.get_by_label("tense", exact=True).click()
    words.get_by_label("worried", exact=True).click()
    page.click("label[for=distress-6]")
    page.click("#checkin-submit")
    page.wait_for_selector("#reply-text")
    return time.monotonic() - started


def test_a_new_person_signs_up_is_welcomed_and_checks_in_quickly(page: Any, server: Server,
                                                                  record_property: Any) -> None:
    sign_up(page, server, "willow")
    page.click("#recovery-continue")
    about = page.inner_text("main")
    assert "Not a therapist" in about and "Not a crisis service" in about
    page.click("#onboarding-next")
    page.check("#locale-IE")
    page.click("#country-save")
    page.fill("#above", "clenched jaw, talking fast")
    page.fill("#below", "foggy, can't get off the sofa")
    page.click("#window-save")
    page.click("#first-checkin")
    page.wait_for_selector("#checkin-submit")

    seconds = quick_checkin(page, server)
    record_property("quick_path_seconds", round(seconds, 2))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "quick-path.json").write_text(json.dumps({"quick_path_seconds": round(seconds, 2)}))
    print(f"\nquick path: {seconds:.2f} s from opening /checkin to seeing the reply")
    assert seconds < GENEROUS_BOUND
    assert page.locator("#named-words li").all_inner_texts() == ["tense", "worried"]
    assert "tense" in page.inner_text("#reply-text")


def test_the_pacer_breathes_pauses_and_stops(page: Any, server: Server) -> None:
    page.goto(f"{server.url}/pacer?inhale=1&exhale=1.5&cycles=2")
    assert "Breathe in for 1 second, then breathe out for 1.5 seconds." in page.inner_text("[data-pacer-summary]")
    toggle, phase = page.locator("[data-pacer-toggle]"), page.locator("[data-pacer-phase]")
    toggle.click()
    expect(phase).to_have_text("Breathe in")
    expect(phase).to_have_text("Breathe out", timeout=5000)
    expect(page.locator("[data-pacer-count]")).to_have_text(re.compile(r"^[12]$"))
    toggle.click()
    expect(toggle).to_have_text("Resume")
    expect(phase).to_have_text(re.compile("^Paused"))
    toggle.click()
    expect(phase).to_have_text(re.compile("^Done"), timeout=10000)
    toggle.click()
    page.locator("[data-pacer-stop]").click()
    expect(phase).to_have_text(re.compile("^Stopped"))


def test_the_crisis_lines_are_there_with_no_network(page: Any, server: Server) -> None:
    sign_up(page, server, "rowan")
    onboard(page)
    page.goto(f"{server.url}/help")
    wait_until_kept_offline(page, "/help")
    wait_until_kept_offline(page, "/pacer")
    page.context.set_offline(True)
    server.stop()
    page.reload()
    lines = page.inner_text("#crisis-lines")
    assert "988" in lines and "116 123" in lines
    page.goto(f"{server.url}/pacer?inhale=4&exhale=8")
    assert "breathe out for 8 seconds" in page.inner_text("[data-pacer-summary]")
    page.goto(f"{server.url}/learn")
    assert "window of tolerance" in page.inner_text("main")
    page.goto(f"{server.url}/history")
    assert "You're offline" in page.inner_text("main")


def test_the_quick_path_works_without_javascript(browser: Any, server: Server) -> None:
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    sign_up(page, server, "hazel")
    onboard(page)
    page.goto(f"{server.url}/checkin")
    expect(page.locator("#words-low_unpleasant")).to_be_hidden()
    page.click("label[for=q-low_unpleasant]")
    expect(page.locator("#words-low_unpleasant")).to_be_visible()  # pure CSS shows the square's words
    page.click("label[for=w-low_unpleasant-2]")
    page.click("label[for=distress-4]")
    page.click(".body-map > summary")
    page.click("label[for=r-breath]")
    page.click("label[for=b-breath-2]")
    page.click("#checkin-submit")
    page.wait_for_selector("#reply-text")
    assert page.locator("#named-words li").all_inner_texts() == ["tired"]
    assert "shallow (breath)" in page.inner_text("#named")
    page.goto(f"{server.url}/pacer?inhale=3&exhale=5")
    assert "Breathe in for 3 seconds, then breathe out for 5 seconds." in page.inner_text("main")
    context.close()
