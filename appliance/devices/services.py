"""Device readings: what a watcher reports, what the visit screen is offered, and accepting an offer
as the encounter's vitals (through the encounters service, which records and syncs them)."""
from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select, update

from ..common import as_dict, as_dicts, new_id, now, utc_now
from ..encounters import services as encounters
from ..encounters.schemas import VitalsIn
from ..errors import Conflict, NotFound
from ..events.unit import UnitOfWork
from .const import OFFER_MAX_AGE_SECONDS
from .steady import Verdict
from .tables import device_readings


def report(conn: Connection, device: str, kind: str, room: str, status: str, verdict: Verdict) -> None:
    """A watcher's news about one device: its status and reason; a stable value becomes a new reading."""
    at = utc_now()
    row: dict[str, Any] = {"kind": kind, "room": room, "status": status,
                           "reason": (verdict.reason or "")[:300] or None, "updated_at": at}
    if verdict.values is not None:
        row.update(reading_id=new_id(), reading=json.dumps(verdict.values), read_at=at, used_by=None)
    done = conn.execute(update(device_readings).where(device_readings.c.device == device).values(**row))
    if done.rowcount == 0:
        conn.execute(insert(device_readings), {"device": device, **row})


def _offer(row: dict[str, Any], limit: datetime) -> dict[str, Any]:
    fresh = (row["reading_id"] is not None and row["used_by"] is None
             and datetime.fromisoformat(row["read_at"]) >= limit)
    return {"device": row["device"], "kind": row["kind"], "room": row["room"], "status": row["status"],
            "reason": row["reason"], "updated_at": row["updated_at"],
            "offer": {"reading_id": row["reading_id"], "values": json.loads(row["reading"]),
                      "read_at": row["read_at"]} if fresh else None}


def offers(conn: Connection, room: str | None = None) -> list[dict[str, Any]]:
    """Each device of the room (every device without one) with its status, and the reading it
    offers: the last stable one, if it is recent and no encounter has taken it yet."""
    q = select(device_readings).order_by(device_readings.c.device)
    if room is not None:
        q = q.where(device_readings.c.room == room)
    limit = now() - timedelta(seconds=OFFER_MAX_AGE_SECONDS)
    return [_offer(row, limit) for row in as_dicts(conn.execute(q))]


def accept_reading(uow: UnitOfWork, encounter_id: str, reading_id: str) -> list[dict[str, Any]]:
    """The offered reading becomes the encounter's vitals, with its device as their source. Refused
    when it is no longer the device's latest, is too old, or another encounter has taken it."""
    row = as_dict(uow.conn.execute(select(device_readings).where(device_readings.c.reading_id == reading_id)).first())
    if row is None:
        raise NotFound(f"device reading {reading_id} is not offered any more (the device has a newer one)")
    if row["used_by"] is not None:
        raise Conflict(f"device reading {reading_id} was already used for encounter {row['used_by']}")
    if datetime.fromisoformat(row["read_at"]) < now() - timedelta(seconds=OFFER_MAX_AGE_SECONDS):
        raise Conflict(f"device reading {reading_id} is older than {OFFER_MAX_AGE_SECONDS // 60} minutes; "
                       "take a new one")
    values = json.loads(row["reading"])
    rows = encounters.record_vitals(uow, encounter_id, VitalsIn(**values, source=f"device:{row['device']}"))
    uow.conn.execute(update(device_readings).where(device_readings.c.reading_id == reading_id)
                     .values(used_by=encounter_id))
    return rows
