"""The WSGI server: gunicorn with threaded workers, each worker opening its own store after fork."""
from __future__ import annotations

import ssl
from typing import Any

from gunicorn.app.base import BaseApplication

from provisioning.tls import tls_dir

from .app import create_app
from .box import open_box
from .logs import gunicorn_logconfig
from .settings import Settings


def _tls_context(config, default_ssl_context_factory) -> ssl.SSLContext:
    context = default_ssl_context_factory()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


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
            "worker_class": "gthread",
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
        return create_app(box)
