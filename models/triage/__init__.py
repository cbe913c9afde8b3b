"""Symptom checker and triage: complaint text in the patient's words -> symptoms, level, specialties, reasons."""

from .const import ENGINE_VERSION, LEVELS
from .errors import TriageError, TriageInputError
from .services import present_symptom_names, triage_complaint

__all__ = ["ENGINE_VERSION", "LEVELS", "TriageError", "TriageInputError", "present_symptom_names", "triage_complaint"]
