"""A video consult's life: requested → started → (degraded ⇄ restored)* → ended, each step one event
of entity `video_consult` (id = the consult id) written with the row it changes. The media endpoint
(media/room) calls these from its own process through `Box.write`. Its recording is box-local."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, update

from ..common import as_dict, utc_now
from ..encounters.services import get_encounter, require_open_encounter
from ..errors import Conflict, NotFound
from ..events.unit import UnitOfWork
from .tables import consult_recordings, video_consults

ENTITY = "video_consult"
RECORDINGS_DIRNAME = "recordings"   # under data_dir/media


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, sort_keys=True)


def get_consult(conn: Connection, consult_id: str) -> dict[str, Any]:
    row = as_dict(conn.execute(select(video_consults).where(video_consults.c.id == consult_id)).first())
    if row is None:
        raise NotFound(f"video consult {consult_id} not found")
    row["quality"] = json.loads(row["quality"]) if row["quality"] else None
    return row


def _emit(uow: UnitOfWork, consult: dict[str, Any], op: str, changes: dict[str, Any],
          extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """Update the row with `changes` and write the event (the changes plus who, whom, what)."""
    stored = {k: (_json(v) if k == "quality" else v) for k, v in changes.items()}
    if op != "requested":
        uow.conn.execute(update(video_consults).where(video_consults.c.id == consult["id"]).values(**stored))
    fields = {"encounter_id": consult["encounter_id"], "doctor_id": consult["doctor_id"], **changes, **(extra or {})}
    uow.emit(ENTITY, consult["id"], op, fields, patient_id=consult["patient_id"])
    return {**consult, **changes}


def request_consult(uow: UnitOfWork, consult_id: str, encounter_id: str, doctor_id: str) -> dict[str, Any]:
    """A doctor asks to join the room of an open encounter. The same consult again is a no-op (a
    renegotiation); another live consult of the encounter is a conflict."""
    enc = require_open_encounter(uow.conn, encounter_id)
    existing = as_dict(uow.conn.execute(select(video_consults).where(video_consults.c.id == consult_id)).first())
    if existing is not None:
        if existing["encounter_id"] != encounter_id or existing["doctor_id"] != doctor_id:
            raise Conflict(f"consult {consult_id} belongs to another encounter or doctor")
        if existing["status"] == "ended":
            raise Conflict(f"consult {consult_id} has ended; a new join needs a new consult")
        return get_consult(uow.conn, consult_id)
    row = {"id": consult_id, "encounter_id": encounter_id, "patient_id": enc["patient_id"], "doctor_id": doctor_id,
           "status": "requested", "video": "on", "requested_at": utc_now(), "degradations": 0}
    uow.conn.execute(insert(video_consults), row)
    fields = {k: v for k, v in row.items() if k != "id"}
    uow.emit(ENTITY, consult_id, "requested", fields, patient_id=enc["patient_id"])
    return {**row, "quality": None}


def start_consult(uow: UnitOfWork, consult_id: str, setup_s: float) -> dict[str, Any]:
    c = get_consult(uow.conn, consult_id)
    if c["status"] != "requested":
        return c
    return _emit(uow, c, "started", {"status": "started", "started_at": utc_now(), "setup_s": round(setup_s, 3)})


def degrade_consult(uow: UnitOfWork, consult_id: str, quality: dict[str, Any]) -> dict[str, Any]:
    c = get_consult(uow.conn, consult_id)
    if c["video"] == "off" or c["status"] == "ended":
        return c
    return _emit(uow, c, "degraded", {"video": "off", "degradations": c["degradations"] + 1, "quality": quality})


def restore_consult(uow: UnitOfWork, consult_id: str, quality: dict[str, Any], off_s: float) -> dict[str, Any]:
    c = get_consult(uow.conn, consult_id)
    if c["video"] == "on" or c["status"] == "ended":
        return c
    return _emit(uow, c, "restored", {"video": "on", "degraded_s": round((c["degraded_s"] or 0) + off_s, 3),
                                      "quality": quality})


def sample_quality(uow: UnitOfWork, consult_id: str, quality: dict[str, Any]) -> dict[str, Any]:
    """A periodic quality sample (RTT, loss, bitrate) into the consult's events."""
    c = get_consult(uow.conn, consult_id)
    if c["status"] == "ended":
        return c
    return _emit(uow, c, "sampled", {"quality": quality})


def end_consult(uow: UnitOfWork, consult_id: str, *, duration_s: float, degraded_s: float,
                quality: dict[str, Any] | None) -> dict[str, Any]:
    c = get_consult(uow.conn, consult_id)
    if c["status"] == "ended":
        return c
    return _emit(uow, c, "ended", {"status": "ended", "ended_at": utc_now(), "duration_s": round(duration_s, 3),
                                   "degraded_s": round(degraded_s, 3), "quality": quality})


def attach_recording(uow: UnitOfWork, consult_id: str, recording_id: str, filename: str, size: int,
                     duration_s: float, retention_days: int) -> dict[str, Any]:
    """The sealed (encrypted) recording file of a consult, kept `retention_days`."""
    c = get_consult(uow.conn, consult_id)
    now = datetime.now(timezone.utc)
    row = {"id": recording_id, "consult_id": consult_id, "encounter_id": c["encounter_id"],
           "patient_id": c["patient_id"], "filename": filename, "bytes": size, "duration_s": round(duration_s, 3),
           "created_at": now.isoformat(timespec="milliseconds"),
           "purge_after": (now + timedelta(days=retention_days)).isoformat(timespec="milliseconds")}
    uow.conn.execute(insert(consult_recordings), row)
    _emit(uow, c, "recorded", {"recording_id": recording_id}, {"recording_bytes": size,
                                                                 "recording_duration_s": row["duration_s"]})
    return row


def consults_for_encounter(conn: Connection, encounter_id: str) -> list[dict[str, Any]]:
    get_encounter(conn, encounter_id)
    rows = conn.execute(select(video_consults.c.id).where(video_consults.c.encounter_id == encounter_id)
                        .order_by(video_consults.c.requested_at)).scalars().all()
    return [get_consult(conn, r) for r in rows]


def recordings_for_encounter(conn: Connection, encounter_id: str) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in conn.execute(
        select(consult_recordings).where(consult_recordings.c.encounter_id == encounter_id,
                                         consult_recordings.c.purged_at.is_(None))
        .order_by(consult_recordings.c.created_at))]


def get_recording(conn: Connection, recording_id: str) -> dict[str, Any]:
    row = as_dict(conn.execute(select(consult_recordings).where(consult_recordings.c.id == recording_id)).first())
    if row is None or row["purged_at"] is not None:
        raise NotFound(f"recording {recording_id} not found")
    return row


def purge_recordings(uow: UnitOfWork, directory: Path, now: datetime | None = None) -> int:
    """Delete the files of recordings past their retention; the rows stay, marked purged."""
    stamp = (now or datetime.now(timezone.utc)).isoformat(timespec="milliseconds")
    due = [dict(r._mapping) for r in uow.conn.execute(
        select(consult_recordings).where(consult_recordings.c.purged_at.is_(None),
                                         consult_recordings.c.purge_after <= stamp))]
    for row in due:
        (directory / row["filename"]).unlink(missing_ok=True)
        uow.conn.execute(update(consult_recordings).where(consult_recordings.c.id == row["id"])
                         .values(purged_at=stamp))
    return len(due)
