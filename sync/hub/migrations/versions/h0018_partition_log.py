"""hub_events partitioned by clinic on PostgreSQL (issue 19, item 4): HASH (clinic_id), 16 partitions

A clinic's pulls, backfills and exports read one partition; vacuum and index maintenance go partition by
partition. A partitioned table's unique keys must hold its partition key: the primary key becomes
(clinic_id, hub_seq) and the log's identity (clinic_id, origin, seq) — the same thing, a box's origin
belonging to one clinic. hub_seq keeps its sequence (taken over by the new table), so pull cursors stay
valid. SQLite (the embedded hub) is left as it is.

Revision ID: h0018
Revises: h0017
"""
from alembic import op

revision = "h0018"
down_revision = "h0017"
branch_labels = None
depends_on = None

PARTITIONS = 16
_INDEXES = (("ix_hub_events_entity", "entity, entity_id"), ("ix_hub_events_patient", "patient_id"),
            ("ix_hub_events_clinic", "clinic_id, hub_seq"), ("ix_hub_events_hlc", "hlc"),
            ("ix_hub_events_hub_seq", "hub_seq"), ("ix_hub_events_origin_seq", "origin, seq"))


def _partitioned(bind) -> bool:
    return bind.exec_driver_sql("SELECT c.relkind FROM pg_class c WHERE c.oid = 'hub_events'::regclass").scalar() == "p"


def _set_aside(bind, suffix: str) -> None:
    """Rename hub_events, its keys and indexes out of the way of the table that replaces it."""
    op.execute(f"ALTER TABLE hub_events RENAME TO hub_events_{suffix}")
    for (name,) in bind.exec_driver_sql("SELECT conname FROM pg_constraint WHERE conrelid = "
                                        f"'hub_events_{suffix}'::regclass AND contype IN ('p', 'u')").all():
        op.execute(f'ALTER TABLE hub_events_{suffix} RENAME CONSTRAINT "{name}" TO "{name}_{suffix}"')
    for name, _ in _INDEXES:
        op.execute(f"ALTER INDEX IF EXISTS {name} RENAME TO {name}_{suffix}")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql" or _partitioned(bind):
        return
    seq = bind.exec_driver_sql("SELECT pg_get_serial_sequence('hub_events', 'hub_seq')").scalar()
    _set_aside(bind, "unpartitioned")
    op.execute("""
        CREATE TABLE hub_events (
            hub_seq BIGINT NOT NULL,
            id VARCHAR(36) NOT NULL,
            origin VARCHAR(64) NOT NULL,
            seq INTEGER NOT NULL,
            clinic_id VARCHAR(64) NOT NULL,
            hlc VARCHAR(16) NOT NULL,
            entity VARCHAR(40) NOT NULL,
            entity_id VARCHAR(36) NOT NULL,
            patient_id VARCHAR(36),
            body TEXT NOT NULL,
            CONSTRAINT pk_hub_events PRIMARY KEY (clinic_id, hub_seq),
            CONSTRAINT uq_hub_events_clinic_origin_seq UNIQUE (clinic_id, origin, seq)
        ) PARTITION BY HASH (clinic_id)""")
    for n in range(PARTITIONS):
        op.execute(f"CREATE TABLE hub_events_p{n:02d} PARTITION OF hub_events "
                   f"FOR VALUES WITH (MODULUS {PARTITIONS}, REMAINDER {n})")
    for name, cols in _INDEXES:
        op.execute(f"CREATE INDEX {name} ON hub_events ({cols})")
    op.execute(f"ALTER SEQUENCE {seq} OWNED BY NONE")
    op.execute(f"ALTER TABLE hub_events ALTER COLUMN hub_seq SET DEFAULT nextval('{seq}')")
    op.execute("INSERT INTO hub_events SELECT hub_seq, id, origin, seq, clinic_id, hlc, entity, entity_id, "
               "patient_id, body FROM hub_events_unpartitioned")
    op.execute("DROP TABLE hub_events_unpartitioned")
    op.execute(f"ALTER SEQUENCE {seq} OWNED BY hub_events.hub_seq")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql" or not _partitioned(bind):
        return
    seq = bind.exec_driver_sql("SELECT pg_get_serial_sequence('hub_events', 'hub_seq')").scalar()
    _set_aside(bind, "partitioned")
    op.execute("CREATE TABLE hub_events (LIKE hub_events_partitioned INCLUDING DEFAULTS)")
    op.execute("ALTER TABLE hub_events ADD CONSTRAINT pk_hub_events PRIMARY KEY (hub_seq)")
    op.execute("ALTER TABLE hub_events ADD CONSTRAINT uq_hub_events_origin_seq UNIQUE (origin, seq)")
    for name, cols in _INDEXES[:4]:
        op.execute(f"CREATE INDEX {name} ON hub_events ({cols})")
    op.execute("INSERT INTO hub_events SELECT * FROM hub_events_partitioned")
    op.execute(f"ALTER SEQUENCE {seq} OWNED BY NONE")
    op.execute("DROP TABLE hub_events_partitioned")
    op.execute(f"ALTER SEQUENCE {seq} OWNED BY hub_events.hub_seq")
