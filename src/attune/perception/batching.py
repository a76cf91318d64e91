"""Micro-batching: check-ins read at the same moment share one encoder pass.

Request threads hand their text to a reader thread and wait. A reader takes everything queued
(up to `max_batch`) and calls `read_many` once. It waits up to `max_wait` for more only when the
previous batch held more than one text: with one person at a time nothing is delayed, and under
load the batches fill while the previous one runs. One reader is the default: in a server the
request's own Python work (which holds the GIL) costs about twice the encoder pass, so the
encoder on one core keeps up; `readers` > 1 lets batches run side by side when it would not.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from attune.domain.ports import Perceiver
from attune.domain.reading import TextReading

MAX_BATCH = 16
MAX_WAIT_SECONDS = 0.002
READERS = 1


@dataclass
class _Waiting:
    text: str
    done: threading.Event = field(default_factory=threading.Event)
    reading: TextReading | None = None
    error: BaseException | None = None


class BatchingPerceiver:
    """A Perceiver that gathers concurrent `read` calls into one `read_many` on the one it wraps."""

    def __init__(
        self, inner: Perceiver, max_batch: int = MAX_BATCH, max_wait: float = MAX_WAIT_SECONDS, readers: int = READERS,
    ) -> None:
        self.inner = inner
        self.max_batch = max(1, max_batch)
        self.max_wait = max(0.0, max_wait)
        self.readers = max(1, readers)
        self.batch_sizes: list[int] = []  # the last few, for tests and benchmarks
        self._queue: list[_Waiting] = []
        self._ready = threading.Condition()
        self._threads: list[threading.Thread] = []

    def read(self, text: str) -> TextReading:
        waiting = _Waiting(text)
        with self._ready:
            self._queue.append(waiting)
            self._start_readers()
            self._ready.notify()
        waiting.done.wait()
        if waiting.error is not None:
            raise waiting.error
        assert waiting.reading is not None
        return waiting.reading

    def read_many(self, texts: Sequence[str]) -> list[TextReading]:
        return self.inner.read_many(texts)

    def _start_readers(self) -> None:
        self._threads = [t for t in self._threads if t.is_alive()]
        while len(self._threads) < self.readers:
            thread = threading.Thread(target=self._serve, name="attune-perception-batcher", daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self) -> None:
        while True:
            batch = self._next_batch()
            try:
                readings = self.inner.read_many([w.text for w in batch])
                for waiting, reading in zip(batch, readings, strict=True):
                    waiting.reading = reading
            except BaseException as exc:  # every waiting request gets the error instead of hanging
                for waiting in batch:
                    waiting.error = exc
            finally:
                for waiting in batch:
                    waiting.done.set()

    def _next_batch(self) -> list[_Waiting]:
        with self._ready:
            while not self._queue:
                self._ready.wait()
            if self.max_wait and self.batch_sizes and self.batch_sizes[-1] > 1:
                deadline = time.monotonic() + self.max_wait
                while len(self._queue) < self.max_batch and (left := deadline - time.monotonic()) > 0:
                    self._ready.wait(left)
            batch, self._queue = self._queue[: self.max_batch], self._queue[self.max_batch :]
            self.batch_sizes = [*self.batch_sizes[-99:], len(batch)]
            return batch
