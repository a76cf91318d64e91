"""A person's history as the plain points that insights and charts work on, in their own time zone.

Only plain columns are read (distress, zone, named feelings, body regions, practice ratings and
questionnaire scores), so the person's data key is not needed: this is what lets a therapist see
charts of a share without ever holding the key to what the person wrote.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection

from attune.domain import charts
from attune.domain import insights as ins
from attune.domain.charts import Chart
from attune.domain.insights import CheckinPoint, PracticePoint, ScorePoint
from attune.domain.practices import load_catalogue
from attune.store import checkins as checkin_store
from attune.store import practice as practice_store
from attune.store import questionnaires as questionnaire_store

PARTS: tuple[str, ...] = ("checkins", "practices", "scores")


@dataclass(frozen=True)
class History:
    checkins: list[CheckinPoint] = field(default_factory=list)
    practices: list[PracticePoint] = field(default_factory=list)
    scores: list[ScorePoint] = field(default_factory=list)


def person_zone(settings: Mapping[str, Any]) -> tzinfo:
    """The person's chosen time zone; UTC when none is set or the name is not known here."""
    name = settings.get("timezone") or "UTC"
    try:
        return ZoneInfo(str(name))
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def load_history(
    conn: Connection, user_id: str, zone: tzinfo, since: datetime | None = None, until: datetime | None = None,
    parts: Collection[str] = PARTS,
) -> History:
    """Points in [since, until) for the parts asked for; parts left out stay empty."""
    return History(
        checkins=_checkin_points(conn, user_id, zone, since, until) if "checkins" in parts else [],
        practices=_practice_points(conn, user_id, zone, since, until) if "practices" in parts else [],
        scores=_score_points(conn, user_id, zone, since, until) if "scores" in parts else [],
    )


def _checkin_points(
    conn: Connection, user_id: str, zone: tzinfo, since: datetime | None, until: datetime | None,
) -> list[CheckinPoint]:
    return [checkin_point(row, zone) for row in checkin_store.plain_between(conn, user_id, since, until)]


def checkin_point(row: Mapping[str, Any], zone: tzinfo) -> CheckinPoint:
    chosen = row.get("chosen") or {}
    words = [w for w in chosen.get("words") or [] if isinstance(w, str)]
    emotions = row.get("emotions") or []
    emotion = words[0] if words else (emotions[0].get("word") or emotions[0].get("label")) if emotions else None
    regions = [b.get("region") for b in chosen.get("body") or [] if isinstance(b, dict)]
    regions += [c.get("region") for c in row.get("body_cues") or [] if isinstance(c, dict)]
    return CheckinPoint(
        at=row["created_at"].astimezone(zone), distress=row.get("distress"), zone=row.get("zone"),
        emotion=emotion, body_regions=tuple(dict.fromkeys(r for r in regions if r)),
    )


def _practice_points(
    conn: Connection, user_id: str, zone: tzinfo, since: datetime | None, until: datetime | None,
) -> list[PracticePoint]:
    names = load_catalogue().names()
    points = []
    for s in reversed(practice_store.list_sessions(conn, user_id, limit=100_000)):
        at = datetime.fromisoformat(s["created_at"])
        if (since is None or at >= since) and (until is None or at < until):
            slug = s["practice"]
            points.append(PracticePoint(slug, names.get(slug, slug.replace("-", " ")), s["distress_before"],
                                        s["distress_after"], at.astimezone(zone)))
    return points


def _score_points(
    conn: Connection, user_id: str, zone: tzinfo, since: datetime | None, until: datetime | None,
) -> list[ScorePoint]:
    return [
        ScorePoint(r.name, r.created_at.astimezone(zone), r.score)
        for r in questionnaire_store.list_responses(conn, user_id, since, until)
    ]


# --- what the insights page and the therapist's view show ----------------------------------------


def all_charts(history: History) -> dict[str, Chart]:
    """The six charts by name, in the order the insights page shows them."""
    return {
        "distress": charts.distress_chart(history.checkins),
        "emotions": charts.emotions_chart(history.checkins),
        "practices": charts.practices_chart(history.practices),
        "warning_signs": charts.warning_signs_chart(history.checkins),
        "scores": charts.scores_chart(history.scores),
        "rhythm": charts.rhythm_chart(history.checkins),
    }


CHART_TITLES = {
    "distress": "Distress and your window over time", "emotions": "Feelings you've named",
    "practices": "How much each practice eased distress", "warning_signs": "Body cues that came before strong feelings",
    "scores": "Questionnaire scores over time", "rhythm": "When you check in",
}
CHART_SCOPES = {"distress": "insights", "emotions": "insights", "warning_signs": "insights", "rhythm": "insights",
                "practices": "practice_log", "scores": "scores"}


def scoped_charts(history: History, scopes: Collection[str]) -> dict[str, Chart]:
    """Only the charts drawn from what was shared: nothing from a scope left out."""
    return {name: chart for name, chart in all_charts(history).items() if CHART_SCOPES[name] in scopes}


def scoped_sentences(history: History, scopes: Collection[str]) -> list[str]:
    sentences: list[str] = []
    if "insights" in scopes:
        sentences += [
            ins.window_trend(ins.window_by_week(history.checkins)).sentence,
            ins.emotions_sentence(ins.emotion_counts(history.checkins)),
            ins.warning_signs_sentence(ins.early_warning_signs(history.checkins)),
            ins.rhythm_sentence(ins.rhythm(history.checkins)),
        ]
    if "practice_log" in scopes:
        sentences.append(ins.practice_sentence(ins.practice_effects(history.practices)))
    if "scores" in scopes:
        sentences += [ins.score_change_sentence(c) for c in ins.score_changes(history.scores)]
    return sentences


def insights_data(history: History, scopes: Collection[str] = ("insights", "practice_log", "scores")) -> dict[str, Any]:
    """The numbers behind the charts, as JSON-ready values, for the scopes given."""
    data: dict[str, Any] = {}
    if "insights" in scopes:
        data.update(_checkin_insights(history.checkins))
    if "practice_log" in scopes:
        data["practice_effects"] = [
            {"slug": e.slug, "name": e.name, "times": e.times, "mean_before": round(e.mean_before, 2),
             "mean_after": round(e.mean_after, 2)}
            for e in ins.practice_effects(history.practices)
        ]
    if "scores" in scopes:
        data["score_changes"] = [
            {"measure": c.measure, "title": c.title, "first": c.first, "last": c.last, "count": c.count,
             "first_at": c.first_at.isoformat(), "last_at": c.last_at.isoformat(), "meaningful": c.meaningful}
            for c in ins.score_changes(history.scores)
        ]
    return data


def _checkin_insights(points: list[CheckinPoint]) -> dict[str, Any]:
    weeks = ins.window_by_week(points)
    trend = ins.window_trend(weeks)
    return {
        "checkin_count": len(points),
        "zones": ins.zone_counts(points),
        "window_weeks": [
            {"week_start": w.week_start.isoformat(), "within": w.within, "above": w.above, "below": w.below,
             "low": w.low, "high": w.high}
            for w in weeks
        ],
        "window_trend": {"direction": trend.direction, "earlier_high": trend.earlier_high,
                         "recent_high": trend.recent_high},
        "emotions": [{"emotion": c.emotion, "count": c.count} for c in ins.emotion_counts(points)],
        "warning_signs": [
            {"region": s.region, "emotion": s.emotion, "together": s.together, "region_count": s.region_count}
            for s in ins.early_warning_signs(points)
        ],
        "rhythm": {"weekdays": list(ins.WEEKDAYS), "parts_of_day": list(ins.PARTS_OF_DAY),
                   "grid": [list(row) for row in ins.rhythm(points).grid]},
    }
