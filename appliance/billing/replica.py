"""Applying remote billing events: charges and payments are append-only; balances are sums."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select, update

from sync.merge import Folded, fold
from sync.replica_kit import columns, insert_missing, require_born, require_parent, upsert

from ..patients.replica import resolve_patient
from ..patients.tables import patients
from .tables import charges, fees, payments


def apply_charge(conn: Connection, entity_id: str, events: list[dict[str, Any]]) -> None:
    fields = events[0]["fields"]
    patient_id = resolve_patient(conn, fields["patient_id"])
    require_parent(conn, patients, patient_id, "charge", entity_id, "patient")
    insert_missing(conn, charges, [{"encounter_id": None, "source": None, "reason": None, **columns(charges, fields),
                                    "id": entity_id, "patient_id": patient_id}])


def apply_payment(conn: Connection, entity_id: str, events: list[dict[str, Any]]) -> None:
    fields = events[0]["fields"]
    patient_id = resolve_patient(conn, fields["patient_id"])
    require_parent(conn, patients, patient_id, "payment", entity_id, "patient")
    row = {"reference": None, **columns(payments, fields), "id": entity_id, "patient_id": patient_id}
    # Receipt numbers are per clinic but unique box-wide: another clinic's number is kept, tagged.
    clash = conn.execute(select(payments.c.id).where(payments.c.receipt_number == row["receipt_number"],
                                                     payments.c.id != entity_id)).first()
    if clash is not None:
        row["receipt_number"] = f"{row['receipt_number']}@{events[0]['origin']}"[:40]
    insert_missing(conn, payments, [row])


def apply_fee(conn: Connection, entity_id: str, events: list[dict[str, Any]]) -> Folded:
    f = fold("fee", entity_id, events)
    require_born(f, "kind")
    upsert(conn, fees, {"id": entity_id, "department_id": None, **columns(fees, f.values)})
    return f


def repoint_patient(conn: Connection, from_id: str, to_id: str) -> None:
    for table in (charges, payments):
        conn.execute(update(table).where(table.c.patient_id == from_id).values(patient_id=to_id))
