"""Setting a clinic's phone from the console (a hub admin) or the hub's command line: checked and stored by
sync/hub/contacts, audited here with what it was and what it is now. No Flask here."""
from __future__ import annotations

import json

from sqlalchemy import Engine

from .. import services
from ..contacts.services import ClinicContact, set_contact
from ..store import HubStore
from . import accounts


def _fields(contact: ClinicContact | None) -> dict[str, str | None] | None:
    return None if contact is None else {"phone": contact.phone, "name": contact.name}


def set_clinic_contact(store: HubStore, engine: Engine, username: str, clinic_id: str, phone: object,
                       name: object, address: str | None = None) -> ClinicContact | None:
    """Store the clinic's contact as `username` (a console account, or "cli") and audit it; a refusal
    (a BadRequest naming its field) changes nothing and is audited by the caller, which knows the page."""
    before, after = set_contact(store, clinic_id, phone, name, username, services._iso())
    if before is not after:
        action = "clinic contact removed" if after is None else "clinic contact set"
        accounts.audit(engine, username, action, clinic_id,
                       json.dumps({"clinic": clinic_id, "now": _fields(after), "was": _fields(before)},
                                  ensure_ascii=False), address)
    return after
