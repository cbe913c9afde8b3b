"""The hub's production server: gunicorn with TLS 1.2+ (stateless workers over the hub store).

Boxes on 2G keep one connection: loss can hold a box's next request back for seconds, so an idle
connection is kept KEEPALIVE_S (gunicorn's default 2 s closed it under a request already on its way:
"RemoteDisconnected" on the box, issue 19). One TLS context for the master and every worker, so a
box's session ticket resumes on whichever worker takes its next connection.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from flask import Flask
from gunicorn.app.base import BaseApplication
from gunicorn.sock import ssl_context

from sync.sdnotify import gunicorn_hooks, has_workers

from ..serving import control_socket_off, metrics_hooks, tls_context

KEEPALIVE_S = 75        # as nginx's default; longer than a box's pause between exchanges on a bad link


class HubServer(BaseApplication):
    def __init__(self, factory: Callable[[], Flask], *, host: str, port: int, certfile: str, keyfile: str,
                 workers: int = 2, metrics_dir: Path) -> None:
        self.factory = factory
        self.options = {"bind": f"{host}:{port}", "workers": workers, "threads": 8, "worker_class": "gthread",
                        "certfile": certfile, "keyfile": keyfile, "ssl_context": tls_context,
                        "accesslog": None, "timeout": 120, "proc_name": "clinic-hub",
                        "keepalive": KEEPALIVE_S,
                        **gunicorn_hooks(has_workers),   # Type=notify + watchdog (systemd/clinic-hub.service)
                        **metrics_hooks(metrics_dir)}    # /metrics adds up every worker's counters
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)
        control_socket_off(self.cfg)
        ssl_context(self.cfg)     # made here, in the master: the forked workers share its ticket keys

    def load(self) -> Flask:
        app = self.factory()
        # The store was opened (and migrated) in the master before the workers forked: a pooled
        # PostgreSQL connection inherited by several workers is one socket written by all of them
        # (seen: "can't change autocommit now: INTRANS" under concurrent enrolments after a start).
        # Each worker drops what it inherited, without closing the parent's sockets, and connects anew.
        app.config["HUB_STORE"].engine.dispose(close=False)
        return app
