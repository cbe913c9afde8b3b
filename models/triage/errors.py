"""Errors raised by the symptom checker; all derive from TriageError."""

from __future__ import annotations


class TriageError(Exception):
    """Base class for symptom-checker errors."""


class TriageInputError(TriageError, ValueError):
    """The complaint text cannot be triaged (empty, or too long)."""

    def __init__(self, reason: str, *, length: int) -> None:
        super().__init__(f"{reason} (length {length})")
        self.reason = reason
        self.length = length
