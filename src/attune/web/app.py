"""The application factory: one FastAPI app per process, no state kept in process memory."""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import text
from starlette.responses import Response

from attune.config import Settings
from attune.flows.runtime import Runtime, load_runtime
from attune.store.engine import make_engine
from attune.store.migrate import upgrade
from attune.web import errors
from attune.web.api import accounts as api_accounts
from attune.web.api import checkins as api_checkins
from attune.web.api import companion as api_companion
from attune.web.api import credentials as api_credentials
from attune.web.api import export as api_export
from attune.web.api import insights as api_insights
from attune.web.api import questionnaires as api_questionnaires
from attune.web.api import safety as api_safety
from attune.web.api import shares as api_shares
from attune.web.auth import SignInRequired
from attune.web.background import lifespan
from attune.web.context import AppContext
from attune.web.headers import CrossSiteGuard, SecurityHeaders
from attune.web.pages import (
    account_pages,
    auth_pages,
    checkin_pages,
    help_pages,
    insight_pages,
    learn_pages,
    onboarding_pages,
    practice_pages,
    pwa_pages,
    questionnaire_pages,
    safety_pages,
    settings_pages,
    share_pages,
)
from attune.web.worker_header import WorkerHeader

STATIC = Path(__file__).parent / "static"
log = logging.getLogger("attune")

ROUTERS = [
    api_accounts.router, api_checkins.router, api_export.router,
    auth_pages.router, checkin_pages.router, help_pages.router,
    api_credentials.router, account_pages.router,
    onboarding_pages.router, learn_pages.router, settings_pages.router, pwa_pages.router,
    api_questionnaires.router, api_insights.router, api_shares.router,
    questionnaire_pages.router, insight_pages.router, share_pages.router,
    api_companion.router, practice_pages.router, api_safety.router, safety_pages.router,
]


def create_app(settings: Settings | None = None, runtime: Runtime | None = None) -> FastAPI:
    settings = settings or Settings.load()
    validate_content()
    engine = make_engine(settings)
    if settings.run_migrations:
        upgrade(engine)
    app = FastAPI(title="Attune", version="1", docs_url="/api/docs", openapi_url="/api/v1/openapi.json",
                  redoc_url=None, lifespan=lifespan)
    app.state.ctx = AppContext(settings, engine, runtime or load_runtime())
    errors.install(app)
    app.add_middleware(CrossSiteGuard)
    app.add_middleware(SecurityHeaders)
    if settings.expose_worker:
        app.add_middleware(WorkerHeader)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    for router in ROUTERS:
        app.include_router(router)
    _install_basics(app)
    return app


def validate_content() -> None:
    """Reviewed content is loaded and checked before anyone is served: bad data stops the start."""
    from attune.domain.composer import load_phrasing
    from attune.domain.measures import measures
    from attune.domain.practices import load_catalogue
    from attune.safety.lines import all_lines

    load_catalogue()
    load_phrasing()
    measures()
    all_lines()


def _install_basics(app: FastAPI) -> None:
    @app.exception_handler(SignInRequired)
    async def to_sign_in(_request: Request, _exc: SignInRequired) -> Response:
        return RedirectResponse("/signin", status_code=303)

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> JSONResponse:
        ctx: AppContext = app.state.ctx
        with ctx.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return JSONResponse({"status": "ok"})
