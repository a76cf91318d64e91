"""Every worker runs due background jobs; the database decides which worker runs which."""

from __future__ import annotations

import asyncio
import logging
import os
import random
import socket
import uuid
from collections.abc import Mapping
from datetime import timedelta

import anyio.to_thread
from sqlalchemy import Engine

from attune.flows.job_handlers import Handler
from attune.store import jobs as job_store
from attune.store.engine import writing
from attune.store.jobs import Job

log = logging.getLogger(__name__)
BATCH = 10


class LostClaim(Exception):
    """The job went stale while its handler ran and another worker took it over."""


def worker_name() -> str:
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def retry_delay(attempts: int) -> timedelta:
    return timedelta(seconds=min(3600, 30 * 2 ** max(0, attempts - 1)))


def run_one(engine: Engine, handler: Handler, job: Job) -> bool:
    """Run and close one claimed job in a single transaction; a failure gives it back for later."""
    try:
        with writing(engine) as conn:
            result = handler(conn, job)
            if not job_store.complete(conn, job, result):
                raise LostClaim(job.id)
        return True
    except LostClaim:
        log.warning("job %s was taken over by another worker; this run was rolled back", job.id)
        return False
    except Exception as exc:
        log.exception("job %s (%s) failed on attempt %d", job.id, job.kind, job.attempts)
        with writing(engine) as conn:
            job_store.release(conn, job, repr(exc), retry_delay(job.attempts))
        return False


def run_due(engine: Engine, handlers: Mapping[str, Handler], worker: str, limit: int = BATCH) -> int:
    """Claim up to `limit` due jobs of the kinds we can handle and run them; how many were claimed."""
    claimed = job_store.claim(engine, worker, limit, kinds=tuple(handlers))
    for job in claimed:
        run_one(engine, handlers[job.kind], job)
    return len(claimed)


async def run_forever(engine: Engine, handlers: Mapping[str, Handler], every_seconds: float) -> None:
    """Poll until cancelled; a job already running finishes (or rolls back) before cancel lands."""
    worker = worker_name()
    while True:
        try:
            claimed = await anyio.to_thread.run_sync(run_due, engine, handlers, worker)
        except Exception:
            log.exception("background jobs: polling failed; trying again shortly")
            claimed = 0
        if claimed < BATCH:
            # Jitter keeps several workers from polling in lockstep.
            await asyncio.sleep(every_seconds * random.uniform(0.8, 1.2))
