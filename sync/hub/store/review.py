"""What needs a person's eye at the hub: review conflicts and the audit chain's anchors."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from ..tables import audit_anchors, hub_conflicts


class ReviewRows:
    """Mixed into SqlHubStore: needs `self.engine` and `self.dialect_insert`."""

    # -- review conflicts and the console's numbers ----------------------------------------------------
    def upsert_conflict(self, row: dict[str, Any]) -> None:
        stmt = self.dialect_insert(hub_conflicts).values(**row)
        with self.engine.begin() as conn:
            conn.execute(stmt.on_conflict_do_update(index_elements=["id"], set_={"status": row["status"]}))

    def conflicts(self, status: str = "open") -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(hub_conflicts).where(
                hub_conflicts.c.status == status).order_by(hub_conflicts.c.winner_hlc))]

    # -- audit chain anchors -----------------------------------------------------------------------
    def add_anchor(self, row: dict[str, Any]) -> None:
        with self.engine.begin() as conn:
            conn.execute(audit_anchors.insert(), row)

    def anchors(self, device_id: str | None = None, status: str | None = None,
                seq: int | None = None, limit: int = 1000) -> list[dict[str, Any]]:
        """Newest first."""
        q = select(audit_anchors).order_by(audit_anchors.c.id.desc()).limit(limit)
        if device_id is not None:
            q = q.where(audit_anchors.c.device_id == device_id)
        if status is not None:
            q = q.where(audit_anchors.c.status == status)
        if seq is not None:
            q = q.where(audit_anchors.c.seq == seq)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def check_anchor(self, anchor_id: int, status: str, now: str, detail: str | None) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(audit_anchors).where(audit_anchors.c.id == anchor_id).values(
                status=status, checked_at=now, detail=detail))
