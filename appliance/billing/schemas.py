"""Validated inputs of the billing API."""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..common import Input


class ChargeIn(Input):
    patient_id: str = Field(min_length=1, max_length=36)
    encounter_id: str | None = Field(default=None, max_length=36)
    description: str = Field(min_length=2, max_length=160)
    quantity: int = Field(default=1, ge=1, le=10000)
    unit_price_minor: int = Field(ge=0, le=100_000_000, description="Price per unit in paise")


class PaymentIn(Input):
    patient_id: str = Field(min_length=1, max_length=36)
    amount_minor: int = Field(ge=1, le=100_000_000)
    method: Literal["cash", "upi", "card", "waiver", "insurance"]
    reference: str | None = Field(default=None, max_length=80)


class ChargeAdjustIn(Input):
    amount_minor: int = Field(ge=0, le=100_000_000, description="What the charge should come to, in paise")
    reason: str = Field(min_length=3, max_length=200, pattern=r"\S", description="Why it changes (audited)")


class FeeIn(Input):
    department_id: str | None = Field(default=None, max_length=36,
                                      description="The department; none sets the default for every other one")
    amount_minor: int = Field(ge=0, le=100_000_000, description="Consultation fee in paise")
