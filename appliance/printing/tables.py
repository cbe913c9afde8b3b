"""The print queue: one row a slip, written in the same transaction as the request to print it, and
marked printed only once the printer said it has paper before and after. Local to the box (no
events, no sync): a receipt's data are the billing module's; this is only the paper."""
from sqlalchemy import Column, Integer, String, Table, Text

from ..store.schema import metadata

print_jobs = Table(
    "print_jobs",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("kind", String(10), nullable=False),          # receipt | token | test
    Column("ref_id", String(36), nullable=False, index=True),   # the payment or appointment
    Column("slip", Text, nullable=False),                # the lines, JSON: a reprint is the same slip
    Column("status", String(10), nullable=False, index=True),   # queued | printing | printed | failed
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", String(300)),
    Column("error_kind", String(20)),                    # paper_out | offline | unplugged | bad_config
    Column("created_at", String(32), nullable=False),
    Column("created_by", String(80), nullable=False),
    Column("printed_at", String(32)),
)
