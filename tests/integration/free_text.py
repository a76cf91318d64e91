"""Every way a person's own words reach Attune, each tagged so it can be looked for afterwards.

Used by the at-rest test (the tags must never be found in the database files or the logs) and
by the export test (each tag must be found, decrypted, in the export). A new free-text field
needs a writer here; a writer whose route does not exist yet is left out, and so is its column.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.integration.route_table import declared_routes
from tests.integration.signed_in_page import Browser

MARKER = "zqxv-private-words-1c7e"


def tag(name: str) -> str:
    return f"{MARKER}-{name}"


@dataclass
class Person:
    """`api` is any httpx-style client that already sends the person's bearer token."""

    api: Any
    browser: Browser


@dataclass(frozen=True)
class Writer:
    name: str
    route: tuple[str, str]
    write: Callable[[Person, str], None]
    fills: str | None = None  # the sealed column it reaches
    exported: bool = True  # whether its words belong in the export


def latest_checkin(who: Person) -> str:
    return str(who.api.get("/api/v1/checkins", params={"limit": 1}).json()["items"][0]["id"])


def checkin_through_the_api(who: Person, words: str) -> None:
    got = who.api.post("/api/v1/checkins", json={"text": f"I feel {words} today", "distress": 4})
    assert got.status_code == 201, got.text


def checkin_through_the_page(who: Person, words: str) -> None:
    got = who.browser.post("/checkin", {"text": f"on the page, {words}", "distress": "3",
                                        "sift_thoughts": f"thinking {words}", "sift_images": f"seeing {words}"})
    assert got.status_code == 303, got.text


def risky_checkin(who: Person, words: str) -> None:
    """The crisis path keeps a safety event: its reasons are rule ids, never the words."""
    got = who.api.post("/api/v1/checkins", json={"text": f"I want to kill myself tonight {words}"})
    assert got.status_code == 201, got.text


def refused_requests(who: Person, words: str) -> None:
    """Refused input is not echoed into the logs either."""
    for body in [{"text": words * 500}, {"text": words, "distress": words}, {"text": words, words: words}]:
        assert who.api.post("/api/v1/checkins", json=body).status_code == 422
    assert who.api.post("/api/v1/tokens", json={"username": "someone", "password": words}).status_code == 401
    made = who.api.post("/api/v1/accounts", json={"username": "withmarkerpw", "password": words})
    assert made.status_code == 201


def correction(who: Person, words: str) -> None:
    """The person's own word when Attune's guess didn't fit: the companion learns it, sealed."""
    got = who.api.post(f"/api/v1/checkins/{latest_checkin(who)}/feedback",
                       json={"fits": False, "emotion": f"more like {words}"})
    assert got.status_code in {200, 201, 204}, got.text


def window_signs(who: Person, words: str) -> None:
    got = who.browser.post("/settings/window", {"above": f"racing {words}", "below": f"numb {words}"})
    assert got.status_code == 303, got.text


PLAN_SECTIONS = ("warning_signs", "internal_coping", "distraction_people_places", "people_to_ask", "professionals",
                 "crisis_lines_note", "making_safe", "reasons_for_living")


def safety_plan(who: Person, words: str) -> None:
    got = who.api.put("/api/v1/safety-plan", json={name: [f"{name} {words}"] for name in PLAN_SECTIONS})
    assert got.status_code in {200, 201, 204}, got.text


def safety_plan_through_the_page(who: Person, words: str) -> None:
    got = who.browser.post("/safety-plan", {name: f"{name} {words}\nand more" for name in PLAN_SECTIONS})
    assert got.status_code == 303, got.text


def shared_copy(who: Person, _words: str) -> None:
    got = who.api.post("/api/v1/shares", json={"scopes": ["checkins"], "checkin_ids": [latest_checkin(who)]})
    assert got.status_code == 201, got.text


WRITERS = [
    Writer("checkin", ("POST", "/api/v1/checkins"), checkin_through_the_api, "checkins.text_enc"),
    Writer("correction", ("POST", "/api/v1/checkins/{checkin_id}/feedback"), correction, "checkins.correction_enc"),
    Writer("page-checkin", ("POST", "/checkin"), checkin_through_the_page),
    Writer("risky", ("POST", "/api/v1/checkins"), risky_checkin),
    Writer("refused", ("POST", "/api/v1/checkins"), refused_requests, exported=False),
    Writer("window", ("POST", "/settings/window"), window_signs, "person_state.window_signs_enc"),
    Writer("page-plan", ("POST", "/safety-plan"), safety_plan_through_the_page, "safety_plans.plan_enc",
           exported=False),  # replaced by the plan below: the last one saved is the one exported
    Writer("plan", ("PUT", "/api/v1/safety-plan"), safety_plan, "safety_plans.plan_enc"),
    Writer("shared", ("POST", "/api/v1/shares"), shared_copy, "shared_items.text_enc", exported=False),
]


def available() -> tuple[list[Writer], set[str]]:
    """The writers whose route exists, and the sealed columns that no route writes yet."""
    present = declared_routes()
    usable = [w for w in WRITERS if w.route in present]
    unreached = {w.fills for w in WRITERS if w.fills and w.route not in present}
    return usable, unreached


def write_everything(who: Person) -> list[Writer]:
    writers, _ = available()
    for writer in writers:
        writer.write(who, tag(writer.name))
    return writers
