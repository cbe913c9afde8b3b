"""Encounters (the EMR of a visit): complaint, vitals, notes, diagnoses."""
