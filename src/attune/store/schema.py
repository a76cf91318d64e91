"""Every table Attune keeps. Columns ending in _enc hold AES-256-GCM ciphertext of what a person wrote."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()


def _user_fk() -> Column:
    return Column("user_id", String(32), ForeignKey("users.id", ondelete="CASCADE"), nullable=False)


users = Table(
    "users", metadata,
    Column("id", String(32), primary_key=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("role", String(16), nullable=False, default="person"),
    Column("password_hash", String(255), nullable=False),
    Column("kdf_salt", LargeBinary, nullable=False),
    Column("kdf_params", String(64), nullable=False),
    Column("key_by_password", LargeBinary, nullable=False),
    Column("key_by_recovery", LargeBinary, nullable=False),
    Column("recovery_salt", LargeBinary, nullable=False),
    Column("locale", String(8), nullable=True),
    Column("onboarded_at", DateTime(timezone=True), nullable=True),
    Column("settings_json", Text, nullable=False, default="{}"),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

sessions = Table(
    "sessions", metadata,
    Column("id", String(64), primary_key=True),  # sha256 of the opaque token
    _user_fk(),
    Column("kind", String(8), nullable=False),  # cookie | api
    Column("data_key_enc", LargeBinary, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_seen_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Index("ix_sessions_user", "user_id"),
)

checkins = Table(
    "checkins", metadata,
    Column("id", String(32), primary_key=True),
    _user_fk(),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("text_enc", LargeBinary, nullable=False),
    Column("reply_enc", LargeBinary, nullable=False),
    Column("distress", Integer, nullable=True),
    Column("valence", Float, nullable=False),
    Column("arousal", Float, nullable=False),
    Column("zone", String(8), nullable=False),
    Column("risk_level", String(12), nullable=False),
    Column("risk_category", String(24), nullable=False),
    Column("emotions_json", Text, nullable=False),
    Column("body_json", Text, nullable=False),
    Column("chosen_json", Text, nullable=False, default="{}"),
    Column("practice_slug", String(64), nullable=True),
    Column("reply_kind", String(16), nullable=False),
    Column("fits", Boolean, nullable=True),
    Column("correction_enc", LargeBinary, nullable=True),
    Index("ix_checkins_user_created", "user_id", "created_at"),
)

practice_sessions = Table(
    "practice_sessions", metadata,
    Column("id", String(32), primary_key=True),
    _user_fk(),
    Column("checkin_id", String(32), ForeignKey("checkins.id", ondelete="SET NULL"), nullable=True),
    Column("practice_slug", String(64), nullable=False),
    Column("zone", String(8), nullable=True),
    Column("distress_before", Integer, nullable=False),
    Column("distress_after", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_practice_user_created", "user_id", "created_at"),
)

person_state = Table(
    "person_state", metadata,
    Column("user_id", String(32), ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("state_json", Text, nullable=False, default="{}"),
    Column("window_signs_enc", LargeBinary, nullable=True),
    Column("version", Integer, nullable=False, default=0),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

safety_plans = Table(
    "safety_plans", metadata,
    Column("user_id", String(32), ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("plan_enc", LargeBinary, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

safety_events = Table(
    "safety_events", metadata,
    Column("id", String(32), primary_key=True),
    _user_fk(),
    Column("checkin_id", String(32), ForeignKey("checkins.id", ondelete="SET NULL"), nullable=True),
    Column("source", String(16), nullable=False),  # checkin | questionnaire
    Column("level", String(12), nullable=False),
    Column("category", String(24), nullable=False),
    Column("reasons_json", Text, nullable=False),
    Column("shown_json", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_safety_user_created", "user_id", "created_at"),
)

questionnaire_responses = Table(
    "questionnaire_responses", metadata,
    Column("id", String(32), primary_key=True),
    _user_fk(),
    Column("name", String(16), nullable=False),
    Column("answers_json", Text, nullable=False),
    Column("score", Float, nullable=False),
    Column("band", String(64), nullable=True),
    Column("subscales_json", Text, nullable=False, default="{}"),
    Column("safety", Boolean, nullable=False, default=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_questionnaire_user_created", "user_id", "created_at"),
)

shares = Table(
    "shares", metadata,
    Column("id", String(32), primary_key=True),
    _user_fk(),
    Column("code_hash", String(64), nullable=False, unique=True),
    Column("scopes_json", Text, nullable=False),
    Column("checkin_ids_json", Text, nullable=False, default="[]"),
    Column("therapist_id", String(32), ForeignKey("users.id", ondelete="CASCADE"), nullable=True),
    Column("share_key_by_code", LargeBinary, nullable=True),
    Column("share_key_by_therapist", LargeBinary, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("accepted_at", DateTime(timezone=True), nullable=True),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
    Column("last_viewed_at", DateTime(timezone=True), nullable=True),
)

shared_items = Table(
    "shared_items", metadata,
    Column("id", String(32), primary_key=True),
    Column("share_id", String(32), ForeignKey("shares.id", ondelete="CASCADE"), nullable=False),
    Column("checkin_id", String(32), ForeignKey("checkins.id", ondelete="CASCADE"), nullable=False),
    Column("text_enc", LargeBinary, nullable=False),
)

share_access_log = Table(
    "share_access_log", metadata,
    Column("id", String(32), primary_key=True),
    Column("share_id", String(32), ForeignKey("shares.id", ondelete="CASCADE"), nullable=False),
    _user_fk(),
    Column("therapist_id", String(32), nullable=False),
    Column("what", String(64), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Index("ix_share_access_user", "user_id", "at"),
)

throttle = Table(
    "throttle", metadata,
    Column("key", String(128), primary_key=True),
    Column("failures", Integer, nullable=False, default=0),
    Column("window_start", DateTime(timezone=True), nullable=False),
)

jobs = Table(
    "jobs", metadata,
    Column("id", String(32), primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("user_id", String(32), ForeignKey("users.id", ondelete="CASCADE"), nullable=True),
    Column("run_at", DateTime(timezone=True), nullable=False),
    Column("payload_json", Text, nullable=False, default="{}"),
    Column("claimed_by", String(64), nullable=True),
    Column("claimed_at", DateTime(timezone=True), nullable=True),
    Column("done_at", DateTime(timezone=True), nullable=True),
    Column("attempts", Integer, nullable=False, default=0),
    Index("ix_jobs_due", "done_at", "run_at"),
)

reminders = Table(
    "reminders", metadata,
    Column("id", String(32), primary_key=True),
    _user_fk(),
    Column("kind", String(16), nullable=False),  # checkin | practice | questionnaire
    Column("time_of_day", String(5), nullable=False),  # HH:MM local
    Column("days", String(32), nullable=False, default="mon,tue,wed,thu,fri,sat,sun"),
    Column("timezone", String(64), nullable=False, default="UTC"),
    Column("enabled", Boolean, nullable=False, default=True),
    Column("snoozed_until", DateTime(timezone=True), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

push_subscriptions = Table(
    "push_subscriptions", metadata,
    Column("id", String(32), primary_key=True),
    _user_fk(),
    Column("subscription_enc", LargeBinary, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

ALL_USER_TABLES = (
    "sessions", "checkins", "practice_sessions", "person_state", "safety_plans", "safety_events",
    "questionnaire_responses", "shares", "share_access_log", "jobs", "reminders", "push_subscriptions",
)
