"""Patient services: register, update, read, allergies, search. No Flask here."""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update

from clinical.phones import phone_digits

from ..common import as_dict, as_dicts, changed_fields, new_id, today, utc_now
from ..errors import Conflict, InvalidInput, NotFound
from ..events.unit import UnitOfWork
from ..store import hot
from ..store.numbers import highest_number, next_number
from .const import ALLERGY_ENTITY, ENTITY
from .name_index import name_index
from .names import display_phone, search_columns, search_name
from .schemas import AllergyIn, PatientIn, PatientPatch, ReferralIn
from .search import search_patients
from .tables import ACTIVE_SQL, patient_allergies, patients, referrals


# A range, not LIKE: SQLite's case-insensitive LIKE cannot use the unique index.
_NUMBERS = select(patients.c.clinic_number).where(
    patients.c.clinic_number >= bindparam("low"), patients.c.clinic_number < bindparam("high"))
_NUMBER_TAKEN = 'SELECT 1 FROM patients WHERE clinic_number = ?'


# Registration runs with the write lock held: its insert goes straight to the driver (store/hot.py).
_INSERT_PATIENT = hot.insert_sql(patients, (
    "id", "clinic_number", "given_name", "family_name", "search_name", "search_skeleton", "sex", "birth_date",
    "birth_date_estimated", "phone", "village", "address", "national_id", "guardian_name", "created_at",
    "updated_at"))


def _next_clinic_number(conn: Connection, clinic_id: str) -> str:
    prefix = clinic_id.upper() + "-"
    return next_number(
        conn, prefix, 5,
        taken=lambda number: hot.execute(conn, _NUMBER_TAKEN, (number,)).fetchone() is not None,
        highest=lambda: highest_number(list(conn.execute(
            _NUMBERS, {"low": prefix, "high": clinic_id.upper() + "."}).scalars()), prefix))


def register_patient(uow: UnitOfWork, data: PatientIn, clinic_id: str) -> dict[str, Any]:
    now = utc_now()
    birth_date, estimated = data.birth_date, False
    if birth_date is None and data.age_years is not None:
        # the middle of the year of birth, or today for a baby born since the last 1 July
        birth_date, estimated = min(date(today().year - data.age_years, 7, 1), today()), True
    row = {
        "id": new_id(),
        "clinic_number": _next_clinic_number(uow.conn, clinic_id),
        "given_name": data.given_name,
        "family_name": data.family_name,
        **search_columns(data.given_name, data.family_name),
        "sex": data.sex,
        "birth_date": birth_date.isoformat() if birth_date else None,
        "birth_date_estimated": estimated,
        "phone": phone_digits(data.phone),
        "village": data.village,
        "address": data.address,
        "national_id": data.national_id,
        "guardian_name": data.guardian_name,
        "created_at": now,
        "updated_at": now,
    }
    hot.execute(uow.conn, _INSERT_PATIENT, row)
    uow.emit(ENTITY, row["id"], "registered",
             {k: v for k, v in row.items() if k not in ("id", "search_name", "search_skeleton")}, patient_id=row["id"])
    allergies = [add_allergy(uow, row["id"], allergy, check_patient=False) for allergy in data.allergies]
    del row["search_name"], row["search_skeleton"]
    return {**row, "phone": display_phone(row["phone"]), "retired_at": None, "merged_into": None,
            "allergies": allergies}


_BRIEF = (patients.c.id, patients.c.retired_at, patients.c.merged_into, patients.c.given_name,
          patients.c.family_name, patients.c.clinic_number)


def require_patient(conn: Connection, patient_id: str) -> dict[str, Any]:
    """For other modules' reads: the patient exists (retired or merged ones included: their
    records stay readable)."""
    row = as_dict(conn.execute(select(*_BRIEF).where(patients.c.id == patient_id)).first())
    if row is None:
        raise NotFound(f"patient {patient_id} not found", patient_id=patient_id)
    return row


_DUPLICATE_COLUMNS = ("id", "clinic_number", "given_name", "family_name", "birth_date", "phone")
# Run before every registration: straight to the driver (store/hot.py), on the phone index.
_SAME_PHONE_SQL = (f"SELECT {', '.join(_DUPLICATE_COLUMNS)} FROM {patients.name} "
                   f"WHERE {ACTIVE_SQL} AND phone IN ({{}})")
DUPLICATES_SHOWN = 5


def possible_duplicates(conn: Connection, data: PatientIn) -> list[dict[str, Any]]:
    """Active patients who may be the person about to be registered: the same phone number however
    it was written (+91, a trunk 0), or the same name born within two years, the name in either
    script and however romanised (सुनीता देवी is Sunita Devi: `names.name_key`). Shown at
    registration so the health worker can open the existing record instead of splitting a history
    in two; nothing is refused (families share phones, and names repeat). Read before the write,
    outside the write lock."""
    found: dict[str, dict[str, Any]] = {}
    digits = phone_digits(data.phone) or ""
    if len(digits) >= 6:
        last10 = digits[-10:]
        # however it was typed and stored: bare, with 91, a trunk 0 or the international 0091
        phones = sorted({digits, last10, "91" + last10, "0" + last10, "0091" + last10} if len(digits) >= 10
                        else {digits})
        for row in hot.execute(conn, _SAME_PHONE_SQL.format(hot.placeholders(len(phones))), phones).fetchall():
            found[row[0]] = {**dict(zip(_DUPLICATE_COLUMNS, row)), "reason": "same phone number"}
    year = data.birth_date.year if data.birth_date else \
        today().year - data.age_years if data.age_years is not None else None
    index = name_index(conn)
    index.refresh(conn)
    for r in index.same_name(search_name(data.given_name, data.family_name)):
        other = int(r["birth_date"][:4]) if r.get("birth_date") else None
        if year is None or other is None or abs(year - other) <= 2:
            found.setdefault(r["id"], {k: r.get(k) for k in _DUPLICATE_COLUMNS} | {"reason": "same name"})
    shown = sorted(found.values(), key=lambda d: d["clinic_number"])[:DUPLICATES_SHOWN]
    return [{**d, "phone": display_phone(d["phone"])} for d in shown]


def get_patient(conn: Connection, patient_id: str) -> dict[str, Any]:
    row = as_dict(conn.execute(select(patients).where(patients.c.id == patient_id)).first())
    if row is None:
        raise NotFound(f"patient {patient_id} not found", patient_id=patient_id)
    del row["search_name"], row["search_skeleton"]
    row["phone"] = display_phone(row["phone"])
    row["allergies"] = list_allergies(conn, patient_id)
    return row


def require_active_patient(conn: Connection, patient_id: str) -> dict[str, Any]:
    """For other modules: the patient exists and is neither retired nor merged away."""
    row = require_patient(conn, patient_id)
    if row["retired_at"] or row["merged_into"]:
        raise Conflict(f"patient {patient_id} is retired", patient_id=patient_id)
    return row


def update_patient(uow: UnitOfWork, patient_id: str, patch: PatientPatch) -> dict[str, Any]:
    require_active_patient(uow.conn, patient_id)
    current = as_dict(uow.conn.execute(select(patients).where(patients.c.id == patient_id)).first())
    values = patch.model_dump(exclude_unset=True)
    if "birth_date" in values:
        values["birth_date"] = values["birth_date"].isoformat() if values["birth_date"] else None
        values["birth_date_estimated"] = False
    if "phone" in values:
        values["phone"] = phone_digits(values["phone"])
    changes = changed_fields(current, values)
    if not changes:
        return get_patient(uow.conn, patient_id)
    changes["updated_at"] = utc_now()
    uow.conn.execute(update(patients).where(patients.c.id == patient_id).values(**changes))
    if "given_name" in changes or "family_name" in changes:
        given = changes.get("given_name", current["given_name"])
        family = changes.get("family_name", current["family_name"]) or ""
        uow.conn.execute(update(patients).where(patients.c.id == patient_id)
                         .values(**search_columns(given, family)))
    uow.emit(ENTITY, patient_id, "updated", changes, patient_id=patient_id)
    return get_patient(uow.conn, patient_id)


def retire_patient(uow: UnitOfWork, patient_id: str, reason: str) -> dict[str, Any]:
    require_active_patient(uow.conn, patient_id)
    now = utc_now()
    uow.conn.execute(update(patients).where(patients.c.id == patient_id).values(retired_at=now, updated_at=now))
    uow.emit(ENTITY, patient_id, "retired", {"retired_at": now, "reason": reason}, patient_id=patient_id)
    return get_patient(uow.conn, patient_id)


def add_allergy(uow: UnitOfWork, patient_id: str, data: AllergyIn, *, check_patient: bool = True) -> dict[str, Any]:
    if check_patient:
        require_active_patient(uow.conn, patient_id)
    existing = [a for a in list_allergies(uow.conn, patient_id)
                if a["substance"].casefold() == data.substance.casefold()]
    if existing:
        raise Conflict(f"allergy to {data.substance} is already recorded", allergy_id=existing[0]["id"])
    row = {"id": new_id(), "patient_id": patient_id, **data.model_dump(),
           "recorded_at": utc_now(), "recorded_by": uow.actor}
    uow.conn.execute(insert(patient_allergies), row)
    uow.emit(ALLERGY_ENTITY, row["id"], "added", {k: v for k, v in row.items() if k != "id"}, patient_id=patient_id)
    return row


def retire_allergy(uow: UnitOfWork, patient_id: str, allergy_id: str, reason: str) -> None:
    require_active_patient(uow.conn, patient_id)
    row = uow.conn.execute(select(patient_allergies).where(
        patient_allergies.c.id == allergy_id, patient_allergies.c.patient_id == patient_id)).first()
    if row is None:
        raise NotFound(f"allergy {allergy_id} not found for patient {patient_id}")
    if row.retired_at is not None:
        raise Conflict(f"allergy {allergy_id} was already retired")
    now = utc_now()
    uow.conn.execute(update(patient_allergies).where(patient_allergies.c.id == allergy_id).values(retired_at=now))
    uow.emit(ALLERGY_ENTITY, allergy_id, "retired", {"retired_at": now, "reason": reason}, patient_id=patient_id)


def list_allergies(conn: Connection, patient_id: str) -> list[dict[str, Any]]:
    return as_dicts(conn.execute(select(patient_allergies).where(
        patient_allergies.c.patient_id == patient_id, patient_allergies.c.retired_at.is_(None))
        .order_by(patient_allergies.c.recorded_at)))


def find_patients(conn: Connection, query: str, limit: int) -> list[dict[str, Any]]:
    return search_patients(conn, query, limit)


def prepare_search(conn: Connection) -> None:
    """Load this process's name index now rather than on the first search (10,000 patients: ~0.3 s)."""
    name_index(conn).refresh(conn)


def count_patients(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(patients)).scalar() or 0


def refer_patient(uow: UnitOfWork, patient_id: str, data: ReferralIn, own_clinic: str) -> dict[str, Any]:
    """Refer a patient to another clinic: the hub then gives that clinic the patient's whole record."""
    require_active_patient(uow.conn, patient_id)
    if data.to_clinic.upper() == own_clinic.upper():
        raise InvalidInput("to_clinic: a patient is referred to another clinic")
    row = {"id": new_id(), "patient_id": patient_id, "to_clinic": data.to_clinic, "reason": data.reason,
           "referred_at": utc_now(), "referred_by": uow.actor}
    uow.conn.execute(insert(referrals), row)
    uow.emit("referral", row["id"], "created", {k: v for k, v in row.items() if k != "id"}, patient_id=patient_id)
    return row


def referrals_for_patient(conn: Connection, patient_id: str) -> list[dict[str, Any]]:
    """A patient's referrals, oldest first (made here, at another clinic, or by the hub's doctor)."""
    require_patient(conn, patient_id)
    return as_dicts(conn.execute(select(referrals).where(referrals.c.patient_id == patient_id)
                                 .order_by(referrals.c.referred_at, referrals.c.id)))
