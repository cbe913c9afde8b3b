"""Tables owned by the SOAP module. All three are insert-only (triggers refuse UPDATE and DELETE)."""
from sqlalchemy import Column, Integer, String, Table, Text, UniqueConstraint

from ..store.schema import metadata

soap_versions = Table(
    "soap_versions",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("encounter_id", String(36), nullable=False, index=True),
    Column("patient_id", String(36), nullable=False),
    Column("version", Integer, nullable=False),
    Column("author", String(64), nullable=False),  # "ai:soap-<version>" for the draft, else the clinician
    Column("sections", Text, nullable=False),  # JSON {subjective, objective, assessment, plan: [sentences]}
    Column("extras", Text),  # JSON of the AI draft's structured findings (vitals, medications, ...)
    Column("transcript", Text),  # what the AI draft was made from
    Column("created_at", String(32), nullable=False),
    UniqueConstraint("encounter_id", "version"),
)

soap_signatures = Table(
    "soap_signatures",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("encounter_id", String(36), nullable=False, unique=True),
    Column("version_id", String(36), nullable=False),
    Column("version", Integer, nullable=False),
    Column("signed_by", String(64), nullable=False),
    Column("content_sha256", String(64), nullable=False),
    Column("signed_at", String(32), nullable=False),
)

soap_addenda = Table(
    "soap_addenda",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("encounter_id", String(36), nullable=False, index=True),
    Column("author", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
)
