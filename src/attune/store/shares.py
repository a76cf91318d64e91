"""Shares: what a person chose to show one therapist, and every time the therapist looked.

The chosen check-in texts are sealed again under a random share key when the share is made (the
person is signed in, so their data key can open them). The share key is wrapped under a key
derived from the share code until a therapist accepts; then it is wrapped under the therapist's
own data key and the code's copy is erased. Only hashes of codes are stored, and revoking a share
erases the wrapped keys and the sealed copies, so nothing shared outlives the person's choice.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, delete, select, update

from attune.store import crypto
from attune.store.checkins import get_checkin
from attune.store.ids import aware, is_id, new_id, now
from attune.store.schema import checkins, share_access_log, shared_items, shares, users

SCOPES: tuple[str, ...] = ("scores", "insights", "practice_log", "checkins", "safety_events")
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no 0/O, 1/I/L or U/V look-alikes to misread
CODE_LENGTH = 16  # about 78 bits: too many to guess, even against a copy of the database
CODE_VALID_FOR = timedelta(days=14)
MAX_CHOSEN_CHECKINS = 50


class ShareError(ValueError):
    """The share cannot be made as asked; the message is safe to show."""


class NoSuchShare(LookupError):
    """No share matches (wrong code, revoked, expired, or not yours): always answered as 404."""


@dataclass(frozen=True)
class NewShare:
    id: str
    code: str  # shown once; only its hash is kept


@dataclass(frozen=True)
class ActiveShare:
    """An accepted, unrevoked share, as its therapist sees it."""

    id: str
    user_id: str
    username: str
    therapist_id: str
    scopes: tuple[str, ...]
    checkin_ids: tuple[str, ...]
    accepted_at: datetime
    last_viewed_at: datetime | None
    share_key_by_therapist: bytes


# --- codes --------------------------------------------------------------------------------------


def new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def normalise_code(code: str) -> str:
    """People type codes with spaces, dashes and lower case; none of that matters."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def code_hash(code: str) -> str:
    return crypto.token_id(normalise_code(code))


def _code_key(code: str) -> bytes:
    return crypto.derive_token_key(normalise_code(code), "share-code")


def _binding(share_id: str, column: str) -> str:
    return f"shares:{column}:{share_id}"


# --- the person's side ----------------------------------------------------------------------------


def check_scopes(scopes: Sequence[str], checkin_ids: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    chosen = tuple(dict.fromkeys(scopes))
    unknown = [s for s in chosen if s not in SCOPES]
    if unknown:
        raise ShareError(f"Unknown scope {unknown[0]!r}; choose from {', '.join(SCOPES)}.")
    if not chosen:
        raise ShareError("Please choose at least one thing to share.")
    ids = tuple(dict.fromkeys(checkin_ids))
    if ids and "checkins" not in chosen:
        raise ShareError("Check-ins were chosen, but 'checkins' is not among the scopes.")
    if "checkins" in chosen and not ids:
        raise ShareError("Please choose the check-ins to share, or leave 'checkins' out.")
    if len(ids) > MAX_CHOSEN_CHECKINS:
        raise ShareError(f"A share can hold up to {MAX_CHOSEN_CHECKINS} check-ins.")
    return chosen, ids


def create_share(
    conn: Connection, user_id: str, data_key: bytes, scopes: Sequence[str], checkin_ids: Sequence[str] = (),
) -> NewShare:
    chosen, ids = check_scopes(scopes, checkin_ids)
    share_id, share_key, code = new_id(), crypto.new_key(), new_code()
    conn.execute(shares.insert().values(
        id=share_id, user_id=user_id, code_hash=code_hash(code), scopes_json=json.dumps(list(chosen)),
        checkin_ids_json=json.dumps(list(ids)), created_at=now(),
        share_key_by_code=crypto.seal(_code_key(code), share_key, _binding(share_id, "share_key_by_code")),
    ))
    for checkin_id in ids:
        record = get_checkin(conn, user_id, data_key, checkin_id)
        if record is None:
            raise ShareError("One of the chosen check-ins could not be found.")
        item_id = new_id()
        conn.execute(shared_items.insert().values(
            id=item_id, share_id=share_id, checkin_id=checkin_id,
            text_enc=crypto.seal_text(share_key, record.text, "shared_items", "text", item_id),
        ))
    return NewShare(share_id, code)


def revoke_share(conn: Connection, user_id: str, share_id: str) -> bool:
    """Ends a share for good: keys and sealed copies are erased. False when it isn't theirs."""
    if not is_id(share_id):
        return False
    owned = conn.execute(
        select(shares.c.id).where(shares.c.id == share_id, shares.c.user_id == user_id)
    ).first()
    if owned is None:
        return False
    conn.execute(update(shares).where(shares.c.id == share_id, shares.c.revoked_at.is_(None))
                 .values(revoked_at=now()))
    conn.execute(update(shares).where(shares.c.id == share_id)
                 .values(share_key_by_code=None, share_key_by_therapist=None))
    conn.execute(delete(shared_items).where(shared_items.c.share_id == share_id))
    return True


def status_of(row: Any) -> str:
    if row["revoked_at"] is not None:
        return "revoked"
    if row["accepted_at"] is not None:
        return "active"
    if aware(row["created_at"]) + CODE_VALID_FOR <= now():
        return "expired"
    return "waiting"


def list_person_shares(conn: Connection, user_id: str) -> list[dict[str, Any]]:
    """Every share the person made, newest first, each with its full access log."""
    therapist = users.alias("therapist")
    rows = conn.execute(
        select(shares, therapist.c.username.label("therapist_username"))
        .outerjoin(therapist, therapist.c.id == shares.c.therapist_id)
        .where(shares.c.user_id == user_id).order_by(shares.c.created_at.desc(), shares.c.id)
    ).mappings().all()
    logs = access_log(conn, user_id)
    return [_person_share(r, logs.get(r["id"], [])) for r in rows]


def _person_share(row: Any, log: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": row["id"], "status": status_of(row), "scopes": json.loads(row["scopes_json"]),
        "checkin_ids": json.loads(row["checkin_ids_json"] or "[]"), "therapist": row["therapist_username"],
        "created_at": _iso(row["created_at"]), "accepted_at": _iso(row["accepted_at"]),
        "revoked_at": _iso(row["revoked_at"]), "last_viewed_at": _iso(row["last_viewed_at"]),
        "code_expires_at": _iso(aware(row["created_at"]) + CODE_VALID_FOR) if row["accepted_at"] is None else None,
        "access_log": log,
    }


def access_log(conn: Connection, user_id: str) -> dict[str, list[dict[str, Any]]]:
    """The person's access log by share id, newest first, naming the therapist who looked."""
    rows = conn.execute(
        select(share_access_log, users.c.username)
        .outerjoin(users, users.c.id == share_access_log.c.therapist_id)
        .where(share_access_log.c.user_id == user_id)
        .order_by(share_access_log.c.at.desc(), share_access_log.c.id)
    ).mappings()
    logs: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        logs.setdefault(r["share_id"], []).append(
            {"what": r["what"], "at": _iso(r["at"]), "therapist": r["username"]}
        )
    return logs


def _iso(value: datetime | None) -> str | None:
    return aware(value).isoformat() if value is not None else None


# --- the therapist's side -------------------------------------------------------------------------


def accept_share(conn: Connection, therapist_id: str, therapist_key: bytes, code: str) -> str:
    """Moves the share key from the code to the therapist's own key; the code stops working."""
    row = conn.execute(select(shares).where(shares.c.code_hash == code_hash(code))).mappings().first()
    if row is None or status_of(row) != "waiting" or row["share_key_by_code"] is None:
        raise NoSuchShare()
    try:
        share_key = crypto.open_sealed(_code_key(code), row["share_key_by_code"],
                                       _binding(row["id"], "share_key_by_code"))
    except crypto.DecryptionError:
        raise NoSuchShare() from None
    wrapped = crypto.seal(therapist_key, share_key, _binding(row["id"], "share_key_by_therapist"))
    # Compare-and-set: of two therapists racing with one code, exactly one gets the share.
    changed = conn.execute(
        update(shares).where(shares.c.id == row["id"], shares.c.accepted_at.is_(None),
                             shares.c.revoked_at.is_(None))
        .values(therapist_id=therapist_id, share_key_by_therapist=wrapped, share_key_by_code=None,
                accepted_at=now())
    ).rowcount
    if changed != 1:
        raise NoSuchShare()
    log_access(conn, row["id"], row["user_id"], therapist_id, "accepted the share")
    return str(row["id"])


def _active_query(therapist_id: str) -> Any:
    return (
        select(shares, users.c.username).join(users, users.c.id == shares.c.user_id)
        .where(shares.c.therapist_id == therapist_id, shares.c.revoked_at.is_(None),
               shares.c.accepted_at.is_not(None), shares.c.share_key_by_therapist.is_not(None))
    )


def _active(row: Any) -> ActiveShare:
    return ActiveShare(
        id=row["id"], user_id=row["user_id"], username=row["username"], therapist_id=row["therapist_id"],
        scopes=tuple(json.loads(row["scopes_json"])), checkin_ids=tuple(json.loads(row["checkin_ids_json"] or "[]")),
        accepted_at=aware(row["accepted_at"]),
        last_viewed_at=aware(row["last_viewed_at"]) if row["last_viewed_at"] is not None else None,
        share_key_by_therapist=row["share_key_by_therapist"],
    )


def therapist_shares(conn: Connection, therapist_id: str) -> list[ActiveShare]:
    rows = conn.execute(_active_query(therapist_id).order_by(users.c.username, shares.c.accepted_at)).mappings()
    return [_active(r) for r in rows]


def therapist_share(conn: Connection, therapist_id: str, share_id: str) -> ActiveShare | None:
    if not is_id(share_id):
        return None
    row = conn.execute(_active_query(therapist_id).where(shares.c.id == share_id)).mappings().first()
    return _active(row) if row else None


def share_key(share: ActiveShare, therapist_key: bytes) -> bytes:
    return crypto.open_sealed(therapist_key, share.share_key_by_therapist,
                              _binding(share.id, "share_key_by_therapist"))


def shared_checkins(conn: Connection, share: ActiveShare, therapist_key: bytes) -> list[dict[str, Any]]:
    """The chosen check-ins, oldest first: the text opened with the share key, and when it was."""
    key = share_key(share, therapist_key)
    rows = conn.execute(
        select(shared_items.c.id, shared_items.c.text_enc, checkins.c.id.label("checkin_id"),
               checkins.c.created_at, checkins.c.distress, checkins.c.zone)
        .join(checkins, checkins.c.id == shared_items.c.checkin_id)
        .where(shared_items.c.share_id == share.id).order_by(checkins.c.created_at, checkins.c.id)
    ).mappings()
    return [
        {"id": r["checkin_id"], "created_at": aware(r["created_at"]).isoformat(), "distress": r["distress"],
         "zone": r["zone"], "text": crypto.open_text(key, r["text_enc"], "shared_items", "text", r["id"])}
        for r in rows
    ]


def log_access(conn: Connection, share_id: str, user_id: str, therapist_id: str, what: str) -> None:
    conn.execute(share_access_log.insert().values(
        id=new_id(), share_id=share_id, user_id=user_id, therapist_id=therapist_id, what=what[:64], at=now(),
    ))


def mark_viewed(conn: Connection, share_id: str, at: datetime) -> None:
    conn.execute(update(shares).where(shares.c.id == share_id).values(last_viewed_at=at))
