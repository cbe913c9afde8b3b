"""The SMS outbox, owned by the reminders module."""
from sqlalchemy import Boolean, Column, Float, Index, Integer, String, Table, Text

from ..store.schema import metadata

sms_outbox = Table(
    "sms_outbox",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("patient_id", String(36), index=True),
    Column("kind", String(40), nullable=False),
    Column("number", String(20), nullable=False),
    Column("body", Text, nullable=False),
    Column("language", String(5), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("status", String(12), nullable=False),
    Column("channel", String(20)),
    Column("modem_index", Integer),
    Column("modem_parts", String(200)),     # PDU mode: "i1,i2,…", the indices of every part
    Column("mr", Integer),
    Column("attempts", Integer, nullable=False),
    Column("next_attempt_at", Float, nullable=False),
    Column("last_error", String(300)),
    Column("sent_at", String(32)),
    Column("delivered_at", String(32)),
    Column("ref_id", String(36)),
    Index("ix_sms_outbox_status_next", "status", "next_attempt_at"),
)

sms_contacts = Table(
    "sms_contacts",
    metadata,
    Column("patient_id", String(36), primary_key=True),
    Column("number", String(20), nullable=False, index=True),
    Column("language", String(5), nullable=False),
    Column("consent", Boolean, nullable=False),
    Column("opted_out_at", String(32)),
    Column("updated_at", String(32), nullable=False),
)
