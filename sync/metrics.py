"""Prometheus metrics for a Flask app (the box's and the hub's): request counts and latencies by
route, plus a collector the app gives for its own gauges, read at scrape time.

`/metrics` answers only on the loopback interface (127.0.0.1, ::1): a Prometheus on the same machine,
or one reaching it through an SSH tunnel or a local reverse proxy that adds its own authentication.
Anything else gets 403 and learns nothing.

A server that forks workers (gunicorn: the box's and the hub's) calls `share_between_workers` in its
master before the fork: each worker then writes its counters to its own file in that directory
(prometheus_client's multiprocess mode) and /metrics adds every worker's files up. Before, each worker
kept its own counters in memory and a scrape saw one worker's figures at random."""
from __future__ import annotations

import ipaddress
import os
import shutil
import time
from pathlib import Path
from typing import Callable, Iterable

from flask import Flask, Response, g, request
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest, multiprocess
from prometheus_client import values as prometheus_values
from prometheus_client.core import Metric
from prometheus_client.registry import Collector

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
MULTIPROCESS_ENV = "PROMETHEUS_MULTIPROC_DIR"    # prometheus_client's own switch, read as each value is made
_shared_dir: Path | None = None                  # set in a server's master; its forked workers inherit it


def share_between_workers(directory: Path) -> Path:
    """In a server's master, before its workers fork: counters go to per-worker files in `directory`
    (emptied first: the files of an earlier start are not this start's figures). Returns the directory."""
    global _shared_dir
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True, mode=0o700)
    os.environ[MULTIPROCESS_ENV] = str(directory)
    # prometheus_client picks its value class once, at import (already done here): pick it again.
    prometheus_values.ValueClass = prometheus_values.MultiProcessValue()
    _shared_dir = directory
    return directory


def worker_exited(pid: int) -> None:
    """gunicorn's child_exit hook (in the master): a dead worker's live gauges stop counting; its
    counters stay, as requests it answered were answered."""
    if _shared_dir is not None:
        multiprocess.mark_process_dead(pid, str(_shared_dir))


def _scrape_registry(registry: CollectorRegistry, collect: Callable[[], Iterable[Metric]] | None) -> CollectorRegistry:
    """What /metrics reports: this process's registry, or, shared between workers, every worker's
    counters added up plus the app's own gauges (read once, here)."""
    if _shared_dir is None:
        return registry
    merged = CollectorRegistry()
    multiprocess.MultiProcessCollector(merged, str(_shared_dir))
    if collect is not None:
        merged.register(_Collect(collect))
    return merged


class _Collect(Collector):
    def __init__(self, collect: Callable[[], Iterable[Metric]]) -> None:
        self._collect = collect

    def collect(self) -> Iterable[Metric]:
        return self._collect()


def is_loopback(address: str | None) -> bool:
    try:
        return ipaddress.ip_address((address or "").split("%")[0]).is_loopback
    except ValueError:
        return False


def install_metrics(app: Flask, prefix: str, collect: Callable[[], Iterable[Metric]] | None = None) -> CollectorRegistry:
    """Count and time every request of `app` by route; serve GET /metrics (loopback only)."""
    registry = CollectorRegistry()
    requests = Counter(f"{prefix}_http_requests", "HTTP requests answered, by method, route and status",
                       ["method", "route", "status"], registry=registry)
    latency = Histogram(f"{prefix}_http_request_seconds", "Time to answer an HTTP request, by route",
                        ["route"], buckets=LATENCY_BUCKETS, registry=registry)
    if collect is not None:
        registry.register(_Collect(collect))
    app.extensions["metrics.registry"] = registry
    scraped = _scrape_registry(registry, collect)

    @app.before_request
    def _metrics_clock() -> None:
        g.metrics_started = time.perf_counter()

    @app.after_request
    def _metrics_count(resp: Response) -> Response:
        route = request.url_rule.rule if request.url_rule else "(no route)"   # a template: bounded labels
        if route != "/metrics" and "metrics_started" in g:
            requests.labels(request.method, route, str(resp.status_code)).inc()
            latency.labels(route).observe(time.perf_counter() - g.metrics_started)
        return resp

    @app.get("/metrics")
    def metrics():
        if not is_loopback(request.remote_addr):
            return Response("metrics are served on the loopback interface only\n", status=403,
                            content_type="text/plain")
        return Response(generate_latest(scraped), content_type=CONTENT_TYPE_LATEST)

    return registry
