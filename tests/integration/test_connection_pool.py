"""Each worker's connection pool is sized by ATTUNE_DB_POOL_SIZE, on both databases."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.pool import QueuePool

from attune.config import Settings
from attune.store.engine import make_engine


def test_the_pool_keeps_as_many_connections_as_the_setting_says(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ATTUNE_DB_POOL_SIZE", "3")
    engine = make_engine(Settings.load(data_dir=tmp_path, db=db_url))
    assert isinstance(engine.pool, QueuePool) and engine.pool.size() == 3
    engine.dispose()
