"""Technician tools: create a box (identity, key, database, first admin); enrolment, models,
self-test and backups arrive with their issues."""
