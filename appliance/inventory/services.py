"""Inventory services: stock moves by deltas; a level can never go below zero on this box."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, insert, select

from ..common import as_dict, as_dicts, new_id, utc_now
from ..errors import Conflict, NotFound
from ..events.unit import UnitOfWork
from .schemas import ItemIn
from .tables import inventory_items, stock_movements

_LEVEL = func.coalesce(func.sum(stock_movements.c.delta), 0)


def add_item(uow: UnitOfWork, data: ItemIn) -> dict[str, Any]:
    same_sku = func.upper(inventory_items.c.sku) == data.sku.upper()  # "abc-1" is "ABC-1"
    if uow.conn.execute(select(inventory_items.c.id).where(same_sku)).first():
        raise Conflict(f"item {data.sku} exists")
    row = {"id": new_id(), **data.model_dump(exclude={"opening_stock"}), "created_at": utc_now()}
    uow.conn.execute(insert(inventory_items), row)
    uow.emit("inventory_item", row["id"], "added", {k: v for k, v in row.items() if k != "id"})
    if data.opening_stock:
        move_stock(uow, row["id"], data.opening_stock, "received", "opening stock")
    return get_item(uow.conn, row["id"])


def stock_level(conn: Connection, item_id: str) -> int:
    return conn.execute(select(_LEVEL).where(stock_movements.c.item_id == item_id)).scalar()


def get_item(conn: Connection, item_id: str) -> dict[str, Any]:
    row = as_dict(conn.execute(select(inventory_items).where(inventory_items.c.id == item_id)).first())
    if row is None:
        raise NotFound(f"inventory item {item_id} not found")
    row["level"] = stock_level(conn, item_id)
    row["below_reorder_level"] = row["level"] <= row["reorder_level"]  # as in the list
    return row


def list_items(conn: Connection) -> list[dict[str, Any]]:
    levels = select(stock_movements.c.item_id, _LEVEL.label("level")).group_by(stock_movements.c.item_id).subquery()
    q = (select(inventory_items, func.coalesce(levels.c.level, 0).label("level"))
         .outerjoin(levels, levels.c.item_id == inventory_items.c.id).order_by(inventory_items.c.name))
    items = as_dicts(conn.execute(q))
    for item in items:
        item["below_reorder_level"] = item["level"] <= item["reorder_level"]
    return items


def move_stock(uow: UnitOfWork, item_id: str, delta: int, reason: str, reference: str | None) -> dict[str, Any]:
    item = get_item(uow.conn, item_id)
    if item["level"] + delta < 0:
        raise Conflict(f"only {item['level']} {item['unit']} of {item['name']} in stock", item_id=item_id,
                       level=item["level"])
    row = {"id": new_id(), "item_id": item_id, "delta": delta, "reason": reason, "reference": reference,
           "created_at": utc_now(), "actor": uow.actor}
    uow.conn.execute(insert(stock_movements), row)
    uow.emit("stock", item_id, "moved", {"movement_id": row["id"], "delta": delta, "reason": reason,
                                         "reference": reference})
    return {**row, "level": item["level"] + delta}


def movements(conn: Connection, item_id: str) -> list[dict[str, Any]]:
    get_item(conn, item_id)
    return as_dicts(conn.execute(select(stock_movements).where(stock_movements.c.item_id == item_id)
                                 .order_by(stock_movements.c.created_at)))


def dispense_from_stock(uow: UnitOfWork, event: dict[str, Any]) -> None:
    """Bus handler: a dispensed prescription takes its lines out of stock (or the whole dispense fails)."""
    for line in event["fields"]["lines"]:
        move_stock(uow, line["item_id"], -line["quantity"], "dispensed", f"prescription:{event['entity_id']}")
