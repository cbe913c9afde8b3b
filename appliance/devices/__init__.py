"""Serial medical devices: one driver interface, the pulse oximeter first, readings offered to the visit."""
