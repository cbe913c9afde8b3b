"""Teleconsult signalling at the hub: rooms per encounter, single-use join tokens, and the message
channel between the doctor's browser and the box (which dials out and long-polls; it accepts nothing)."""
