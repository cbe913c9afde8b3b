"""The hub's production server: gunicorn with TLS 1.2+ (stateless workers over the hub store)."""
from __future__ import annotations

from typing import Callable

from flask import Flask
from gunicorn.app.base import BaseApplication

from ..serving import control_socket_off, tls_context


class HubServer(BaseApplication):
    def __init__(self, factory: Callable[[], Flask], *, host: str, port: int, certfile: str, keyfile: str,
                 workers: int = 2) -> None:
        self.factory = factory
        self.options = {"bind": f"{host}:{port}", "workers": workers, "threads": 8, "worker_class": "gthread",
                        "certfile": certfile, "keyfile": keyfile, "ssl_context": tls_context,
                        "accesslog": None, "timeout": 120, "proc_name": "clinic-hub"}
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)
        control_socket_off(self.cfg)

    def load(self) -> Flask:
        app = self.factory()
        # The store was opened (and migrated) in the master before the workers forked: a pooled
        # PostgreSQL connection inherited by several workers is one socket written by all of them
        # (seen: "can't change autocommit now: INTRANS" under concurrent enrolments after a start).
        # Each worker drops what it inherited, without closing the parent's sockets, and connects anew.
        app.config["HUB_STORE"].engine.dispose(close=False)
        return app
