"""`once`: a zero-argument loader that runs exactly once per process, however many threads ask.

`functools.lru_cache` caches the result but lets every thread that arrives before the first call
returns compute it again. For the safety rules (thousands of patterns compiled under the GIL) that
meant each of a worker's request threads compiling them side by side at start-up: 32 people
checking in at once on two cores waited half a minute. Here the first caller computes, the rest wait
for its answer, and a failure is not cached (the next caller tries again).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def once(load: Callable[[], T]) -> Callable[[], T]:
    lock = threading.Lock()
    done: list[T] = []

    @functools.wraps(load)
    def loaded() -> T:
        if done:
            return done[0]
        with lock:
            if not done:
                done.append(load())
            return done[0]

    return loaded
