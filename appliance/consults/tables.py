"""Tables owned by the consults module."""
from sqlalchemy import Column, Float, Integer, String, Table, Text

from ..store.schema import metadata

video_consults = Table(
    "video_consults",
    metadata,
    Column("id", String(36), primary_key=True),           # the consult id the signalling gave
    Column("encounter_id", String(36), nullable=False, index=True),
    Column("patient_id", String(36), nullable=False, index=True),
    Column("doctor_id", String(64), nullable=False),
    Column("status", String(12), nullable=False),          # requested | started | ended
    Column("video", String(4), nullable=False),            # on | off
    Column("requested_at", String(32), nullable=False),
    Column("started_at", String(32)),
    Column("ended_at", String(32)),
    Column("setup_s", Float),
    Column("duration_s", Float),
    Column("degraded_s", Float),
    Column("degradations", Integer, nullable=False),
    Column("quality", Text),                               # JSON: the last sample / the call's summary
    Column("recording_id", String(36)),
)

# Box-local (the file never leaves the box): not an event-log entity, so not synced.
consult_recordings = Table(
    "consult_recordings",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("consult_id", String(36), nullable=False, index=True),
    Column("encounter_id", String(36), nullable=False, index=True),
    Column("patient_id", String(36), nullable=False),
    Column("filename", String(80), nullable=False),        # under data_dir/media/recordings
    Column("bytes", Integer, nullable=False),
    Column("duration_s", Float, nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("purge_after", String(32), nullable=False),
    Column("purged_at", String(32)),
)
