"""Tables owned by the staff module."""
from sqlalchemy import Boolean, Column, ForeignKey, Integer, String, Table, UniqueConstraint

from ..store.schema import metadata

departments = Table(
    "departments",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(80), nullable=False, unique=True),
    Column("created_at", String(32), nullable=False),
)

staff = Table(
    "staff",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("username", String(40), nullable=False, unique=True),
    Column("full_name", String(120), nullable=False),
    Column("role", String(20), nullable=False),
    Column("department_id", String(36), ForeignKey("departments.id")),
    Column("phone", String(20)),
    Column("registration_number", String(40)),
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
)

staff_schedules = Table(
    "staff_schedules",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("staff_id", String(36), ForeignKey("staff.id"), nullable=False, index=True),
    Column("weekday", Integer, nullable=False),
    Column("start_time", String(5), nullable=False),
    Column("end_time", String(5), nullable=False),
    UniqueConstraint("staff_id", "weekday", "start_time"),
)
