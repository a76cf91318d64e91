"""What makes Attune installable and usable offline: the manifest, the service worker, the offline page.

The service worker is served from the root (not /static) so that its scope covers every page,
with `Service-Worker-Allowed: /` for browsers that check it and no caching of the worker itself,
so an update reaches people on their next visit.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from starlette.responses import Response

from attune.store.sessions import SignedIn
from attune.web.auth import page_user_optional
from attune.web.rendering import render

router = APIRouter(include_in_schema=False)
STATIC = Path(__file__).resolve().parent.parent / "static"

MANIFEST = {
    "name": "Attune",
    "short_name": "Attune",
    "description": "A calm place to notice how you are and practise settling. Not a therapist, not a crisis service.",
    "id": "/",
    "start_url": "/checkin",
    "scope": "/",
    "display": "standalone",
    "orientation": "any",
    "background_color": "#f6f1ea",
    "theme_color": "#2c6b66",
    "lang": "en",
    "categories": ["health", "lifestyle"],
    "icons": [
        {"src": "/static/icons/icon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any"},
        {"src": "/static/icons/icon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any"},
        {"src": "/static/icons/icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any"},
        {"src": "/static/icons/maskable-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable"},
    ],
    "shortcuts": [
        {"name": "Check in", "url": "/checkin"},
        {"name": "Get help now", "url": "/help"},
        {"name": "Breathe", "url": "/pacer"},
    ],
}


@router.get("/manifest.webmanifest")
def manifest() -> Response:
    return JSONResponse(MANIFEST, media_type="application/manifest+json",
                        headers={"cache-control": "no-cache"})


def practice_pages() -> list[str]:
    """The practice catalogue and each practice's page, kept for offline use; none if the catalogue won't load."""
    try:
        from attune.domain.practices import load_catalogue

        slugs = [p.slug for p in load_catalogue().practices]
    except Exception:  # the offline copy is a bonus; never let it break the worker
        return []
    return ["/practices", *(f"/practice/{slug}" for slug in slugs)]


@cache
def worker_script() -> str:
    """sw.js with its cache named after a hash of every static file (and the practice list), so each
    release refreshes the cache."""
    pages = practice_pages()
    digest = hashlib.sha256(json.dumps(pages).encode())
    for path in sorted(p for p in STATIC.rglob("*") if p.is_file()):
        digest.update(path.relative_to(STATIC).as_posix().encode())
        digest.update(path.read_bytes())
    script = (STATIC / "sw.js").read_text(encoding="utf-8")
    return script.replace("__VERSION__", digest.hexdigest()[:12]).replace("__PRACTICE_PAGES__", json.dumps(pages))


@router.get("/sw.js")
def service_worker() -> Response:
    return Response(worker_script(), media_type="text/javascript; charset=utf-8", headers={
        "service-worker-allowed": "/", "cache-control": "no-cache",
    })


@router.get("/offline")
def offline(request: Request, who: SignedIn | None = Depends(page_user_optional)) -> Response:
    return render(request, "offline.html", who=who)
