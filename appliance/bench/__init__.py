"""Benchmarks that print figures (`clinic bench …`)."""
