"""Tables owned by the appointments module."""
from sqlalchemy import Column, Index, Integer, String, Table, UniqueConstraint

from ..store.schema import metadata

appointments = Table(
    "appointments",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("patient_id", String(36), nullable=False, index=True),
    Column("department_id", String(36), nullable=False),
    Column("doctor_id", String(36)),
    Column("day", String(10), nullable=False),
    Column("slot_time", String(5)),
    Column("reason", String(200)),
    Column("status", String(12), nullable=False),
    Column("token_number", Integer),
    Column("booked_at", String(32), nullable=False),
    Column("checked_in_at", String(32)),
    Column("called_at", String(32)),
    Column("called_by", String(36)),  # the staff member who called the token (not the booked doctor)
    Column("updated_at", String(32), nullable=False),
    # The visit's triage level as the queue uses it (set from the triage module's events), where it came
    # from (suggested | decided), when it last rose; and why the token was called before others waiting.
    Column("triage_level", String(12)),
    Column("triage_source", String(10)),
    Column("triage_raised_at", String(32)),
    Column("call_reason", String(300)),
    # The idempotency key of the Call next that called the token (const.CALL_KEY_PATTERN): a retry with it
    # answers this appointment instead of calling another.
    Column("call_key", String(64)),
    UniqueConstraint("day", "token_number", name="uq_appointments_day_token"),
    Index("ix_appointments_day_status", "day", "status"),
)
