"""Triage on the box: the symptom checker (models/triage) applied to patients and encounters, and the
clinician's final decision, recorded beside the suggestion so overrides can be studied."""
