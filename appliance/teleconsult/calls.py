"""The call drives the request: clinic-media's `video_consult` events move the visit's teleconsult request
to joining (the doctor's offer reached the room), in_call (the call started) and done (it ended), so the kiosk sees it without waiting for the hub.

Bus handlers only (they run inside the transaction that wrote the consult event). Light on purpose:
clinic-media's own store (media/room/store.py) subscribes them without importing the rest of the appliance.
A consult with no open request (a doctor called in without one) changes nothing."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from ..common import as_dict
from .const import ENTITY
from .tables import teleconsults

# The same fields as services.EVENT_FIELDS (kept here so this module imports nothing heavy).
_FIELDS = ("encounter_id", "patient_id", "specialty", "urgency", "note", "status", "requested_at", "doctor_id")


def _move(uow, event: dict[str, Any], from_statuses: tuple[str, ...], to: str) -> None:
    encounter_id = (event.get("fields") or {}).get("encounter_id")
    if not encounter_id:
        return
    row = as_dict(uow.conn.execute(
        select(teleconsults).where(teleconsults.c.encounter_id == encounter_id,
                                   teleconsults.c.status.in_(from_statuses))
        .order_by(teleconsults.c.requested_at.desc(), teleconsults.c.id.desc())).first())
    if row is None:
        return
    values = {"status": to}
    doctor = (event.get("fields") or {}).get("doctor_id")
    if doctor and not row.get("doctor_id"):
        values["doctor_id"] = doctor
    uow.conn.execute(update(teleconsults).where(teleconsults.c.id == row["id"]).values(**values))
    row.update(values)
    uow.emit(ENTITY, row["id"], "updated", {k: row[k] for k in _FIELDS}, patient_id=row["patient_id"])


def call_requested(uow, event: dict[str, Any]) -> None:
    """video_consult.requested: the doctor's offer reached the room — a waiting request is now joining."""
    _move(uow, event, ("waiting",), "joining")


def call_started(uow, event: dict[str, Any]) -> None:
    """video_consult.started: the visit's waiting (or joining) request is now in the call."""
    _move(uow, event, ("waiting", "joining"), "in_call")


def call_ended(uow, event: dict[str, Any]) -> None:
    """video_consult.ended: the request the call served is done (one still waiting: the call never connected,
    so it stays open for a new join)."""
    fields = event.get("fields") or {}
    if fields.get("started_at") is None and not fields.get("duration_s"):
        # never connected: a joining request goes back to nobody in particular; leave it for a new join
        return
    _move(uow, event, ("in_call", "joining"), "done")


CALL_SUBSCRIPTIONS = [
    ("video_consult", "requested", call_requested),
    ("video_consult", "started", call_started),
    ("video_consult", "ended", call_ended),
]
