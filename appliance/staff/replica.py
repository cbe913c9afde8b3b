"""Applying remote department and staff events to the staff module's own tables."""
from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Connection, delete, insert

from sync.merge import Folded, fold
from sync.replica_kit import columns, require_born, require_parent, upsert

from .tables import departments, staff, staff_schedules

_SHIFT_NS = uuid.UUID("a3c0f6c4-2f0e-4b7e-8d55-0c1f9e1b2d33")


def apply_department(conn: Connection, entity_id: str, events: list[dict[str, Any]]) -> Folded:
    f = fold("department", entity_id, events)
    require_born(f, "name")
    # The `created` event carries only the name; its own recorded_at is the creation time.
    created = min((e["recorded_at"] for e in events if e["op"] == "created"), default=None)
    upsert(conn, departments, {"id": entity_id, "created_at": f.values.get("created_at", created),
                               "name": f.values["name"]})
    return f


def apply_staff(conn: Connection, entity_id: str, events: list[dict[str, Any]]) -> Folded:
    """Staff records travel; credentials never do (a remote colleague cannot sign in here)."""
    f = fold("staff", entity_id, events)
    require_born(f, "created_at")
    if f.values.get("department_id"):
        require_parent(conn, departments, f.values["department_id"], "staff", entity_id, "department")
    row = {"id": entity_id, "department_id": None, "phone": None, "registration_number": None,
           **columns(staff, f.values)}
    upsert(conn, staff, row)
    if "shifts" in f.values:
        conn.execute(delete(staff_schedules).where(staff_schedules.c.staff_id == entity_id))
        rows = [{"id": str(uuid.uuid5(_SHIFT_NS, f"{entity_id}:{s['weekday']}:{s['start_time']}")),
                 "staff_id": entity_id, **s} for s in f.values["shifts"]]
        if rows:
            conn.execute(insert(staff_schedules), rows)
    return f
