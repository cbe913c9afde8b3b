"""Applying remote inventory events: items (lww) and stock movements (deltas, never overwritten)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from sync.merge import Folded, fold
from sync.replica_kit import columns, insert_missing, require_born, require_parent, upsert

from .tables import inventory_items, stock_movements


def apply_item(conn: Connection, entity_id: str, events: list[dict[str, Any]]) -> Folded:
    f = fold("inventory_item", entity_id, events)
    require_born(f, "created_at")
    upsert(conn, inventory_items, {"id": entity_id, **columns(inventory_items, f.values)})
    return f


def apply_stock(conn: Connection, entity_id: str, events: list[dict[str, Any]]) -> None:
    """Counter: each movement is its own row, so concurrent deltas add up instead of overwriting."""
    require_parent(conn, inventory_items, entity_id, "stock", entity_id, "inventory_item")
    insert_missing(conn, stock_movements, (
        {"id": e["fields"]["movement_id"], "item_id": entity_id, "delta": e["fields"]["delta"],
         "reason": e["fields"]["reason"], "reference": e["fields"].get("reference"),
         "created_at": e["recorded_at"], "actor": e["actor"]} for e in events))
