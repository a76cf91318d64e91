"""Reflect → fits? → practice → before/after → learning, through the API."""

from __future__ import annotations

from tests.integration.conftest import Api


def test_the_reply_reflects_and_asks_whether_it_fits(owner: Api) -> None:
    reply = owner.checkin("I'm so frustrated with my boss, I could scream", distress=5)["reply"]
    assert reply["kind"] == "companion"
    assert "fits" in reply["asks"]
    assert "?" in reply["text"]


def test_a_person_in_high_distress_is_offered_a_body_first_practice(owner: Api) -> None:
    reply = owner.checkin("My heart is racing and I can't stop shaking, everything is too much", distress=9)["reply"]
    assert reply["practice"] is not None
    assert reply["practice"]["body_first"] is True
    assert {"slug", "name", "steps", "source"} <= set(reply["practice"])


def test_saying_it_did_not_fit_gets_a_repair(owner: Api) -> None:
    made = owner.checkin("I'm so angry at my sister", distress=4)
    got = owner.post(f"/api/v1/checkins/{made['id']}/feedback", json={"fits": False, "emotion": "hurt"})
    assert got.status_code == 200
    assert got.json()["reply"] is not None and got.json()["reply"]["text"]
    assert owner.get(f"/api/v1/checkins/{made['id']}").json()["fits"] is False


def test_feedback_on_someone_elses_checkin_is_not_found(owner: Api, stranger: Api) -> None:
    made = owner.checkin("mine")
    assert stranger.post(f"/api/v1/checkins/{made['id']}/feedback", json={"fits": True}).status_code == 404


def test_a_practice_session_is_recorded_and_learned_from(owner: Api) -> None:
    made = owner.checkin("panicking, chest so tight", distress=8)
    slug = made["reply"]["practice"]["slug"]
    got = owner.post("/api/v1/practice-sessions", json={
        "practice": slug, "checkin_id": made["id"], "distress_before": 8, "distress_after": 4})
    assert got.status_code == 201
    assert got.json()["zone"] == made["reading"]["zone"]
    effects = owner.get("/api/v1/practices/effects").json()["items"]
    assert [e["slug"] for e in effects] == [slug] and effects[0]["mean_drop"] == 4


def test_an_unknown_practice_or_out_of_range_distress_is_refused(owner: Api) -> None:
    bad = [{"practice": "no-such-thing", "distress_before": 5, "distress_after": 3},
           {"practice": "box-breathing", "distress_before": 11, "distress_after": 3}]
    for body in bad:
        assert owner.post("/api/v1/practice-sessions", json=body).status_code == 422


def test_the_catalogue_lists_at_least_fifteen_practices_with_sources() -> None:
    from attune.domain.practices import load_catalogue

    practices = load_catalogue().practices
    assert len(practices) >= 15 and all(p.source for p in practices)
