"""The micro-batcher: concurrent reads share one pass, each caller gets its own reading."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

import pytest

from attune.domain.reading import EmotionScore, TextReading
from attune.perception.batching import BatchingPerceiver


class SlowModel:
    """A stand-in encoder: 20 ms a pass whatever the batch, and it remembers each batch."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def read(self, text: str) -> TextReading:
        return self.read_many([text])[0]

    def read_many(self, texts: Sequence[str]) -> list[TextReading]:
        self.batches.append(list(texts))
        time.sleep(0.02)
        if "boom" in texts:
            raise RuntimeError("the model failed")
        return [TextReading((EmotionScore(t, 1.0),), 0.0, 0.5) for t in texts]


def read_at_once(perceiver: BatchingPerceiver, texts: list[str]) -> dict[str, str]:
    got: dict[str, str] = {}

    def one(text: str) -> None:
        got[text] = perceiver.read(text).emotions[0].label

    threads = [threading.Thread(target=one, args=(t,)) for t in texts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    return got


def test_concurrent_reads_share_passes_and_each_gets_its_own_answer() -> None:
    model = SlowModel()
    texts = [f"text {i}" for i in range(12)]
    got = read_at_once(BatchingPerceiver(model, max_batch=16), texts)
    assert got == {t: t for t in texts}
    assert len(model.batches) < len(texts)
    assert sorted(t for b in model.batches for t in b) == sorted(texts)


def test_a_batch_never_exceeds_its_limit() -> None:
    model = SlowModel()
    read_at_once(BatchingPerceiver(model, max_batch=4), [f"t{i}" for i in range(12)])
    assert max(len(b) for b in model.batches) <= 4


def test_one_reader_at_a_time_is_not_kept_waiting() -> None:
    model = SlowModel()
    batcher = BatchingPerceiver(model, max_wait=0.5)
    started = time.perf_counter()
    for text in ("one", "two", "three"):
        batcher.read(text)
    assert time.perf_counter() - started < 0.5


def test_a_model_error_reaches_the_caller_and_the_batcher_keeps_working() -> None:
    batcher = BatchingPerceiver(SlowModel())
    with pytest.raises(RuntimeError, match="the model failed"):
        batcher.read("boom")
    assert batcher.read("fine").emotions[0].label == "fine"


def test_read_many_goes_straight_to_the_model() -> None:
    model = SlowModel()
    BatchingPerceiver(model).read_many(["a", "b"])
    assert model.batches == [["a", "b"]]


def test_two_readers_can_run_batches_side_by_side() -> None:
    model = SlowModel()
    texts = [f"t{i}" for i in range(12)]
    got = read_at_once(BatchingPerceiver(model, max_batch=2, readers=2), texts)
    assert got == {t: t for t in texts} and max(len(b) for b in model.batches) <= 2
