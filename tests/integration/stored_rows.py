"""Reading the database behind the app's back: what rows a person still has."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, select

from attune.store.schema import metadata

NOT_PER_PERSON = {"throttle"}  # hashed sign-in counters: no user id, no username, no address


def app_engine(client: Any) -> Engine:
    """The engine of the app behind a TestClient."""
    engine: Engine = client.app.state.ctx.engine
    return engine


@contextmanager
def database(url: str) -> Iterator[Engine]:
    engine = create_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()


def rows_left_for(engine: Engine, user_id: str, checkin_ids: set[str]) -> dict[str, int]:
    """How many rows each table still holds for this person; every table must be accounted for."""
    left: dict[str, int] = {}
    with engine.connect() as conn:
        for name, table in metadata.tables.items():
            if name in NOT_PER_PERSON:
                continue
            if name == "users":
                query = select(table).where(table.c.id == user_id)
            elif name == "shared_items":
                query = select(table).where(table.c.checkin_id.in_(checkin_ids))
            elif "user_id" in table.c:
                query = select(table).where(table.c.user_id == user_id)
            else:
                raise AssertionError(f"table {name!r} has no user_id: say how a person's rows are found in it")
            left[name] = len(conn.execute(query).all())
    return left


def fingerprint(engine: Engine, user_id: str, skip: set[str]) -> dict[str, list[str]]:
    """Every row this person has, as text, table by table (`skip` names table or table.column)."""
    found: dict[str, list[str]] = {}
    with engine.connect() as conn:
        for name, table in metadata.tables.items():
            if name in skip or name in NOT_PER_PERSON or ("user_id" not in table.c and name != "users"):
                continue
            column = table.c.id if name == "users" else table.c.user_id
            kept = [c for c in table.c if f"{name}.{c.name}" not in skip]
            rows = conn.execute(select(*kept).where(column == user_id)).all()
            found[name] = sorted(repr(tuple(row)) for row in rows)
    return found
