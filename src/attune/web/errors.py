"""Every error leaves as JSON {error, detail?} for the API, or a calm page for a browser."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException


def _summary(errors: list[dict[str, Any]]) -> str:
    parts = []
    for err in errors[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
        parts.append(f"{where}: {err.get('msg', 'invalid')}" if where else str(err.get("msg", "invalid")))
    return "; ".join(parts) or "The request could not be read."


def _safe_detail(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # Never echo the submitted value back: it may be something the person wrote.
    return [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")} for e in errors]


def install(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = list(exc.errors())
        return JSONResponse({"error": _summary(errors), "detail": _safe_detail(errors)}, status_code=422)

    @app.exception_handler(DataError)
    async def unstorable(_request: Request, _exc: DataError) -> JSONResponse:
        # PostgreSQL refuses some values SQLite takes (a NUL character in a name or an id, say);
        # the transaction has rolled back, and the client hears the same kind of answer on both.
        return JSONResponse({"error": "Something in this request cannot be stored or looked up."}, 422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else "Something went wrong."
        return JSONResponse({"error": message}, status_code=exc.status_code, headers=exc.headers)
