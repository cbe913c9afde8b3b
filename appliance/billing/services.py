"""Billing services: charge, adjust with a reason, the fee schedule (consultations charged when a
visit closes), pay (never beyond the balance), account statement, receipt with its items."""
from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Connection, func, insert, or_, select, update

from ..common import as_dict, as_dicts, new_id, today, utc_now
from ..encounters.services import encounter_brief, encounter_patient
from ..errors import Conflict, InvalidInput, NotFound
from ..events.unit import UnitOfWork
from ..patients.services import require_active_patient, require_patient
from ..store.numbers import highest_number, next_number
from ..staff.services import require_department
from .schemas import ChargeAdjustIn, ChargeIn, FeeIn, PaymentIn
from .tables import charges, fees, payments

CONSULTATION = "consultation"
_FEE_NAMESPACE = uuid.UUID("0b6f7f9e-5f3c-4b7a-9a64-6c1f5d0e2a17")


def add_charge(uow: UnitOfWork, data: ChargeIn, source: str | None = None) -> dict[str, Any]:
    require_active_patient(uow.conn, data.patient_id)
    if data.encounter_id and encounter_patient(uow.conn, data.encounter_id) != data.patient_id:
        raise InvalidInput(f"encounter {data.encounter_id} is not a visit of patient {data.patient_id}")
    row = {"id": new_id(), **data.model_dump(), "amount_minor": data.quantity * data.unit_price_minor,
           "source": source, "created_at": utc_now(), "created_by": uow.actor}
    uow.conn.execute(insert(charges), row)
    uow.emit("charge", row["id"], "added", {k: v for k, v in row.items() if k != "id"},
             patient_id=data.patient_id)
    return row


def _charge_total(conn: Connection, charge_id: str) -> int:
    """What a charge comes to now: its own amount and every adjustment of it."""
    return conn.execute(select(func.coalesce(func.sum(charges.c.amount_minor), 0)).where(
        or_(charges.c.id == charge_id, charges.c.source == f"adjust:{charge_id}"))).scalar()


def adjust_charge(uow: UnitOfWork, charge_id: str, data: ChargeAdjustIn) -> dict[str, Any]:
    """Change what a charge comes to, with a reason: an adjustment row naming the charge (charges
    are append-only, so every balance stays a sum and the history shows who changed what, and why)."""
    original = as_dict(uow.conn.execute(select(charges).where(charges.c.id == charge_id)).first())
    if original is None or (original["source"] or "").startswith("adjust:"):
        raise NotFound(f"charge {charge_id} not found")
    require_active_patient(uow.conn, original["patient_id"])
    delta = data.amount_minor - _charge_total(uow.conn, charge_id)
    if delta == 0:
        raise InvalidInput("nothing to change: the charge already comes to that amount", charge_id=charge_id)
    row = {"id": new_id(), "patient_id": original["patient_id"], "encounter_id": original["encounter_id"],
           "description": original["description"], "quantity": 1, "unit_price_minor": delta, "amount_minor": delta,
           "source": f"adjust:{charge_id}", "reason": data.reason, "created_at": utc_now(), "created_by": uow.actor}
    uow.conn.execute(insert(charges), row)
    uow.emit("charge", row["id"], "added", {k: v for k, v in row.items() if k != "id"},
             patient_id=original["patient_id"])
    return row


def _fee_id(kind: str, department_id: str | None) -> str:
    return str(uuid.uuid5(_FEE_NAMESPACE, f"{kind}:{department_id or '*'}"))


def set_fee(uow: UnitOfWork, data: FeeIn) -> dict[str, Any]:
    """Set the consultation fee of a department (or the default for the others)."""
    if data.department_id is not None:
        require_department(uow.conn, data.department_id)
    fee_id = _fee_id(CONSULTATION, data.department_id)
    row = {"kind": CONSULTATION, "department_id": data.department_id, "amount_minor": data.amount_minor,
           "updated_at": utc_now(), "updated_by": uow.actor}
    if uow.conn.execute(select(fees.c.id).where(fees.c.id == fee_id)).first() is None:
        uow.conn.execute(insert(fees), {"id": fee_id, **row})
    else:
        uow.conn.execute(update(fees).where(fees.c.id == fee_id).values(**row))
    uow.emit("fee", fee_id, "set", row)
    return {"id": fee_id, **row}


def list_fees(conn: Connection) -> list[dict[str, Any]]:
    return as_dicts(conn.execute(select(fees).order_by(fees.c.kind, fees.c.department_id)))


def consultation_fee(conn: Connection, department_id: str | None) -> int:
    """The department's fee, else the default; 0 when the schedule names neither."""
    for fee_id in ([_fee_id(CONSULTATION, department_id)] if department_id else []) + [_fee_id(CONSULTATION, None)]:
        amount = conn.execute(select(fees.c.amount_minor).where(fees.c.id == fee_id)).scalar()
        if amount is not None:
            return amount
    return 0


def charge_consultation(uow: UnitOfWork, event: dict[str, Any]) -> None:
    """Bus handler: a visit closed by its clinician is charged its department's consultation fee
    (once). A visit ended by a no-show, a cancellation or a retirement (closed with a reason) is not."""
    if event["fields"].get("reason"):
        return
    source = f"encounter:{event['entity_id']}"
    if uow.conn.execute(select(charges.c.id).where(charges.c.source == source)).first() is not None:
        return
    enc = encounter_brief(uow.conn, event["entity_id"])
    amount = consultation_fee(uow.conn, enc["department_id"])
    if amount <= 0:
        return
    department = require_department(uow.conn, enc["department_id"])["name"] if enc["department_id"] else None
    add_charge(uow, ChargeIn(patient_id=enc["patient_id"], encounter_id=event["entity_id"],
                             description=f"Consultation – {department}" if department else "Consultation",
                             unit_price_minor=amount), source=source)


def balance_minor(conn: Connection, patient_id: str) -> int:
    charged = conn.execute(select(func.coalesce(func.sum(charges.c.amount_minor), 0))
                           .where(charges.c.patient_id == patient_id)).scalar()
    paid = conn.execute(select(func.coalesce(func.sum(payments.c.amount_minor), 0))
                        .where(payments.c.patient_id == patient_id)).scalar()
    return charged - paid


def _receipt_number(conn: Connection) -> str:
    prefix = "R" + today().strftime("%Y%m%d") + "-"
    return next_number(
        conn, prefix, 4,
        taken=lambda number: conn.execute(select(payments.c.id).where(payments.c.receipt_number == number)).first()
        is not None,
        highest=lambda: highest_number(list(conn.execute(select(payments.c.receipt_number).where(
            payments.c.receipt_number.like(prefix + "%"))).scalars()), prefix))


def take_payment(uow: UnitOfWork, data: PaymentIn) -> dict[str, Any]:
    require_active_patient(uow.conn, data.patient_id)
    due = balance_minor(uow.conn, data.patient_id)
    if data.amount_minor > due:
        raise Conflict(f"payment {data.amount_minor} exceeds the balance due {due}", balance_minor=due)
    row = {"id": new_id(), **data.model_dump(), "receipt_number": _receipt_number(uow.conn),
           "received_at": utc_now(), "received_by": uow.actor}
    uow.conn.execute(insert(payments), row)
    uow.emit("payment", row["id"], "received", {k: v for k, v in row.items() if k != "id"},
             patient_id=data.patient_id)
    return {**row, "balance_minor": due - data.amount_minor}


def account(conn: Connection, patient_id: str) -> dict[str, Any]:
    require_patient(conn, patient_id)  # a retired patient's account stays readable
    return {
        "patient_id": patient_id,
        "charges": as_dicts(conn.execute(select(charges).where(charges.c.patient_id == patient_id)
                                         .order_by(charges.c.created_at))),
        "payments": as_dicts(conn.execute(select(payments).where(payments.c.patient_id == patient_id)
                                          .order_by(payments.c.received_at))),
        "balance_minor": balance_minor(conn, patient_id),
    }


def receipt(conn: Connection, payment_id: str, clinic_name: str) -> dict[str, Any]:
    pay = as_dict(conn.execute(select(payments).where(payments.c.id == payment_id)).first())
    if pay is None:
        raise NotFound(f"payment {payment_id} not found")
    patient = require_patient(conn, pay["patient_id"])  # a reprint stays possible after retirement
    return {"clinic_name": clinic_name, "receipt_number": pay["receipt_number"],
            "patient": {k: patient[k] for k in ("clinic_number", "given_name", "family_name")},
            "payment": pay, "items": _receipt_items(conn, pay), "balance_after_minor": _balance_after(conn, pay)}


def _receipt_items(conn: Connection, pay: dict[str, Any]) -> list[dict[str, Any]]:
    """What the patient was charged since the previous receipt, up to this payment: each charge at
    what it comes to then (its adjustments folded in), so a reprint lists the same items."""
    previous = conn.execute(select(func.max(payments.c.received_at)).where(
        payments.c.patient_id == pay["patient_id"], payments.c.received_at < pay["received_at"])).scalar()
    rows = as_dicts(conn.execute(select(charges).where(
        charges.c.patient_id == pay["patient_id"], charges.c.created_at <= pay["received_at"])
        .order_by(charges.c.created_at, charges.c.id)))
    items: dict[str, dict[str, Any]] = {}
    for row in rows:
        source = row["source"] or ""
        target = source.removeprefix("adjust:") if source.startswith("adjust:") else row["id"]
        item = items.setdefault(target, {"description": row["description"], "quantity": row["quantity"],
                                         "amount_minor": 0, "adjusted": False, "since": row["created_at"]})
        item["amount_minor"] += row["amount_minor"]
        if source.startswith("adjust:"):
            item["adjusted"] = True
            item["since"] = max(item["since"], row["created_at"])
    return [{k: v for k, v in item.items() if k != "since"} for item in items.values()
            if previous is None or item["since"] > previous]


def _balance_after(conn: Connection, pay: dict[str, Any]) -> int:
    """The balance the receipt showed when printed: charges until then less payments until this
    one (payment ids are time-ordered UUIDv7), so a reprint shows the same figure."""
    charged = conn.execute(select(func.coalesce(func.sum(charges.c.amount_minor), 0)).where(
        charges.c.patient_id == pay["patient_id"], charges.c.created_at <= pay["received_at"])).scalar()
    paid = conn.execute(select(func.coalesce(func.sum(payments.c.amount_minor), 0)).where(
        payments.c.patient_id == pay["patient_id"], payments.c.received_at <= pay["received_at"],
        or_(payments.c.received_at < pay["received_at"], payments.c.id <= pay["id"]))).scalar()
    return charged - paid


def charge_dispensed_lines(uow: UnitOfWork, event: dict[str, Any]) -> None:
    """Bus handler: every dispensed line becomes a charge on the patient's account."""
    f = event["fields"]
    for line in f["lines"]:
        add_charge(uow, ChargeIn(patient_id=f["patient_id"], encounter_id=f.get("encounter_id"),
                                 description=line["name"], quantity=line["quantity"],
                                 unit_price_minor=line["unit_price_minor"]),
                   source=f"prescription:{event['entity_id']}")
