"""What every request handler needs, held on app.state: settings, the engine and the runtime."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request
from sqlalchemy import Engine

from attune.config import Settings
from attune.flows.runtime import Runtime


@dataclass
class AppContext:
    settings: Settings
    engine: Engine
    runtime: Runtime


def app_context(request: Request) -> AppContext:
    ctx: AppContext = request.app.state.ctx
    return ctx
