"""Settings a person can change any time: their country, their window signs, and gentle reminders.

Reminders ring through web push where the browser allows it and a push key is configured
(ATTUNE_VAPID_PUBLIC_KEY / ATTUNE_VAPID_PRIVATE_KEY); a calendar file works everywhere else.
Small plain settings (time zone, quiet hours) live in users.settings_json.
"""

from __future__ import annotations

import json
from datetime import timedelta
from functools import cache
from zoneinfo import available_timezones

from fastapi import APIRouter, Depends, Form, Header, HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse
from sqlalchemy import Connection, select
from starlette.responses import Response

from attune.config import env_str
from attune.domain.quiet_hours import QuietHours, parse_hhmm
from attune.store import reminders as reminder_store
from attune.store.engine import reading, writing
from attune.store.ids import is_id, now
from attune.store.schema import jobs
from attune.store.sessions import SignedIn
from attune.web.auth import page_user
from attune.web.context import AppContext, app_context
from attune.web.pages.onboarding_pages import COUNTRIES, load_signs, save_locale, save_signs, update_settings
from attune.web.reminder_calendar import WEEKDAYS, CalendarReminder, calendar
from attune.web.rendering import CsrfField, check_form_token, render

router = APIRouter(include_in_schema=False)

DAY_NAMES = dict(zip(WEEKDAYS, ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), strict=True))
KIND_NAMES = {"checkin": "Check in", "practice": "Practise"}
SNOOZE_DAYS = {"1": 1, "7": 7}
MAX_SUBSCRIPTION = 4096


@cache
def time_zones() -> tuple[str, ...]:
    return tuple(sorted(z for z in available_timezones() if "/" in z or z == "UTC"))


def vapid_public_key() -> str | None:
    """Web push needs both halves of a VAPID key pair; without them only the calendar file is offered."""
    public, private = env_str("ATTUNE_VAPID_PUBLIC_KEY"), env_str("ATTUNE_VAPID_PRIVATE_KEY")
    return public if public and private else None


def back(to: str, saved: str) -> Response:
    return RedirectResponse(f"{to}?saved={saved}", status_code=303)


# --- /settings: country and window signs -------------------------------------------------------

NOTICES = {
    "country": "Your country is saved.", "window": "Your window signs are saved.",
    "added": "Reminder added.", "removed": "Reminder removed.", "off": "All reminders are off.",
    "on": "Reminders are on again.", "snoozed": "Snoozed. They'll be back after that.",
    "awake": "Snooze ended.", "quiet": "Quiet hours saved.", "push": "This device is set up for reminders.",
    "changed": "Saved.",
}


@router.get("/settings")
def settings_page(request: Request, saved: str = "", who: SignedIn = Depends(page_user),
                  ctx: AppContext = Depends(app_context)) -> Response:
    return render(request, "settings.html", who=who, countries=COUNTRIES, locale=who.account.locale,
                  signs=load_signs(ctx, who), notice=NOTICES.get(saved))


@router.post("/settings/country")
def settings_country(request: Request, locale: str = Form(""), csrf: str = CsrfField,
                     who: SignedIn = Depends(page_user), ctx: AppContext = Depends(app_context)) -> Response:
    check_form_token(who, csrf)
    if not save_locale(ctx, who, locale):
        return render(request, "settings.html", who=who, status=422, countries=COUNTRIES, locale=who.account.locale,
                      signs=load_signs(ctx, who), country_error="Please choose one of the countries listed.")
    return back("/settings", "country")


@router.post("/settings/window")
def settings_window(above: str = Form(""), below: str = Form(""), csrf: str = CsrfField,
                    who: SignedIn = Depends(page_user), ctx: AppContext = Depends(app_context)) -> Response:
    check_form_token(who, csrf)
    save_signs(ctx, who, above, below, keep_empty=True)
    return back("/settings", "window")


# --- /settings/reminders ----------------------------------------------------------------------

def quiet_hours(who: SignedIn) -> QuietHours | None:
    return QuietHours.from_json(who.account.settings.get("quiet_hours"))


def reminders_page(request: Request, who: SignedIn, ctx: AppContext, status: int = 200, **context: object) -> Response:
    with reading(ctx.engine) as conn:
        items = reminder_store.list_reminders(conn, who.account.id)
        devices = reminder_store.count_push_subscriptions(conn, who.account.id)
    quiet = quiet_hours(who)
    return render(
        request, "reminders.html", who=who, status=status, reminders=items, quiet=quiet,
        in_quiet={r.id for r in items if quiet and quiet.covers(parse_hhmm(r.time_of_day))},
        any_on=any(r.enabled for r in items), any_snoozed=any(r.snoozed() for r in items),
        day_names=DAY_NAMES, kind_names=KIND_NAMES, time_zones=time_zones(),
        timezone=who.account.settings.get("timezone", ""), vapid_key=vapid_public_key(), devices=devices,
        **context,
    )


@router.get("/settings/reminders")
def reminders(request: Request, saved: str = "", who: SignedIn = Depends(page_user),
              ctx: AppContext = Depends(app_context)) -> Response:
    return reminders_page(request, who, ctx, notice=NOTICES.get(saved))


def has_pending_ring(conn: Connection, reminder_id: str) -> bool:
    query = select(jobs.c.id).where(jobs.c.kind == "reminder", jobs.c.done_at.is_(None),
                                    jobs.c.payload_json.contains(reminder_id))
    return conn.execute(query).first() is not None


def schedule(conn: Connection, user_id: str, reminder_ids: list[str]) -> None:
    """Queue the next ring of reminders just made or turned back on, unless one is already queued."""
    from attune.flows.job_handlers import schedule_reminder

    for reminder_id in reminder_ids:
        row = reminder_store.get_row(conn, user_id, reminder_id)
        if row is not None and not has_pending_ring(conn, reminder_id):
            schedule_reminder(conn, row)


def valid_reminder(kind: str, time_of_day: str, days: list[str], timezone: str) -> tuple[str, tuple[str, ...]]:
    """The normalised time and days; ValueError with a message for a person."""
    if kind not in reminder_store.KINDS:
        raise ValueError("Please choose what the reminder is for.")
    try:
        at = parse_hhmm(time_of_day).strftime("%H:%M")
    except ValueError:
        raise ValueError("Please choose a time, like 09:00.") from None
    chosen = tuple(d for d in WEEKDAYS if d in days)
    if not chosen:
        raise ValueError("Please choose at least one day.")
    if timezone not in time_zones():
        raise ValueError("Please choose your time zone from the list.")
    return at, chosen


@router.post("/settings/reminders")
def add_reminder(request: Request, kind: str = Form("checkin"), time_of_day: str = Form(""),
                 days: list[str] = Form([]), timezone: str = Form("UTC"), csrf: str = CsrfField,
                 who: SignedIn = Depends(page_user), ctx: AppContext = Depends(app_context)) -> Response:
    check_form_token(who, csrf)
    try:
        at, chosen = valid_reminder(kind, time_of_day, days, timezone)
    except ValueError as exc:
        return reminders_page(request, who, ctx, status=422, error=str(exc))
    with writing(ctx.engine) as conn:
        if reminder_store.count_reminders(conn, who.account.id) >= reminder_store.MAX_REMINDERS:
            return reminders_page(request, who, ctx, status=422,
                                  error=f"You can have up to {reminder_store.MAX_REMINDERS} reminders.")
        row = reminder_store.add_reminder(conn, who.account.id, kind, at, chosen, timezone)
        schedule(conn, who.account.id, [row["id"]])
    if who.account.settings.get("timezone") != timezone:
        update_settings(ctx, who, timezone=timezone)
    return back("/settings/reminders", "added")


def _reminder_id(reminder_id: str) -> str:
    if not is_id(reminder_id):
        raise HTTPException(404, "No reminder here.")
    return reminder_id


@router.post("/settings/reminders/{reminder_id}/delete")
def delete_reminder(reminder_id: str, csrf: str = CsrfField, who: SignedIn = Depends(page_user),
                    ctx: AppContext = Depends(app_context)) -> Response:
    check_form_token(who, csrf)
    with writing(ctx.engine) as conn:
        if not reminder_store.delete_reminder(conn, who.account.id, _reminder_id(reminder_id)):
            raise HTTPException(404, "No reminder here.")  # someone else's answers as if it never existed
    return back("/settings/reminders", "removed")


@router.post("/settings/reminders/{reminder_id}/toggle")
def toggle_reminder(reminder_id: str, enabled: str = Form(""), csrf: str = CsrfField,
                    who: SignedIn = Depends(page_user), ctx: AppContext = Depends(app_context)) -> Response:
    check_form_token(who, csrf)
    with writing(ctx.engine) as conn:
        if _reminder_id(reminder_id) not in {r.id for r in reminder_store.list_reminders(conn, who.account.id)}:
            raise HTTPException(404, "No reminder here.")
        changed = reminder_store.set_enabled(conn, who.account.id, enabled == "on", reminder_id)
        if enabled == "on":
            schedule(conn, who.account.id, changed)
    return back("/settings/reminders", "changed")


@router.post("/settings/reminders/all")
def all_reminders(action: str = Form(""), csrf: str = CsrfField, who: SignedIn = Depends(page_user),
                  ctx: AppContext = Depends(app_context)) -> Response:
    """One tap: all off, all on again, snooze all for a day or a week, or end the snooze."""
    check_form_token(who, csrf)
    uid = who.account.id
    with writing(ctx.engine) as conn:
        if action == "off":
            reminder_store.set_enabled(conn, uid, False)
        elif action == "on":
            schedule(conn, uid, reminder_store.set_enabled(conn, uid, True))
        elif action.startswith("snooze-") and action[7:] in SNOOZE_DAYS:
            reminder_store.snooze(conn, uid, now() + timedelta(days=SNOOZE_DAYS[action[7:]]))
            action = "snoozed"
        elif action == "wake":
            reminder_store.snooze(conn, uid, None)
            action = "awake"
        else:
            raise HTTPException(422, "That is not something this form can do.")
    return back("/settings/reminders", action)


@router.post("/settings/quiet-hours")
def set_quiet_hours(request: Request, start: str = Form(""), end: str = Form(""), action: str = Form("save"),
                    csrf: str = CsrfField, who: SignedIn = Depends(page_user),
                    ctx: AppContext = Depends(app_context)) -> Response:
    check_form_token(who, csrf)
    if action == "clear":
        update_settings(ctx, who, quiet_hours=None)
        return back("/settings/reminders", "quiet")
    try:
        quiet = QuietHours(parse_hhmm(start), parse_hhmm(end))
    except ValueError:
        return reminders_page(request, who, ctx, status=422, quiet_error="Please choose a start and an end time.")
    update_settings(ctx, who, quiet_hours=quiet.to_json())
    return back("/settings/reminders", "quiet")


@router.get("/settings/reminders.ics")
def reminders_calendar(request: Request, who: SignedIn = Depends(page_user),
                       ctx: AppContext = Depends(app_context)) -> Response:
    """Every reminder that is on and outside quiet hours, as a calendar the person imports once."""
    with reading(ctx.engine) as conn:
        items = reminder_store.list_reminders(conn, who.account.id)
    quiet = quiet_hours(who)
    chosen = [CalendarReminder(r.id, r.kind, r.time_of_day, r.days) for r in items
              if r.enabled and not (quiet and quiet.covers(parse_hhmm(r.time_of_day)))]
    body = calendar(chosen, now(), str(request.base_url))
    return Response(body, media_type="text/calendar; charset=utf-8",
                    headers={"content-disposition": 'attachment; filename="attune-reminders.ics"',
                             "cache-control": "no-store"})


@router.post("/settings/reminders/push")
def add_push_subscription(subscription: dict[str, object], x_csrf_token: str = Header(""),
                          who: SignedIn = Depends(page_user), ctx: AppContext = Depends(app_context)) -> Response:
    """A browser's PushSubscription (JSON), sent by app.js; kept sealed with a key derived from the push key."""
    check_form_token(who, x_csrf_token)
    private = env_str("ATTUNE_VAPID_PRIVATE_KEY")
    if not vapid_public_key() or not private:
        raise HTTPException(409, "Web push is not set up on this server; the calendar file works instead.")
    text = json.dumps(subscription, separators=(",", ":"))
    endpoint = subscription.get("endpoint")
    if not isinstance(endpoint, str) or not endpoint.startswith("https://") or len(text) > MAX_SUBSCRIPTION:
        raise HTTPException(422, "That push subscription could not be read.")
    with writing(ctx.engine) as conn:
        reminder_store.add_push_subscription(conn, who.account.id, text, reminder_store.push_key(private))
    return JSONResponse({"ok": True}, status_code=201)


@router.post("/settings/reminders/push/forget")
def forget_push(csrf: str = CsrfField, who: SignedIn = Depends(page_user),
                ctx: AppContext = Depends(app_context)) -> Response:
    check_form_token(who, csrf)
    with writing(ctx.engine) as conn:
        reminder_store.delete_push_subscriptions(conn, who.account.id)
    return back("/settings/reminders", "changed")
