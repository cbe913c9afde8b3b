"""Consultation audio over HTTP: the raw audio is the body; the transcript is stored on the encounter."""
from flask import request

from ..api import Api
from ..api.routing import UnsupportedMediaType
from ..encounters.services import require_open_encounter
from ..errors import InvalidInput
from ..views_common import reading, writing
from . import services
from .schemas import AudioQuery, TranscriptResultOut, TranscriptsOut

api = Api("transcripts", "transcripts")
AUDIO_TYPES = {"audio/wav", "audio/x-wav", "audio/wave", "audio/ogg", "audio/webm", "video/webm", "audio/mpeg",
               "audio/mp3", "application/octet-stream"}


@api.route("/encounters/<encounter_id>/audio", "POST", permission="encounters.intake", query=AudioQuery,
           raw_body=True, max_body_kb=64 * 1024, status=201,
           responses={503: "No speech engine is ready, or the box is busy transcribing"},
           summary="Transcribe consultation audio (WAV/OGG/WebM/MP3, any rate) on the box; store it",
           response=TranscriptResultOut)
def transcribe(encounter_id: str, query: AudioQuery):
    if request.mimetype not in AUDIO_TYPES:
        raise UnsupportedMediaType("send the recording as audio/wav, audio/ogg, audio/webm or audio/mpeg")
    audio = request.get_data(cache=False)
    if not audio:
        raise InvalidInput("the request body is empty; send the audio bytes")
    with reading() as conn:
        require_open_encounter(conn, encounter_id)
    result = services.transcribe_audio(audio, query.engine, query.live)
    with writing() as uow:
        return services.store_transcript(uow, encounter_id, result)


@api.route("/encounters/<encounter_id>/transcripts", "GET", permission="encounters.read",
           summary="Transcripts stored on an encounter", response=TranscriptsOut)
def transcripts(encounter_id: str):
    with reading() as conn:
        return {"results": services.transcripts_for_encounter(conn, encounter_id)}
