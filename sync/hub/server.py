"""The hub's production server: gunicorn with TLS 1.2+ (stateless workers over the hub store)."""
from __future__ import annotations

import ssl
from typing import Callable

from flask import Flask
from gunicorn.app.base import BaseApplication


def _tls_context(config, default_ssl_context_factory) -> ssl.SSLContext:
    context = default_ssl_context_factory()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


class HubServer(BaseApplication):
    def __init__(self, factory: Callable[[], Flask], *, host: str, port: int, certfile: str, keyfile: str,
                 workers: int = 2) -> None:
        self.factory = factory
        self.options = {"bind": f"{host}:{port}", "workers": workers, "threads": 8, "worker_class": "gthread",
                        "certfile": certfile, "keyfile": keyfile, "ssl_context": _tls_context,
                        "accesslog": None, "timeout": 120, "proc_name": "clinic-hub"}
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Flask:
        return self.factory()
