"""Errors of the SOAP generator."""
from __future__ import annotations


class SoapError(Exception):
    """Base of every error the SOAP generator raises on purpose."""


class SoapInputError(SoapError):
    """The transcript cannot be turned into a note (empty, too long, not text)."""

    def __init__(self, reason: str, *, length: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.length = length
