"""The `attune` command: serve, checkin, eval, bench, migrate, backup, restore."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from attune.config import ConfigError, Settings


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help"}:
        print(USAGE)
        return 0
    command, rest = args[0], args[1:]
    handler = COMMANDS.get(command)
    if handler is None:
        print(f"attune: unknown command {command!r}\n\n{USAGE}", file=sys.stderr)
        return 2
    try:
        return handler(rest)
    except ConfigError as exc:
        print(f"attune: {exc}", file=sys.stderr)
        return 2


USAGE = """usage: attune COMMAND [options]

  serve       run the web app (SQLite in your data folder by default)
  checkin     one check-in from the terminal: attune checkin "TEXT" [--distress N] [--json]
  eval        attune eval perception|safety|companion ... --json
  bench       attune bench [perception] [--json]
  migrate     apply database migrations once (before starting several workers)
  backup      attune backup FILE   (SQLite: a consistent copy through the backup API)
  restore     attune restore FILE  (SQLite: replaces the database with the backup)"""


def _db_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, default=None, help="folder for the SQLite database")
    parser.add_argument("--db", default=None, help="database URL, e.g. postgresql://user@host:5432/attune")


def _settings(ns: argparse.Namespace) -> Settings:
    return Settings.load(data_dir=ns.data_dir, db=ns.db)


def serve(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="attune serve")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=1)
    _db_options(parser)
    ns = parser.parse_args(argv)
    settings = _settings(ns)
    _export_settings(ns, settings)
    from attune.store.engine import make_engine
    from attune.store.migrate import upgrade

    engine = make_engine(settings)
    upgrade(engine)  # once per deploy, before any worker starts
    engine.dispose()  # the workers open their own pools; this one would only hold a connection
    os.environ["ATTUNE_RUN_MIGRATIONS"] = "0"
    import uvicorn

    from attune.web.log_config import uvicorn_log_config

    print(f"Attune is listening on http://{ns.host}:{ns.port} (database: {_safe_url(settings)})", flush=True)
    uvicorn.run("attune.web.asgi:create", factory=True, host=ns.host, port=ns.port, workers=ns.workers,
                log_level="warning", access_log=False, log_config=uvicorn_log_config())
    return 0


def _export_settings(ns: argparse.Namespace, settings: Settings) -> None:
    """Workers are fresh processes: they read the same settings from the environment."""
    os.environ["ATTUNE_DATA_DIR"] = str(settings.data_dir)
    os.environ["ATTUNE_DATABASE_URL"] = settings.database_url
    # A server's parallelism comes from concurrent requests and workers: a second encoder thread
    # per pass mostly spins, doubling the CPU a check-in costs (see docs/benchmarks.md).
    os.environ.setdefault("ATTUNE_PERCEPTION_THREADS", "1")


def _safe_url(settings: Settings) -> str:
    from sqlalchemy.engine import make_url

    return make_url(settings.database_url).render_as_string(hide_password=True)


def checkin(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="attune checkin")
    parser.add_argument("text")
    parser.add_argument("--distress", type=int, default=None)
    parser.add_argument("--json", action="store_true", help="print one JSON object {reading, reply} and stop")
    parser.add_argument("--data-dir", type=Path, default=None)
    ns = parser.parse_args(argv)
    from attune.flows import checkin as flow
    from attune.flows.runtime import load_runtime

    try:
        flow.validate(ns.text, ns.distress)
    except flow.CheckinInputError as exc:
        print(f"attune: {exc}", file=sys.stderr)
        return 2
    if ns.json or not sys.stdin.isatty():
        outcome = flow.compose(load_runtime(), ns.text, ns.distress, [])
        print(json.dumps({"reading": outcome.reading, "reply": outcome.reply}, ensure_ascii=False))
        return 0
    return _converse(ns)


def _converse(ns: argparse.Namespace) -> int:
    import random

    from attune.config import default_data_dir
    from attune.flows.runtime import load_runtime
    from attune.terminal_checkin import converse, load_state, save_state, state_file

    path = state_file(ns.data_dir or default_data_dir())
    person = converse(load_runtime(), ns.text, ns.distress, load_state(path), input, print, random.Random())
    save_state(path, person)
    return 0


def migrate(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="attune migrate")
    _db_options(parser)
    ns = parser.parse_args(argv)
    from attune.store.engine import make_engine
    from attune.store.migrate import upgrade

    upgrade(make_engine(_settings(ns)))
    print("migrations applied")
    return 0


def _delegate(module: str) -> Callable[[list[str]], int]:
    def run(argv: list[str]) -> int:
        import importlib

        entry: Callable[[list[str]], int] = importlib.import_module(module).main
        return entry(argv)

    return run


def evaluate(argv: list[str]) -> int:
    targets = {"perception": "attune.evaluation.perception", "safety": "attune.evaluation.safety",
               "companion": "attune.evaluation.companion"}
    if not argv or argv[0] not in targets:
        print("usage: attune eval perception|safety|companion [options] --json", file=sys.stderr)
        return 2
    return _delegate(targets[argv[0]])(argv[1:])


def bench(argv: list[str]) -> int:
    targets = {"perception": "attune.bench.perception", "server": "attune.bench.server"}
    if argv and argv[0] in targets:
        return _delegate(targets[argv[0]])(argv[1:])
    return _delegate("attune.bench.server")(argv)


def backup(argv: list[str]) -> int:
    return _delegate("attune.store.backup")(argv)


def restore(argv: list[str]) -> int:
    return _delegate("attune.store.backup")(["--restore", *argv])


COMMANDS: dict[str, Callable[[list[str]], int]] = {
    "serve": serve, "checkin": checkin, "eval": evaluate, "bench": bench, "migrate": migrate,
    "backup": backup, "restore": restore,
}

if __name__ == "__main__":
    raise SystemExit(main())
