"""Pharmacy stock: items, and stock moved only by deltas (never overwritten)."""
