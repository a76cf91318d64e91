"""The export holds everything the person wrote, opened with their key: JSON, and check-ins as CSV."""

from __future__ import annotations

import csv
import io
import json

from fastapi.testclient import TestClient

from tests.integration.conftest import Api
from tests.integration.free_text import Person, tag, write_everything
from tests.integration.signed_in_page import Browser


def person(owner: Api, app_client: TestClient) -> Person:
    api = TestClient(app_client.app, headers=owner.headers)
    return Person(api, Browser(app_client.app, "owner", owner.password))


def test_the_json_export_holds_every_free_text_field_decrypted(owner: Api, app_client: TestClient) -> None:
    writers = write_everything(person(owner, app_client))
    exported = owner.get("/api/v1/export")
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("application/json")
    data = exported.json()
    whole = json.dumps(data, ensure_ascii=False)
    for writer in writers:
        if writer.exported:
            assert tag(writer.name) in whole, f"the export lacks what went through {writer.name}"
    texts = [c["text"] for c in data["checkins"]]
    assert f"I feel {tag('checkin')} today" in texts
    assert all(c["reply"]["text"] for c in data["checkins"]), "replies are opened too"


def test_the_csv_export_holds_every_checkin_word_for_word(owner: Api) -> None:
    written = ["plain words", 'a "quoted", comma-laden line', "two\nlines", "café 💙 שלום", "=1+1 stays text"]
    for text in written:
        owner.checkin(text)
    got = owner.get("/api/v1/export", params={"format": "csv"})
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(got.text)))
    # A cell that a spreadsheet would run as a formula keeps its words behind an apostrophe.
    expected = ["'" + t if t.startswith("=") else t for t in written]
    assert sorted(r["text"] for r in rows) == sorted(expected)
    assert all(r["reply"] for r in rows)


def test_the_account_page_offers_the_same_downloads(owner: Api, app_client: TestClient) -> None:
    owner.checkin("downloaded from the page")
    browser = Browser(app_client.app, "owner", owner.password)
    page = browser.get("/account").text
    assert 'href="/account/export?format=json"' in page and 'href="/account/export?format=csv"' in page
    as_json = browser.get("/account/export")
    assert "attachment" in as_json.headers["content-disposition"]
    assert as_json.json()["checkins"][0]["text"] == "downloaded from the page"
    assert "downloaded from the page" in browser.get("/account/export", params={"format": "csv"}).text


def test_the_export_holds_only_the_persons_own_words(owner: Api, stranger: Api) -> None:
    owner.checkin("the owner's words")
    stranger.checkin("the stranger's words")
    assert "the owner's words" not in stranger.get("/api/v1/export").text
    assert "the owner's words" not in stranger.get("/api/v1/export", params={"format": "csv"}).text
