"""Accounts, password checks and key wrapping. Sessions live in sessions.py."""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Connection, delete, select, update

from attune.config import KdfCost
from attune.store import crypto
from attune.store.ids import new_id, now
from attune.store.schema import users

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{2,31}$")
ROLES = ("person", "therapist")


class AccountError(ValueError):
    """A problem the person can fix; the message is safe to show them."""


class UsernameTaken(AccountError):
    pass


class BadCredentials(AccountError):
    pass


@dataclass(frozen=True)
class Account:
    id: str
    username: str
    role: str
    locale: str | None
    onboarded: bool
    settings: dict[str, Any]


@dataclass(frozen=True)
class NewAccount:
    account: Account
    recovery_key: str
    data_key: bytes


def hasher(cost: KdfCost) -> PasswordHasher:
    return PasswordHasher(time_cost=cost.time_cost, memory_cost=cost.memory_kib, parallelism=cost.parallelism)


def normalise_username(username: str) -> str:
    name = username.strip().lower()
    if not USERNAME_RE.match(name):
        raise AccountError(
            "A username needs 3 to 32 characters: letters, numbers, dots, dashes or underscores."
        )
    return name


def check_password_shape(password: str) -> None:
    if len(password) < 8:
        raise AccountError("A password needs at least 8 characters.")
    if len(password) > 256:
        raise AccountError("A password can have at most 256 characters.")


def kdf_label(cost: KdfCost) -> str:
    return f"argon2id:t={cost.time_cost},m={cost.memory_kib},p={cost.parallelism}"


def kdf_from_label(label: str) -> KdfCost:
    parts = dict(p.split("=") for p in label.split(":", 1)[1].split(","))
    return KdfCost(time_cost=int(parts["t"]), memory_kib=int(parts["m"]), parallelism=int(parts["p"]))


def create_account(conn: Connection, username: str, password: str, role: str, cost: KdfCost) -> NewAccount:
    name = normalise_username(username)
    check_password_shape(password)
    if role not in ROLES:
        raise AccountError("The role must be 'person' or 'therapist'.")
    if conn.execute(select(users.c.id).where(users.c.username == name)).first():
        raise UsernameTaken("That username is already taken. Please choose another.")
    user_id, data_key, recovery = new_id(), crypto.new_key(), crypto.new_key()
    salt, recovery_salt = crypto.new_key()[:16], crypto.new_key()[:16]
    conn.execute(users.insert().values(
        id=user_id, username=name, role=role, password_hash=hasher(cost).hash(password),
        kdf_salt=salt, kdf_params=kdf_label(cost),
        key_by_password=_wrap_by_password(data_key, password, salt, cost, user_id),
        key_by_recovery=_wrap_by_recovery(data_key, recovery, recovery_salt, user_id),
        recovery_salt=recovery_salt, settings_json="{}", created_at=now(),
    ))
    account = Account(user_id, name, role, None, False, {})
    return NewAccount(account, crypto.format_recovery_key(recovery), data_key)


def _wrap_by_password(key: bytes, password: str, salt: bytes, cost: KdfCost, user_id: str) -> bytes:
    kek = crypto.derive_password_key(password, salt, cost)
    return crypto.seal(kek, key, f"users:key_by_password:{user_id}")


def _wrap_by_recovery(key: bytes, recovery: bytes, salt: bytes, user_id: str) -> bytes:
    kek = crypto.recovery_wrapping_key(recovery, salt)
    return crypto.seal(kek, key, f"users:key_by_recovery:{user_id}")


_DUMMY: dict[str, str] = {}
# Each Argon2id run takes 64 MiB and a core for a while: a burst of sign-ins waits its turn.
KDF_SLOTS = threading.BoundedSemaphore(2)


def _dummy_hash(cost: KdfCost) -> str:
    label = kdf_label(cost)
    if label not in _DUMMY:
        _DUMMY[label] = hasher(cost).hash("not-a-real-password")
    return _DUMMY[label]


def authenticate(conn: Connection, username: str, password: str, cost: KdfCost) -> tuple[Account, bytes]:
    """The account and its unwrapped data key; one answer and the same work for every failure."""
    account, data_key, row = check_password(conn, username, password, cost)
    if needs_upgrade(row, cost):
        set_password(conn, row["id"], password, data_key, cost)
    return account, data_key


def check_password(conn: Connection, username: str, password: str, cost: KdfCost) -> tuple[Account, bytes, Any]:
    """Read-only: callers hash outside any write transaction, so no lock is held for a second."""
    with KDF_SLOTS:
        row = _find_user(conn, username)
        if row is None:
            _verify(_dummy_hash(cost), password, cost)
            crypto.derive_password_key(password, b"0" * 16, cost)
            raise BadCredentials("That username and password don't match an account.")
        if not _verify(row["password_hash"], password, cost):
            crypto.derive_password_key(password, row["kdf_salt"], kdf_from_label(row["kdf_params"]))
            raise BadCredentials("That username and password don't match an account.")
        return account_from_row(row), _unwrap_by_password(row, password), row


def needs_upgrade(row: Any, cost: KdfCost) -> bool:
    """Rehash and re-wrap when the configured cost has changed since the last sign-in."""
    return bool(hasher(cost).check_needs_rehash(row["password_hash"]) or row["kdf_params"] != kdf_label(cost))


def _find_user(conn: Connection, username: str) -> Any:
    """The user row, or None; a name no account could have is never sent to the database."""
    name = username.strip().lower()
    if not USERNAME_RE.match(name):
        return None
    return conn.execute(select(users).where(users.c.username == name)).mappings().first()


def _verify(stored: str, password: str, cost: KdfCost) -> bool:
    try:
        return hasher(cost).verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _unwrap_by_password(row: Any, password: str) -> bytes:
    kek = crypto.derive_password_key(password, row["kdf_salt"], kdf_from_label(row["kdf_params"]))
    return crypto.open_sealed(kek, row["key_by_password"], f"users:key_by_password:{row['id']}")


def set_password(conn: Connection, user_id: str, password: str, data_key: bytes, cost: KdfCost) -> None:
    check_password_shape(password)
    salt = crypto.new_key()[:16]
    conn.execute(update(users).where(users.c.id == user_id).values(
        password_hash=hasher(cost).hash(password), kdf_salt=salt, kdf_params=kdf_label(cost),
        key_by_password=_wrap_by_password(data_key, password, salt, cost, user_id),
    ))


def change_password(conn: Connection, user_id: str, current: str, new: str, cost: KdfCost) -> None:
    """Re-wrap the same data key under the new password: nothing is re-encrypted, nothing is lost."""
    check_password_shape(new)
    row = _checked_row(conn, user_id, current, cost)
    set_password(conn, user_id, new, _unwrap_by_password(row, current), cost)


def confirm_password(conn: Connection, user_id: str, password: str, cost: KdfCost) -> None:
    """For a step that cannot be undone: BadCredentials unless this is the account's password."""
    _checked_row(conn, user_id, password, cost)


def _checked_row(conn: Connection, user_id: str, password: str, cost: KdfCost) -> Any:
    row = conn.execute(select(users).where(users.c.id == user_id)).mappings().first()
    if row is None or not _verify(row["password_hash"], password, cost):
        raise BadCredentials("That is not your current password.")
    return row


def recover(conn: Connection, username: str, recovery_text: str, new_password: str, cost: KdfCost) -> Account:
    """Set a new password with the recovery key; the data key (and so every record) is kept."""
    row = _find_user(conn, username)
    if row is None:
        raise BadCredentials("That username and recovery key don't match an account.")
    try:
        kek = crypto.recovery_wrapping_key(crypto.parse_recovery_key(recovery_text), row["recovery_salt"])
        data_key = crypto.open_sealed(kek, row["key_by_recovery"], f"users:key_by_recovery:{row['id']}")
    except crypto.DecryptionError:
        raise BadCredentials("That username and recovery key don't match an account.") from None
    set_password(conn, row["id"], new_password, data_key, cost)
    return account_from_row(row)


def account_from_row(row: Any) -> Account:
    return Account(
        id=row["id"], username=row["username"], role=row["role"], locale=row["locale"],
        onboarded=row["onboarded_at"] is not None, settings=json.loads(row["settings_json"] or "{}"),
    )


def get_account(conn: Connection, user_id: str) -> Account | None:
    row = conn.execute(select(users).where(users.c.id == user_id)).mappings().first()
    return account_from_row(row) if row else None


def update_profile(conn: Connection, user_id: str, **values: Any) -> None:
    allowed = {"locale", "onboarded_at", "settings_json"}
    unknown = set(values) - allowed
    if unknown:
        raise ValueError(f"not profile fields: {sorted(unknown)}")
    conn.execute(update(users).where(users.c.id == user_id).values(**values))


def delete_account(conn: Connection, user_id: str) -> None:
    """Every row goes with the account through ON DELETE CASCADE; the wrapped keys go with the row."""
    conn.execute(delete(users).where(users.c.id == user_id))
