"""Applying remote SOAP events (a remote doctor's versions and signature, from the hub) to the SOAP tables.

The tables are insert-only, so each event inserts its row once. A remote version whose number the clinic
took meanwhile is kept as the next number (both texts stay); a second signature of a note is left in the
event log only: the note's first signature stands.
"""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, func, insert, select

from sync.errors import WaitingForParent
from sync.replica_kit import exists, require_parent

from ..encounters.tables import encounters
from .tables import soap_signatures, soap_versions


def apply_version(conn: Connection, entity_id: str, events: list[dict[str, Any]]) -> None:
    f = events[0]["fields"]
    require_parent(conn, encounters, f.get("encounter_id"), "soap_version", entity_id, "encounter")
    if exists(conn, soap_versions, entity_id):
        return
    version = f["version"]
    taken = conn.execute(select(soap_versions.c.id).where(soap_versions.c.encounter_id == f["encounter_id"],
                                                          soap_versions.c.version == version)).first()
    if taken is not None:
        version = 1 + conn.execute(select(func.max(soap_versions.c.version)).where(
            soap_versions.c.encounter_id == f["encounter_id"])).scalar()
    extras = f.get("extras")
    conn.execute(insert(soap_versions), {
        "id": entity_id, "encounter_id": f["encounter_id"], "patient_id": f["patient_id"], "version": version,
        "author": f.get("author") or events[0].get("actor") or "unknown",
        "sections": json.dumps(f["sections"], ensure_ascii=False),
        "extras": json.dumps(extras, ensure_ascii=False) if extras is not None else None,
        "transcript": f.get("transcript"), "created_at": f["created_at"]})


def apply_signature(conn: Connection, entity_id: str, events: list[dict[str, Any]]) -> None:
    f = events[0]["fields"]
    require_parent(conn, encounters, f.get("encounter_id"), "soap_signature", entity_id, "encounter")
    if exists(conn, soap_signatures, entity_id):
        return
    signed = conn.execute(select(soap_versions.c.version).where(soap_versions.c.id == f["version_id"])).first()
    if signed is None:
        raise WaitingForParent("soap_signature", entity_id, f"soap_version {f['version_id']}")
    if conn.execute(select(soap_signatures.c.id).where(
            soap_signatures.c.encounter_id == f["encounter_id"])).first() is not None:
        return
    conn.execute(insert(soap_signatures), {
        "id": entity_id, "encounter_id": f["encounter_id"], "version_id": f["version_id"], "version": signed.version,
        "signed_by": f.get("signed_by") or events[0].get("actor") or "unknown",
        "content_sha256": f["content_sha256"], "signed_at": f["signed_at"]})
