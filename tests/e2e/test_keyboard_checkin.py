"""A whole quick check-in with the keyboard alone: Tab, the arrow keys, Space and Enter."""

from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.conftest import Server
from tests.e2e.person import onboard, sign_up

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
MAX_TABS = 80


def focused(page: Any, selector: str) -> bool:
    return bool(page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector))


def tab_to(page: Any, selector: str) -> int:
    """Press Tab until the focus is on `selector`; how many presses it took."""
    for presses in range(1, MAX_TABS + 1):
        page.keyboard.press("Tab")
        if focused(page, selector):
            return presses
    raise AssertionError(f"Tab never reached {selector}")


def checked(page: Any, selector: str) -> bool:
    return bool(page.is_checked(selector))


def outline_of_label(page: Any, input_id: str) -> str:
    return str(page.evaluate("(id) => getComputedStyle(document.querySelector(`label[for=${id}]`)).outlineStyle",
                             input_id))


def test_a_whole_quick_checkin_by_keyboard_alone(page: Any, server: Server) -> None:
    sign_up(page, server, "fern")
    onboard(page)
    page.goto(f"{server.url}/checkin")

    tab_to(page, "input[name=quadrant]")
    assert focused(page, "#q-high_unpleasant")
    assert outline_of_label(page, "q-high_unpleasant") != "none"  # the focus is visible on the square
    for key, square in [("ArrowDown", "low_unpleasant"), ("ArrowRight", "low_pleasant"),
                        ("ArrowUp", "high_pleasant"), ("ArrowLeft", "high_unpleasant")]:
        page.keyboard.press(key)
        assert focused(page, f"#q-{square}") and checked(page, f"#q-{square}"), key

    page.keyboard.press("Tab")
    assert focused(page, "#w-high_unpleasant-1")  # the words of the chosen square come next
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    assert checked(page, "#w-high_unpleasant-1") and checked(page, "#w-high_unpleasant-2")

    tab_to(page, "input[name=distress]")
    for _ in range(6):
        page.keyboard.press("ArrowRight")
    assert checked(page, "#distress-6")

    tab_to(page, "#checkin-submit")
    page.keyboard.press("Enter")
    page.wait_for_selector("#reply-text")
    assert page.locator("#named-words li").all_inner_texts() == ["tense", "worried"]
    assert "Distress 6 out of 10" in page.inner_text("main")


def test_the_body_map_opens_and_fills_by_keyboard(page: Any, server: Server) -> None:
    sign_up(page, server, "moss")
    onboard(page)
    page.goto(f"{server.url}/checkin")
    tab_to(page, ".body-map > summary")
    page.keyboard.press("Enter")
    tab_to(page, "#r-chest")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")  # region chips, then the chest's own words
    tab_to(page, "#b-chest-1")
    page.keyboard.press("Space")
    tab_to(page, "#checkin-submit")
    page.keyboard.press("Enter")
    page.wait_for_selector("#reply-text")
    assert "tight (chest)" in page.inner_text("#named")
