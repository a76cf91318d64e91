"""Check-ins through the API, on SQLite and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from attune.web.app import create_app
from tests.integration.conftest import Api, make_settings


def test_a_checkin_comes_back_with_a_reading_and_a_reply(owner: Api) -> None:
    made = owner.checkin("I'm so anxious about tomorrow, my chest is tight", distress=6)
    assert set(made) >= {"id", "created_at", "reading", "reply"}
    reading = made["reading"]
    assert reading["zone"] in {"hyper", "within", "hypo"}
    assert -1 <= reading["valence"] <= 1 and 0 <= reading["arousal"] <= 1
    assert reading["emotions"] and {"label", "score"} <= set(reading["emotions"][0])
    assert set(reading["risk"]) == {"level", "category"}
    assert made["reply"]["text"]


def test_the_list_is_newest_first_and_paginated(owner: Api) -> None:
    ids = [owner.checkin(f"check-in number {i}")["id"] for i in range(5)]
    first = owner.get("/api/v1/checkins", params={"limit": 2}).json()
    assert [c["id"] for c in first["items"]] == ids[::-1][:2]
    second = owner.get("/api/v1/checkins", params={"limit": 2, "cursor": first["next_cursor"]}).json()
    assert [c["id"] for c in second["items"]] == ids[::-1][2:4]


def test_one_checkin_can_be_read_back(owner: Api) -> None:
    made = owner.checkin("a quiet afternoon")
    got = owner.get(f"/api/v1/checkins/{made['id']}")
    assert got.status_code == 200 and got.json()["text"] == "a quiet afternoon"


def test_another_persons_checkin_is_not_found(owner: Api, stranger: Api) -> None:
    made = owner.checkin("mine alone")
    assert stranger.get(f"/api/v1/checkins/{made['id']}").status_code == 404
    assert stranger.get("/api/v1/checkins").json()["items"] == []


def test_empty_and_oversized_text_get_a_clear_422(owner: Api) -> None:
    for text in ["", "   ", "x" * 10_001]:
        got = owner.post("/api/v1/checkins", json={"text": text})
        assert got.status_code == 422 and got.json()["error"]


def test_wrong_types_and_unknown_fields_get_422(owner: Api) -> None:
    for body in [{"text": 5}, {"text": "hi", "distress": "high"}, {"text": "hi", "distress": 11},
                 {"text": "hi", "mood": 3}, ["not", "an", "object"]]:
        got = owner.post("/api/v1/checkins", json=body)
        assert got.status_code == 422, body
        assert "error" in got.json()


def test_a_checkin_is_still_there_after_a_restart(db_url: str, tmp_path: Path) -> None:
    settings = make_settings(db_url, tmp_path)
    with TestClient(create_app(settings)) as client:
        made = Api(client, "restarting").checkin("still here tomorrow?")
    with TestClient(create_app(settings)) as client:
        token = client.post("/api/v1/tokens", json={"username": "restarting",
                                                     "password": "correct horse battery"}).json()["token"]
        got = client.get(f"/api/v1/checkins/{made['id']}", headers={"Authorization": f"Bearer {token}"})
    assert got.status_code == 200 and got.json()["text"] == "still here tomorrow?"
