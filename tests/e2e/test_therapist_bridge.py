"""A person and their therapist do it all in real browsers: share, accept, read, report, revoke.

The person signs up, checks in, answers a questionnaire and makes a share of chosen scopes and
one check-in; the therapist signs up on the therapist page, accepts the code, reads the client's
page and report; the person sees the access log and revokes; the therapist no longer sees them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import PHONE, Server
from tests.e2e.person import PASSWORD, sign_up

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
WRITTEN = "Dreading Monday's meeting, shoulders up by my ears"


@pytest.fixture
def second_page(browser: Any) -> Iterator[Any]:
    """The therapist's own browser: separate cookies, a desktop-sized window."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def person_page(browser: Any) -> Iterator[Any]:
    # bypass_csp only so the test can inject axe-core; the app's own pages never need it.
    context = browser.new_context(viewport=PHONE, bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


def serious_axe_violations(page: Any) -> list[str]:
    page.add_script_tag(path=str(AXE))
    found = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
    return [f"{v['id']}: {v['help']}" for v in found if v["impact"] in ("serious", "critical")]


def check_in(page: Any, server: Server, text: str) -> None:
    page.goto(f"{server.url}/checkin")
    page.fill("#text", text)
    page.click("label[for=distress-6]")
    page.click("#checkin-submit")
    page.wait_for_selector("#reply-text")


def answer_who5(page: Any, server: Server) -> None:
    page.goto(f"{server.url}/questionnaires")
    page.click("#due-list >> text=WHO-5 Well-Being Index")
    page.wait_for_selector("#questionnaire-form")
    assert serious_axe_violations(page) == []
    for item in range(1, 6):
        page.click(f"label[for=item-{item}-3]")
    page.click("#questionnaire-submit")
    page.wait_for_selector("#result-score")
    assert page.inner_text("#result-score") == "60%"


def make_share(page: Any, server: Server) -> str:
    page.goto(f"{server.url}/shares")
    page.check("#scope-scores")
    page.check("#scope-insights")
    page.check("#scope-checkins")
    page.locator("#checkin-choices input[type=checkbox]").first.check()
    assert serious_axe_violations(page) == []
    page.click("#share-submit")
    page.wait_for_selector("#share-code")
    return str(page.inner_text("#share-code")).strip()


def therapist_signs_up(page: Any, server: Server, username: str) -> None:
    page.goto(f"{server.url}/signup/therapist")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_selector("#recovery-key")
    page.click("#recovery-continue")
    page.wait_for_selector("#accept-form")


def test_a_person_shares_with_their_therapist_and_then_stops(person_page: Any, second_page: Any,
                                                            server: Server) -> None:
    me, therapist = person_page, second_page
    sign_up(me, server, "sage")
    check_in(me, server, WRITTEN)
    answer_who5(me, server)
    me.goto(f"{server.url}/insights")
    assert me.locator(".progress-figure").count() == 6 and me.locator("#figure-scores svg.chart").count() == 1
    assert me.locator(".chart-summary").count() == 6 and me.locator(".chart-summary").first.is_visible()
    assert serious_axe_violations(me) == []
    code = make_share(me, server)

    therapist_signs_up(therapist, server, "dr-rowan")
    therapist.fill("#code", code.lower())
    therapist.click("#accept-submit")
    therapist.wait_for_selector("#client-summary")
    client_url = therapist.url
    assert "sage" in therapist.inner_text("h1")
    assert WRITTEN in therapist.inner_text("#shared-checkins")
    assert "WHO-5" in therapist.inner_text("#scores-table")
    assert therapist.locator("#figure-distress svg").count() == 1
    assert therapist.locator("#figure-practices").count() == 0  # the practice log was not shared
    assert serious_axe_violations(therapist) == []

    therapist.click("#report-html")
    therapist.wait_for_selector("#report-period")
    assert WRITTEN in therapist.inner_text("main") and "not a diagnosis" in therapist.inner_text("main")
    pdf = therapist.request.get(client_url + "/report?format=pdf")
    assert pdf.status == 200 and pdf.body().startswith(b"%PDF-")
    therapist.goto(f"{server.url}/therapist")
    assert "sage" in therapist.inner_text("#client-list")

    me.goto(f"{server.url}/shares")
    log = me.locator("#share-list details")
    log.locator("summary").click()
    seen = log.inner_text()
    assert "dr-rowan viewed the summary" in seen and "opened the PDF report" in seen
    me.locator("#share-list button", has_text="Stop sharing").click()
    me.wait_for_selector("#share-list >> text=Stopped")

    gone = therapist.goto(client_url)
    assert gone is not None and gone.status == 404
    therapist.goto(f"{server.url}/therapist")
    assert "No one has shared with you yet." in therapist.inner_text("main")
