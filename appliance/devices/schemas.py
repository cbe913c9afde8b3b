"""Validated inputs of the devices API."""
from __future__ import annotations

from typing import Any

from pydantic import Field

from ..common import Input, Output, Query


class OffersQuery(Query):
    room: str | None = Field(default=None, min_length=1, max_length=40, pattern=r"^[a-z0-9_.-]+$")
    encounter_id: str | None = Field(default=None, min_length=1, max_length=36,
                                     description="Offer only the readings taken for this visit")


class AcceptReadingIn(Input):
    reading_id: str = Field(min_length=1, max_length=36)
    confirm_implausible: bool = Field(default=False, description="Confirm a value unusual for the patient's age")


class ClaimDeviceIn(Input):
    encounter_id: str = Field(min_length=1, max_length=36)


class VisitOut(Output):
    encounter_id: str
    patient_id: str
    patient_name: str
    clinic_number: str | None


class DeviceOfferOut(VisitOut):
    reading_id: str
    values: dict[str, Any] = Field(description="The vital signs read, by kind")
    read_at: str


class DeviceOut(Output):
    device: str
    kind: str = Field(description="oximeter, scale, blood_pressure or thermometer")
    room: str | None
    status: str = Field(description="stable, refused, gone (not connected), error (its port unusable, "
                                    "with the reason) or silent (no news from its watcher for a few seconds)")
    reason: str | None = Field(description="Why nothing is offered (finger out, unstable, unplugged…)")
    updated_at: str
    measuring_for: VisitOut | None = Field(description="The visit the device now measures for")
    claimed_at: str | None
    offer: DeviceOfferOut | None = Field(description="The last stable reading, if recent and not yet used")


class DeviceListOut(Output):
    results: list[DeviceOut]
