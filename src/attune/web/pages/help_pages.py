"""The help page: crisis lines first, reachable signed in or not, and offline.

The lines come from the safety team's reviewed file (attune.safety.lines): the person's own
country first when they told us, then every other country, so the copy kept for offline use
(fetched signed out) still has them all.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from attune.store.sessions import SignedIn
from attune.web.auth import page_user_optional
from attune.web.context import AppContext, app_context
from attune.web.pages.onboarding_pages import COUNTRIES
from attune.web.rendering import render

router = APIRouter(include_in_schema=False)
NAMES = {**dict(COUNTRIES), "INTL": "Anywhere else"}
ORDER = [code for code, _ in COUNTRIES if code != "OTHER"] + ["INTL"]
MAIN_KINDS = ("crisis", "directory", "text", "chat")
THE = {"US", "GB"}  # "the emergency number in the United Kingdom"


def dial(number: str) -> str | None:
    """A tel: target for a number a person can call; None for a website or a code that only takes texts."""
    digits = re.sub(r"[^\d+]", "", number)
    return digits if 3 <= len(digits) <= 15 and not re.search(r"[a-z]", number, re.I) else None


def line_json(line: Any) -> dict[str, Any]:
    return {"name": line.name, "number": line.number, "how": line.how, "url": line.url, "kind": line.kind,
            "tel": dial(line.number) if line.kind not in {"text", "directory"} else None}


def help_sections(locale: str | None) -> list[dict[str, Any]]:
    """One section per country: its emergency number, its main line and every other line."""
    try:
        from attune.safety.lines import all_lines, country_of
    except ImportError:  # the static list in help.html stands in
        return []
    mine = country_of(locale) if locale and locale != "OTHER" else None
    sections = []
    for code in sorted(ORDER, key=lambda c: c != mine):
        lines = [line for line in all_lines() if line.locale == code]
        emergency = next((line for line in lines if line.kind == "emergency"), None)
        others = [line_json(line) for line in lines if line.kind != "emergency"]
        others.sort(key=lambda line: MAIN_KINDS.index(line["kind"]) if line["kind"] in MAIN_KINDS else 9)
        if others:
            name = NAMES.get(code, code)
            sections.append({"code": code, "name": name, "place": f"the {name}" if code in THE else name,
                             "yours": code == mine,
                             "emergency": line_json(emergency) if emergency else None,
                             "main": others[0], "more": others[1:]})
    return sections


@router.get("/help")
def help_page(request: Request, who: SignedIn | None = Depends(page_user_optional),
              ctx: AppContext = Depends(app_context)) -> Response:
    sections = help_sections(who.account.locale if who else None)
    return render(request, "help.html", who=who, sections=sections,
                  yours=next((s for s in sections if s["yours"]), None), plan=own_plan(ctx, who))


def own_plan(ctx: AppContext, who: SignedIn | None) -> list[tuple[str, str, tuple[str, ...]]]:
    """The person's own plan, in their words, right under the lines (never in the offline copy)."""
    if who is None:
        return []
    from attune.safety.safety_plan import SafetyPlan
    from attune.store import safety as safety_store
    from attune.store.engine import reading

    with reading(ctx.engine) as conn:
        stored = safety_store.load_plan(conn, who.account.id, who.data_key)
    return SafetyPlan.from_dict(stored or {}).sections()
