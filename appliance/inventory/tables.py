"""Tables owned by the inventory module. A stock level is the sum of its movements."""
from sqlalchemy import Column, ForeignKey, Integer, String, Table

from ..store.schema import metadata

inventory_items = Table(
    "inventory_items",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("sku", String(40), nullable=False, unique=True),
    Column("name", String(120), nullable=False),
    Column("unit", String(20), nullable=False),
    Column("unit_price_minor", Integer, nullable=False),
    Column("reorder_level", Integer, nullable=False),
    Column("created_at", String(32), nullable=False),
)

stock_movements = Table(
    "stock_movements",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("item_id", String(36), ForeignKey("inventory_items.id"), nullable=False, index=True),
    Column("delta", Integer, nullable=False),
    Column("reason", String(20), nullable=False),
    Column("reference", String(80)),
    Column("created_at", String(32), nullable=False),
    Column("actor", String(64), nullable=False),
)
