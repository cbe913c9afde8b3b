"""Patients: registration, demographics, allergies, typo-tolerant search."""
