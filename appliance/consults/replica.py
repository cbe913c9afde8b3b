"""Applying remote video-consult events: one record per consult, last writer wins per field."""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, update

from sync.merge import Folded, fold
from sync.replica_kit import columns, require_born, upsert

from .tables import video_consults


def apply_video_consult(conn: Connection, entity_id: str, events: list[dict[str, Any]]) -> Folded:
    f = fold("video_consult", entity_id, events)
    require_born(f, "requested_at")
    row = {"degradations": 0, "video": "on", **columns(video_consults, f.values), "id": entity_id}
    if isinstance(row.get("quality"), dict):
        row["quality"] = json.dumps(row["quality"], sort_keys=True)
    upsert(conn, video_consults, row)
    return f


def repoint_patient(conn: Connection, from_id: str, to_id: str) -> None:
    conn.execute(update(video_consults).where(video_consults.c.patient_id == from_id).values(patient_id=to_id))
