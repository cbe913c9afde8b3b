"""What the box's and the hub's gunicorn servers share: TLS 1.2 or newer, no control socket, and
metrics added up over their workers."""
from __future__ import annotations

import os
import ssl
from pathlib import Path
from typing import Callable

from .metrics import share_between_workers, worker_exited

RUNTIME_ENV = "RUNTIME_DIRECTORY"    # systemd's RuntimeDirectory=: a tmpfs under /run, removed when the service stops


_contexts: dict[tuple, ssl.SSLContext] = {}


def tls_context(config, default_ssl_context_factory) -> ssl.SSLContext:
    """gunicorn's `ssl_context` hook: its default context, refusing anything older than TLS 1.2.

    gunicorn asks for a context per connection; a new one each time has new session-ticket keys, so
    no client could ever resume a TLS session. One context per certificate (a renewed file on disk
    gives a new one) keeps the keys, and an abbreviated handshake saves a box on 2G seconds."""
    key = tuple((path, _mtime(path)) for path in (config.certfile, config.keyfile, config.ca_certs))
    context = _contexts.get(key)
    if context is None:
        context = default_ssl_context_factory()
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        _contexts.clear()
        _contexts[key] = context
    return context


def _mtime(path: str | None) -> int | None:
    import os

    try:
        return os.stat(path).st_mtime_ns if path else None
    except OSError:
        return None


def control_socket_off(cfg) -> None:
    """gunicorn 25.1+ opens a control socket (worker count, reload, shutdown) in the user's home by
    default: nothing of ours uses it, it would be one more way to stop a service, and every server
    of a machine (tests, the bench) would fight over the one path."""
    if "control_socket_disable" in cfg.settings:
        cfg.set("control_socket_disable", True)


def runtime_dir() -> Path | None:
    """Where a server keeps files that live for one start, when systemd gives it one (RuntimeDirectory=)."""
    given = os.environ.get(RUNTIME_ENV, "").split(":")[0]
    return Path(given) if given else None


def metrics_hooks(directory: Path) -> dict[str, Callable[..., None]]:
    """gunicorn hooks: in the master, before any worker forks, every worker's metrics go to files in
    `directory` (emptied: a start counts from zero); a worker that exits is marked dead there."""
    return {"on_starting": lambda arbiter: share_between_workers(directory),
            "child_exit": lambda arbiter, worker: worker_exited(worker.pid)}
