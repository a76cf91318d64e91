"""Risk comes first: the crisis pathway replaces the companion, with the person's own plan and lines."""

from __future__ import annotations

from tests.integration.conftest import Api

PLAN = {"warning_signs": ["not sleeping", "pulling away from friends"],
        "people_to_ask": ["my sister Ana"], "reasons_for_living": ["my dog"]}


def test_a_crisis_message_gets_the_crisis_pathway_instead_of_coaching(owner: Api) -> None:
    assert owner.client.put("/api/v1/safety-plan", json=PLAN, headers=owner.headers).status_code == 200
    reply = owner.checkin("I have the pills in front of me and I'm going to take them all tonight")["reply"]
    assert reply["kind"] == "crisis"
    assert reply["practice"] is None
    assert reply["lines"], "crisis lines are always shown"
    shown = [item for section in reply["safety_plan"] for item in section["items"]]
    assert "my sister Ana" in shown


def test_every_detection_is_recorded_without_the_persons_words(owner: Api) -> None:
    owner.checkin("I want to kill myself, I have a plan")
    events = owner.get("/api/v1/safety-events").json()["items"]
    assert len(events) == 1 and events[0]["level"] in {"high", "imminent"}
    assert "kill myself" not in str(events)


def test_a_jk_alone_does_not_close_the_crisis_pathway(owner: Api) -> None:
    owner.checkin("I'm going to end my life tonight")
    follow = owner.checkin("jk lol")
    assert follow["reply"]["kind"] == "crisis"


def test_an_idiom_gets_the_companion_not_the_crisis_pathway(owner: Api) -> None:
    reply = owner.checkin("this deadline is killing me, my boss wants it all by friday", distress=5)["reply"]
    assert reply["kind"] == "companion"


def test_a_safety_plan_that_is_too_long_gets_a_clear_422(owner: Api) -> None:
    got = owner.client.put("/api/v1/safety-plan", json={"warning_signs": ["x" * 400]}, headers=owner.headers)
    assert got.status_code == 422 and "safety plan" in got.json()["error"]


def test_the_safety_plan_is_not_anyone_elses_to_read(owner: Api, stranger: Api) -> None:
    owner.client.put("/api/v1/safety-plan", json=PLAN, headers=owner.headers)
    assert stranger.get("/api/v1/safety-plan").json()["people_to_ask"] == []
