"""Validated inputs of the inventory API."""
from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ..common import Input


class ItemIn(Input):
    sku: str = Field(min_length=2, max_length=40, pattern=r"^[A-Za-z0-9._-]+$")
    name: str = Field(min_length=2, max_length=120)
    unit: str = Field(min_length=1, max_length=20)
    unit_price_minor: int = Field(ge=0, le=10_000_000, description="Price per unit in paise (minor units)")
    reorder_level: int = Field(default=0, ge=0, le=1_000_000)
    opening_stock: int = Field(default=0, ge=0, le=1_000_000)


class MovementIn(Input):
    delta: int = Field(ge=-1_000_000, le=1_000_000)
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
