"""Request bodies: unknown fields are refused, sizes are bounded, messages are plain."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_max_length=20_000)


class AccountIn(Strict):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)
    role: Literal["person", "therapist"] = "person"


class TokenIn(Strict):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


class CheckinIn(Strict):
    text: str = Field(max_length=10_000)
    distress: int | None = Field(default=None, ge=0, le=10)


class PasswordChangeIn(Strict):
    current_password: str = Field(min_length=1, max_length=256)
    new_password: str = Field(min_length=1, max_length=256)


class RecoverIn(Strict):
    username: str = Field(min_length=1, max_length=64)
    recovery_key: str = Field(min_length=1, max_length=200)
    new_password: str = Field(min_length=1, max_length=256)
