"""Doctors at the hub: the clinics each serves, and the hash-chained audit of every read and write
of a patient's record (the same chain idea as the box's appliance/audit: each row's SHA-256 covers
its content and the previous row's hash). No Flask here."""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from typing import Any, Iterable

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.exc import IntegrityError

from ...clock import wall_ms
from ...errors import BadRequest
from .tables import hub_doctor_clinics, hub_patient_audit, hub_staff

GENESIS = "0" * 64
CHAIN_ATTEMPTS = 20
DOCTOR_ROLE = "remote_doctor"


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).isoformat(timespec="milliseconds")


def link_clinics(engine: Engine, username: str, clinic_ids: Iterable[str], by: str = "cli") -> list[str]:
    """Set the clinics a doctor serves (replacing the previous list); returns them sorted."""
    clinics = sorted({c.strip() for c in clinic_ids if c and c.strip()})
    if any(len(c) > 64 for c in clinics):
        raise BadRequest("a clinic id is at most 64 characters")
    now = _iso(wall_ms())
    with engine.begin() as conn:
        row = conn.execute(select(hub_staff.c.id, hub_staff.c.role).where(hub_staff.c.username == username)).first()
        if row is None:
            raise BadRequest(f"no hub staff {username}")
        if row.role != DOCTOR_ROLE:
            raise BadRequest(f"{username} is not a doctor: only doctors serve clinics")
        conn.execute(delete(hub_doctor_clinics).where(hub_doctor_clinics.c.staff_id == row.id))
        for c in clinics:
            conn.execute(hub_doctor_clinics.insert(), {"staff_id": row.id, "clinic_id": c, "linked_at": now})
    from .accounts import audit
    audit(engine, by, "doctor clinics set", username, ", ".join(clinics) or "none")
    return clinics


def clinics_served(engine: Engine, staff_id: str) -> list[str]:
    with engine.connect() as conn:
        return [r[0] for r in conn.execute(select(hub_doctor_clinics.c.clinic_id).where(
            hub_doctor_clinics.c.staff_id == staff_id).order_by(hub_doctor_clinics.c.clinic_id))]


def _row_hash(row: dict[str, Any]) -> str:
    content = {k: row[k] for k in ("seq", "at", "username", "action", "patient_id", "clinic_id", "detail",
                                   "address", "prev_hash")}
    return hashlib.sha256(json.dumps(content, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def record_access(engine: Engine, username: str, action: str, patient_id: str | None, clinic_id: str | None,
                  detail: str | None = None, address: str | None = None) -> dict[str, Any]:
    """Append one access to the chain before the answer leaves (a read that cannot be audited fails)."""
    for _ in range(CHAIN_ATTEMPTS):
        try:
            with engine.begin() as conn:
                last = conn.execute(select(hub_patient_audit.c.seq, hub_patient_audit.c.hash)
                                    .order_by(hub_patient_audit.c.seq.desc()).limit(1)).first()
                row = {"seq": (last.seq if last else 0) + 1, "at": _iso(wall_ms()), "username": username[:64],
                       "action": action[:40], "patient_id": patient_id, "clinic_id": clinic_id,
                       "detail": detail, "address": address and address[:64],
                       "prev_hash": last.hash if last else GENESIS}
                row["hash"] = _row_hash(row)
                conn.execute(hub_patient_audit.insert(), row)   # a concurrent writer of this seq: retried
            return row
        except IntegrityError:
            continue
    raise BadRequest("the hub's audit is busy: nothing was shown; try again")


def verify_chain(engine: Engine) -> dict[str, Any]:
    """Walk the chain: {'ok', 'rows', 'broken_at' (the first seq that does not follow)}."""
    prev, expected, n = GENESIS, 1, 0
    with engine.connect() as conn:
        for r in conn.execute(select(hub_patient_audit).order_by(hub_patient_audit.c.seq)):
            row = dict(r._mapping)
            if row["seq"] != expected or row["prev_hash"] != prev or _row_hash(row) != row["hash"]:
                return {"ok": False, "rows": n, "broken_at": row["seq"] if row["seq"] == expected else expected}
            prev, expected, n = row["hash"], row["seq"] + 1, n + 1
    return {"ok": True, "rows": n, "broken_at": None}


def accesses(engine: Engine, patient_id: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
    q = select(hub_patient_audit).order_by(hub_patient_audit.c.seq.desc()).limit(limit)
    if patient_id is not None:
        q = q.where(hub_patient_audit.c.patient_id == patient_id)
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


def count_accesses(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(hub_patient_audit)).scalar() or 0
