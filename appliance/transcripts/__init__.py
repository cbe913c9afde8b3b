"""Consultation audio transcribed on the box (never uploaded) and stored on the encounter."""
