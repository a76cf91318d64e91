"""Logging for `attune serve`: no access log, no request bodies, and no exception messages.

An exception's message can quote what a person wrote (a validation error repeats its input, a
KeyError names its key), so tracebacks keep their frames and exception types and drop the
messages. Attune's own log lines are fixed sentences with ids, never written text.
"""

from __future__ import annotations

import logging
import traceback
from types import TracebackType
from typing import Any

WITHHELD = "(message withheld: it may quote what a person wrote)"
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]


class WithoutWrittenText(logging.Formatter):
    def formatException(self, ei: ExcInfo) -> str:
        _, exc, _ = ei
        if exc is None:
            return ""
        parts: list[str] = []
        seen: set[int] = set()
        while exc is not None and id(exc) not in seen:
            seen.add(id(exc))
            frames = "".join(traceback.format_tb(exc.__traceback__))
            parts.append(f"Traceback (most recent call last):\n{frames}{type(exc).__qualname__}: {WITHHELD}")
            exc = exc.__cause__ or exc.__context__
        return "\n\nwhile handling or caused by:\n".join(reversed(parts))


def uvicorn_log_config(level: str = "WARNING") -> dict[str, Any]:
    """A dictConfig for uvicorn and Attune; uvicorn.access is silenced as well as switched off."""
    handler = {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stderr"}
    plain = {"()": WithoutWrittenText, "format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"plain": plain},
        "handlers": {"stderr": handler},
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": level, "propagate": False},
            "uvicorn.error": {"handlers": ["stderr"], "level": level, "propagate": False},
            "uvicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False},
            "attune": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        },
        "root": {"handlers": ["stderr"], "level": level},
    }
