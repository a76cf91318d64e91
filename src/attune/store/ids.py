"""Record ids are random, made before insert, so they can be bound into the ciphertext."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime

ID_RE = re.compile(r"^[0-9a-f]{32}$")


def new_id() -> str:
    return uuid.uuid4().hex


def is_id(value: str) -> bool:
    """Whether a value from a URL could be a record id at all; anything else is never queried."""
    return bool(ID_RE.match(value))


def now() -> datetime:
    return datetime.now(UTC)


def aware(value: datetime) -> datetime:
    """SQLite hands datetimes back naive; they were written in UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)
