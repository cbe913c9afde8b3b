"""Validated inputs of the devices API."""
from __future__ import annotations

from typing import Any

from pydantic import Field

from ..common import Input, Output, Query


class OffersQuery(Query):
    room: str | None = Field(default=None, min_length=1, max_length=40, pattern=r"^[a-z0-9_.-]+$")


class AcceptReadingIn(Input):
    reading_id: str = Field(min_length=1, max_length=36)


class DeviceOfferOut(Output):
    reading_id: str
    values: dict[str, Any] = Field(description="The vital signs read, by kind")
    read_at: str


class DeviceOut(Output):
    device: str
    kind: str = Field(description="oximeter or scale")
    room: str | None
    status: str
    reason: str | None = Field(description="Why nothing is offered (finger out, unstable, unplugged…)")
    updated_at: str
    offer: DeviceOfferOut | None = Field(description="The last stable reading, if recent and not yet used")


class DeviceListOut(Output):
    results: list[DeviceOut]
