"""Who may read or change what, on every route, with three personas (and their role twins).

The owner wrote two check-ins, one of them shared with a therapist who accepted the share (the
granted persona). A stranger person and a stranger therapist have accounts of their own. The table
ROUTES says, for every route that reads or changes data, how to call it; every call is then made
as each persona:

- a route that names the owner's record (in its path or its body): strangers get 404, every time,
  never 403 and never the data; so does the granted therapist, unless the route is a share route;
- a route that acts on the caller's own account: no one else's words come back, and the owner's
  data is the same afterwards;
- a therapist's route for one client: the granted therapist sees what was shared and nothing else;
  everyone else gets 404.

The route table is read from the app, so a new route without a line here fails the first test.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from attune.store.schema import reminders
from attune.web.app import create_app
from tests.integration.conftest import make_settings
from tests.integration.route_table import routes
from tests.integration.signed_in_page import Browser
from tests.integration.stored_rows import fingerprint

SHARED = "zqxv-shared-words-88a1"
PRIVATE = "zqxv-private-words-52bd"
PASSWORD = "correct horse battery"

# Routes that read or change no one's data (or only create an account, a session, a password reset).
PUBLIC = {
    ("GET", "/"), ("GET", "/signup"), ("POST", "/signup"), ("GET", "/signin"), ("POST", "/signin"),
    ("GET", "/recover"), ("POST", "/recover"), ("GET", "/help"), ("GET", "/healthz"),
    ("GET", "/signup/therapist"), ("POST", "/signup/therapist"),
    ("GET", "/learn"), ("GET", "/pacer"), ("GET", "/practices"), ("GET", "/practice/{slug}"),
    ("GET", "/manifest.webmanifest"), ("GET", "/sw.js"), ("GET", "/offline"),
    ("GET", "/api/v1/openapi.json"), ("GET", "/api/docs"), ("GET", "/docs/oauth2-redirect"), ("MOUNT", "/static"),
    ("POST", "/api/v1/accounts"), ("POST", "/api/v1/tokens"), ("POST", "/api/v1/account/recover"),
    ("GET", "/api/v1/practices"), ("GET", "/api/v1/practices/{slug}"),
}


@dataclass(frozen=True)
class Own:
    """Acts on the caller's own account; `form` (pages) or `json` (API) is the body."""

    form: dict[str, Any] | None = None
    json: Any = None
    ends_session: bool = False
    headers: dict[str, str] = field(default_factory=dict)
    deletes_account: bool = False  # called last: deleting a therapist's account ends their shares


@dataclass(frozen=True)
class Record:
    """Names one of the owner's records; `refused` is what a stranger gets (404, or 422 for a body id)."""

    form: dict[str, Any] | None = None
    json: Any = None
    refused: frozenset[int] = frozenset({404})
    shows: str | None = None  # what the owner's own answer holds (for reads)


@dataclass(frozen=True)
class Client:
    """A therapist's view of one client, by share id."""

    shows_shared: bool = True


Access = Own | Record | Client

ROUTES: dict[tuple[str, str], Access] = {
    # --- the person's data through the API ---
    ("GET", "/api/v1/checkins"): Own(),
    ("POST", "/api/v1/checkins"): Own(json={"text": "my own words"}),
    ("GET", "/api/v1/checkins/{checkin_id}"): Record(shows=PRIVATE),
    ("POST", "/api/v1/checkins/{checkin_id}/feedback"): Record(json={"fits": False, "emotion": "wistful"}),
    ("GET", "/api/v1/export"): Own(),
    ("GET", "/api/v1/insights"): Own(),
    ("GET", "/api/v1/practice-sessions"): Own(),
    ("POST", "/api/v1/practice-sessions"): Record(json={
        "practice": "{practice}", "checkin_id": "{checkin_id}", "distress_before": 6, "distress_after": 3}),
    ("GET", "/api/v1/practices/effects"): Own(),
    ("GET", "/api/v1/questionnaires"): Own(),
    ("PUT", "/api/v1/questionnaires/schedule"): Own(json={"cadence": {"phq9": 14}}),
    ("GET", "/api/v1/questionnaires/responses"): Own(),
    ("GET", "/api/v1/questionnaires/{name}"): Own(),
    ("POST", "/api/v1/questionnaires/{name}/responses"): Own(json={"answers": [0, 0, 0, 0, 0, 0, 0, 0, 0]}),
    ("GET", "/api/v1/questionnaires/{name}/responses/{response_id}"): Record(),
    ("GET", "/api/v1/shares"): Own(),
    ("POST", "/api/v1/shares"): Record(json={"scopes": ["checkins"], "checkin_ids": ["{checkin_id}"]},
                                       refused=frozenset({404, 422})),
    ("DELETE", "/api/v1/shares/{share_id}"): Record(),
    ("GET", "/api/v1/safety-plan"): Own(),
    ("PUT", "/api/v1/safety-plan"): Own(json={"warning_signs": ["my own sign"]}),
    ("GET", "/api/v1/safety-events"): Own(),
    # --- the caller's own account and sessions through the API ---
    ("POST", "/api/v1/account/password"): Own(json={"current_password": "{password}", "new_password": PASSWORD},
                                              ends_session=True),
    ("POST", "/api/v1/sessions/revoke-all"): Own(ends_session=True),
    ("DELETE", "/api/v1/tokens/current"): Own(ends_session=True),
    ("DELETE", "/api/v1/account"): Own(ends_session=True, deletes_account=True),
    # --- the therapist's side of the API ---
    ("POST", "/api/v1/shares/accept"): Own(json={"code": "AAAA-BBBB-CCCC-DDDD"}),
    ("GET", "/api/v1/clients"): Own(),
    ("GET", "/api/v1/clients/{client_id}/summary"): Client(),
    ("GET", "/api/v1/clients/{client_id}/report"): Client(),
    # --- pages ---
    ("GET", "/checkin"): Own(),
    ("GET", "/checkin/reflect"): Own(),
    ("POST", "/checkin"): Own(form={"text": "my own words", "distress": "2"}),
    ("GET", "/checkins/{checkin_id}"): Record(shows=PRIVATE),
    ("POST", "/checkins/{checkin_id}/feedback"): Record(form={"fits": "no", "emotion": "wistful"}),
    ("GET", "/history"): Own(),
    ("GET", "/safety-plan"): Own(),
    ("POST", "/safety-plan"): Own(form={"warning_signs": "my own sign"}),
    ("GET", "/insights"): Own(),
    ("POST", "/practice/{slug}"): Record(form={"distress_before": "6", "distress_after": "3",
                                               "checkin_id": "{checkin_id}"}),
    ("GET", "/account"): Own(),
    ("GET", "/account/export"): Own(),
    ("POST", "/account/password"): Own(form={"current_password": "{password}", "new_password": PASSWORD},
                                       ends_session=True),
    ("POST", "/account/signout-everywhere"): Own(form={}, ends_session=True),
    ("POST", "/account/delete"): Own(form={"password": "{password}"}, ends_session=True, deletes_account=True),
    ("POST", "/signout"): Own(form={}, ends_session=True),
    ("GET", "/onboarding"): Own(),
    ("GET", "/onboarding/country"): Own(),
    ("POST", "/onboarding/country"): Own(form={"locale": "GB"}),
    ("GET", "/onboarding/window"): Own(),
    ("POST", "/onboarding/window"): Own(form={"above": "tight chest", "below": "heavy"}),
    ("POST", "/onboarding/finish"): Own(form={}),
    ("GET", "/onboarding/done"): Own(),
    ("GET", "/settings"): Own(),
    ("POST", "/settings/country"): Own(form={"locale": "GB"}),
    ("POST", "/settings/window"): Own(form={"above": "tight chest", "below": "heavy"}),
    ("GET", "/settings/reminders"): Own(),
    ("POST", "/settings/reminders"): Own(form={"kind": "checkin", "time_of_day": "09:00", "days": ["mon"],
                                               "timezone": "UTC"}),
    ("GET", "/settings/reminders.ics"): Own(),
    ("POST", "/settings/reminders/all"): Own(form={"action": "off"}),
    ("POST", "/settings/quiet-hours"): Own(form={"start": "22:00", "end": "07:00"}),
    ("POST", "/settings/reminders/push"): Own(json={"endpoint": "https://push.example/x", "keys": {}},
                                              headers={"x-csrf-token": "{csrf}"}),
    ("POST", "/settings/reminders/push/forget"): Own(form={}),
    ("POST", "/settings/reminders/{reminder_id}/delete"): Record(form={}),
    ("POST", "/settings/reminders/{reminder_id}/toggle"): Record(form={"enabled": "no"}),
    ("GET", "/questionnaires"): Own(),
    ("POST", "/questionnaires/schedule"): Own(form={"phq9": "14"}),
    ("GET", "/questionnaires/{name}"): Own(),
    ("POST", "/questionnaires/{name}"): Own(form={f"item-{i}": "0" for i in range(1, 10)}),
    ("GET", "/questionnaires/{name}/responses/{response_id}"): Record(),
    ("GET", "/shares"): Own(),
    ("POST", "/shares"): Record(form={"scopes": ["checkins"], "checkin_ids": ["{checkin_id}"]},
                                refused=frozenset({404, 422})),
    ("POST", "/shares/{share_id}/revoke"): Record(form={}),
    ("GET", "/therapist"): Own(),
    ("POST", "/therapist/accept"): Own(form={"code": "AAAA-BBBB-CCCC-DDDD"}),
    ("GET", "/therapist/clients/{client_id}"): Client(),
    ("GET", "/therapist/clients/{client_id}/report"): Client(),
}


class Persona:
    """One account, through the API (bearer token) and through the pages (cookie), renewed on demand."""

    def __init__(self, app: Any, username: str, role: str = "person") -> None:
        self.app, self.username, self.role = app, username, role
        self.api = TestClient(app, follow_redirects=False)
        made = self.api.post("/api/v1/accounts", json={"username": username, "password": PASSWORD, "role": role})
        assert made.status_code == 201, made.text
        self.user_id = str(made.json()["id"])
        self.renew()

    def renew(self) -> None:
        got = self.api.post("/api/v1/tokens", json={"username": self.username, "password": PASSWORD})
        if got.status_code == 401:  # a probe deleted the account: make it again
            self.api.post("/api/v1/accounts", json={"username": self.username, "password": PASSWORD,
                                                    "role": self.role})
            got = self.api.post("/api/v1/tokens", json={"username": self.username, "password": PASSWORD})
        self.api.headers["Authorization"] = f"Bearer {got.json()['token']}"
        self.browser = Browser(self.app, self.username, PASSWORD)

    def call(self, method: str, path: str, access: Access, ids: dict[str, str]) -> Any:
        target = re.sub(r"\{(\w+)\}", lambda m: ids[m.group(1)], path)
        body_json = fill(getattr(access, "json", None), ids)
        form = fill(getattr(access, "form", None), ids)
        if path.startswith("/api/"):
            return self.api.request(method, target, json=body_json)
        headers = {**self.browser.same_origin, **fill(getattr(access, "headers", {}), ids | self.secrets())}
        if form is not None or method != "GET":
            return self.browser.client.request(method, target, headers=headers, json=body_json,
                                               data=None if body_json is not None else
                                               {**(form or {}), "csrf": self.browser.form_token()})
        return self.browser.get(target)

    def secrets(self) -> dict[str, str]:
        return {"csrf": self.browser.form_token(), "password": PASSWORD}


def fill(value: Any, ids: dict[str, str]) -> Any:
    """Put the world's ids (and the caller's password) into a body template."""
    if isinstance(value, str):
        return re.sub(r"\{(\w+)\}", lambda m: ids.get(m.group(1), PASSWORD), value)
    if isinstance(value, dict):
        return {k: fill(v, ids) for k, v in value.items()}
    if isinstance(value, list):
        return [fill(v, ids) for v in value]
    return value


@dataclass
class World:
    app: Any
    owner: Persona
    granted: Persona
    strangers: list[Persona]
    ids: dict[str, str]


@pytest.fixture
def world(db_url: str, tmp_path: Path) -> Iterator[World]:
    app = create_app(make_settings(db_url, tmp_path))
    with TestClient(app):
        owner, granted = Persona(app, "owner"), Persona(app, "granted", "therapist")
        strangers = [Persona(app, "stranger"), Persona(app, "strangetherapist", "therapist")]
        yield World(app, owner, granted, strangers, owner_records(app, owner, granted))
    app.state.ctx.engine.dispose()


def owner_records(app: Any, owner: Persona, granted: Persona) -> dict[str, str]:
    api = owner.api
    shared = api.post("/api/v1/checkins", json={"text": f"I feel {SHARED} today"}).json()["id"]
    private = api.post("/api/v1/checkins", json={"text": f"I feel {PRIVATE} today"}).json()["id"]
    response = api.post("/api/v1/questionnaires/phq9/responses", json={"answers": [1, 2, 1, 0, 1, 0, 1, 0, 0]})
    made = [owner.browser.post("/settings/reminders", {"kind": "checkin", "time_of_day": "08:00", "days": "tue"}),
            api.put("/api/v1/safety-plan", json={"warning_signs": [PRIVATE], "people_to_ask": [PRIVATE]}),
            owner.browser.post("/settings/window", {"above": f"racing {PRIVATE}", "below": f"numb {PRIVATE}"})]
    assert [m.status_code for m in made] == [303, 200, 303], [m.text[:200] for m in made]
    with app.state.ctx.engine.connect() as conn:
        reminder_id = conn.execute(select(reminders.c.id)).scalar_one()
    share = api.post("/api/v1/shares", json={"scopes": ["checkins", "scores", "insights", "practice_log",
                                                        "safety_events"], "checkin_ids": [shared]})
    assert share.status_code == 201, share.text
    accepted = granted.api.post("/api/v1/shares/accept", json={"code": share.json()["code"]})
    assert accepted.status_code == 200, accepted.text
    practice = api.get("/api/v1/practices").json()["items"][0]["slug"]
    # The private check-in is the one a stranger must not reach; the shared one is the granted view.
    return {"user_id": owner.user_id, "checkin_id": private, "shared_checkin_id": shared,
            "response_id": response.json()["id"], "name": "phq9", "reminder_id": reminder_id,
            "share_id": share.json()["id"], "client_id": accepted.json()["client_id"], "slug": practice,
            "practice": practice}


# What may change in the owner's rows while others call: their sessions' last use, and the share's
# record of the granted therapist looking.
VOLATILE = {"sessions", "share_access_log", "shares.last_viewed_at"}


def owner_fingerprint(world: World) -> dict[str, list[str]]:
    return fingerprint(world.app.state.ctx.engine, world.ids["user_id"], VOLATILE)


def in_order() -> list[tuple[tuple[str, str], Access]]:
    """Every route, those that delete the caller's account last."""
    return sorted(ROUTES.items(), key=lambda item: (getattr(item[1], "deletes_account", False), item[0]))


def leaks(response: Any, *markers: str) -> bool:
    return any(m in response.text for m in markers)


def test_every_route_that_reads_or_changes_data_is_in_the_table(tmp_path: Path, sqlite_url: str) -> None:
    app = create_app(make_settings(sqlite_url, tmp_path))
    found = routes(app)
    missing = sorted(found - PUBLIC - set(ROUTES))
    assert not missing, f"routes with no authorisation test: add them to ROUTES or PUBLIC: {missing}"
    stale = sorted((set(ROUTES) | PUBLIC) - found)
    assert not stale, f"ROUTES or PUBLIC name routes the app no longer has: {stale}"


def test_a_stranger_gets_404_or_their_own_data_on_every_route(world: World) -> None:
    before = owner_fingerprint(world)
    problems = []
    for (method, path), access in in_order():
        for stranger in world.strangers:
            got = stranger.call(method, path, access, world.ids)
            problems += judge_stranger(method, path, access, got, stranger.username)
            if isinstance(access, Own) and access.ends_session:
                stranger.renew()
    assert not problems, "\n".join(problems)
    assert owner_fingerprint(world) == before, "a stranger's call changed the owner's data"


def judge_stranger(method: str, path: str, access: Access, got: Any, who: str) -> list[str]:
    where = f"{who} {method} {path} -> {got.status_code}"
    found = []
    if got.status_code >= 500 or got.status_code == 403:
        found.append(f"{where}: never 403 or 5xx")
    if leaks(got, SHARED, PRIVATE):
        found.append(f"{where}: the owner's words came back")
    if isinstance(access, Record | Client) and got.status_code not in getattr(access, "refused", {404}):
        found.append(f"{where}: expected 404")
    return found


def test_the_owner_reaches_every_one_of_their_records(world: World) -> None:
    problems = []
    for (method, path), access in in_order():
        if not isinstance(access, Record) or method != "GET":
            continue
        got = world.owner.call(method, path, access, world.ids)
        if got.status_code != 200 or (access.shows and access.shows not in got.text):
            problems.append(f"owner {method} {path} -> {got.status_code}")
    assert not problems, "\n".join(problems)


def test_the_granted_therapist_sees_what_was_shared_and_nothing_else(world: World) -> None:
    summary = world.granted.api.get(f"/api/v1/clients/{world.ids['client_id']}/summary")
    assert SHARED in summary.text, "the shared check-in is what the therapist sees"
    before = owner_fingerprint(world)
    problems = []
    for (method, path), access in in_order():
        if getattr(access, "deletes_account", False) and before:
            # The therapist deleting their own account ends the share; check the owner's rows first.
            assert owner_fingerprint(world) == before, "the granted therapist's calls changed the owner's data"
            before = {}
        got = world.granted.call(method, path, access, world.ids)
        where = f"granted {method} {path} -> {got.status_code}"
        if got.status_code >= 500 or got.status_code == 403:
            problems.append(f"{where}: never 403 or 5xx")
        if leaks(got, PRIVATE):
            problems.append(f"{where}: words that were not shared came back")
        if isinstance(access, Client):
            if got.status_code != 200:
                problems.append(f"{where}: the share opens this route")
        elif leaks(got, SHARED):
            problems.append(f"{where}: shared words outside the share's own routes")
        if isinstance(access, Record) and got.status_code not in access.refused:
            problems.append(f"{where}: a share does not open the person's own routes")
        if isinstance(access, Own) and access.ends_session:
            world.granted.renew()
    assert not problems, "\n".join(problems)


def test_a_revoked_share_is_404_for_the_therapist_at_once(world: World) -> None:
    assert world.owner.api.delete(f"/api/v1/shares/{world.ids['share_id']}").status_code == 204
    for (method, path), access in in_order():
        if isinstance(access, Client):
            got = world.granted.call(method, path, access, world.ids)
            assert got.status_code == 404 and not leaks(got, SHARED, PRIVATE), (method, path, got.status_code)
