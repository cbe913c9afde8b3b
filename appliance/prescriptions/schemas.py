"""Validated inputs of the prescriptions API."""
from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import ConfigDict, Field, model_validator

from clinical import doses
from clinical.limits import DRUG_NAME, INSTRUCTIONS, OVERRIDE_REASON

from ..common import Input, Int, Output
from ..triage.schemas import Pregnancy

Frequency = Literal["OD", "BD", "TDS", "QID", "HS", "PRN", "STAT", "WEEKLY"]
Unit = Literal["mg", "g", "mcg", "ml", "IU", "tablet", "capsule", "drop", "puff", "sachet", "unit"]


# The largest single dose in each unit and its step: one table, shared with the hub (clinical/doses.py).
DOSE_LIMITS = doses.DOSE_LIMITS


def _dose_rules() -> dict:
    return doses.dose_rules_schema()


class PrescriptionItemIn(Input):
    model_config = ConfigDict(json_schema_extra=_dose_rules())

    drug: str = Field(min_length=DRUG_NAME[0], max_length=DRUG_NAME[1])
    dose: float = Field(gt=0, le=10_000_000, allow_inf_nan=False,
                        description="A JSON number (a string, Infinity or NaN is refused)")
    unit: Unit
    route: Literal["oral", "iv", "im", "sc", "topical", "inhaled", "eye", "ear", "nasal", "rectal", "vaginal"] = "oral"
    frequency: Frequency
    duration_days: Int = Field(ge=1, le=365)
    instructions: str | None = Field(default=None, max_length=INSTRUCTIONS)

    @model_validator(mode="after")
    def _plausible(self) -> "PrescriptionItemIn":
        problem = doses.dose_problem(self.dose, self.unit, self.frequency, self.duration_days)
        if problem:
            raise ValueError(problem)
        return self


class PrescriptionIn(Input):
    items: list[PrescriptionItemIn] = Field(min_length=1, max_length=20)
    allergy_override_reason: str | None = Field(
        default=None, min_length=OVERRIDE_REASON[0], max_length=OVERRIDE_REASON[1],
        description="Required to prescribe a drug matching a recorded allergy")
    warnings_acknowledged: bool = Field(
        default=False, description="True once the prescriber has read the warnings of a 409 (the same drug twice, "
                                   "a drug the patient is already on, no age or weight recorded, a drug harmful "
                                   "early in pregnancy for a patient whose pregnancy is not known)")
    pregnant: Pregnancy = Field(
        default=None, description="The prescriber's answer: true, false, or null (not said). With the visit's "
                                  "triage answer, a true from either counts; true is refused for a male patient or "
                                  "one younger than 10 or older than 60, as at triage")
    pregnancy_override_reason: str | None = Field(
        default=None, min_length=OVERRIDE_REASON[0], max_length=OVERRIDE_REASON[1],
        description="Required to prescribe a drug to avoid in pregnancy (clinical/drugs.tsv) for a patient known "
                    "to be pregnant, e.g. misoprostol for postpartum haemorrhage; kept on the prescription")


class DispenseLineIn(Input):
    item_id: str = Field(min_length=1, max_length=36, description="Inventory item dispensed")
    quantity: Int = Field(ge=1, le=10000)


class DispenseIn(Input):
    lines: list[DispenseLineIn] = Field(min_length=1, max_length=20)
    allergy_override_reason: str | None = Field(
        default=None, min_length=5, max_length=200,
        description="Required to dispense an item matching a recorded allergy that the prescriber did not "
                    "already override for that drug (an allergy recorded after the prescription, say)")
    substitution_reason: str | None = Field(
        default=None, min_length=5, max_length=200,
        description="Required when the stock items handed out are not exactly the prescribed drugs (another "
                    "item, or a prescribed drug out of stock); recorded on the dispense event")
    quantity_reason: str | None = Field(
        default=None, min_length=5, max_length=200,
        description="Required to hand out more of a drug than its course needs (the doses × each dose in the "
                    "item's unit, a dose rounded up to a whole unit, then to a whole strip of 10 or a 100 ml "
                    "bottle): GET /prescriptions/{id}/courses gives the most; recorded on the dispense event")


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
    pregnant: bool | None = Field(default=None, description="The pregnancy the checks went by (null: not known)")
    pregnancy_source: str | None = Field(default=None, description="Who said so: triage or prescriber")
    pregnancy_override_reason: str | None = Field(
        default=None, description="Why a drug to avoid in pregnancy was prescribed to a patient known pregnant")
    created_at: str
    dispensed_at: str | None
    items: list[PrescriptionItemOut]
    warnings: list[str] = Field(default_factory=list, description="What the checks said when it was written "
                                "(acknowledged warnings, a weight estimated from the age, what could not be "
                                "checked): shown to whoever dispenses it")
    notes: list[str] = Field(default_factory=list, description="What the checks could not decide: a cross-reaction "
                             "with a mild allergy, an unknown drug name, a dose not checkable in mg (on writing)")
    note_messages: CheckMessages = Field(default_factory=list, description="notes as keys and values (on writing)")


class CheckMessage(Output):
    """A check's sentence as its key and values (clinical/messages.py), for a screen that words it in its own
    language (the kiosk's rx.msg.<key>); a value may be a sentence itself, nested the same way."""
    key: str = Field(description="The sentence's key in clinical/messages.py, e.g. single_over, weekly_only")
    values: dict[str, CheckMessage | str | int | float] = Field(
        description="What fills the sentence's {fields}: text, a number, or a sentence of its own")


# One per sentence of the list beside it (the same index); null for a sentence that has no key, shown as sent.
CheckMessages = list[CheckMessage | None]


class DoseLimitProblem(Output):
    """Malformed request, or a dose refused (type .../dose-limit, nothing written): beyond the drug's limit, a
    weekly drug written daily, a strength missing from the name"""
    dose_problems: list[str] = Field(default_factory=list, description="Each refusal in English, as the box has "
                                     "always sent it")
    dose_messages: CheckMessages = Field(default_factory=list, description="dose_problems as keys and values")
    too_high: bool = Field(default=True, description="Every refusal is a dose beyond the drug's limit (titled so); "
                           "false when one is a dose that cannot be given as written (a weekly drug written daily, a "
                           "strength missing from the name), titled \"Not prescribed: check the dose and how often\"")


class PrescriptionConflictProblem(Output):
    """Not written: an allergy or a drug to avoid in pregnancy needs a reason, or warnings need acknowledging
    (the encounter closed is a plain conflict)"""
    allergy_conflicts: list[dict] = Field(default_factory=list, description="drug, allergy, severity, why, kind, "
                                          "and why_message: why as a key and values (CheckMessage) or null")
    pregnancy_conflicts: list[dict] = Field(default_factory=list, description="drug, generic, avoid, risk, "
                                            "source, why")
    warnings: list[str] = Field(default_factory=list, description="To read and acknowledge, in English")
    warning_messages: CheckMessages = Field(default_factory=list, description="warnings as keys and values")
    notes: list[str] = Field(default_factory=list, description="What the checks could not decide, in English")
    note_messages: CheckMessages = Field(default_factory=list, description="notes as keys and values")
    pregnancy_unknown: list[str] = Field(default_factory=list, description="The drugs for which to ask whether "
                                         "the patient is pregnant")


class PrescriptionsOut(Output):
    results: list[PrescriptionOut]


class CourseOut(Output):
    item_id: str
    name: str
    unit: str = Field(description="What the course is counted in: tablet, capsule, sachet or ml (the item's unit)")
    doses: int = Field(description="Doses in the course: frequency × days (as needed: 4 a day; weekly: 1 a week)")
    per_dose: list[float] = Field(description="One dose in the item's unit, for each prescription line of it")
    suggested: int = Field(description="What to hand out: each dose to a quarter tablet or a whole capsule, sachet "
                                       "or ml, times the doses, rounded up")
    most: int = Field(description="The most handed out without a quantity_reason")


class CoursesOut(Output):
    results: list[CourseOut] = Field(description="Stock items that are a drug of the prescription and can be "
                                                 "counted in its unit (tablet, capsule, sachet, ml)")
