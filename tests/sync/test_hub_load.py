"""`clinic hub load` (issue 19, item 6): simulated boxes against two hub worker processes over one
PostgreSQL, and the exactly-once check. `clinic hub load` runs 1,000 boxes; this is the CI-sized run."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from appliance._port import free_port
from appliance.cli import main
from sync.hub.load import check_exactly_once, passed, print_report, run_load

from .conftest import PG_URL


def test_the_check_counts_a_lost_a_doubled_and_a_gap():
    acks = {"box-a": 3, "box-b": 2, "box-c": 2}
    whole = {"seqs": {"box-a": [1, 2, 3], "box-b": [1, 2], "box-c": [1, 2]}, "rows": 7, "ids": 7}
    assert check_exactly_once(acks, whole) == {"lost": 0, "doubled": 0, "gaps": 0, "beyond_ack": 0, "strangers": 0}
    # box-a's seq 2 missing (acked: lost, and a gap); box-b's seq 1 twice; box-c's seq 3 stored, not acked
    broken = {"seqs": {"box-a": [1, 3], "box-b": [1, 1, 2], "box-c": [1, 2, 3], "box-z": [1]}, "rows": 9, "ids": 8}
    got = check_exactly_once(acks, broken)
    assert got == {"lost": 1, "doubled": 1 + 1, "gaps": 1, "beyond_ack": 1, "strangers": 1}


@pytest.mark.slow
def test_50_boxes_against_two_workers_lose_and_double_nothing(tmp_path, capsys):
    report = run_load(boxes=50, workers=2, seconds=20, events=40, batch=10, threads=16, sample=40,
                      pg_url=PG_URL, work_dir=tmp_path, say=lambda _line: None)
    lines: list[str] = []
    print_report(report, lines.append)
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert report["events"] == 50 * 40 and report["unfinished_boxes"] == 0, report["errors"]
    assert report["log_rows"] == 50 * 40
    assert (report["lost"], report["doubled"], report["gaps"], report["strangers"]) == (0, 0, 0, 0)
    # every box pushed to both workers, and each re-pushed batch went to the worker that had not acked it
    assert all(n == 50 * 40 // 10 // 2 for n in report["pushes_by_worker"]), report["pushes_by_worker"]
    assert report["repushed"] == 40 and report["repushed_to_other"] == 40
    assert report["repushed_wrong"] == 0 and report["repush_stored"] == 0
    assert not report["crashes"] and report["server_errors"] == 0 and report["failed_boxes"] == 0
    assert 2 <= report["pg_peak"] <= 2 * 15     # each worker's pool: at most 5 + 10 overflow
    assert passed(report)
    text = "\n".join(lines)
    for figure in ("hub ingest", "events/s", "p50", "p95", "p99", "pull p50", "PostgreSQL connections",
                   "CPU while driving: client", "0 lost, 0 doubled"):
        assert figure in text, figure
    assert "FAILED" not in text


@pytest.mark.slow
def test_a_hub_worker_killed_under_load_loses_and_doubles_nothing(tmp_path):
    """One of the two hub processes SIGKILLed (master and worker, as a machine lost) after 20 of 60
    pushes: the boxes' requests that reach for it go to the other worker, pushes that were in flight
    on it are sent again there, and the log holds every acked event once."""
    report = run_load(boxes=30, workers=2, seconds=20, events=20, batch=10, threads=8, sample=20,
                      pg_url=PG_URL, kill_after=20, work_dir=tmp_path, say=lambda _line: None)
    assert report["killed_at"] == 20 and report["retries"] > 0
    assert report["events"] == 30 * 20 and report["failed_boxes"] == 0, report["errors"]
    assert report["pushes_by_worker"][1] < report["pushes_by_worker"][0]
    assert (report["lost"], report["doubled"], report["gaps"]) == (0, 0, 0)
    assert report["repushed_wrong"] == 0 and report["repush_stored"] == 0
    assert passed(report)


def test_a_postgresql_server_that_does_not_answer_is_one_line():
    res = CliRunner().invoke(main, ["hub", "load", "--boxes", "1", "--pg",
                                    f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/postgres"])
    assert res.exit_code == 1 and "Connection refused" in res.output and "Traceback" not in res.output, res.output
    assert len(res.output.strip().splitlines()) == 1, res.output


def test_a_run_bigger_than_the_bound_is_refused_before_anything_starts():
    res = CliRunner().invoke(main, ["hub", "load", "--boxes", "5000", "--events-per-box", "1000"])
    assert res.exit_code == 2 and "at most 2,000,000" in res.output, res.output
