"""`clinic bench store`: both stores driven in alternating rounds, and the rounds merged into one figure."""
from __future__ import annotations

import pytest

from appliance.bench.store import merge_runs, print_report, run_store_bench


def test_rounds_merge_into_throughput_over_the_summed_time_and_pooled_percentiles():
    fast = {"requests": 300, "errors": 0, "seconds": 1.0, "quantiles_ms": [float(q) for q in range(1, 101)]}
    slow = {"requests": 100, "errors": 1, "seconds": 1.0, "quantiles_ms": [float(q) for q in range(101, 201)]}
    merged = merge_runs([fast, slow])
    assert merged["requests"] == 400 and merged["errors"] == 1 and merged["per_s"] == 200.0
    assert merged["rounds_per_s"] == [300.0, 100.0]
    # three quarters of the requests were the fast round's: the median lies inside its latencies,
    # the 99th percentile inside the slow round's
    assert merged["p50_ms"] == pytest.approx(67, abs=1)
    assert merged["p99_ms"] == pytest.approx(197, abs=1)


def test_a_small_run_measures_both_stores_without_errors():
    report = run_store_bench(patients=100, clients=2, seconds=2, rounds=2)
    assert [r["store"] for r in report["results"]] == ["sqlcipher", "sqlite"]
    for result in report["results"]:
        for phase in ("register", "search"):
            figures = result[phase]
            assert figures["requests"] > 0 and figures["errors"] == 0
            assert 0 < figures["p50_ms"] <= figures["p99_ms"]
            assert len(figures["rounds_per_s"]) == 2
    assert set(report["ratios"]) == {"register_throughput_plain_over_encrypted",
                                     "search_throughput_plain_over_encrypted",
                                     "register_p99_encrypted_over_plain", "search_p99_encrypted_over_plain"}
    assert all(v > 0 for v in report["reference_loop_s"].values())
    assert "machine speed" in print_report(report)
