"""The server's logs never hold what a person wrote: no access log, no bodies, no exception messages."""

from __future__ import annotations

import logging
import sys

from attune.web.log_config import WITHHELD, WithoutWrittenText, uvicorn_log_config

WORDS = "the words somebody wrote"


def formatted(exc: BaseException) -> str:
    try:
        raise exc
    except BaseException:
        record = logging.LogRecord("uvicorn.error", logging.ERROR, __file__, 1, "Exception in ASGI application",
                                   None, exc_info=sys.exc_info())
    return WithoutWrittenText("%(message)s").format(record)


def test_an_exception_keeps_its_type_and_frames_but_not_its_message() -> None:
    text = formatted(ValueError(f"could not parse {WORDS!r}"))
    assert WORDS not in text
    assert "ValueError" in text and WITHHELD in text and "test_privacy_logs.py" in text


def test_a_chained_exception_withholds_every_message() -> None:
    try:
        try:
            raise KeyError(WORDS)
        except KeyError as inner:
            raise RuntimeError(f"while handling {WORDS}") from inner
    except RuntimeError as outer:
        text = formatted(outer)
    assert WORDS not in text and "KeyError" in text and "RuntimeError" in text


def test_the_serve_config_switches_the_access_log_off_and_formats_without_text() -> None:
    config = uvicorn_log_config()
    assert config["loggers"]["uvicorn.access"] == {"handlers": [], "level": "CRITICAL", "propagate": False}
    assert config["formatters"]["plain"]["()"] is WithoutWrittenText
    used = {config["handlers"][h]["formatter"] for logger in config["loggers"].values() for h in logger["handlers"]}
    assert used == {"plain"}
