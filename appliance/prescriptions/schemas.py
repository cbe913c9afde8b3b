"""Validated inputs of the prescriptions API."""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..common import Input

Frequency = Literal["OD", "BD", "TDS", "QID", "HS", "PRN", "STAT", "WEEKLY"]
Unit = Literal["mg", "g", "mcg", "ml", "IU", "tablet", "capsule", "drop", "puff", "sachet", "unit"]


class PrescriptionItemIn(Input):
    drug: str = Field(min_length=2, max_length=120)
    dose: float = Field(gt=0, le=100000)
    unit: Unit
    route: Literal["oral", "iv", "im", "sc", "topical", "inhaled", "eye", "ear", "nasal", "rectal", "vaginal"] = "oral"
    frequency: Frequency
    duration_days: int = Field(ge=1, le=365)
    instructions: str | None = Field(default=None, max_length=300)


class PrescriptionIn(Input):
    items: list[PrescriptionItemIn] = Field(min_length=1, max_length=20)
    allergy_override_reason: str | None = Field(
        default=None, min_length=5, max_length=200,
        description="Required to prescribe a drug matching a recorded allergy")


class DispenseLineIn(Input):
    item_id: str = Field(min_length=1, max_length=36, description="Inventory item dispensed")
    quantity: int = Field(ge=1, le=10000)


class DispenseIn(Input):
    lines: list[DispenseLineIn] = Field(min_length=1, max_length=20)
    allergy_override_reason: str | None = Field(
        default=None, min_length=5, max_length=200,
        description="Required to dispense an item matching a recorded allergy that the prescriber did not "
                    "already override for that drug (an allergy recorded after the prescription, say)")
