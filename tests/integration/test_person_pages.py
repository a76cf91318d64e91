"""The person's pages: onboarding, the quick and the slow check-in, reminders, and the offline pieces."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, select

from attune.store.schema import checkins, jobs, person_state, push_subscriptions, reminders, users
from tests.integration.conftest import Api
from tests.integration.signed_in_page import Browser

MARKER = "qpzx-own-words-77"


@pytest.fixture
def browser(owner: Api, app_client: TestClient) -> Browser:
    return Browser(app_client.app, owner.username, owner.password)


@pytest.fixture
def rows(db_url: str) -> Any:
    engine = create_engine(db_url)
    yield engine
    engine.dispose()


def one(engine: Any, query: Any) -> Any:
    with engine.connect() as conn:
        return conn.execute(query).mappings().first()


def all_rows(engine: Any, query: Any) -> list[Any]:
    with engine.connect() as conn:
        return list(conn.execute(query).mappings())


# --- onboarding ---------------------------------------------------------------------------------

def test_a_new_person_is_sent_to_onboarding_and_then_to_check_in(browser: Browser) -> None:
    assert browser.get("/").headers["location"] == "/onboarding"
    assert "not a therapist" in browser.get("/onboarding").text.lower()
    assert browser.post("/onboarding/finish").headers["location"] == "/checkin"
    assert browser.get("/").headers["location"] == "/checkin"


def test_onboarding_keeps_the_country_and_seals_the_window_signs(browser: Browser, owner: Api, rows: Any) -> None:
    assert browser.post("/onboarding/country", {"locale": "GB"}).headers["location"] == "/onboarding/window"
    got = browser.post("/onboarding/window", {"above": f"clenched jaw {MARKER}", "below": "foggy"})
    assert got.headers["location"] == "/onboarding/done"
    user = one(rows, select(users).where(users.c.username == owner.username))
    assert user["locale"] == "GB" and user["onboarded_at"] is not None
    state = one(rows, select(person_state).where(person_state.c.user_id == user["id"]))
    assert MARKER.encode() not in state["window_signs_enc"]
    assert MARKER in browser.get("/settings").text


def test_an_unknown_country_is_refused_kindly(browser: Browser, owner: Api, rows: Any) -> None:
    got = browser.post("/onboarding/country", {"locale": "XX"})
    assert got.status_code == 422 and "choose one of the countries" in got.text
    assert one(rows, select(users).where(users.c.username == owner.username))["locale"] is None


def test_skipping_the_window_step_saves_nothing_but_finishes(browser: Browser, owner: Api, rows: Any) -> None:
    got = browser.post("/onboarding/window", {"above": "ignored", "action": "skip"})
    assert got.headers["location"] == "/onboarding/done"
    user = one(rows, select(users).where(users.c.username == owner.username))
    assert user["onboarded_at"] is not None
    assert one(rows, select(person_state).where(person_state.c.user_id == user["id"])) is None


def test_settings_change_the_country_later(browser: Browser, owner: Api, rows: Any) -> None:
    assert browser.post("/settings/country", {"locale": "NZ"}).status_code == 303
    assert one(rows, select(users).where(users.c.username == owner.username))["locale"] == "NZ"


# --- check-in -----------------------------------------------------------------------------------

def checkin_id(response: Any) -> str:
    assert response.status_code == 303, response.text
    return str(response.headers["location"].rsplit("/", 1)[1])


def test_a_quick_checkin_needs_no_text_when_a_word_is_chosen(browser: Browser, owner: Api) -> None:
    form = {"quadrant": "high_unpleasant", "words": ["tense", "worried"], "distress": "6", "body": ["chest:tight"]}
    made = checkin_id(browser.client.post("/checkin", data={**form, "csrf": browser.form_token()},
                                          headers=browser.same_origin))
    record = owner.get(f"/api/v1/checkins/{made}").json()
    assert record["text"] == "I feel tense and worried."
    assert record["reading"]["chosen"] == {"quadrant": "high_unpleasant", "words": ["tense", "worried"],
                                           "body": [{"region": "chest", "sensation": "tight"}]}
    assert record["reading"]["distress"] == 6
    page = browser.get(f"/checkins/{made}").text
    named = re.search(r'id="named-words">(.*?)</ul>', page, re.S)
    assert named and named.group(1).index("tense") < named.group(1).index("worried")
    assert page.index('id="named"') < page.index('id="wrote-heading"')


def test_the_person_own_words_lead_the_reply(browser: Browser) -> None:
    made = checkin_id(browser.post("/checkin", {"quadrant": "low_unpleasant", "words": "disappointed"}))
    assert "disappointed" in browser.get(f"/checkins/{made}").text.split('id="reply-text"')[1].split("</p>")[0]


def test_the_slow_path_keeps_sift_answers_out_of_the_plain_columns(browser: Browser, owner: Api, rows: Any) -> None:
    made = checkin_id(browser.post("/checkin", {"path": "reflect", "quadrant": "low_pleasant", "words": "calm",
                                                "sift_images": f"a lake {MARKER}", "sift_thoughts": "enough"}))
    stored = one(rows, select(checkins).where(checkins.c.id == made))
    assert MARKER not in stored["chosen_json"] and '"sift": ["images", "thoughts"]' in stored["chosen_json"]
    assert MARKER.encode() not in stored["text_enc"]
    assert f"Images: a lake {MARKER}" in owner.get(f"/api/v1/checkins/{made}").json()["text"]


def test_nothing_chosen_and_nothing_written_is_refused_gently(browser: Browser) -> None:
    got = browser.post("/checkin", {"distress": "4"})
    assert got.status_code == 422 and "choose a square or a word" in got.text
    assert 'id="distress-4" value="4" checked' in got.text


def test_the_reflect_page_has_the_four_sift_boxes(browser: Browser) -> None:
    page = browser.get("/checkin/reflect").text
    for part in ("sensations", "images", "feelings", "thoughts"):
        assert f'name="sift_{part}"' in page


# --- reminders ----------------------------------------------------------------------------------

def add_reminder(browser: Browser, **form: Any) -> Any:
    data = {"kind": "checkin", "time_of_day": "09:30", "days": ["mon", "fri"], "timezone": "Europe/London", **form}
    return browser.post("/settings/reminders", data)


def test_a_reminder_is_listed_scheduled_and_in_the_calendar(browser: Browser, owner: Api, rows: Any) -> None:
    assert add_reminder(browser).headers["location"] == "/settings/reminders?saved=added"
    page = browser.get("/settings/reminders?saved=added").text
    assert "Reminder added." in page and "09:30" in page and "Mon, Fri" in page
    made = one(rows, select(reminders))
    assert made["timezone"] == "Europe/London" and made["days"] == "mon,fri"
    queued = all_rows(rows, select(jobs).where(jobs.c.kind == "reminder"))
    assert len(queued) == 1 and made["id"] in queued[0]["payload_json"]
    ics = browser.get("/settings/reminders.ics")
    assert ics.headers["content-type"].startswith("text/calendar")
    assert "attachment" in ics.headers["content-disposition"]
    assert "RRULE:FREQ=WEEKLY;BYDAY=MO,FR" in ics.text and "T093000\r\n" in ics.text


def test_turning_all_off_and_on_again_never_doubles_a_reminder(browser: Browser, rows: Any) -> None:
    add_reminder(browser)
    browser.post("/settings/reminders/all", {"action": "off"})
    assert one(rows, select(reminders))["enabled"] is False
    assert "BEGIN:VEVENT" not in browser.get("/settings/reminders.ics").text
    browser.post("/settings/reminders/all", {"action": "on"})
    assert one(rows, select(reminders))["enabled"] is True
    assert len(all_rows(rows, select(jobs).where(jobs.c.kind == "reminder", jobs.c.done_at.is_(None)))) == 1


def test_snooze_and_quiet_hours(browser: Browser, rows: Any) -> None:
    add_reminder(browser, time_of_day="23:00", days=["sun"])
    assert browser.post("/settings/reminders/all", {"action": "snooze-7"}).status_code == 303
    assert one(rows, select(reminders))["snoozed_until"] is not None
    assert "End the snooze" in browser.get("/settings/reminders").text
    browser.post("/settings/reminders/all", {"action": "wake"})
    assert one(rows, select(reminders))["snoozed_until"] is None
    assert browser.post("/settings/quiet-hours", {"start": "22:00", "end": "07:00"}).status_code == 303
    assert "inside quiet hours" in browser.get("/settings/reminders").text
    assert "BEGIN:VEVENT" not in browser.get("/settings/reminders.ics").text


@pytest.mark.parametrize("form, message", [
    ({"time_of_day": "later"}, "choose a time"), ({"days": []}, "at least one day"),
    ({"timezone": "Mars/Olympus"}, "time zone"), ({"kind": "nagging"}, "what the reminder is for"),
])
def test_a_reminder_that_cannot_be_used_is_explained(browser: Browser, form: dict[str, Any], message: str) -> None:
    got = add_reminder(browser, **form)
    assert got.status_code == 422 and message in got.text


def test_a_stranger_cannot_remove_someone_elses_reminder(browser: Browser, stranger: Api, app_client: TestClient,
                                                          rows: Any) -> None:
    add_reminder(browser)
    reminder_id = one(rows, select(reminders))["id"]
    other = Browser(app_client.app, stranger.username, stranger.password)
    other.post(f"/settings/reminders/{reminder_id}/delete")
    other.post(f"/settings/reminders/{reminder_id}/toggle", {"enabled": "off"})
    kept = one(rows, select(reminders))
    assert kept is not None and kept["enabled"] is True


def test_web_push_waits_for_a_push_key(browser: Browser) -> None:
    sub = {"endpoint": "https://push.example/abc", "keys": {"p256dh": "x", "auth": "y"}}
    got = browser.client.post("/settings/reminders/push", json=sub,
                              headers={**browser.same_origin, "X-CSRF-Token": browser.form_token()})
    assert got.status_code == 409


def test_a_push_subscription_is_kept_sealed(browser: Browser, rows: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATTUNE_VAPID_PUBLIC_KEY", "BPublicKeyForTests")
    monkeypatch.setenv("ATTUNE_VAPID_PRIVATE_KEY", "private-key-for-tests")
    sub = {"endpoint": f"https://push.example/{MARKER}", "keys": {"p256dh": "x", "auth": "y"}}
    assert browser.client.post("/settings/reminders/push", json=sub,
                               headers=browser.same_origin).status_code == 403
    got = browser.client.post("/settings/reminders/push", json=sub,
                              headers={**browser.same_origin, "X-CSRF-Token": browser.form_token()})
    assert got.status_code == 201
    stored = one(rows, select(push_subscriptions))
    assert MARKER.encode() not in stored["subscription_enc"]
    assert "1 device set up" in browser.get("/settings/reminders").text


# --- installable and offline --------------------------------------------------------------------

def test_the_manifest_and_the_service_worker_are_served_from_the_root(app_client: TestClient) -> None:
    manifest = app_client.get("/manifest.webmanifest")
    assert manifest.headers["content-type"].startswith("application/manifest+json")
    body = manifest.json()
    assert body["start_url"] == "/checkin" and body["display"] == "standalone"
    assert {"192x192", "512x512"} <= {i["sizes"] for i in body["icons"]}
    for icon in body["icons"]:
        assert app_client.get(icon["src"]).status_code == 200
    worker = app_client.get("/sw.js")
    assert worker.headers["content-type"].startswith("text/javascript")
    assert worker.headers["service-worker-allowed"] == "/"
    assert worker.headers["cache-control"] == "no-cache"
    assert "__VERSION__" not in worker.text and '"/help"' in worker.text


@pytest.mark.parametrize("path", ["/help", "/learn", "/pacer", "/offline"])
def test_the_offline_pages_need_no_account(app_client: TestClient, path: str) -> None:
    got = app_client.get(path)
    assert got.status_code == 200 and 'id="get-help-now"' in got.text


def test_the_pacer_reads_its_rhythm_from_the_address(app_client: TestClient) -> None:
    page = app_client.get("/pacer?inhale=4&hold=7&exhale=8&cycles=4").text
    assert "Breathe in for 4 seconds, then hold for 7 seconds, then breathe out for 8 seconds." in page
    assert "&#34;seconds&#34;: 7.0" in page
    refused = app_client.get("/pacer?inhale=45")
    assert refused.status_code == 422 and "from 0 to 30" in refused.text


# --- words ----------------------------------------------------------------------------------------

MY_PAGES = ["/onboarding", "/onboarding/country", "/onboarding/window", "/onboarding/done", "/checkin",
            "/checkin/reflect", "/settings", "/settings/reminders", "/learn", "/pacer", "/help", "/offline"]


def visible_text(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_every_sentence_on_these_pages_is_gentle(browser: Browser) -> None:
    from attune.domain.language_check import problems

    found = {path: problems(visible_text(browser.get(path).text)) for path in MY_PAGES}
    assert not {path: p for path, p in found.items() if p}


def test_help_puts_the_persons_country_first(browser: Browser, app_client: TestClient) -> None:
    browser.post("/settings/country", {"locale": "AU"})
    lines = browser.get("/help").text.split('id="crisis-lines"')[1].split("</ul>")[0]
    assert lines.index("Australia") < lines.index("United States")
    assert "13 11 14" in lines and "(your country)" in lines
    assert 'href="tel:000"' in browser.get("/help").text


def test_help_signed_out_lists_every_country(app_client: TestClient) -> None:
    lines = app_client.get("/help").text.split('id="crisis-lines"')[1].split("</ul>")[0]
    for name, number in [("United States", "988"), ("United Kingdom", "116 123"), ("New Zealand", "1737"),
                         ("France", "3114"), ("Anywhere else", "findahelpline.com")]:
        assert name in lines and number in lines
    assert "(your country)" not in lines
