"""Everything a person wrote and Attune recorded, decrypted, as JSON (and check-ins as CSV)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from attune.store import checkins as checkin_store
from attune.store import person, practice, safety
from attune.store.engine import reading
from attune.store.sessions import SignedIn
from attune.web.api.checkins import checkin_json
from attune.web.auth import api_user
from attune.web.context import AppContext, app_context

router = APIRouter(prefix="/api/v1", tags=["export"])


def export_everything(ctx: AppContext, who: SignedIn) -> dict[str, Any]:
    uid, key = who.account.id, who.data_key
    with reading(ctx.engine) as conn:
        records = checkin_store.all_checkins(conn, uid, key)
        data: dict[str, Any] = {
            "account": {"id": uid, "username": who.account.username, "role": who.account.role,
                        "locale": who.account.locale, "settings": who.account.settings},
            "checkins": [{**checkin_json(r), "correction": r.correction} for r in records],
            "practice_sessions": practice.list_sessions(conn, uid, limit=100_000),
            "safety_plan": safety.load_plan(conn, uid, key),
            "safety_events": safety.list_events(conn, uid),
            "window_signs": person.load_window_signs(conn, uid, key),
            "companion_state": person.load_state(conn, uid, key)[0],
        }
    for extra in EXPORT_SECTIONS:
        data.update(extra(ctx, who))
    return data


EXPORT_SECTIONS: list[Any] = []  # other features append (ctx, who) -> dict sections here


@router.get("/export")
def export(format: str = Query("json", pattern="^(json|csv)$"),
           who: SignedIn = Depends(api_user), ctx: AppContext = Depends(app_context)) -> Response:
    data = export_everything(ctx, who)
    if format == "csv":
        return Response(checkins_csv(data["checkins"]), media_type="text/csv",
                        headers={"content-disposition": 'attachment; filename="attune-checkins.csv"'})
    return Response(json.dumps(data, ensure_ascii=False, indent=1), media_type="application/json")


def spreadsheet_safe(value: object) -> object:
    """A cell a spreadsheet would run as a formula starts with an apostrophe instead (OWASP CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def checkins_csv(items: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "created_at", "text", "distress", "zone", "emotions", "valence", "arousal",
                     "body_regions", "risk_level", "risk_category", "reply", "practice", "fits", "correction"])
    for c in items:
        r = c["reading"]
        writer.writerow([spreadsheet_safe(v) for v in [
            c["id"], c["created_at"], c["text"], r.get("distress"), r["zone"],
            ";".join(e["label"] for e in r["emotions"][:3]), r["valence"], r["arousal"],
            ";".join(b["region"] for b in r["body_cues"]), r["risk"]["level"], r["risk"]["category"],
            c["reply"].get("text", ""), (c["reply"].get("practice") or {}).get("slug", ""),
            c.get("fits"), c.get("correction") or "",
        ]])
    return out.getvalue()
