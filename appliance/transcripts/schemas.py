"""Validated inputs of the transcripts API."""
from typing import Literal

from ..common import Query


class AudioQuery(Query):
    engine: Literal["whisper", "vosk"] = "whisper"
    live: bool = False
