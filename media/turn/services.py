"""Handing out TURN credentials: the current secret signs a short-lived credential for one user."""
from __future__ import annotations

from appliance.settings import Settings

from .config import secret_store, turn_uris
from .credentials import TurnCredential, issue_credential


def turn_credentials_for(settings: Settings, user: str) -> TurnCredential:
    """A credential for `user` (an opaque id) valid for media.turn_credential_ttl_s, with the relay's URIs."""
    store = secret_store(settings)
    secret = store.ensure()  # also prunes secrets past their grace period
    return issue_credential(secret.value, user, settings.media.turn_credential_ttl_s, turn_uris(settings))


def reload_turn_tls(settings: Settings) -> bool:
    """Ask the running coturn to re-read the box's certificate and key (SIGUSR2: coturn reloads its TLS
    context and keeps every relay). False when no coturn of this box is running."""
    import os
    import signal

    from .config import turn_paths

    try:
        pid = int(turn_paths(settings).pidfile.read_text().strip())
        with open(f"/proc/{pid}/comm") as comm:
            if comm.read().strip() != "turnserver":  # a stale pidfile naming someone else's process
                return False
        os.kill(pid, signal.SIGUSR2)
    except (OSError, ValueError):
        return False
    return True
