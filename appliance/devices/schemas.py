"""Validated inputs of the devices API."""
from __future__ import annotations

from pydantic import Field

from ..common import Input, Query


class OffersQuery(Query):
    room: str | None = Field(default=None, min_length=1, max_length=40, pattern=r"^[a-z0-9_.-]+$")


class AcceptReadingIn(Input):
    reading_id: str = Field(min_length=1, max_length=36)
