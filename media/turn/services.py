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
