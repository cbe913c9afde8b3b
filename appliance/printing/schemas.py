"""Inputs and outputs of the printing API."""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..common import Output, Query


class PrintJobsQuery(Query):
    status: Literal["queued", "printing", "printed"] | None = None


class PrintJobOut(Output):
    id: str
    kind: str = Field(description="receipt, token or test")
    ref_id: str = Field(description="The payment or appointment the slip is for")
    status: str = Field(description="queued (waiting or failed: see last_error), printing, printed")
    attempts: int
    last_error: str | None = Field(description="What the printer said, for the person at the counter")
    error_kind: str | None = Field(description="paper_out, offline, unplugged or bad_config")
    created_at: str
    created_by: str
    printed_at: str | None


class PrintJobListOut(Output):
    results: list[PrintJobOut]


class PrinterOut(Output):
    configured: bool
    width_mm: int
    auto_print: bool = Field(description="The kiosk prints token slips at check-in and receipts after payment")
