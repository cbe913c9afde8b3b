"""Device readings: what a watcher reports, what the visit screen is offered, and accepting an offer
as the encounter's vitals (through the encounters service, which records and syncs them).

A device measures for one visit at a time. Several visits are open in a room at once (the mother and
her baby, the next patient already checked in), so the room cannot tell whose arm was in the cuff:
the worker picks the patient on the visit screen ("measure this patient") before measuring, and
every reading the device gives then belongs to that visit alone, offered to it only and refused on
any other. A reading taken before any claim is offered to nobody."""
from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select, update

from ..common import as_dict, as_dicts, new_id, now, utc_now
from ..encounters import services as encounters
from ..encounters.const import DEVICE_SOURCE_PREFIX
from ..encounters.schemas import VitalReadings
from ..errors import Conflict, NotFound
from ..patients.services import require_patient
from ..events.unit import UnitOfWork
from .const import OFFER_MAX_AGE_SECONDS, STALE_SECONDS
from .steady import Verdict
from .tables import device_readings


def report(conn: Connection, device: str, kind: str, room: str, status: str, verdict: Verdict) -> None:
    """A watcher's news about one device: its status and reason; a stable value becomes a new reading."""
    at = utc_now()
    row: dict[str, Any] = {"kind": kind, "room": room, "status": status,
                           "reason": (verdict.reason or "")[:300] or None, "updated_at": at}
    if verdict.values is not None:
        row.update(reading_id=new_id(), reading=json.dumps(verdict.values), read_at=at, used_by=None,
                   reading_for=_measuring_for(conn, device))
    done = conn.execute(update(device_readings).where(device_readings.c.device == device).values(**row))
    if done.rowcount == 0:
        conn.execute(insert(device_readings), {"device": device, **row})


def still_watching(conn: Connection, device: str) -> str | None:
    """A watcher's heartbeat: its device's state is fresh (see `offers`). Returns the open visit the
    device measures for, so that the watcher reads again for a newly picked patient."""
    conn.execute(update(device_readings).where(device_readings.c.device == device).values(updated_at=utc_now()))
    return _measuring_for(conn, device)


def _measuring_for(conn: Connection, device: str) -> str | None:
    """The open visit that has claimed the device, if any: its new reading belongs to that visit."""
    claimed = conn.execute(select(device_readings.c.claimed_by).where(device_readings.c.device == device)).scalar()
    if claimed is None:
        return None
    try:
        return claimed if encounters.encounter_brief(conn, claimed)["status"] == "open" else None
    except NotFound:
        return None


def _visit(conn: Connection, encounter_id: str | None) -> dict[str, Any] | None:
    """The visit a reading or claim belongs to, with the patient's name as the offer shows it."""
    if encounter_id is None:
        return None
    patient = require_patient(conn, encounters.encounter_patient(conn, encounter_id))
    name = " ".join(p for p in (patient["given_name"], patient["family_name"]) if p)
    return {"encounter_id": encounter_id, "patient_id": patient["id"], "patient_name": name,
            "clinic_number": patient["clinic_number"]}


def _offer(conn: Connection, row: dict[str, Any], limit: datetime, encounter_id: str | None,
           stale: datetime) -> dict[str, Any]:
    fresh = (row["reading_id"] is not None and row["used_by"] is None and row["reading_for"] is not None
             and datetime.fromisoformat(row["read_at"]) >= limit
             and (encounter_id is None or row["reading_for"] == encounter_id))
    offer = None
    if fresh:
        offer = {"reading_id": row["reading_id"], "values": json.loads(row["reading"]), "read_at": row["read_at"],
                 **_visit(conn, row["reading_for"])}
    status, reason = row["status"], row["reason"]
    if status in ("stable", "refused") and datetime.fromisoformat(row["updated_at"]) < stale:
        # the watcher stopped saying it is alive: what it said last is no longer the device's state
        status, reason = "silent", (f"no news from the device for more than {STALE_SECONDS:g} s "
                                    "(is clinic-devices running? `clinic devices watch`)")
    return {"device": row["device"], "kind": row["kind"], "room": row["room"], "status": status,
            "reason": reason, "updated_at": row["updated_at"],
            "measuring_for": _visit(conn, row["claimed_by"]), "claimed_at": row["claimed_at"], "offer": offer}


def offers(conn: Connection, room: str | None = None, encounter_id: str | None = None) -> list[dict[str, Any]]:
    """Each device of the room (every device without one) with its status ("silent" when its watcher
    has said nothing for STALE_SECONDS), the visit it measures for, and the reading it offers: the last stable one, if it is recent, was taken for a visit
    (for ``encounter_id``'s only, when given) and no encounter has taken it yet."""
    q = select(device_readings).order_by(device_readings.c.device)
    if room is not None:
        q = q.where(device_readings.c.room == room)
    limit = now() - timedelta(seconds=OFFER_MAX_AGE_SECONDS)
    stale = now() - timedelta(seconds=STALE_SECONDS)
    return [_offer(conn, row, limit, encounter_id, stale) for row in as_dicts(conn.execute(q))]


def claim_device(conn: Connection, device: str, encounter_id: str) -> dict[str, Any]:
    """The worker picks the patient before measuring: the device's next readings belong to this open
    visit (taking the device over from any other). A reading already on the device stays with the
    visit it was taken for."""
    encounters.require_open_encounter(conn, encounter_id)
    done = conn.execute(update(device_readings).where(device_readings.c.device == device)
                        .values(claimed_by=encounter_id, claimed_at=utc_now()))
    if done.rowcount == 0:
        raise NotFound(f"device {device} is not known; plug it in and wait for it to show on the screen")
    return next(d for d in offers(conn, encounter_id=encounter_id) if d["device"] == device)


def accept_reading(uow: UnitOfWork, encounter_id: str, reading_id: str, *,
                   confirm_implausible: bool = False) -> list[dict[str, Any]]:
    """The offered reading becomes the encounter's vitals, with its device as their source. Refused
    when it is no longer the device's latest, is too old, was taken for another visit (or none), or
    another encounter has taken it; checked against the patient's age like a typed value."""
    row = as_dict(uow.conn.execute(select(device_readings).where(device_readings.c.reading_id == reading_id)).first())
    if row is None:
        raise NotFound(f"device reading {reading_id} is not offered any more (the device has a newer one)")
    if row["used_by"] is not None:
        raise Conflict(f"device reading {reading_id} was already used for encounter {row['used_by']}")
    if row["reading_for"] != encounter_id:
        owner = _visit(uow.conn, row["reading_for"])
        raise Conflict(f"device reading {reading_id} was taken for " +
                       (f"{owner['patient_name']} ({owner['clinic_number']}), not this visit" if owner else
                        "no patient: pick the patient on the visit screen, then measure again"),
                       reading_for=row["reading_for"])
    if datetime.fromisoformat(row["read_at"]) < now() - timedelta(seconds=OFFER_MAX_AGE_SECONDS):
        raise Conflict(f"device reading {reading_id} is older than {OFFER_MAX_AGE_SECONDS // 60} minutes; "
                       "take a new one")
    values = json.loads(row["reading"])
    rows = encounters.record_vitals(uow, encounter_id, VitalReadings(**values),
                                    source=f"{DEVICE_SOURCE_PREFIX}{row['device']}",
                                    confirm_implausible=confirm_implausible)
    uow.conn.execute(update(device_readings).where(device_readings.c.reading_id == reading_id)
                     .values(used_by=encounter_id))
    return rows
