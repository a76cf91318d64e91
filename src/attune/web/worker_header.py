"""`X-Attune-Worker: <pid>` on every response, so tests and benchmarks can see which worker answered.

Installed only when ATTUNE_EXPOSE_WORKER=1: a process id is nothing a visitor needs to know.
"""

from __future__ import annotations

import os

from starlette.types import ASGIApp, Message, Receive, Scope, Send

HEADER = b"x-attune-worker"


class WorkerHeader:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_pid(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (HEADER, str(os.getpid()).encode())]
            await send(message)

        await self.app(scope, receive, send_with_pid)
