"""The local bus: modules subscribe to (entity, op) and react inside the same transaction."""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Callable, Iterable, Protocol


class _UnitLike(Protocol):
    def emit(self, entity: str, entity_id: str, op: str, fields: dict[str, Any],
             patient_id: str | None = None) -> dict[str, Any]: ...


Handler = Callable[[_UnitLike, dict[str, Any]], None]


class EventBus:
    def __init__(self, subscriptions: Iterable[tuple[str, str, Handler]] = ()) -> None:
        self._handlers: dict[tuple[str, str], list[Handler]] = defaultdict(list)
        for entity, op, handler in subscriptions:
            self.subscribe(entity, op, handler)

    def subscribe(self, entity: str, op: str, handler: Handler) -> None:
        self._handlers[(entity, op)].append(handler)

    def dispatch(self, unit: _UnitLike, event: dict[str, Any]) -> None:
        """Run every handler for this event; an exception aborts the whole transaction."""
        for handler in self._handlers.get((event["entity"], event["op"]), ()):
            handler(unit, event)
