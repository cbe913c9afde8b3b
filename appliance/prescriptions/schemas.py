"""Validated inputs of the prescriptions API."""
from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import ConfigDict, Field, model_validator

from ..common import Input, Int, Output

Frequency = Literal["OD", "BD", "TDS", "QID", "HS", "PRN", "STAT", "WEEKLY"]
Unit = Literal["mg", "g", "mcg", "ml", "IU", "tablet", "capsule", "drop", "puff", "sachet", "unit"]


# The largest single dose in each unit, and the step a dose in it comes in (a quarter tablet, a
# whole drop): a dose beyond or between is a typing slip, not a prescription.
DOSE_LIMITS: dict[str, tuple[float, float]] = {
    "tablet": (10, 0.25), "capsule": (10, 1), "sachet": (4, 0.5), "drop": (20, 1), "puff": (10, 1),
    "ml": (1000, 0.001), "mg": (10000, 0.001), "g": (100, 0.001), "mcg": (100000, 0.001),
    "IU": (10_000_000, 1), "unit": (1000, 0.5),
}


def _dose_rules() -> dict:
    """The per-unit largest dose and step, and a STAT dose's single day, as JSON Schema."""
    rules = [{"if": {"properties": {"unit": {"const": unit}}, "required": ["unit"]},
              "then": {"properties": {"dose": {"maximum": largest, "multipleOf": step}}}}
             for unit, (largest, step) in DOSE_LIMITS.items()]
    rules.append({"if": {"properties": {"frequency": {"const": "STAT"}}, "required": ["frequency"]},
                  "then": {"properties": {"duration_days": {"const": 1}}}})
    return {"allOf": rules}


class PrescriptionItemIn(Input):
    model_config = ConfigDict(json_schema_extra=_dose_rules())

    drug: str = Field(min_length=2, max_length=120)
    dose: float = Field(gt=0, le=10_000_000)
    unit: Unit
    route: Literal["oral", "iv", "im", "sc", "topical", "inhaled", "eye", "ear", "nasal", "rectal", "vaginal"] = "oral"
    frequency: Frequency
    duration_days: Int = Field(ge=1, le=365)
    instructions: str | None = Field(default=None, max_length=300)

    @model_validator(mode="after")
    def _plausible(self) -> "PrescriptionItemIn":
        largest, step = DOSE_LIMITS[self.unit]
        if self.dose > largest:
            raise ValueError(f"a single dose of {self.dose:g} {self.unit} is more than {largest:g} {self.unit}")
        steps = self.dose / step
        if abs(steps - round(steps)) > 1e-6 or round(steps) < 1:
            raise ValueError(f"a dose in {self.unit} comes in steps of {step:g}, not {self.dose:g}")
        if self.frequency == "STAT" and self.duration_days != 1:
            raise ValueError("a STAT dose is given once: duration_days must be 1")
        return self


class PrescriptionIn(Input):
    items: list[PrescriptionItemIn] = Field(min_length=1, max_length=20)
    allergy_override_reason: str | None = Field(
        default=None, min_length=5, max_length=200,
        description="Required to prescribe a drug matching a recorded allergy")


class DispenseLineIn(Input):
    item_id: str = Field(min_length=1, max_length=36, description="Inventory item dispensed")
    quantity: Int = Field(ge=1, le=10000)


class DispenseIn(Input):
    lines: list[DispenseLineIn] = Field(min_length=1, max_length=20)
    allergy_override_reason: str | None = Field(
        default=None, min_length=5, max_length=200,
        description="Required to dispense an item matching a recorded allergy that the prescriber did not "
                    "already override for that drug (an allergy recorded after the prescription, say)")


# Answers of the prescriptions API.

class PrescriptionItemOut(Output):
    id: str
    prescription_id: str
    drug: str
    dose: float
    unit: str
    route: str
    frequency: str
    duration_days: int
    instructions: str | None


class PrescriptionOut(Output):
    id_param: ClassVar[str] = "prescription_id"
    id: str
    encounter_id: str
    patient_id: str
    prescriber: str
    status: str = Field(description="active, dispensed, ...")
    allergy_override_reason: str | None
    created_at: str
    dispensed_at: str | None
    items: list[PrescriptionItemOut]


class PrescriptionsOut(Output):
    results: list[PrescriptionOut]
