"""The hub's SMS table (own metadata, created by h0015): one row per message a box handed over."""
from sqlalchemy import Column, Float, Index, Integer, MetaData, PrimaryKeyConstraint, String, Text, Table

sms_metadata = MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s", "uq": "uq_%(table_name)s_%(column_0_name)s", "pk": "pk_%(table_name)s"})

hub_sms = Table(
    "hub_sms", sms_metadata,
    Column("device_id", String(64), nullable=False),
    Column("message_id", String(36), nullable=False),     # the box's outbox id: the gateway's idempotency key
    Column("clinic_id", String(64), nullable=False),
    Column("kind", String(40), nullable=False),
    Column("number", String(20), nullable=False),
    Column("body", Text, nullable=False),                 # the reminder's text: no diagnosis (box templates)
    Column("zone", String(40), nullable=False),           # the clinic's time zone, for its quiet hours
    Column("status", String(12), nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("failures", Integer, nullable=False),          # failed attempts, for the counts by day
    Column("next_attempt_at", Float, nullable=False),
    Column("last_error", String(300)),
    Column("gateway_id", String(80)),
    Column("cost", Float),
    Column("created_at", String(32), nullable=False),
    Column("day", String(10), nullable=False),           # the day it was handed over (hub's UTC date)
    Column("sent_at", String(32)),
    Column("delivered_at", String(32)),
    PrimaryKeyConstraint("device_id", "message_id"),
    Index("ix_hub_sms_status_next", "status", "next_attempt_at"),
    Index("ix_hub_sms_clinic_day", "clinic_id", "day"),
)
