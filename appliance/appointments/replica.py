"""Applying remote appointment events to the appointments module's own table."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, and_, select, update

from sync.merge import Folded, fold
from sync.replica_kit import columns, require_born, upsert

from ..patients.replica import resolve_patient
from .tables import appointments


def apply_appointment(conn: Connection, entity_id: str, events: list[dict[str, Any]]) -> Folded:
    f = fold("appointment", entity_id, events)
    require_born(f, "booked_at")
    row = {"id": entity_id, "doctor_id": None, "slot_time": None, "reason": None, "token_number": None,
           "checked_in_at": None, "called_at": None, "called_by": None, "call_key": None, **columns(appointments, f.values)}
    row["patient_id"] = resolve_patient(conn, row["patient_id"])
    if row["token_number"] is not None:
        # Tokens are numbered per clinic, but the table's unique key is (day, token) box-wide:
        # a referred patient's token from another clinic is kept in the event log only.
        taken = conn.execute(select(appointments.c.id).where(and_(
            appointments.c.day == row["day"], appointments.c.token_number == row["token_number"],
            appointments.c.id != entity_id))).first()
        if taken is not None:
            row["token_number"] = None
    upsert(conn, appointments, row)
    return f


def repoint_patient(conn: Connection, from_id: str, to_id: str) -> None:
    conn.execute(update(appointments).where(appointments.c.patient_id == from_id).values(patient_id=to_id))
