"""Inventory over HTTP."""
from ..api import Api
from ..views_common import reading, writing
from . import services
from .schemas import ItemIn, ItemOut, ItemsOut, MovedOut, MovementIn, MovementsOut

api = Api("inventory", "inventory")


@api.route("/inventory/items", "POST", permission="inventory.write", body=ItemIn, status=201,
           summary="Add a stock item (with optional opening stock)", response=ItemOut)
def add_item(body: ItemIn):
    with writing() as uow:
        return services.add_item(uow, body)


@api.route("/inventory/items", "GET", permission="inventory.read", summary="Stock items with levels", response=ItemsOut)
def list_items():
    with reading() as conn:
        return {"results": services.list_items(conn)}


@api.route("/inventory/items/<item_id>", "GET", permission="inventory.read", summary="One item with its level",
           response=ItemOut)
def get_item(item_id: str):
    with reading() as conn:
        return services.get_item(conn, item_id)


@api.route("/inventory/items/<item_id>/movements", "POST", permission="inventory.write", body=MovementIn,
           status=201, summary="Move stock by a delta", response=MovedOut)
def move_stock(item_id: str, body: MovementIn):
    with writing() as uow:
        return services.move_stock(uow, item_id, body.delta, body.reason, body.reference)


@api.route("/inventory/items/<item_id>/movements", "GET", permission="inventory.read",
           summary="Movements of an item", response=MovementsOut)
def movements(item_id: str):
    with reading() as conn:
        return {"results": services.movements(conn, item_id)}
