"""Settings read from flags and the environment through small typed helpers that fail loudly."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_data_dir


class ConfigError(ValueError):
    """A setting has a value Attune cannot use; the message names the setting."""


def env_str(name: str, default: str | None = None) -> str | None:
    """A string setting; NAME_FILE may point at a file holding a secret."""
    path = os.environ.get(f"{name}_FILE")
    if path:
        return Path(path).read_text(encoding="utf-8").strip()
    return os.environ.get(name, default)


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    if raw.lower() in {"1", "true", "yes", "on"}:
        return True
    if raw.lower() in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name} must be true or false, not {raw!r}")


def default_data_dir() -> Path:
    return Path(env_str("ATTUNE_DATA_DIR") or user_data_dir("attune", appauthor=False))


def normalise_database_url(url: str) -> str:
    """A plain postgresql:// URL selects the psycopg 3 driver; sqlite URLs pass through."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url[len("postgresql://"):]
    if url.startswith(("postgresql+psycopg://", "sqlite://", "sqlite+pysqlite://")):
        return url
    raise ConfigError(f"ATTUNE_DATABASE_URL must be a postgresql:// or sqlite:// URL, not {url!r}")


@dataclass(frozen=True)
class KdfCost:
    """Argon2id cost; lowered only in tests, where hundreds of accounts are made."""

    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 2


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str
    secure_cookies: bool = False
    session_days: int = 30
    pool_size: int = 5
    kdf: KdfCost = field(default_factory=KdfCost)
    run_migrations: bool = True
    llm_url: str | None = None
    background_jobs: bool = True
    jobs_poll_seconds: int = 5
    expose_worker: bool = False

    @classmethod
    def load(cls, data_dir: Path | None = None, db: str | None = None) -> Settings:
        folder = data_dir or default_data_dir()
        url = db or env_str("ATTUNE_DATABASE_URL") or f"sqlite:///{folder / 'attune.db'}"
        return cls(
            data_dir=folder,
            database_url=normalise_database_url(url),
            secure_cookies=env_bool("ATTUNE_SECURE_COOKIES", False),
            session_days=env_int("ATTUNE_SESSION_DAYS", 30),
            pool_size=env_int("ATTUNE_DB_POOL_SIZE", 5),
            kdf=kdf_from_env(),
            run_migrations=env_bool("ATTUNE_RUN_MIGRATIONS", True),
            llm_url=env_str("ATTUNE_LLM_URL"),
            background_jobs=env_bool("ATTUNE_BACKGROUND_JOBS", True),
            jobs_poll_seconds=env_int("ATTUNE_JOBS_POLL_SECONDS", 5),
            expose_worker=env_bool("ATTUNE_EXPOSE_WORKER", False),
        )

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def kdf_from_env() -> KdfCost:
    if env_str("ATTUNE_KDF_PROFILE") == "test":
        return KdfCost(time_cost=1, memory_kib=8192, parallelism=1)
    return KdfCost()
