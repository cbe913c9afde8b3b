"""Demo data for a laptop box."""
