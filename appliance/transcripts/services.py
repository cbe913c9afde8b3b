"""Transcription jobs (a bounded per-process queue, live before batch) and their stored results."""
from __future__ import annotations

import json
import threading
from typing import Any

from sqlalchemy import Connection, insert, select

from models.speech import (AudioDecodeError, AudioTooLong, JobCancelled, Priority, QueueFull, SpeechError,
                           SpeechModelMissing, TranscriptionQueue)

from ..common import new_id, utc_now
from ..encounters.services import get_encounter, require_open_encounter
from ..errors import ClinicError, InvalidInput
from ..events.unit import UnitOfWork
from .tables import encounter_transcripts

WAIT_S = 300
_queue: TranscriptionQueue | None = None
_lock = threading.Lock()


class SpeechUnavailable(ClinicError):
    status, title, type_slug = 503, "Speech engine unavailable", "speech-unavailable"


def transcription_queue() -> TranscriptionQueue:
    """One queue per process, created on first use (models load once and are shared)."""
    global _queue
    with _lock:
        if _queue is None:
            _queue = TranscriptionQueue(workers=1, maxsize=16)
        return _queue


def transcribe_audio(audio: bytes, engine: str, live: bool = False) -> dict[str, Any]:
    """Run one transcription through the queue and wait for it; errors become clear 4xx/503."""
    try:
        job = transcription_queue().submit(audio, engine=engine, priority=Priority.LIVE if live else Priority.BATCH)
        return job.wait(WAIT_S)
    except QueueFull as err:
        raise SpeechUnavailable("the box is busy transcribing; try again in a minute", retry_after_s=60) from err
    except (AudioDecodeError, AudioTooLong) as err:
        raise InvalidInput(f"audio: {err}") from err
    except SpeechModelMissing as err:
        raise SpeechUnavailable(str(err)) from err
    except JobCancelled as err:
        raise InvalidInput("the transcription was cancelled") from err
    except SpeechError as err:
        raise SpeechUnavailable(str(err)) from err


def store_transcript(uow: UnitOfWork, encounter_id: str, result: dict[str, Any]) -> dict[str, Any]:
    enc = require_open_encounter(uow.conn, encounter_id)
    if not result["text"].strip():
        # silence, or a language the engine does not know: an empty transcript would become the
        # encounter's latest, and the SOAP draft would find nothing to draft from
        raise InvalidInput("audio: no speech was heard in the recording; nothing was stored")
    row = {"id": new_id(), "encounter_id": encounter_id, "patient_id": enc["patient_id"], "text": result["text"],
           "segments": json.dumps(result["segments"]), "duration_s": result["duration_s"],
           "processing_s": result["processing_s"], "engine": result["engine"], "model": result["model"],
           "created_at": utc_now(), "created_by": uow.actor}
    uow.conn.execute(insert(encounter_transcripts), row)
    uow.emit("transcript", row["id"], "stored", {k: v for k, v in row.items() if k != "id"},
             patient_id=enc["patient_id"])
    return {**result, "transcript_id": row["id"], "encounter_id": encounter_id}


def transcripts_for_encounter(conn: Connection, encounter_id: str) -> list[dict[str, Any]]:
    get_encounter(conn, encounter_id)
    rows = [dict(r._mapping) for r in conn.execute(select(encounter_transcripts).where(
        encounter_transcripts.c.encounter_id == encounter_id).order_by(encounter_transcripts.c.created_at))]
    for row in rows:
        row["segments"] = json.loads(row["segments"])
    return rows
