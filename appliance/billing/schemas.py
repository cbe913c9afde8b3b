"""Validated inputs of the billing API."""
from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from ..common import Input, Int, Output


class ChargeIn(Input):
    patient_id: str = Field(min_length=1, max_length=36)
    encounter_id: str | None = Field(default=None, max_length=36)
    description: str = Field(min_length=2, max_length=160)
    quantity: Int = Field(default=1, ge=1, le=10000)
    unit_price_minor: Int = Field(ge=0, le=100_000_000, description="Price per unit in paise")


class PaymentIn(Input):
    patient_id: str = Field(min_length=1, max_length=36)
    amount_minor: Int = Field(ge=1, le=100_000_000)
    method: Literal["cash", "upi", "card", "waiver", "insurance"]
    reference: str | None = Field(default=None, max_length=80)


# Answers of the billing API.

class ChargeOut(Output):
    id: str
    patient_id: str
    encounter_id: str | None
    description: str
    quantity: int
    unit_price_minor: int
    amount_minor: int
    source: str | None = Field(description="manual, or what added it (a dispensing)")
    created_at: str
    created_by: str


class PaymentRecord(Output):
    id_param: ClassVar[str] = "payment_id"
    id: str
    patient_id: str
    amount_minor: int
    method: str
    reference: str | None
    receipt_number: str
    received_at: str
    received_by: str


class PaymentOut(PaymentRecord):
    balance_minor: int = Field(description="What the patient owes after this payment")


class AccountOut(Output):
    patient_id: str
    charges: list[ChargeOut]
    payments: list[PaymentRecord]
    balance_minor: int


class ReceiptPatient(Output):
    clinic_number: str
    given_name: str
    family_name: str


class ReceiptOut(Output):
    clinic_name: str
    receipt_number: str
    patient: ReceiptPatient
    payment: PaymentRecord
    balance_after_minor: int


class ChargeAdjustIn(Input):
    amount_minor: int = Field(ge=0, le=100_000_000, description="What the charge should come to, in paise")
    reason: str = Field(min_length=3, max_length=200, pattern=r"\S", description="Why it changes (audited)")


class FeeIn(Input):
    department_id: str | None = Field(default=None, max_length=36,
                                      description="The department; none sets the default for every other one")
    amount_minor: int = Field(ge=0, le=100_000_000, description="Consultation fee in paise")


class FeeOut(Output):
    id: str
    kind: str = Field(description="consultation")
    department_id: str | None = Field(description="Null: the default for every other department")
    amount_minor: int
    updated_at: str
    updated_by: str


class FeeListOut(Output):
    results: list[FeeOut]
