"""SOAP note services: draft from a transcript, clinician versions, signature, addenda, draft-to-signed diff.

Versions are insert-only: version 1 is the AI draft (author "ai:soap-<version>"), each edit is the next
version by its clinician; the signature freezes the latest version, after which only addenda are taken.
"""
from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import Connection, insert, select

from models.soap.const import AUTHOR, EXTRAS, SECTIONS
from models.soap.diff import diff_notes
from models.soap.errors import SoapInputError
from models.soap.services import generate_soap

from ..auth.services import Principal
from ..common import as_dict, as_dicts, new_id, utc_now
from ..encounters.services import get_encounter, require_open_encounter
from ..errors import Conflict, Forbidden, InvalidInput, NotFound
from ..events.unit import UnitOfWork
from .schemas import NoteEditIn
from .tables import soap_addenda, soap_signatures, soap_versions

SIGNER_ROLE = "doctor"


def _versions(conn: Connection, encounter_id: str) -> list[dict[str, Any]]:
    rows = as_dicts(conn.execute(select(soap_versions).where(soap_versions.c.encounter_id == encounter_id)
                                 .order_by(soap_versions.c.version)))
    for row in rows:
        row["sections"] = json.loads(row["sections"])
        row["extras"] = json.loads(row["extras"]) if row["extras"] else None
    return rows


def _latest(conn: Connection, encounter_id: str) -> dict[str, Any] | None:
    versions = _versions(conn, encounter_id)
    return versions[-1] if versions else None


def note_signed(conn: Connection, encounter_id: str) -> bool:
    """For other modules: whether the visit's SOAP note is signed (its content stays behind encounters.read)."""
    return _signature(conn, encounter_id) is not None


def note_signed_by(conn: Connection, encounter_id: str) -> str | None:
    """For other modules: who signed the visit's note (an actor, "doctor:<id>" for the hub's), or None."""
    signature = _signature(conn, encounter_id)
    return signature["signed_by"] if signature else None


def _signature(conn: Connection, encounter_id: str) -> dict[str, Any] | None:
    return as_dict(conn.execute(select(soap_signatures).where(soap_signatures.c.encounter_id == encounter_id))
                   .first())


def _refuse_if_signed(conn: Connection, encounter_id: str) -> None:
    signature = _signature(conn, encounter_id)
    if signature is not None:
        raise Conflict(f"the SOAP note of encounter {encounter_id} is signed (version {signature['version']}); "
                       "add an addendum instead", signed_version=signature["version"])


def latest_transcript(conn: Connection, encounter_id: str) -> str | None:
    """The encounter's latest stored transcript, when the transcripts module is installed."""
    try:
        from ..transcripts.services import transcripts_for_encounter
    except ImportError:
        return None
    stored = transcripts_for_encounter(conn, encounter_id)
    return stored[-1]["text"] if stored else None


def content_sha256(sections: dict[str, list[str]]) -> str:
    canonical = json.dumps({name: sections.get(name, []) for name in SECTIONS}, ensure_ascii=False,
                           separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _insert_version(uow: UnitOfWork, enc: dict[str, Any], version: int, author: str,
                    sections: dict[str, list[str]], extras: dict[str, Any] | None = None,
                    transcript: str | None = None) -> dict[str, Any]:
    row = {"id": new_id(), "encounter_id": enc["id"], "patient_id": enc["patient_id"], "version": version,
           "author": author, "sections": json.dumps(sections, ensure_ascii=False),
           "extras": json.dumps(extras, ensure_ascii=False) if extras is not None else None,
           "transcript": transcript, "created_at": utc_now()}
    uow.conn.execute(insert(soap_versions), row)
    fields = {**{k: v for k, v in row.items() if k not in ("id", "sections", "extras")}, "sections": sections,
              "extras": extras}
    uow.emit("soap_version", row["id"], "drafted" if version == 1 else "edited", fields,
             patient_id=enc["patient_id"])
    return {**row, "sections": sections, "extras": extras}


def draft_note(uow: UnitOfWork, encounter_id: str, transcript: str | None) -> dict[str, Any]:
    """Generate the AI draft (version 1) from the transcript, with the encounter's vitals in Objective."""
    require_open_encounter(uow.conn, encounter_id)
    _refuse_if_signed(uow.conn, encounter_id)
    latest = _latest(uow.conn, encounter_id)
    if latest is not None:
        raise Conflict(f"encounter {encounter_id} already has a SOAP note (version {latest['version']}); "
                       "edit it with PUT", version=latest["version"])
    enc = get_encounter(uow.conn, encounter_id)
    text = transcript or latest_transcript(uow.conn, encounter_id)
    if not text:
        raise InvalidInput("transcript: the encounter has no stored transcript; send one")
    try:
        note = generate_soap(text, device_vitals=enc["vitals"])
    except SoapInputError as err:
        raise InvalidInput(f"transcript: {err.reason}") from err
    sections = {name: note[name] for name in SECTIONS}
    extras = {name: note[name] for name in (*EXTRAS, "explanations")}
    _insert_version(uow, enc, 1, AUTHOR, sections, extras, text)
    return get_note(uow.conn, encounter_id)


def edit_note(uow: UnitOfWork, encounter_id: str, data: NoteEditIn) -> dict[str, Any]:
    """The clinician's edit as the next version; an edit that changes nothing adds no version. Once
    the encounter is closed the note is edited no more (it may still be signed as it stands, and
    what comes later is an addendum)."""
    require_open_encounter(uow.conn, encounter_id)
    enc = get_encounter(uow.conn, encounter_id)
    _refuse_if_signed(uow.conn, encounter_id)
    latest = _latest(uow.conn, encounter_id)
    if latest is None:
        raise NotFound(f"encounter {encounter_id} has no SOAP note; generate the draft first")
    if data.base_version is not None and data.base_version != latest["version"]:
        raise Conflict(f"version {data.base_version} is not the latest (version {latest['version']}); "
                       "reload and edit again", version=latest["version"])
    sections = {**latest["sections"], **data.sections()}
    if sections != latest["sections"]:
        _insert_version(uow, enc, latest["version"] + 1, uow.actor, sections)
    return get_note(uow.conn, encounter_id)


def sign_note(uow: UnitOfWork, encounter_id: str, signer: Principal, version: int | None) -> dict[str, Any]:
    """Sign the latest version: a doctor, and the encounter's doctor when it has one. The diff between the
    AI draft and the signed note is recorded with the signature."""
    enc = get_encounter(uow.conn, encounter_id)
    if getattr(signer, "kind", "staff") != "staff" or signer.role != SIGNER_ROLE:
        raise Forbidden("only a doctor signs a SOAP note", role=signer.role)
    if enc["doctor_id"] and enc["doctor_id"] != signer.staff_id:
        raise Forbidden("only the encounter's own doctor signs its SOAP note")
    _refuse_if_signed(uow.conn, encounter_id)
    versions = _versions(uow.conn, encounter_id)
    if not versions:
        raise NotFound(f"encounter {encounter_id} has no SOAP note to sign")
    latest = versions[-1]
    if version is not None and version != latest["version"]:
        raise Conflict(f"version {version} is not the latest (version {latest['version']}); review it first",
                       version=latest["version"])
    row = {"id": new_id(), "encounter_id": encounter_id, "version_id": latest["id"], "version": latest["version"],
           "signed_by": uow.actor, "content_sha256": content_sha256(latest["sections"]), "signed_at": utc_now()}
    uow.conn.execute(insert(soap_signatures), row)
    uow.emit("soap_signature", row["id"], "signed", {k: v for k, v in row.items() if k != "id"},
             patient_id=enc["patient_id"])
    diff = _diff(versions[0], latest, signed=True)
    uow.emit("soap_diff", row["id"], "measured", {"encounter_id": encounter_id, **diff},
             patient_id=enc["patient_id"])
    return get_note(uow.conn, encounter_id)


def add_addendum(uow: UnitOfWork, encounter_id: str, text: str) -> dict[str, Any]:
    """A later addition to a signed note; the signed note itself never changes."""
    enc = get_encounter(uow.conn, encounter_id)
    if _signature(uow.conn, encounter_id) is None:
        raise Conflict(f"the SOAP note of encounter {encounter_id} is not signed; edit it instead")
    row = {"id": new_id(), "encounter_id": encounter_id, "author": uow.actor, "text": text,
           "created_at": utc_now()}
    uow.conn.execute(insert(soap_addenda), row)
    uow.emit("soap_addendum", row["id"], "added", {k: v for k, v in row.items() if k != "id"},
             patient_id=enc["patient_id"])
    return row


def get_note(conn: Connection, encounter_id: str) -> dict[str, Any]:
    """The latest version, the list of versions, the AI draft's findings, signature and addenda."""
    enc = get_encounter(conn, encounter_id)
    versions = _versions(conn, encounter_id)
    if not versions:
        raise NotFound(f"encounter {encounter_id} has no SOAP note")
    latest, signature = versions[-1], _signature(conn, encounter_id)
    addenda = as_dicts(conn.execute(select(soap_addenda).where(soap_addenda.c.encounter_id == encounter_id)
                                    .order_by(soap_addenda.c.created_at)))
    return {
        "encounter_id": encounter_id, "patient_id": enc["patient_id"],
        "status": "signed" if signature else "draft",
        "latest": {k: latest[k] for k in ("id", "version", "author", "created_at", "sections")},
        "draft": {"version": 1, "author": versions[0]["author"], "findings": versions[0]["extras"]},
        "versions": [{k: v[k] for k in ("id", "version", "author", "created_at")} for v in versions],
        "signature": signature,
        "addenda": addenda,
    }


def _diff(draft: dict[str, Any], final: dict[str, Any], *, signed: bool) -> dict[str, Any]:
    return {"draft_version": draft["version"], "draft_author": draft["author"], "final_version": final["version"],
            "final_author": final["author"], "signed": signed, **diff_notes(draft["sections"], final["sections"])}


def note_diff(conn: Connection, encounter_id: str) -> dict[str, Any]:
    """The AI draft against the signed note (or, before signing, the latest version)."""
    get_encounter(conn, encounter_id)
    versions = _versions(conn, encounter_id)
    if not versions:
        raise NotFound(f"encounter {encounter_id} has no SOAP note")
    signature = _signature(conn, encounter_id)
    final = next(v for v in versions if v["version"] == signature["version"]) if signature else versions[-1]
    return {"encounter_id": encounter_id, **_diff(versions[0], final, signed=signature is not None)}


