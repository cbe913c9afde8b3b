"""Symptom checker and triage: complaint text in the patient's words -> symptoms, level, specialties, reasons."""

from .const import ENGINE_VERSION, LEVELS
from .errors import TriageError, TriageInputError

__all__ = ["ENGINE_VERSION", "LEVELS", "TriageError", "TriageInputError", "present_symptom_names", "triage_complaint"]


def __getattr__(name: str):
    # Lazy (PEP 562): the services pull in spaCy, and every `clinic` command imports this package's
    # CLI; only the commands and the server that triage need them.
    if name in ("present_symptom_names", "triage_complaint"):
        from . import services

        return getattr(services, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
