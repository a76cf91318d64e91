"""The bridge to a therapist, on SQLite and on PostgreSQL: scopes exactly, 404 for everyone else.

Personas: the person who owns the data (`owner`), the therapist they shared with (`therapist`),
a therapist they did not share with (`other_therapist`), and a person (`stranger`).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, func, select, update

from attune.domain.language_check import problems
from attune.store import practice
from attune.store.engine import writing
from attune.store.ids import now
from attune.store.schema import metadata, shared_items, shares
from tests.integration.conftest import Api

SCOPES = ["scores", "insights", "practice_log", "checkins", "safety_events"]
SECTIONS = {
    "scores": {"scores"}, "insights": {"insights"}, "practice_log": {"practice_log", "practice_effects"},
    "checkins": {"checkins"}, "safety_events": {"safety_events"},
}
MARKER = "ZEBRA-LANTERN-4471"


class Therapist(Api):
    def __init__(self, client: TestClient, username: str, password: str = "correct horse battery") -> None:
        self.client, self.username, self.password = client, username, password
        made = client.post("/api/v1/accounts", json={"username": username, "password": password, "role": "therapist"})
        assert made.status_code == 201, made.text
        self.recovery_key = made.json()["recovery_key"]
        self.token = self.new_token()


@pytest.fixture
def therapist(app_client: TestClient) -> Therapist:
    return Therapist(app_client, "dr-ash")


@pytest.fixture
def other_therapist(app_client: TestClient) -> Therapist:
    return Therapist(app_client, "dr-birch")


def share(person: Api, scopes: list[str], checkin_ids: list[str] | None = None) -> dict[str, Any]:
    made = person.post("/api/v1/shares", json={"scopes": scopes, "checkin_ids": checkin_ids or []})
    assert made.status_code == 201, made.text
    return dict(made.json())


def accepted(person: Api, therapist: Api, scopes: list[str], checkin_ids: list[str] | None = None) -> str:
    code = share(person, scopes, checkin_ids)["code"]
    got = therapist.post("/api/v1/shares/accept", json={"code": code})
    assert got.status_code == 200, got.text
    return str(got.json()["client_id"])


def with_some_history(person: Api) -> list[str]:
    """Two check-ins, a PHQ-9 that opens the safety steps, and a rated practice."""
    ids = [person.checkin(f"I feel anxious before the meeting {MARKER}", distress=7)["id"],
           person.checkin("a quiet walk, I felt calmer", distress=2)["id"]]
    person.post("/api/v1/questionnaires/phq9/responses", json={"answers": [1, 1, 1, 1, 1, 1, 1, 1, 1]})
    user_id = person.get("/api/v1/export").json()["account"]["id"]
    with writing(person.client.app.state.ctx.engine) as conn:  # type: ignore[attr-defined]
        practice.add_session(conn, user_id, "slow-breathing", 7, 4, checkin_id=ids[0])
    return ids


def client_routes(client_id: str) -> list[str]:
    return [f"/api/v1/clients/{client_id}/summary", f"/api/v1/clients/{client_id}/report",
            f"/api/v1/clients/{client_id}/report?format=pdf"]


# --- making and accepting a share -----------------------------------------------------------------


def test_a_share_gives_a_code_once_and_stores_only_its_hash(owner: Api, db_url: str) -> None:
    made = share(owner, ["scores"])
    assert len(made["code"].replace("-", "")) == 16
    engine = create_engine(db_url)
    with engine.connect() as conn:
        row = conn.execute(select(shares)).mappings().one()
    engine.dispose()
    assert made["code"] not in str(dict(row)) and made["code"].replace("-", "") not in str(dict(row))
    assert row["share_key_by_code"] is not None and row["share_key_by_therapist"] is None
    listed = owner.get("/api/v1/shares").json()["items"]
    assert listed[0]["status"] == "waiting" and "code" not in listed[0]


@pytest.mark.parametrize("body", [
    {"scopes": []}, {"scopes": ["everything"]}, {"scopes": ["checkins"]},
    {"scopes": ["scores"], "checkin_ids": ["0" * 32]}, {"scopes": ["checkins"], "checkin_ids": ["0" * 32]},
    {"scopes": "scores"}, {"scopes": ["scores"], "therapist": "x"},
])
def test_a_share_that_cannot_be_made_gets_422(owner: Api, body: dict[str, Any]) -> None:
    got = owner.post("/api/v1/shares", json=body)
    assert got.status_code == 422 and got.json()["error"]
    assert owner.get("/api/v1/shares").json()["items"] == []


def test_another_persons_checkin_cannot_be_shared(owner: Api, stranger: Api) -> None:
    theirs = stranger.checkin("not yours to share")["id"]
    got = owner.post("/api/v1/shares", json={"scopes": ["checkins"], "checkin_ids": [theirs]})
    assert got.status_code == 422


def test_the_code_is_forgiving_about_case_spaces_and_dashes(owner: Api, therapist: Therapist) -> None:
    code = share(owner, ["scores"])["code"]
    messy = f"  {code.lower().replace('-', ' ')} "
    assert therapist.post("/api/v1/shares/accept", json={"code": messy}).status_code == 200


def test_a_code_works_once(owner: Api, therapist: Therapist, other_therapist: Therapist) -> None:
    code = share(owner, ["scores"])["code"]
    assert therapist.post("/api/v1/shares/accept", json={"code": code}).status_code == 200
    assert other_therapist.post("/api/v1/shares/accept", json={"code": code}).status_code == 404
    assert therapist.post("/api/v1/shares/accept", json={"code": code}).status_code == 404


def test_a_wrong_or_expired_code_is_404(owner: Api, therapist: Therapist, db_url: str) -> None:
    assert therapist.post("/api/v1/shares/accept", json={"code": "AAAA-BBBB-CCCC-DDDD"}).status_code == 404
    code = share(owner, ["scores"])["code"]
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(update(shares).values(created_at=now() - timedelta(days=15)))
    engine.dispose()
    assert therapist.post("/api/v1/shares/accept", json={"code": code}).status_code == 404
    assert owner.get("/api/v1/shares").json()["items"][0]["status"] == "expired"


def test_guessing_codes_is_slowed_down(therapist: Therapist) -> None:
    answers = [therapist.post("/api/v1/shares/accept", json={"code": f"WRONG-{i:04d}"}).status_code
               for i in range(11)]
    assert answers[:10] == [404] * 10 and answers[10] == 429


def test_accepting_moves_the_key_from_the_code_to_the_therapist(owner: Api, therapist: Therapist,
                                                                db_url: str) -> None:
    accepted(owner, therapist, ["scores"])
    engine = create_engine(db_url)
    with engine.connect() as conn:
        row = conn.execute(select(shares)).mappings().one()
    engine.dispose()
    assert row["share_key_by_code"] is None and row["share_key_by_therapist"] is not None


# --- scopes, exactly ------------------------------------------------------------------------------


@pytest.mark.parametrize("scope", SCOPES)
def test_a_therapist_sees_exactly_the_one_scope_shared(owner: Api, therapist: Therapist, scope: str) -> None:
    ids = with_some_history(owner)
    client_id = accepted(owner, therapist, [scope], ids[:1] if scope == "checkins" else None)
    summary = therapist.get(f"/api/v1/clients/{client_id}/summary").json()
    present = {s for sections in SECTIONS.values() for s in sections if s in summary}
    assert present == SECTIONS[scope]
    assert summary["scopes"] == [scope]
    text = str(summary)
    assert (MARKER in text) == (scope == "checkins")
    if scope != "scores":
        assert "PHQ-9" not in text and "new_scores" not in summary["changes"]
    if scope != "insights":
        assert "checkins" not in summary["changes"]["counts"] and "window" not in " ".join(summary["summary"])
    assert all(not problems(sentence) for sentence in summary["summary"])


@pytest.mark.parametrize("scope", SCOPES)
def test_the_report_holds_only_the_scope_shared(owner: Api, therapist: Therapist, scope: str) -> None:
    ids = with_some_history(owner)
    client_id = accepted(owner, therapist, [scope], ids[:1] if scope == "checkins" else None)
    html = therapist.get(f"/api/v1/clients/{client_id}/report").text
    assert (MARKER in html) == (scope == "checkins")
    assert ('id="scores-table"' in html) == (scope == "scores")
    assert ('id="figure-distress"' in html) == (scope == "insights")
    assert ('id="practice-table"' in html) == (scope == "practice_log")
    assert ('id="safety-heading"' in html) == (scope == "safety_events")


def test_only_the_chosen_checkins_are_shared(owner: Api, therapist: Therapist) -> None:
    ids = with_some_history(owner)
    client_id = accepted(owner, therapist, ["checkins"], ids[1:])
    shared = therapist.get(f"/api/v1/clients/{client_id}/summary").json()["checkins"]
    assert [c["id"] for c in shared] == [ids[1]]
    assert shared[0]["text"] == "a quiet walk, I felt calmer"


def stored_bytes(db_url: str, tmp_path: Path) -> bytes:
    """Every value in every table, and for SQLite the database files themselves (WAL included)."""
    engine = create_engine(db_url)
    values: list[bytes] = []
    with engine.connect() as conn:
        for table in metadata.sorted_tables:
            for row in conn.execute(select(table)):
                values += [v if isinstance(v, bytes) else str(v).encode() for v in row]
    engine.dispose()
    files = [p.read_bytes() for p in tmp_path.glob("attune.db*")] if db_url.startswith("sqlite") else []
    return b"\n".join(values + files)


def test_the_chosen_checkin_text_is_readable_by_the_therapist_but_never_stored_in_plain_text(
    app_client: TestClient, tmp_path: Path, db_url: str,
) -> None:
    person, therapist = Api(app_client, "sharer"), Therapist(app_client, "dr-elm")
    made = person.checkin(f"something only for my therapist {MARKER}", distress=5)
    client_id = accepted(person, therapist, ["checkins"], [made["id"]])
    shared = therapist.get(f"/api/v1/clients/{client_id}/summary").json()["checkins"]
    assert MARKER in shared[0]["text"]
    therapist.get(f"/api/v1/clients/{client_id}/report")
    stored = stored_bytes(db_url, tmp_path)
    assert b"sharer" in stored  # the scan does see the database
    assert MARKER.encode() not in stored and MARKER.encode("utf-16-le") not in stored


def test_what_changed_since_the_last_look(owner: Api, therapist: Therapist) -> None:
    client_id = accepted(owner, therapist, ["scores", "insights"])
    owner.checkin("first", distress=4)
    first = therapist.get(f"/api/v1/clients/{client_id}/summary").json()
    assert first["since"] is None and first["changes"]["counts"] == {"scores": 0, "checkins": 1}
    owner.post("/api/v1/questionnaires/who5/responses", json={"answers": [3] * 5})
    listed = therapist.get("/api/v1/clients").json()["items"]
    assert listed[0]["changes"] == {"scores": 1, "checkins": 0} and listed[0]["last_viewed_at"]
    second = therapist.get(f"/api/v1/clients/{client_id}/summary").json()
    assert second["since"] and second["changes"]["counts"] == {"scores": 1, "checkins": 0}
    assert [s["measure"] for s in second["changes"]["new_scores"]] == ["who5"]
    chosen = therapist.get(f"/api/v1/clients/{client_id}/summary", params={"since": "2000-01-01"}).json()
    assert chosen["changes"]["counts"] == {"scores": 1, "checkins": 1}
    assert therapist.get(f"/api/v1/clients/{client_id}/summary", params={"since": "May 1"}).status_code == 422


def test_the_report_covers_a_chosen_period_as_html_and_pdf(owner: Api, therapist: Therapist) -> None:
    with_some_history(owner)
    client_id = accepted(owner, therapist, SCOPES[:3] + ["safety_events"])
    html = therapist.get(f"/api/v1/clients/{client_id}/report", params={"from": "2020-01-01", "to": "2099-12-31"})
    assert html.status_code == 422  # longer than a year
    today = now().date()
    period = {"from": (today - timedelta(days=7)).isoformat(), "to": (today + timedelta(days=1)).isoformat()}
    html = therapist.get(f"/api/v1/clients/{client_id}/report", params=period)
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert "PHQ-9" in html.text and period["from"] in html.text and "not a diagnosis" in html.text
    pdf = therapist.get(f"/api/v1/clients/{client_id}/report", params={**period, "format": "pdf"})
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-") and len(pdf.content) > 2000
    empty = therapist.get(f"/api/v1/clients/{client_id}/report", params={"from": "2001-01-01", "to": "2001-01-31"})
    assert "No questionnaires answered in this time." in empty.text and "PHQ-9:" not in empty.text
    for bad in [{"from": "yesterday"}, {"from": "2024-02-10", "to": "2024-02-01"}, {"format": "docx"}]:
        assert therapist.get(f"/api/v1/clients/{client_id}/report", params=bad).status_code == 422


# --- everyone else hears 404 ----------------------------------------------------------------------


def test_a_therapist_without_a_share_gets_404_everywhere(owner: Api, therapist: Therapist,
                                                          other_therapist: Therapist) -> None:
    client_id = accepted(owner, therapist, SCOPES[:3])
    assert other_therapist.get("/api/v1/clients").json()["items"] == []
    for path in client_routes(client_id):
        assert other_therapist.get(path).status_code == 404, path


def test_a_person_calling_therapist_routes_gets_404(owner: Api, stranger: Api, therapist: Therapist) -> None:
    client_id = accepted(owner, therapist, ["scores"])
    code = share(owner, ["scores"])["code"]
    for person in (owner, stranger):
        assert person.get("/api/v1/clients").status_code == 404
        assert person.post("/api/v1/shares/accept", json={"code": code}).status_code == 404
        for path in client_routes(client_id):
            assert person.get(path).status_code == 404, path


def test_a_therapist_calling_the_persons_share_routes_gets_404(owner: Api, therapist: Therapist) -> None:
    made = share(owner, ["scores"])
    assert therapist.post("/api/v1/shares", json={"scopes": ["scores"]}).status_code == 404
    assert therapist.get("/api/v1/shares").status_code == 404
    assert therapist.delete(f"/api/v1/shares/{made['id']}").status_code == 404


def test_a_stranger_cannot_see_or_revoke_someone_elses_share(owner: Api, stranger: Api,
                                                              therapist: Therapist) -> None:
    client_id = accepted(owner, therapist, ["scores"])
    assert stranger.get("/api/v1/shares").json()["items"] == []
    assert stranger.delete(f"/api/v1/shares/{client_id}").status_code == 404
    assert stranger.delete("/api/v1/shares/not-an-id").status_code == 404
    assert therapist.get(f"/api/v1/clients/{client_id}/summary").status_code == 200


def test_nobody_signed_out_gets_in(app_client: TestClient) -> None:
    for method, path in [("get", "/api/v1/shares"), ("post", "/api/v1/shares"), ("get", "/api/v1/clients"),
                         ("get", f"/api/v1/clients/{'0' * 32}/summary"), ("post", "/api/v1/shares/accept")]:
        assert getattr(app_client, method)(path).status_code == 401


# --- revoking, the log, deleting accounts ---------------------------------------------------------


def test_after_a_revoke_the_therapist_gets_404_and_the_copies_are_gone(owner: Api, therapist: Therapist,
                                                                        db_url: str) -> None:
    ids = with_some_history(owner)
    client_id = accepted(owner, therapist, ["checkins", "scores"], ids)
    assert owner.delete(f"/api/v1/shares/{client_id}").status_code == 204
    for path in client_routes(client_id):
        assert therapist.get(path).status_code == 404, path
    assert therapist.get("/api/v1/clients").json()["items"] == []
    engine = create_engine(db_url)
    with engine.connect() as conn:
        copies = conn.execute(select(func.count()).select_from(shared_items)).scalar_one()
        row = conn.execute(select(shares)).mappings().one()
    engine.dispose()
    assert copies == 0 and row["share_key_by_therapist"] is None and row["revoked_at"] is not None
    listed = owner.get("/api/v1/shares").json()["items"]
    assert listed[0]["status"] == "revoked" and listed[0]["access_log"]
    assert owner.delete(f"/api/v1/shares/{client_id}").status_code == 204


def test_a_waiting_share_can_be_revoked_before_it_is_accepted(owner: Api, therapist: Therapist) -> None:
    made = share(owner, ["scores"])
    assert owner.delete(f"/api/v1/shares/{made['id']}").status_code == 204
    assert therapist.post("/api/v1/shares/accept", json={"code": made["code"]}).status_code == 404


def test_every_therapist_access_is_in_the_persons_log(owner: Api, therapist: Therapist) -> None:
    client_id = accepted(owner, therapist, ["scores"])
    therapist.get("/api/v1/clients")
    therapist.get(f"/api/v1/clients/{client_id}/summary")
    therapist.get(f"/api/v1/clients/{client_id}/report")
    therapist.get(f"/api/v1/clients/{client_id}/report?format=pdf")
    log = owner.get("/api/v1/shares").json()["items"][0]["access_log"]
    assert {entry["therapist"] for entry in log} == {"dr-ash"}
    whats = [entry["what"] for entry in reversed(log)]
    assert whats[:3] == ["accepted the share", "saw the client list", "viewed the summary"]
    assert whats[3].startswith("opened the HTML report") and whats[4].startswith("opened the PDF report")
    assert owner.get("/api/v1/export").json()["shares"][0]["access_log"] == log


def test_deleting_the_person_deletes_their_shares(owner: Api, therapist: Therapist) -> None:
    client_id = accepted(owner, therapist, ["scores"])
    assert owner.delete("/api/v1/account").status_code == 204
    assert therapist.get("/api/v1/clients").json()["items"] == []
    assert therapist.get(f"/api/v1/clients/{client_id}/summary").status_code == 404


def test_deleting_the_therapist_deletes_the_shares_made_to_them(owner: Api, therapist: Therapist,
                                                                 db_url: str) -> None:
    ids = with_some_history(owner)
    accepted(owner, therapist, ["checkins"], ids)
    share(owner, ["scores"])  # still waiting for someone: not theirs, so it stays
    assert therapist.delete("/api/v1/account").status_code == 204
    listed = owner.get("/api/v1/shares").json()["items"]
    assert [s["status"] for s in listed] == ["waiting"]
    engine = create_engine(db_url)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(shared_items)).scalar_one() == 0
    engine.dispose()
