"""The WSGI server: gunicorn with threaded workers, each worker opening its own store after fork."""
from __future__ import annotations

import gc
import json
import multiprocessing
import os
import subprocess
import time
from typing import Any

from gunicorn import util as gunicorn_util
from gunicorn.app.base import BaseApplication
from gunicorn.workers.gthread import ThreadWorker

from models.soap.services import load as load_soap
from models.triage.services import load as load_triage
from provisioning.tls import tls_dir
from sync.serving import control_socket_off, metrics_hooks, runtime_dir, tls_context

from .api.problems import PROBLEM_BASE
from .app import create_app
from .audit.mover import start_mover
from .box import open_box
from .const import MAX_REQUEST_LINE_BYTES
from .logs import gunicorn_logconfig
from sync.sdnotify import gunicorn_hooks, has_workers, starting
from .patients.services import prepare_search
from .settings import Settings
from .triage.limits import RateLimiter


# A kept-alive connection is closed after this many requests (nginx's `keepalive_requests` idea).
CONNECTION_REQUESTS = 1000
# A worker holding more connections than a sibling leaves a new connection to it for this long,
# checking again each ACCEPT_PAUSE_S; after that it takes the connection itself.
ACCEPT_DEFER_MAX_S = 0.020
ACCEPT_PAUSE_S = 0.001


class LoadBoard:
    """How many connections each worker holds, in memory the workers share (made before they fork).

    Workers share one listening socket and a connection stays with the worker that accepted it;
    the kernel wakes every worker for a new connection and the first to call accept() wins."""

    def __init__(self, slots: int) -> None:
        ctx = multiprocessing.get_context("fork")
        self._pids = ctx.RawArray("q", slots)
        self._loads = ctx.RawArray("i", slots)
        self._lock = ctx.Lock()

    def claim(self, pid: int) -> int:
        """A slot for worker `pid`: a free one, or one whose worker has died."""
        with self._lock:
            for i, owner in enumerate(self._pids):
                if owner == 0 or owner == pid or not _alive(owner):
                    self._pids[i], self._loads[i] = pid, 0
                    return i
        raise RuntimeError("more workers than load-board slots")

    def publish(self, slot: int, load: int) -> None:
        self._loads[slot] = load

    def least_other(self, slot: int) -> int | None:
        """The smallest load among the other live workers (None when there is none)."""
        loads = [self._loads[i] for i, pid in enumerate(self._pids) if i != slot and pid and _alive(pid)]
        return min(loads) if loads else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def write_problem(sock, status_int: int, reason: str, mesg: str) -> None:
    """What gunicorn answers by itself (a request line or headers too long, a malformed request,
    before the app sees it) leaves as an RFC 9457 problem document like every other error of the
    API, instead of gunicorn's HTML page. Installed over `gunicorn.util.write_error` in each worker
    (the one function gunicorn writes those answers with)."""
    slug = reason.lower().replace(" ", "-")
    detail = mesg or reason
    if status_int == 414:
        detail += "; send long text in the JSON request body instead of the query"
    body = json.dumps({"type": PROBLEM_BASE + slug, "title": reason, "status": status_int,
                       "detail": detail}).encode()
    head = (f"HTTP/1.1 {status_int} {reason}\r\nConnection: close\r\n"
            f"Content-Type: application/problem+json\r\nContent-Length: {len(body)}\r\n"
            "Cache-Control: no-store\r\n\r\n")
    gunicorn_util.write_nonblock(sock, head.encode("latin-1") + body)


class RecyclingThreadWorker(ThreadWorker):
    """gunicorn's threaded worker, spreading kept-alive connections over the workers.

    Clients that keep their connections (kiosks, a sync client, a load test) could all land on one
    worker: measured, 10 of 10 on one worker, half the box's throughput while the other core idled.
    So a worker holding more connections than a sibling stops listening for a moment (at most
    ACCEPT_DEFER_MAX_S), leaving the connection to the idler one; its event loop goes on serving
    the connections it holds meanwhile (an earlier version slept in the loop, which stalled them
    all and showed in the tail latency). And a kept-alive connection is closed after
    CONNECTION_REQUESTS requests so that the client reconnects to whichever worker is then less
    loaded (the cost: one TLS handshake per thousand requests)."""

    board: LoadBoard | None = None  # set by ClinicServer before the workers fork

    def init_process(self):
        gunicorn_util.write_error = write_problem  # gunicorn's own refusals, as the API's: see below
        self._slot = self.board.claim(os.getpid()) if self.board else None
        self._paused_until = 0.0
        self._deferring_since = 0.0
        self._in_pool = 0
        super().init_process()

    def _held(self) -> int:
        """Connections this worker holds: being served, kept alive, or waiting for their first bytes.
        (gunicorn's own `nr_conns` drifts below zero when a graceful TLS close fails: not used.)
        All three change only on the event loop's thread."""
        return self._in_pool + len(self.keepalived_conns) + len(self.pending_conns)

    def enqueue_req(self, conn):
        self._in_pool += 1
        super().enqueue_req(conn)

    def finish_request(self, conn, fs):
        self._in_pool -= 1
        super().finish_request(conn, fs)

    def accept(self, listener):
        if self._defer_accept():
            return
        self._deferring_since = 0.0
        super().accept(listener)

    def _defer_accept(self) -> bool:
        if self._slot is None:
            return False
        least = self.board.least_other(self._slot)
        if least is None or self._held() <= least:
            return False
        now = time.monotonic()
        if not self._deferring_since or now - self._deferring_since > 5 * ACCEPT_DEFER_MAX_S:
            self._deferring_since = now  # a new connection to leave to a sibling (an old episode is over)
        elif now - self._deferring_since >= ACCEPT_DEFER_MAX_S:
            return False  # the sibling did not take it: serve it rather than let it wait
        self._paused_until = now + ACCEPT_PAUSE_S
        self.set_accept_enabled(False)
        return True

    def set_accept_enabled(self, enabled):
        if enabled and time.monotonic() < self._paused_until:
            enabled = False
        super().set_accept_enabled(enabled)

    def wait_for_and_dispatch_events(self, timeout):
        if self._paused_until:
            left = self._paused_until - time.monotonic()
            if left > 0:
                timeout = min(timeout, left)
            else:
                self._paused_until = 0.0
                self.set_accept_enabled(self.nr_conns < self.worker_connections)
        super().wait_for_and_dispatch_events(timeout)
        if self._slot is not None:  # every accept and close happens in this loop's callbacks
            self.board.publish(self._slot, self._held())

    def handle_request(self, req, conn):
        conn.clinic_served = getattr(conn, "clinic_served", 0) + 1
        if conn.clinic_served >= CONNECTION_REQUESTS:
            req.must_close = True  # gunicorn answers with `Connection: close` and closes after it
        return super().handle_request(req, conn)


class ClinicServer(BaseApplication):
    def __init__(self, settings: Settings, *, encrypted: bool = True, extra: dict[str, Any] | None = None) -> None:
        self.settings = settings
        self.encrypted = encrypted
        s = settings.server
        tls = tls_dir(settings.box.data_dir)
        RecyclingThreadWorker.board = LoadBoard(slots=2 * s.workers + 2)
        # made before the workers fork, so that they share it: one allowance per address for the box
        self.check_symptoms_limiter = RateLimiter(settings.triage.check_symptoms_per_minute)
        self.options = {
            "bind": f"{s.host}:{s.port}",
            "workers": s.workers,
            "threads": s.threads,
            "worker_class": RecyclingThreadWorker,
            "timeout": 60,
            "graceful_timeout": 10,
            "keepalive": 5,
            "limit_request_line": MAX_REQUEST_LINE_BYTES,  # 414 beyond: stated in the API document
            # gunicorn's access log is off: URLs carry search terms (names, phone numbers). The app
            # writes its own masked access line; gunicorn's errors go through the same masked handler.
            "accesslog": None,
            "logconfig_dict": gunicorn_logconfig(settings.logging.file, settings.logging.level),
            "proc_name": "clinic-appliance",
            # HTTPS only: the box's own CA-signed certificate, TLS 1.2 or newer.
            "certfile": str(tls / "server.crt"),
            "keyfile": str(tls / "server.key"),
            "ssl_context": tls_context,
            # Type=notify + WatchdogSec= in systemd/clinic-appliance.service
            **gunicorn_hooks(has_workers),
            # /metrics adds up every worker's counters (files on /run's tmpfs under systemd, not the SD card)
            **metrics_hooks((runtime_dir() or settings.box.data_dir / "run") / "metrics"),
            **(extra or {}),
        }
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)
        control_socket_off(self.cfg)

    def run(self):
        """Serve until stopped, with the audit mover beside the workers."""
        starting("starting the audit mover, loading the triage models")
        mover, master = start_mover(self.settings, self.encrypted), os.getpid()
        # The symptom checker's models are built once here, in the master, and every forked worker
        # shares them: each worker built its own copy (3.7 s CPU apiece, ~10 s wall on a loaded 2-core
        # box, all workers at once), the largest part of a first start. Frozen so that the collector
        # does not touch (and copy) their pages in the workers.
        load_triage()
        load_soap()
        gc.collect()
        gc.freeze()
        try:
            super().run()
        finally:
            if os.getpid() == master:  # a worker (forked inside run()) unwinds through here as it exits
                mover.terminate()
                try:
                    mover.wait(15)
                except subprocess.TimeoutExpired:
                    mover.kill()

    def load(self):
        box = open_box(self.settings, migrate_schema=False, quick_check=False, encrypted=self.encrypted)
        box.audit_journal.drained_elsewhere = True  # by the mover process run() started
        with box.read() as conn:  # a worker's first patient search should not pay for the index
            prepare_search(conn)
        app = create_app(box, check_symptoms_limiter=self.check_symptoms_limiter)
        load_triage()  # the symptom checker's models, now rather than on the worker's first patient
        load_soap()  # and the SOAP draft's (its patterns and models were built on the first draft)
        # What is loaded now lives as long as the worker: keep it out of the cyclic collector's
        # full passes. Measured: with the name index of 10,000 patients loaded, each full pass
        # stopped every thread of the worker for 90-110 ms, the tail of the request latencies.
        gc.collect()
        gc.freeze()
        return app
