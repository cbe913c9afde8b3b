"""Revoking a box from the console: a hub admin, a reason, an audit entry (the retired /admin table
revoked with neither). After it the hub refuses the box's every request. No Flask here."""
from __future__ import annotations

import json

from sqlalchemy import Engine

from ...errors import BadRequest
from .. import services
from ..store import Device, HubStore
from . import accounts

MAX_REASON = 500


class UnknownBox(BadRequest):
    status, title = 404, "Unknown box"


class AlreadyRevoked(BadRequest):
    """A second revoke of the same box (a double click, or two admins at once): nothing changes."""
    status, title = 409, "Already revoked"


def revoke_box(store: HubStore, engine: Engine, staff: accounts.Staff, device_id: str, reason: str,
               address: str | None = None) -> Device:
    """Revoke one enrolled box; the reason is required and kept in the staff audit with the box's clinic."""
    if not staff.may("revoke"):
        raise BadRequest("your role cannot revoke boxes")
    device = store.device(device_id)
    if device is None:
        raise UnknownBox(f"the hub knows no box {device_id[:80]}; nothing was changed")
    if device.revoked_at:
        raise AlreadyRevoked(f"box {device_id} was already revoked at {device.revoked_at}; nothing was changed now")
    reason = (reason or "").strip()
    if not reason:
        raise BadRequest("give a reason: the hub's audit keeps it with the revocation")
    if len(reason) > MAX_REASON:
        raise BadRequest(f"the reason is too long (at most {MAX_REASON} characters)")
    store.revoke(device_id, services._iso())
    accounts.audit(engine, staff.username, "box revoked", device_id,
                   json.dumps({"clinic": device.clinic_id, "reason": reason}), address)
    return store.device(device_id)
