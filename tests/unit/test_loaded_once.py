"""`once` loads a thing a single time per process, even when many threads ask at the same moment."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from attune.loaded_once import once


def test_many_threads_asking_at_once_share_one_load() -> None:
    calls: list[int] = []
    start = threading.Barrier(16)

    @once
    def slow() -> object:
        calls.append(1)
        time.sleep(0.05)  # wide enough for every thread to arrive while the first still loads
        return object()

    def ask() -> object:
        start.wait()
        return slow()

    with ThreadPoolExecutor(16) as pool:
        results = list(pool.map(lambda _: ask(), range(16)))
    assert len(calls) == 1
    assert all(r is results[0] for r in results)


def test_a_failed_load_is_tried_again_by_the_next_caller() -> None:
    attempts: list[int] = []

    @once
    def flaky() -> str:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("disk hiccup")
        return "loaded"

    with pytest.raises(OSError):
        flaky()
    assert flaky() == "loaded"
    assert flaky() == "loaded"
    assert len(attempts) == 2


def test_the_loader_keeps_its_name_and_docstring() -> None:
    @once
    def rules() -> int:
        """Every rule."""
        return 1

    assert rules.__name__ == "rules" and rules.__doc__ == "Every rule."
