"""A unit of work: one write transaction, its actor, and the events it emits."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from .bus import EventBus
from .outbox import append_events


class UnitOfWork:
    """What domain services write through: the connection of the open transaction and `emit`."""

    def __init__(self, conn: Connection, *, origin: str, actor: str, bus: EventBus,
                 audit_key: bytes | None = None) -> None:
        self.conn = conn
        self.audit_key = audit_key  # keys the audit chain (audit/services.py); None: audit records refused
        self.origin = origin
        self.actor = actor
        self._bus = bus
        self.events: list[dict[str, Any]] = []

    def emit(self, entity: str, entity_id: str, op: str, fields: dict[str, Any],
             patient_id: str | None = None) -> dict[str, Any]:
        return self.emit_many([{"entity": entity, "entity_id": entity_id, "op": op, "fields": fields,
                                "patient_id": patient_id}])[0]

    def emit_many(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Several events in one statement (each item has `emit`'s arguments as keys, and may name
        its own `actor`), then each handed to the bus in order."""
        evs = append_events(self.conn, self.origin, [{"actor": self.actor, "patient_id": None, **item}
                                                      for item in items])
        for ev in evs:
            self.events.append(ev)
            self._bus.dispatch(self, ev)
        return evs
