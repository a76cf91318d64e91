"""Every (method, path) the app answers, read from its route table, so a new route is noticed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def routes(app: Any) -> set[tuple[str, str]]:
    """HEAD is left out (it follows GET); a mounted app (static files) counts as ("MOUNT", path)."""
    found: set[tuple[str, str]] = set()
    _walk(app.routes, found)
    return found


def _walk(items: Iterable[Any], found: set[tuple[str, str]]) -> None:
    for route in items:
        contexts = getattr(route, "effective_route_contexts", None)
        if callable(contexts):  # recent FastAPI keeps each included router as one branch
            _walk(contexts(), found)
        elif getattr(route, "methods", None):
            found.update((method, route.path) for method in route.methods if method != "HEAD")
        elif getattr(route, "path", None) is not None:
            found.add(("MOUNT", route.path))


def declared_routes() -> set[tuple[str, str]]:
    """The same table without building an app (no database, no model): the routers the app includes."""
    from attune.web.app import ROUTERS

    found: set[tuple[str, str]] = set()
    for router in ROUTERS:
        _walk(router.routes, found)
    return found


def body_fields() -> dict[tuple[str, str], list[str]]:
    """The names of the body fields (form fields, or JSON body parameters) each route reads."""
    from fastapi.routing import APIRoute

    from attune.web.app import ROUTERS

    fields: dict[tuple[str, str], list[str]] = {}
    for router in ROUTERS:
        for route in router.routes:
            if isinstance(route, APIRoute):
                names = _body_names(route.dependant)
                fields.update({(method, route.path): names for method in route.methods or ()})
    return fields


def _body_names(dependant: Any) -> list[str]:
    names = [param.alias for param in dependant.body_params]
    for sub in dependant.dependencies:
        names += _body_names(sub)
    return names
