"""The app's lifespan: each worker opens its model and compiles its safety rules before it takes
requests, runs its background-job loop, and cancels that loop on shutdown."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

import anyio.to_thread
from fastapi import FastAPI

from attune.flows.job_handlers import HANDLERS
from attune.flows.job_loop import run_forever
from attune.flows.runtime import Runtime
from attune.web.context import AppContext

log = logging.getLogger(__name__)


def warm(runtime: Runtime) -> None:
    """One reading and one safety check now, so that no person's check-in waits while the model
    opens or the safety rules compile (about a second of CPU, more with many threads asking)."""
    try:
        runtime.assessor.assess("warming up", reading=runtime.perceiver.read("warming up"))
    except Exception:  # the first check-in will try again, and report the error if it persists
        log.exception("perception or safety did not warm up")


@contextlib.asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    ctx: AppContext = app.state.ctx
    await anyio.to_thread.run_sync(warm, ctx.runtime)
    task = None
    if ctx.settings.background_jobs:
        task = asyncio.create_task(run_forever(ctx.engine, HANDLERS, ctx.settings.jobs_poll_seconds))
    try:
        yield
    finally:
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
