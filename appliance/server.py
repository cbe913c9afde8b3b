"""The WSGI server: gunicorn with threaded workers, each worker opening its own store after fork."""
from __future__ import annotations

import gc
import ssl
import threading
import time
from typing import Any

from gunicorn.app.base import BaseApplication
from gunicorn.workers.gthread import ThreadWorker

from provisioning.tls import tls_dir

from .app import create_app
from .box import open_box
from .logs import gunicorn_logconfig
from .patients.services import prepare_search
from .settings import Settings


def _tls_context(config, default_ssl_context_factory) -> ssl.SSLContext:
    context = default_ssl_context_factory()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


# A kept-alive connection is closed after this many requests (nginx's `keepalive_requests` idea).
CONNECTION_REQUESTS = 100
ACCEPT_BACKOFF_S = 0.001  # per connection held and request in flight
ACCEPT_BACKOFF_MAX_S = 0.005


class RecyclingThreadWorker(ThreadWorker):
    """gunicorn's threaded worker, spreading kept-alive connections over the workers.

    Workers share one listening socket and a connection stays with the worker that accepted it.
    Clients that keep their connections (kiosks, a sync client, a load test) could all land on one
    worker: measured, 10 of 10 on one worker, half the box's throughput while the other core idled.
    So a worker already holding connections waits a moment before accepting, letting an idler
    sibling take the connection, and a kept-alive connection is closed after CONNECTION_REQUESTS
    requests so that the client reconnects to whichever worker is then less loaded (the cost: one
    TLS handshake per hundred requests)."""

    in_flight = 0  # requests this worker is serving now (only changed under _count_lock)

    def init_process(self):
        self._count_lock = threading.Lock()
        super().init_process()

    def accept(self, listener):
        # Every worker is woken by a new connection; a loaded one steps back a moment so that an
        # idler sibling takes it. A lone worker loses only this delay. (gunicorn's own connection
        # count has been seen below zero, hence the floor.)
        load = max(self.nr_conns, 0) + self.in_flight
        if load:
            time.sleep(min(ACCEPT_BACKOFF_MAX_S, ACCEPT_BACKOFF_S * load))
        super().accept(listener)

    def handle_request(self, req, conn):
        conn.clinic_served = getattr(conn, "clinic_served", 0) + 1
        if conn.clinic_served >= CONNECTION_REQUESTS:
            req.must_close = True  # gunicorn answers with `Connection: close` and closes after it
        with self._count_lock:
            self.in_flight += 1
        try:
            return super().handle_request(req, conn)
        finally:
            with self._count_lock:
                self.in_flight -= 1


class ClinicServer(BaseApplication):
    def __init__(self, settings: Settings, *, encrypted: bool = True, extra: dict[str, Any] | None = None) -> None:
        self.settings = settings
        self.encrypted = encrypted
        s = settings.server
        tls = tls_dir(settings.box.data_dir)
        self.options = {
            "bind": f"{s.host}:{s.port}",
            "workers": s.workers,
            "threads": s.threads,
            "worker_class": RecyclingThreadWorker,
            "timeout": 60,
            "graceful_timeout": 10,
            "keepalive": 5,
            # gunicorn's access log is off: URLs carry search terms (names, phone numbers). The app
            # writes its own masked access line; gunicorn's errors go through the same masked handler.
            "accesslog": None,
            "logconfig_dict": gunicorn_logconfig(settings.logging.file, settings.logging.level),
            "proc_name": "clinic-appliance",
            # HTTPS only: the box's own CA-signed certificate, TLS 1.2 or newer.
            "certfile": str(tls / "server.crt"),
            "keyfile": str(tls / "server.key"),
            "ssl_context": _tls_context,
            **(extra or {}),
        }
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        box = open_box(self.settings, migrate_schema=False, quick_check=False, encrypted=self.encrypted)
        with box.read() as conn:  # a worker's first patient search should not pay for the index
            prepare_search(conn)
        app = create_app(box)
        # What is loaded now lives as long as the worker: keep it out of the cyclic collector's
        # full passes. Measured: with the name index of 10,000 patients loaded, each full pass
        # stopped every thread of the worker for 90-110 ms, the tail of the request latencies.
        gc.collect()
        gc.freeze()
        return app
