"""The WSGI server: gunicorn with threaded workers, each worker opening its own store after fork."""
from __future__ import annotations

from typing import Any

from gunicorn.app.base import BaseApplication

from .app import create_app
from .box import open_box
from .settings import Settings


class ClinicServer(BaseApplication):
    def __init__(self, settings: Settings, *, encrypted: bool = True, extra: dict[str, Any] | None = None) -> None:
        self.settings = settings
        self.encrypted = encrypted
        s = settings.server
        self.options = {
            "bind": f"{s.host}:{s.port}",
            "workers": s.workers,
            "threads": s.threads,
            "worker_class": "gthread",
            "timeout": 60,
            "graceful_timeout": 10,
            "keepalive": 5,
            # No access log: URLs carry search terms (names, phone numbers).
            "accesslog": None,
            "errorlog": "-",
            "loglevel": "warning",
            "proc_name": "clinic-appliance",
            **(extra or {}),
        }
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        box = open_box(self.settings, migrate_schema=False, quick_check=False, encrypted=self.encrypted)
        return create_app(box)
