"""Screenshots of the main pages at phone size, for README.md's "Screens" section.

    python scripts/screenshots.py [--out docs/screenshots] [--dark] [--scale 2]

Starts a real `attune serve` on a free port with a throwaway data folder (the same way the browser
tests do), walks a new person through sign-up, onboarding, a check-in and the pacer, and writes one
PNG per page. Needs Debian's chromium (/usr/bin/chromium) and Playwright.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, PHONE, Server, free_port  # noqa: E402

PASSWORD = "a calm password"


def shoot(page: Any, out: Path, name: str, full: bool = False) -> None:
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(out / f"{name}.png"), full_page=full)
    print(out / f"{name}.png")


def walk(page: Any, url: str, out: Path, suffix: str = "") -> None:
    page.goto(f"{url}/")
    shoot(page, out, f"welcome{suffix}")
    page.goto(f"{url}/signup")
    page.fill("#username", "river")
    page.fill("#password", PASSWORD)
    page.click("main button[type=submit]")
    page.click("#recovery-continue")
    shoot(page, out, f"onboarding-about{suffix}")
    page.click("#onboarding-next")
    page.check("#locale-GB")
    shoot(page, out, f"onboarding-country{suffix}")
    page.click("#country-save")
    page.fill("#above", "clenched jaw, talking fast")
    page.fill("#below", "foggy, can't get off the sofa")
    shoot(page, out, f"onboarding-window{suffix}")
    page.click("#window-save")
    page.goto(f"{url}/checkin")
    shoot(page, out, f"checkin{suffix}")
    page.click("label[for=q-high_unpleasant]")
    page.click("label[for=w-high_unpleasant-1]")
    page.click("label[for=w-high_unpleasant-2]")
    page.fill("#text", "The deadline moved up and I can't think straight.")
    page.click("label[for=distress-6]")
    page.click(".body-map > summary")
    page.click("label[for=r-chest]")
    page.click("label[for=b-chest-1]")
    page.locator("#q-high_unpleasant").scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, -120)")
    shoot(page, out, f"checkin-filled{suffix}")
    page.locator(".body-map").scroll_into_view_if_needed()
    shoot(page, out, f"checkin-body{suffix}")
    page.click("#checkin-submit")
    page.wait_for_selector("#reply-text")
    shoot(page, out, f"reply{suffix}")
    page.goto(f"{url}/pacer")
    page.click("[data-pacer-toggle]")
    page.wait_for_timeout(2500)
    shoot(page, out, f"pacer{suffix}")
    page.goto(f"{url}/learn")
    shoot(page, out, f"learn{suffix}")
    page.goto(f"{url}/help")
    shoot(page, out, f"help{suffix}")
    page.goto(f"{url}/settings/reminders")
    page.fill("#time_of_day", "18:30")
    page.click("#add-reminder-submit")
    shoot(page, out, f"reminders{suffix}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--dark", action="store_true", help="also take the pages in the dark theme")
    parser.add_argument("--scale", type=float, default=1, help="device pixel ratio (2 for sharper, larger files)")
    ns = parser.parse_args()
    ns.out.mkdir(parents=True, exist_ok=True)
    from playwright.sync_api import sync_playwright

    schemes = [("light", "")] + ([("dark", "-dark")] if ns.dark else [])
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        for scheme, suffix in schemes:
            server = Server(data_dir=Path(tmp) / scheme, port=free_port())
            server.data_dir.mkdir()
            server.start()
            try:
                context = browser.new_context(viewport=PHONE, device_scale_factor=ns.scale, color_scheme=scheme,
                                              reduced_motion="no-preference")
                walk(context.new_page(), server.url, ns.out, suffix)
                context.close()
            finally:
                server.stop()
        browser.close()


if __name__ == "__main__":
    main()
