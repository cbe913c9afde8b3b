"""Typed speech settings, loaded once from the appliance's `speech` section."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .const import DEFAULT_MAX_DURATION_S


@dataclasses.dataclass(frozen=True)
class SpeechSettings:
    """What a technician may change; None model paths mean the packaged defaults."""

    whisper_model: Path | None = None
    vosk_model: Path | None = None
    cpu_threads: int = 2
    max_duration_s: float = DEFAULT_MAX_DURATION_S
    beam_size: int = 5
    language: str | None = None
    vad: bool = True
    queue_workers: int = 1
    queue_size: int = 32

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> SpeechSettings:
        """Build from a plain mapping (e.g. the `speech` table of the settings file)."""
        known = {field.name for field in dataclasses.fields(cls)}
        unknown = set(values) - known
        if unknown:
            raise ValueError(f"unknown speech settings: {', '.join(sorted(unknown))}")
        kwargs = dict(values)
        for key in ("whisper_model", "vosk_model"):
            if kwargs.get(key) is not None:
                kwargs[key] = Path(kwargs[key]).expanduser()
        return cls(**kwargs)

    def model_path(self, engine: str) -> Path | None:
        return {"whisper": self.whisper_model, "vosk": self.vosk_model}.get(engine)
