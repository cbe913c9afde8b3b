"""What the box's and the hub's gunicorn servers share: TLS 1.2 or newer, and no control socket."""
from __future__ import annotations

import ssl


def tls_context(config, default_ssl_context_factory) -> ssl.SSLContext:
    """gunicorn's `ssl_context` hook: its default context, refusing anything older than TLS 1.2."""
    context = default_ssl_context_factory()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def control_socket_off(cfg) -> None:
    """gunicorn 25.1+ opens a control socket (worker count, reload, shutdown) in the user's home by
    default: nothing of ours uses it, it would be one more way to stop a service, and every server
    of a machine (tests, the bench) would fight over the one path."""
    if "control_socket_disable" in cfg.settings:
        cfg.set("control_socket_disable", True)
