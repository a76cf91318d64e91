"""ASGI entry point for uvicorn or gunicorn workers: `attune.web.asgi:create`, used as a factory."""

from __future__ import annotations

from fastapi import FastAPI

from attune.web.app import create_app


def create() -> FastAPI:
    return create_app()
