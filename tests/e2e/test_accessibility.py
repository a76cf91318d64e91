"""WCAG 2.2 AA in a real browser, on every page the app serves, signed out and signed in.

axe-core (vendored in tests/e2e/vendor, MPL-2.0) runs on each page at phone size (390×844) in the
light and the dark theme and at desktop size (1280×900); any serious or critical violation fails.
Beside axe: every control is at least 24×24 CSS px (WCAG 2.5.8, measured from bounding boxes), no
page breaks the content security policy, the theme follows the system, and the pacer keeps still
under prefers-reduced-motion.

Pages are read from the app's own route table, so a page added later is checked without anyone
remembering to list it; a path parameter this file does not know how to fill is reported, not
silently dropped.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import DESKTOP, PHONE, Server, free_port
from tests.e2e.person import onboard, sign_up
from tests.integration.route_table import declared_routes

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text(encoding="utf-8")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
FAILING = {"serious", "critical"}
NOT_PAGES = {"/sw.js", "/manifest.webmanifest", "/healthz", "/settings/reminders.ics"}
RESULTS = Path(os.environ.get("ATTUNE_TEST_RESULTS", "test-results"))
MIN_TARGET = 24

TARGETS_JS = """() => {
  const out = [];
  const controls = ['button', 'input:not([type=hidden])', 'select', 'textarea', 'summary', 'nav a', 'a.button',
                    '.help-now', '.brand', '.link-list a'].join(', ');
  for (const el of document.querySelectorAll(controls)) {
    let box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;  // not rendered (closed details, hidden groups)
    if (getComputedStyle(el).visibility === 'hidden') continue;
    const choice = el.matches('input[type=radio], input[type=checkbox]');
    if (choice && el.labels && el.labels.length) {  // the label is part of the target
      const l = el.labels[0].getBoundingClientRect();
      if (l.width * l.height > box.width * box.height) box = l;
    } else if ((box.width <= 1 || box.height <= 1) && el.labels && el.labels.length) {
      box = el.labels[0].getBoundingClientRect();
    }
    if (box.width < MIN || box.height < MIN) {
      const cls = el.className ? '.' + String(el.className).split(' ')[0] : '';
      const name = el.id ? '#' + el.id : el.tagName.toLowerCase() + cls;
      out.push(`${name} ${Math.round(box.width)}x${Math.round(box.height)}`);
    }
  }
  return out;
}""".replace("MIN", str(MIN_TARGET))

AXE_RUN_JS = """async (tags) => {
  const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 4).map(n => n.target.join(' '))}));
}"""


@dataclass
class Site:
    server: Server
    storage: dict[str, Any]
    checkin_id: str
    signed_in_pages: list[str] = field(default_factory=list)
    signed_out_pages: list[str] = field(default_factory=list)
    not_checked: list[str] = field(default_factory=list)


def fill_params(path: str, checkin_id: str) -> str | None:
    known = {"checkin_id": checkin_id, "slug": "slow-breathing", "name": "who5"}
    names = re.findall(r"{(\w+)}", path)
    if any(n not in known for n in names):
        return None
    for n in names:
        path = path.replace("{" + n + "}", known[n])
    return path


def html_pages(base: str, paths: list[str], cookies: dict[str, str]) -> list[str]:
    """The paths that answer 200 with an HTML page (not a redirect, a download or JSON)."""
    pages = []
    with httpx.Client(base_url=base, cookies=cookies, timeout=30, follow_redirects=False) as client:
        for path in paths:
            got = client.get(path)
            attachment = "attachment" in got.headers.get("content-disposition", "")
            html = got.headers.get("content-type", "").startswith("text/html")
            if got.status_code == 200 and html and not attachment:
                pages.append(path)
    return pages


@pytest.fixture(scope="module")
def site(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    server = Server(data_dir=tmp_path_factory.mktemp("a11y"), port=free_port())
    server.start()
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    sign_up(page, server, "aspen")
    onboard(page)
    page.goto(f"{server.url}/checkin")
    page.click("label[for=q-low_unpleasant]")
    page.click("label[for=w-low_unpleasant-1]")
    page.fill("#text", "A long day, and my shoulders are tight.")
    page.click("#checkin-submit")
    page.wait_for_selector("#reply-text")
    checkin_id = page.url.rsplit("/", 1)[1]
    page.goto(f"{server.url}/settings/reminders")
    page.click("#add-reminder-submit")
    storage = context.storage_state()
    context.close()
    cookies = {c["name"]: c["value"] for c in storage["cookies"]}
    made = Site(server, storage, checkin_id)
    for _, path in sorted(r for r in declared_routes() if r[0] == "GET" and not r[1].startswith("/api")):
        filled = fill_params(path, checkin_id)
        if path in NOT_PAGES:
            continue
        if filled is None:
            made.not_checked.append(path)
            continue
        made.signed_in_pages.append(filled)
        made.signed_out_pages.append(filled)
    made.signed_in_pages = html_pages(server.url, made.signed_in_pages, cookies)
    made.signed_out_pages = html_pages(server.url, made.signed_out_pages, {})
    yield made
    server.stop()


def check_page(page: Any, url: str) -> dict[str, Any]:
    csp: list[str] = []
    page.on("console", lambda m: csp.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    page.evaluate(AXE)
    violations = page.evaluate(AXE_RUN_JS, AXE_TAGS)
    help_box = page.locator("#get-help-now").bounding_box()
    return {"violations": violations, "small_targets": page.evaluate(TARGETS_JS), "csp": csp, "help": help_box}


CONFIGS = [
    pytest.param(PHONE, "light", id="phone-light"),
    pytest.param(PHONE, "dark", id="phone-dark"),
    pytest.param(DESKTOP, "light", id="desktop-light"),
]


@pytest.mark.parametrize("viewport, scheme", CONFIGS)
def test_every_page_passes_axe_and_has_targets_of_24_px(browser: Any, site: Site, viewport: dict[str, int],
                                                        scheme: str) -> None:
    report: dict[str, Any] = {"viewport": viewport, "scheme": scheme, "pages": {}, "not_checked": site.not_checked}
    problems: list[str] = []
    help_places: dict[str, str] = {}
    for signed_in, paths in ((False, site.signed_out_pages), (True, site.signed_in_pages)):
        context = browser.new_context(viewport=viewport, color_scheme=scheme,
                                      storage_state=site.storage if signed_in else None)
        page = context.new_page()
        for path in paths:
            found = check_page(page, f"{site.server.url}{path}")
            who = "signed in" if signed_in else "signed out"
            report["pages"][f"{who} {path}"] = {
                "violations": {v["id"]: v["impact"] for v in found["violations"]},
                "small_targets": found["small_targets"],
            }
            problems += [f"{who} {path}: axe {v['impact']} {v['id']} ({v['help']}) at {v['nodes']}"
                         for v in found["violations"] if v["impact"] in FAILING]
            problems += [f"{who} {path}: target under {MIN_TARGET} px: {t}" for t in found["small_targets"]]
            problems += [f"{who} {path}: {line}" for line in found["csp"]]
            box = found["help"]
            place = f"{box['x']:.0f},{box['y']:.0f} {box['width']:.0f}x{box['height']:.0f}" if box else "missing"
            help_places[f"{who} {path}"] = place
        context.close()
    RESULTS.mkdir(exist_ok=True)
    name = f"axe-{'phone' if viewport == PHONE else 'desktop'}-{scheme}.json"
    (RESULTS / name).write_text(json.dumps(report, indent=2))
    checked = len(site.signed_out_pages) + len(site.signed_in_pages)
    print(f"\naxe: {checked} page views, {len(problems)} problems; pages not checked: {site.not_checked}")
    assert checked >= 20, "the route table should give far more pages than this"
    assert not problems, "\n".join(problems)
    assert len(set(help_places.values())) == 1, f"'Get help now' moves between pages (WCAG 3.2.6): {help_places}"


def test_the_theme_follows_the_system(browser: Any, site: Site) -> None:
    colours = {}
    for scheme in ("light", "dark"):
        context = browser.new_context(viewport=PHONE, color_scheme=scheme)
        page = context.new_page()
        page.goto(f"{site.server.url}/help")
        colours[scheme] = page.evaluate("() => [getComputedStyle(document.body).backgroundColor, "
                                        "getComputedStyle(document.body).color]")
        context.close()
    assert colours["light"] == ["rgb(246, 241, 234)", "rgb(30, 42, 47)"]
    assert colours["dark"] == ["rgb(21, 27, 30)", "rgb(235, 230, 221)"]


def test_the_pacer_keeps_still_under_reduced_motion(browser: Any, site: Site) -> None:
    context = browser.new_context(viewport=PHONE, reduced_motion="reduce")
    page = context.new_page()
    page.goto(f"{site.server.url}/pacer?inhale=2&exhale=3")
    assert page.is_checked("#pacer-still")
    expect(page.locator(".pacer-orb")).to_be_hidden()
    page.click("[data-pacer-toggle]")
    expect(page.locator("[data-pacer-phase]")).to_have_text("Breathe in")
    expect(page.locator("[data-pacer-count]")).to_have_text(re.compile(r"^[12]$"))
    expect(page.locator("[data-pacer-stop]")).to_be_visible()
    durations = page.evaluate("() => [...document.querySelectorAll('*')]"
                              ".map(e => getComputedStyle(e).transitionDuration).filter(d => d !== '0s')")
    assert not durations, f"something still animates: {set(durations)}"
    context.close()


def test_the_pacer_moves_when_motion_is_welcome_and_can_be_made_still(browser: Any, site: Site) -> None:
    context = browser.new_context(viewport=PHONE, reduced_motion="no-preference")
    page = context.new_page()
    page.goto(f"{site.server.url}/pacer")
    assert not page.is_checked("#pacer-still")
    expect(page.locator(".pacer-orb")).to_be_visible()
    page.check("#pacer-still")
    expect(page.locator(".pacer-orb")).to_be_hidden()
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_checkin_in_use_passes_axe(browser: Any, site: Site, scheme: str) -> None:
    """What axe cannot see on a fresh page: the words of a square, the body map open, an error, the pacer running."""
    context = browser.new_context(viewport=PHONE, color_scheme=scheme, storage_state=site.storage)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if "Content Security Policy" in m.text else None)

    def audit(state: str) -> None:
        page.evaluate(AXE)
        found = page.evaluate(AXE_RUN_JS, AXE_TAGS)
        problems.extend(f"{state}: {v['impact']} {v['id']} at {v['nodes']}" for v in found if v["impact"] in FAILING)
        problems.extend(f"{state}: small target {t}" for t in page.evaluate(TARGETS_JS))

    page.goto(f"{site.server.url}/checkin")
    page.click("#checkin-submit")  # nothing chosen: the gentle error
    page.wait_for_selector("#checkin-error")
    for square in ("high_unpleasant", "high_pleasant", "low_unpleasant", "low_pleasant"):
        page.click(f"label[for=q-{square}]")
        page.click(f"#words-{square} .more-words > summary")
        page.click(f"label[for=w-{square}-1]")
        page.click("label[for=distress-3]")
        audit(f"square {square}")
    page.click(".body-map > summary")
    for region in ("chest", "throat", "whole_body"):
        page.click(f"label[for=r-{region}]")
    audit("body map open")
    page.goto(f"{site.server.url}/checkin/reflect")
    audit("reflect")
    page.goto(f"{site.server.url}/pacer")
    page.click("[data-pacer-toggle]")
    page.wait_for_timeout(1500)  # the orb has moved through the style object: no CSP report may follow
    audit("pacer running")
    context.close()
    assert not problems, "\n".join(problems)
