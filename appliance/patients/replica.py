"""Applying remote patient events to the patients module's own tables; finding duplicates."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select, update

from sync.merge import Folded, fold
from sync.replica_kit import columns, require_born, require_parent, upsert

from .names import search_columns
from .tables import ACTIVE, patient_allergies, patients, referrals


def resolve_patient(conn: Connection, patient_id: str | None) -> str | None:
    """Follow merged_into to the surviving record (a merge cycle resolves to its smallest id)."""
    seen: list[str] = []
    current = patient_id
    while current is not None and current not in seen:
        seen.append(current)
        nxt = conn.execute(select(patients.c.merged_into).where(patients.c.id == current)).scalar()
        if nxt is None:
            return current
        current = nxt
    return min(seen[seen.index(current):]) if current is not None else patient_id


def apply_patient(conn: Connection, entity_id: str, events: list[dict[str, Any]]) -> Folded:
    f = fold("patient", entity_id, events)
    require_born(f, "created_at")
    row = {"id": entity_id, **columns(patients, f.values)}
    row.setdefault("family_name", "")
    # `retired` carries only retired_at; the service stamps updated_at with the same instant.
    row["updated_at"] = max(v for v in (row.get("updated_at"), row.get("retired_at")) if v)
    row.update(search_columns(row["given_name"], row["family_name"]))
    for name in ("phone", "village", "address", "national_id", "guardian_name", "birth_date", "retired_at",
                 "merged_into"):
        row.setdefault(name, None)
    upsert(conn, patients, row)
    return f


def apply_allergy(conn: Connection, entity_id: str, events: list[dict[str, Any]]) -> Folded:
    """Add-wins: every added allergy is kept; a retire removes only the one it names."""
    f = fold("patient_allergy", entity_id, events)
    require_born(f, "recorded_at")
    patient_id = resolve_patient(conn, f.values["patient_id"])
    require_parent(conn, patients, patient_id, "patient_allergy", entity_id, "patient")
    row = {"id": entity_id, "reaction": None, "retired_at": None, **columns(patient_allergies, f.values),
           "patient_id": patient_id}
    upsert(conn, patient_allergies, row)
    return f


def apply_referral(conn: Connection, entity_id: str, events: list[dict[str, Any]]) -> Folded:
    """A referral made elsewhere (another box, or the hub's doctor on a visit here)."""
    f = fold("referral", entity_id, events)
    require_born(f, "referred_at")
    patient_id = resolve_patient(conn, f.values["patient_id"])
    require_parent(conn, patients, patient_id, "referral", entity_id, "patient")
    row = {"id": entity_id, "to_clinic": None, "encounter_id": None, "to_facility": None, "outside": None,
           **columns(referrals, f.values), "patient_id": patient_id}
    upsert(conn, referrals, row)
    return f


def repoint_patient(conn: Connection, from_id: str, to_id: str) -> None:
    conn.execute(update(patient_allergies).where(patient_allergies.c.patient_id == from_id).values(patient_id=to_id))
    conn.execute(update(referrals).where(referrals.c.patient_id == from_id).values(patient_id=to_id))


def duplicate_candidates(conn: Connection) -> list[tuple[str, str]]:
    """Active patient pairs with the same name key and the same phone or birth year: (keep, merge)."""
    rows = conn.execute(select(patients.c.id, patients.c.search_skeleton, patients.c.phone, patients.c.birth_date)
                        .where(ACTIVE)).all()
    by_name: dict[str, list] = {}
    for r in rows:
        by_name.setdefault(r.search_skeleton, []).append(r)
    pairs = []
    for group in by_name.values():
        group.sort(key=lambda r: r.id)
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                same_phone = a.phone and a.phone == b.phone
                same_year = a.birth_date and b.birth_date and a.birth_date[:4] == b.birth_date[:4]
                if same_phone or same_year:
                    pairs.append((a.id, b.id))
    return pairs
