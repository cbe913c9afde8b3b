"""Tables owned by the devices module: each device's state and the last stable reading it gave.

Local to the box (no events, no sync): a reading becomes clinical data only when accepted, and then
it is the encounters module's vitals event that records and syncs it."""
from sqlalchemy import Column, String, Table, Text

from ..store.schema import metadata

device_readings = Table(
    "device_readings",
    metadata,
    Column("device", String(40), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("room", String(40), nullable=False, index=True),
    Column("status", String(10), nullable=False),       # stable | refused | gone
    Column("reason", String(300)),                      # why not stable, in the device's words
    Column("updated_at", String(32), nullable=False),
    Column("reading_id", String(36)),                   # the last stable reading (kept when the finger leaves)
    Column("reading", Text),                            # its values, JSON {"spo2": 93, "pulse": 72}
    Column("read_at", String(32)),
    Column("used_by", String(36)),                      # the encounter that accepted it
    # A device measures for one visit at a time: the worker picks the patient on the visit screen
    # first, and each reading then belongs to that visit alone (0038).
    Column("claimed_by", String(36)),                   # the encounter the device now measures for
    Column("claimed_at", String(32)),
    Column("reading_for", String(36)),                  # the encounter that had claimed it when it was read
)
