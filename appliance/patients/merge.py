"""A clerk joins a mistaken duplicate to the record to keep: one `merged` event (never a delete),
applied as sync applies a hub-found merge, so every module re-points the duplicate's rows."""
from __future__ import annotations

from typing import Any

from ..common import utc_now
from ..errors import InvalidInput
from ..events.outbox import events_for_entity
from ..events.unit import UnitOfWork
from ..replication import apply_entity
from .const import ENTITY
from .services import get_patient, require_active_patient


def merge_patient(uow: UnitOfWork, duplicate_id: str, keep_id: str, reason: str) -> dict[str, Any]:
    """Merge `duplicate_id` into `keep_id`; answers the record kept (with the duplicate's allergies)."""
    if duplicate_id == keep_id:
        raise InvalidInput("a record cannot be merged into itself", patient_id=duplicate_id)
    require_active_patient(uow.conn, duplicate_id)
    require_active_patient(uow.conn, keep_id)
    uow.emit(ENTITY, duplicate_id, "merged", {"merged_into": keep_id, "updated_at": utc_now(), "reason": reason},
             patient_id=duplicate_id)
    apply_entity(uow.conn, ENTITY, duplicate_id, events_for_entity(uow.conn, ENTITY, duplicate_id))
    return get_patient(uow.conn, keep_id)
