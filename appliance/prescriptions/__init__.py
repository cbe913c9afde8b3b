"""Prescriptions: drug, dose, unit, frequency, duration, instructions; allergy checks; dispensing."""
