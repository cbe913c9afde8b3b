"""A clinic's phone at the hub: checked, normalised to E.164 the way the kiosk reads a patient's number
(clinical/phones.py), stored, read. No Flask here; the console audits who changed it (console/contact.py)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from clinical.phones import PHONE_MAX_CHARS, PHONE_PATTERN, msisdn

from ...errors import BadRequest
from ..store import HubStore
from .const import MAX_NAME_CHARS
from .tables import hub_clinic_contacts

_TYPED = re.compile(PHONE_PATTERN)


class InvalidContact(BadRequest):
    """A field of the contact that cannot be stored; `field` names it (phone or name)."""

    status, title = 422, "Invalid clinic contact"

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}", field=field)


class UnknownClinic(BadRequest):
    status, title = 404, "Unknown clinic"


@dataclass(frozen=True)
class ClinicContact:
    clinic_id: str
    phone: str                 # E.164, what a tel: link dials
    name: str | None
    updated_at: str
    updated_by: str

    def as_json(self) -> dict[str, Any]:
        """What the doctor's call page is given: no who-changed-it."""
        return {"clinic_id": self.clinic_id, "phone": self.phone, "name": self.name}


def check_phone(value: Any) -> str | None:
    """The typed number as E.164; None for an empty field (no number)."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidContact("phone", "must be the number as text")
    typed = value.strip()
    if not typed:
        return None
    if len(typed) > PHONE_MAX_CHARS:
        raise InvalidContact("phone", f"at most {PHONE_MAX_CHARS} characters")
    number = msisdn(typed) if _TYPED.match(typed) else None
    if number is None:
        raise InvalidContact("phone", "not a phone number: give 10 digits, with or without +91 or a trunk 0, "
                                      "or + and the country code (digits, spaces, brackets and dashes only)")
    return number


def check_name(value: Any) -> str | None:
    """Who answers the phone, on one line; None for an empty field."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidContact("name", "must be text")
    if any(unicodedata.category(c) == "Cc" and not c.isspace() for c in value):
        raise InvalidContact("name", "control characters are not a name")
    name = " ".join(value.split())
    if len(name) > MAX_NAME_CHARS:
        raise InvalidContact("name", f"at most {MAX_NAME_CHARS} characters")
    return name or None


def known_clinic(store: HubStore, clinic_id: str) -> bool:
    """A clinic the hub knows: a box enrolled for it or an enrolment token issued (what the console lists)."""
    return (any(d.clinic_id == clinic_id for d in store.devices())
            or any(t["clinic_id"] == clinic_id for t in store.tokens()))


def set_contact(store: HubStore, clinic_id: str, phone: Any, name: Any, by: str,
                now: str) -> tuple[ClinicContact | None, ClinicContact | None]:
    """Store the clinic's phone and contact name (both fields empty: the clinic has no phone at the hub any
    more). Returns what it was and what it is now (the same object: nothing changed). Every refusal is raised
    before anything is written."""
    if not isinstance(clinic_id, str) or not known_clinic(store, clinic_id):
        raise UnknownClinic(f"the hub knows no clinic {str(clinic_id)[:64]}; nothing was changed")
    number, who = check_phone(phone), check_name(name)
    if number is None and who is not None:
        raise InvalidContact("phone", "give the clinic's phone number: a contact name alone cannot be rung")
    engine: Engine = store.engine
    row = {"phone": number, "name": who, "updated_at": now, "updated_by": by[:64]}
    for _ in range(2):
        with engine.begin() as conn:
            before = _contact(conn.execute(select(hub_clinic_contacts).where(
                hub_clinic_contacts.c.clinic_id == clinic_id)).first())
            if before is not None and (before.phone, before.name) == (number, who):
                return before, before       # saved again as it was: nothing to write, nothing to audit
            if number is None:
                conn.execute(delete(hub_clinic_contacts).where(hub_clinic_contacts.c.clinic_id == clinic_id))
                return before, None
            if before is not None:
                conn.execute(update(hub_clinic_contacts).where(hub_clinic_contacts.c.clinic_id == clinic_id)
                             .values(**row))
                return before, ClinicContact(clinic_id, **row)
            try:
                with conn.begin_nested():
                    conn.execute(insert(hub_clinic_contacts).values(clinic_id=clinic_id, **row))
                return None, ClinicContact(clinic_id, **row)
            except IntegrityError:
                continue        # another admin (another worker) set it at the same moment: update theirs
    raise BadRequest("the clinic's contact changed under this request; try again")


def contact_of(engine: Engine, clinic_id: str) -> ClinicContact | None:
    with engine.connect() as conn:
        return _contact(conn.execute(select(hub_clinic_contacts).where(
            hub_clinic_contacts.c.clinic_id == clinic_id)).first())


def contacts(engine: Engine) -> dict[str, ClinicContact]:
    """Every clinic's contact by clinic id (the console's list of clinics shows them)."""
    with engine.connect() as conn:
        return {r.clinic_id: _contact(r) for r in conn.execute(select(hub_clinic_contacts))}


def _contact(row: Any) -> ClinicContact | None:
    return None if row is None else ClinicContact(row.clinic_id, row.phone, row.name, row.updated_at,
                                                  row.updated_by)
