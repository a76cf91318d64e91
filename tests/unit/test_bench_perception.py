"""The perception benchmark's arithmetic: paired rounds and the printed table."""

from __future__ import annotations

from attune.bench import perception as bench


def test_interleaved_alternates_ours_and_the_reference_block_by_block() -> None:
    calls: list[str] = []

    def ours(n: int) -> list[float]:
        calls.append("ours")
        return [float(len(calls))] * n  # slower each round, as on a machine growing busier

    def theirs(n: int) -> list[float]:
        calls.append("ref")
        return [5.0] * n

    result = bench.interleaved(ours, theirs, iterations=40, rounds=4)
    assert calls == ["ours", "ref"] * 4
    assert result["speedup_by_round"] == [5.0, 1.67, 1.0, 0.71]
    assert result["reference"]["p50_ms"] == 5.0


def test_interleaved_speedup_is_the_ratio_of_pooled_medians() -> None:
    result = bench.interleaved(lambda n: [2.0] * n, lambda n: [11.0] * n, iterations=30, rounds=3)
    assert result["speedup_p50"] == 5.5
    assert result["speedup_by_round"] == [5.5, 5.5, 5.5]


def test_table_prints_the_reference_and_each_rounds_ratio() -> None:
    lat = {"p50_ms": 2.0, "p95_ms": 3.0, "mean_ms": 2.1}
    result = {
        "variant": "fused-int8", "encoder_onnx_mb": 22.8, "threads": 2,
        "batch1_encoder": lat, "batch1_reader": lat,
        "batch32_encoder": {**lat, "texts_per_s": 600.0},
        "fresh_process": {"load_s": 0.3, "import_s": 0.1, "rss_batch1_mb": 110.0, "rss_batch32_mb": 115.0},
        "reference": {"load_s": 6.0, "rss_mb": 500.0,
                      "batch1": {"reference": {"p50_ms": 12.0, "p95_ms": 20.0, "mean_ms": 13.0}},
                      "batch32": {"texts_per_s": 100.0}},
        "speedup_batch1_p50": 6.0, "speedup_batch1_p50_reader": 6.0,
        "speedup_batch1_by_round": [5.5, 6.5],
    }
    text = bench.table(result)
    assert "6.0x encoder" in text
    assert "5.5x, 6.5x" in text
    assert "load 6.0 s" in text


def test_bench_rejects_zero_rounds_with_a_clear_message(capsys) -> None:
    import pytest

    with pytest.raises(SystemExit):
        bench.main(["--rounds", "0", "--no-reference"])
    assert "--rounds" in capsys.readouterr().err
