"""What a therapist sees of a share: exactly the chosen scopes, and what changed since they last looked.

Every function here takes an accepted, unrevoked share (store.shares.therapist_share already
refused everyone else) and reads only what its scopes allow. Each look is written to the access
log that the person sees.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import Connection

from attune.domain import measures
from attune.domain.charts import Chart
from attune.domain.practices import load_catalogue
from attune.flows import progress
from attune.store import accounts
from attune.store import practice as practice_store
from attune.store import questionnaires as questionnaire_store
from attune.store import safety as safety_store
from attune.store import shares as share_store
from attune.store.ids import now
from attune.store.shares import ActiveShare

SCOPE_PARTS = {"insights": "checkins", "practice_log": "practices", "scores": "scores"}
SCOPE_WORDS = {
    "scores": "questionnaire scores",
    "insights": "patterns from check-ins (charts and summaries, not what was written)",
    "practice_log": "practices and how distress changed",
    "checkins": "the check-ins chosen, with what was written",
    "safety_events": "times the safety steps were shown",
}
MAX_REPORT_DAYS = 366


class BadPeriod(ValueError):
    """The report period cannot be used; the message is safe to show."""


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive
    zone: tzinfo

    @property
    def since(self) -> datetime:
        return datetime.combine(self.start, time(), tzinfo=self.zone)

    @property
    def until(self) -> datetime:
        return datetime.combine(self.end + timedelta(days=1), time(), tzinfo=self.zone)

    def label(self) -> str:
        return f"{self.start.isoformat()} to {self.end.isoformat()}"


def person_zone(conn: Connection, user_id: str) -> tzinfo:
    account = accounts.get_account(conn, user_id)
    return progress.person_zone(account.settings if account else {})


def parts_for(scopes: Collection[str]) -> list[str]:
    return [part for scope, part in SCOPE_PARTS.items() if scope in scopes]


# --- the client list ------------------------------------------------------------------------------


def client_list(conn: Connection, therapist_id: str) -> list[dict[str, Any]]:
    """Each client with counts of what is new since the therapist last opened their summary."""
    rows = []
    for share in share_store.therapist_shares(conn, therapist_id):
        rows.append({
            "id": share.id, "username": share.username, "scopes": list(share.scopes),
            "accepted_at": share.accepted_at.isoformat(),
            "last_viewed_at": share.last_viewed_at.isoformat() if share.last_viewed_at else None,
            "changes": _counts(conn, share, share.last_viewed_at),
        })
        share_store.log_access(conn, share.id, share.user_id, therapist_id, "saw the client list")
    return rows


def _counts(conn: Connection, share: ActiveShare, since: datetime | None) -> dict[str, int]:
    history = progress.load_history(conn, share.user_id, person_zone(conn, share.user_id), since=since,
                                    parts=parts_for(share.scopes))
    counts: dict[str, int] = {}
    if "scores" in share.scopes:
        counts["scores"] = len(history.scores)
    if "insights" in share.scopes:
        counts["checkins"] = len(history.checkins)
    if "practice_log" in share.scopes:
        counts["practices"] = len(history.practices)
    if "safety_events" in share.scopes:
        counts["safety_events"] = len(safety_store.list_events(conn, share.user_id, since=since))
    return counts


# --- the summary ----------------------------------------------------------------------------------


def client_summary(
    conn: Connection, share: ActiveShare, therapist_key: bytes, since: datetime | None = None,
) -> dict[str, Any]:
    """Only scoped data, with what changed since `since` (default: the therapist's last look)."""
    changed_since = since or share.last_viewed_at
    zone = person_zone(conn, share.user_id)
    history = progress.load_history(conn, share.user_id, zone, parts=parts_for(share.scopes))
    summary: dict[str, Any] = {
        "client": {"id": share.id, "username": share.username},
        "scopes": list(share.scopes),
        "accepted_at": share.accepted_at.isoformat(),
        "since": changed_since.isoformat() if changed_since else None,
        "summary": progress.scoped_sentences(history, share.scopes),
        "changes": _changes(conn, share, changed_since),
        **scoped_sections(conn, share, therapist_key, history),
    }
    share_store.log_access(conn, share.id, share.user_id, share.therapist_id, "viewed the summary")
    share_store.mark_viewed(conn, share.id, now())
    return summary


def scoped_sections(
    conn: Connection, share: ActiveShare, therapist_key: bytes, history: progress.History,
    since: datetime | None = None, until: datetime | None = None,
) -> dict[str, Any]:
    sections: dict[str, Any] = {}
    if "scores" in share.scopes:
        sections["scores"] = [response_json(r) for r in
                              questionnaire_store.list_responses(conn, share.user_id, since, until)]
    if "insights" in share.scopes:
        sections["insights"] = progress.insights_data(history, ["insights"])
    if "practice_log" in share.scopes:
        sections["practice_log"] = practice_log(conn, share.user_id, since, until)
        sections["practice_effects"] = progress.insights_data(history, ["practice_log"])["practice_effects"]
    if "checkins" in share.scopes:
        sections["checkins"] = [c for c in share_store.shared_checkins(conn, share, therapist_key)
                                if _within(datetime.fromisoformat(c["created_at"]), since, until)]
    if "safety_events" in share.scopes:
        sections["safety_events"] = [
            {"source": e["source"], "level": e["level"], "category": e["category"], "created_at": e["created_at"]}
            for e in safety_store.list_events(conn, share.user_id, since=since)
            if _within(datetime.fromisoformat(e["created_at"]), since, until)
        ]
    return sections


def _within(at: datetime, since: datetime | None, until: datetime | None) -> bool:
    return (since is None or at >= since) and (until is None or at < until)


def response_json(r: questionnaire_store.StoredResponse) -> dict[str, Any]:
    """A score as a therapist sees it: the totals and the band, not the item-by-item answers."""
    m = measures.get_measure(r.name)
    band = next((b for b in m.bands if b.key == r.band), None)
    return {
        "id": r.id, "measure": r.name, "title": m.title, "created_at": r.created_at.isoformat(), "score": r.score,
        "max_score": m.max_score, "percentage": m.percentage_of(r.score), "band": band.label if band else None,
        "subscales": r.subscales,
    }


def practice_log(
    conn: Connection, user_id: str, since: datetime | None, until: datetime | None,
) -> list[dict[str, Any]]:
    names = load_catalogue().names()
    return [
        {"practice": s["practice"], "name": names.get(s["practice"], s["practice"]), "created_at": s["created_at"],
         "distress_before": s["distress_before"], "distress_after": s["distress_after"]}
        for s in reversed(practice_store.list_sessions(conn, user_id, limit=100_000))
        if _within(datetime.fromisoformat(s["created_at"]), since, until)
    ]


def _changes(conn: Connection, share: ActiveShare, since: datetime | None) -> dict[str, Any]:
    changes: dict[str, Any] = {"counts": _counts(conn, share, since)}
    if "scores" in share.scopes:
        changes["new_scores"] = [response_json(r) for r in
                                 questionnaire_store.list_responses(conn, share.user_id, since=since)]
    return changes


# --- the report -----------------------------------------------------------------------------------


def parse_period(start: str | None, end: str | None, zone: tzinfo, today: date | None = None) -> Period:
    """YYYY-MM-DD dates, both ends included; by default the four weeks up to today."""
    try:
        last = date.fromisoformat(end) if end else (today or datetime.now(zone).date())
        first = date.fromisoformat(start) if start else last - timedelta(days=27)
    except ValueError:
        raise BadPeriod("Dates need the form YYYY-MM-DD, for example 2024-05-01.") from None
    if first > last:
        raise BadPeriod("The start of the period needs to be on or before its end.")
    if (last - first).days >= MAX_REPORT_DAYS:
        raise BadPeriod(f"A report can cover up to {MAX_REPORT_DAYS} days.")
    return Period(first, last, zone)


@dataclass(frozen=True)
class Report:
    username: str
    period: Period
    scopes: tuple[str, ...]
    summary: list[str]
    charts: dict[str, Chart]
    sections: dict[str, Any]
    made_at: datetime


def build_report(conn: Connection, share: ActiveShare, therapist_key: bytes, period: Period, fmt: str) -> Report:
    history = progress.load_history(conn, share.user_id, period.zone, period.since, period.until,
                                    parts=parts_for(share.scopes))
    sections = scoped_sections(conn, share, therapist_key, history, period.since, period.until)
    share_store.log_access(conn, share.id, share.user_id, share.therapist_id,
                           f"opened the {fmt.upper()} report for {period.label()}")
    return Report(share.username, period, share.scopes, progress.scoped_sentences(history, share.scopes),
                  progress.scoped_charts(history, share.scopes), sections, now().astimezone(period.zone))
