"""What the box's and the hub's gunicorn servers share: TLS 1.2 or newer, and no control socket."""
from __future__ import annotations

import ssl


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
