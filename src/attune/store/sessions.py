"""Sessions as database rows behind an opaque token; only the token's hash is stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Connection, delete, select, update

from attune.store import crypto
from attune.store.accounts import Account, account_from_row
from attune.store.ids import aware, now
from attune.store.schema import sessions, users

TOUCH_EVERY = timedelta(minutes=5)


@dataclass(frozen=True)
class SignedIn:
    """Who is asking, and the data key that opens what they wrote."""

    account: Account
    session_id: str
    token: str
    data_key: bytes
    stale: bool = False  # last seen long enough ago that the visit is worth recording


def start_session(conn: Connection, user_id: str, data_key: bytes, kind: str, days: int) -> str:
    token = crypto.new_token()
    session_id = crypto.token_id(token)
    wrapped = crypto.seal(crypto.derive_token_key(token, "session"), data_key, f"sessions:data_key:{session_id}")
    at = now()
    conn.execute(sessions.insert().values(
        id=session_id, user_id=user_id, kind=kind, data_key_enc=wrapped,
        created_at=at, last_seen_at=at, expires_at=at + timedelta(days=days),
    ))
    return token


def resolve(conn: Connection, token: str, kind: str) -> SignedIn | None:
    session_id = crypto.token_id(token)
    row = conn.execute(
        select(
            sessions.c.user_id, sessions.c.expires_at, sessions.c.last_seen_at, sessions.c.data_key_enc,
            users.c.username,
            users.c.role, users.c.locale, users.c.onboarded_at, users.c.settings_json,
        ).join(users, users.c.id == sessions.c.user_id)
        .where(sessions.c.id == session_id, sessions.c.kind == kind)
    ).mappings().first()
    if row is None or aware(row["expires_at"]) <= now():
        return None
    try:
        key = crypto.open_sealed(
            crypto.derive_token_key(token, "session"), row["data_key_enc"], f"sessions:data_key:{session_id}"
        )
    except crypto.DecryptionError:
        return None
    user = {**row, "id": row["user_id"]}
    stale = aware(row["last_seen_at"]) < now() - TOUCH_EVERY
    return SignedIn(account_from_row(user), session_id, token, key, stale)


def touch(conn: Connection, session_id: str) -> None:
    """Record activity at most every few minutes, so reads don't all become writes."""
    cutoff = now() - TOUCH_EVERY
    conn.execute(update(sessions).where(sessions.c.id == session_id, sessions.c.last_seen_at < cutoff)
                 .values(last_seen_at=now()))


def end_session(conn: Connection, session_id: str) -> None:
    conn.execute(delete(sessions).where(sessions.c.id == session_id))


def end_all_sessions(conn: Connection, user_id: str) -> None:
    conn.execute(delete(sessions).where(sessions.c.user_id == user_id))


def end_other_sessions(conn: Connection, user_id: str, keep_session_id: str) -> None:
    conn.execute(delete(sessions).where(sessions.c.user_id == user_id, sessions.c.id != keep_session_id))


def purge_expired(conn: Connection) -> int:
    return conn.execute(delete(sessions).where(sessions.c.expires_at <= now())).rowcount or 0
