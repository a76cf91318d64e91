"""Several workers starting at once on PostgreSQL migrate once: the others wait on the advisory lock."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from attune.config import Settings
from attune.store.engine import make_engine
from attune.store.migrate import upgrade
from attune.store.schema import metadata

pytestmark = pytest.mark.postgres


def test_four_upgrades_at_once_all_succeed_with_one_set_of_tables(pg_url: str, tmp_path: Path) -> None:
    engines = [make_engine(Settings.load(data_dir=tmp_path, db=pg_url)) for _ in range(4)]
    start, failures = threading.Barrier(len(engines)), []

    def migrate(engine: object) -> None:
        start.wait()
        try:
            upgrade(engine)  # type: ignore[arg-type]
        except Exception as exc:  # collected, so the assertion can show every failure
            failures.append(exc)

    threads = [threading.Thread(target=migrate, args=(e,)) for e in engines]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert failures == []
    with engines[0].connect() as conn:
        assert set(inspect(conn).get_table_names()) == set(metadata.tables) | {"alembic_version"}
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar_one() == 1
    for e in engines:
        e.dispose()
