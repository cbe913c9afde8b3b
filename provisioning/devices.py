"""Device detection for provisioning: each serial port is probed with every driver in the box's one
registry (appliance/devices/registry.py: oximeter, scale, blood-pressure monitor, thermometer)."""
from __future__ import annotations

import glob

from appliance.devices.registry import DEVICE_TYPES, PROBE_SECONDS, probe_port, read_one  # noqa: F401

# udev names the README's rules give each device (/dev/<settings name>), then USB serial adapters
KNOWN_NAMES = tuple(f"/dev/{t.name}" for t in DEVICE_TYPES)


def candidate_ports() -> list[str]:
    """Serial ports worth probing: the udev names first, then USB serial adapters."""
    found = [p for p in KNOWN_NAMES if glob.glob(p)]
    return found + sorted(set(glob.glob("/dev/ttyUSB*") + glob.glob("/dev/ttyACM*")) - set(found))
