"""Validated inputs of the inventory API."""
from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import ConfigDict, Field, model_validator

from ..common import Input, Int, Output


class ItemIn(Input):
    sku: str = Field(min_length=2, max_length=40, pattern=r"^[A-Za-z0-9._-]+$")
    name: str = Field(min_length=2, max_length=120)
    unit: str = Field(min_length=1, max_length=20)
    unit_price_minor: Int = Field(ge=0, le=10_000_000, description="Price per unit in paise (minor units)")
    reorder_level: Int = Field(default=0, ge=0, le=1_000_000)
    opening_stock: Int = Field(default=0, ge=0, le=1_000_000)


class MovementIn(Input):
    model_config = ConfigDict(json_schema_extra={"allOf": [
        {"if": {"properties": {"reason": {"enum": ["received", "returned"]}}},
         "then": {"properties": {"delta": {"minimum": 1}}}},
        {"if": {"properties": {"reason": {"enum": ["expired", "damaged"]}}},
         "then": {"properties": {"delta": {"maximum": -1}}}}]})

    delta: Int = Field(ge=-1_000_000, le=1_000_000, json_schema_extra={"not": {"const": 0}})
    reason: Literal["received", "adjustment", "expired", "damaged", "returned"]
    reference: str | None = Field(default=None, max_length=80)

    @model_validator(mode="after")
    def _sign(self) -> "MovementIn":
        if self.delta == 0:
            raise ValueError("delta must not be zero")
        if self.reason in ("received", "returned") and self.delta < 0:
            raise ValueError(f"{self.reason} stock must be a positive delta")
        if self.reason in ("expired", "damaged") and self.delta > 0:
            raise ValueError(f"{self.reason} stock must be a negative delta")
        return self


# Answers of the inventory API.

class ItemOut(Output):
    id_param: ClassVar[str] = "item_id"
    id: str
    sku: str
    name: str
    unit: str
    unit_price_minor: int
    reorder_level: int
    created_at: str
    level: int = Field(description="Units in stock: the sum of every movement")
    below_reorder_level: bool


class ItemsOut(Output):
    results: list[ItemOut]


class MovementOut(Output):
    id: str
    item_id: str
    delta: int
    reason: str
    reference: str | None
    created_at: str
    actor: str


class MovedOut(MovementOut):
    level: int = Field(description="Units in stock after the movement")


class MovementsOut(Output):
    results: list[MovementOut]
