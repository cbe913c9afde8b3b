"""Prescription services: write (with allergy check), read, dispense (stock and billing react)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert, select, update

from ..common import as_dict, as_dicts, new_id, utc_now
from ..encounters.services import require_open_encounter
from ..errors import Conflict, InvalidInput, NotFound
from ..events.unit import UnitOfWork
from ..inventory.services import get_item
from ..patients.services import list_allergies, require_patient
from .allergies import matches as allergy_match
from .schemas import DispenseIn, PrescriptionIn
from .tables import prescription_items, prescriptions


def allergy_conflicts(conn: Connection, patient_id: str, drugs: list[str]) -> list[dict[str, str]]:
    """Drugs that match a recorded allergy: the same or a near spelling, or the same class
    (`allergies.py`)."""
    found = []
    for allergy in list_allergies(conn, patient_id):
        for drug in drugs:
            why = allergy_match(drug, allergy["substance"])
            if why:
                found.append({"drug": drug, "allergy": allergy["substance"], "severity": allergy["severity"],
                              "why": why, "allergy_recorded_at": allergy["recorded_at"]})
    return found


def write_prescription(uow: UnitOfWork, encounter_id: str, data: PrescriptionIn) -> dict[str, Any]:
    enc = require_open_encounter(uow.conn, encounter_id)
    conflicts = allergy_conflicts(uow.conn, enc["patient_id"], [i.drug for i in data.items])
    if conflicts and not data.allergy_override_reason:
        raise Conflict("prescription matches a recorded allergy: " +
                       "; ".join(f"{c['drug']} vs allergy to {c['allergy']}" for c in conflicts),
                       allergy_conflicts=conflicts)
    row = {"id": new_id(), "encounter_id": encounter_id, "patient_id": enc["patient_id"],
           "prescriber": uow.actor, "status": "active",
           "allergy_override_reason": data.allergy_override_reason if conflicts else None,
           "created_at": utc_now()}
    uow.conn.execute(insert(prescriptions), row)
    items = [{"id": new_id(), "prescription_id": row["id"], **i.model_dump()} for i in data.items]
    uow.conn.execute(insert(prescription_items), items)
    uow.emit("prescription", row["id"], "written",
             {**{k: v for k, v in row.items() if k != "id"},
              "items": [{k: v for k, v in i.items() if k != "prescription_id"} for i in items]},
             patient_id=enc["patient_id"])
    return get_prescription(uow.conn, row["id"])


def get_prescription(conn: Connection, prescription_id: str) -> dict[str, Any]:
    row = as_dict(conn.execute(select(prescriptions).where(prescriptions.c.id == prescription_id)).first())
    if row is None:
        raise NotFound(f"prescription {prescription_id} not found")
    row["items"] = as_dicts(conn.execute(select(prescription_items).where(
        prescription_items.c.prescription_id == prescription_id)))
    return row


def prescriptions_for_patient(conn: Connection, patient_id: str) -> list[dict[str, Any]]:
    require_patient(conn, patient_id)  # an unknown id is a 404, not an empty list
    ids = [r.id for r in conn.execute(select(prescriptions.c.id).where(prescriptions.c.patient_id == patient_id)
                                      .order_by(prescriptions.c.created_at.desc()))]
    return [get_prescription(conn, i) for i in ids]


def _check_allergies_at_dispensing(conn: Connection, rx: dict[str, Any], names: list[str],
                                   override: str | None) -> list[dict[str, str]]:
    """The allergies are read again when the medicine leaves the shelf: one may have been recorded
    since the prescription, or the item handed out may not be the drug prescribed. A match the
    prescriber already overrode (that allergy, known then, and that drug) stands; any other needs
    the dispenser's own reason."""
    prescribed = [i["drug"] for i in rx["items"]]

    def overridden(c: dict[str, str]) -> bool:
        return bool(rx["allergy_override_reason"]) and c["allergy_recorded_at"] <= rx["created_at"] \
            and any(allergy_match(c["drug"], p) for p in prescribed)

    open_ = [c for c in allergy_conflicts(conn, rx["patient_id"], names) if not overridden(c)]
    if open_ and not override:
        raise Conflict("dispensing matches a recorded allergy: " +
                       "; ".join(f"{c['drug']} vs allergy to {c['allergy']}" for c in open_),
                       allergy_conflicts=open_)
    return open_


def dispense(uow: UnitOfWork, prescription_id: str, data: DispenseIn) -> dict[str, Any]:
    """Mark dispensed; inventory takes the stock and billing charges it, in this same transaction."""
    rx = get_prescription(uow.conn, prescription_id)
    if rx["status"] != "active":
        raise Conflict(f"prescription is {rx['status']}")
    if len({line.item_id for line in data.lines}) != len(data.lines):
        raise InvalidInput("each inventory item may appear once")
    lines = []
    for line in data.lines:
        item = get_item(uow.conn, line.item_id)
        lines.append({"item_id": item["id"], "name": item["name"], "quantity": line.quantity,
                      "unit_price_minor": item["unit_price_minor"]})
    overridden = _check_allergies_at_dispensing(uow.conn, rx, [line["name"] for line in lines],
                                                data.allergy_override_reason)
    now = utc_now()
    uow.conn.execute(update(prescriptions).where(prescriptions.c.id == prescription_id)
                     .values(status="dispensed", dispensed_at=now))
    uow.emit("prescription", prescription_id, "dispensed",
             {"lines": lines, "dispensed_at": now, "encounter_id": rx["encounter_id"],
              "patient_id": rx["patient_id"],
              **({"dispense_override_reason": data.allergy_override_reason, "dispense_allergy_conflicts": overridden}
                 if overridden else {})}, patient_id=rx["patient_id"])
    return get_prescription(uow.conn, prescription_id)
