"""Billing services: charge, pay (never beyond the balance), account statement, receipt."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, insert, or_, select

from ..common import as_dict, as_dicts, new_id, today, utc_now
from ..encounters.services import encounter_patient
from ..errors import Conflict, InvalidInput, NotFound
from ..events.unit import UnitOfWork
from ..patients.services import require_active_patient, require_patient
from ..store.numbers import highest_number, next_number
from .schemas import ChargeIn, PaymentIn
from .tables import charges, payments


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
            "payment": pay, "balance_after_minor": _balance_after(conn, pay)}


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
