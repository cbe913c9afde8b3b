"""Load each model once per process and share it (keyed by engine and model path)."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from .base import SpeechEngine
from .const import ENGINE_VOSK, ENGINE_WHISPER, ENGINES
from .errors import UnknownEngine
from .settings import SpeechSettings

log = logging.getLogger(__name__)


class EngineRegistry:
    """Thread-safe cache of loaded engines; a model loads once even if asked for concurrently."""

    def __init__(self, settings: SpeechSettings | None = None) -> None:
        self.settings = settings or SpeechSettings()
        self._engines: dict[tuple[str, Path], SpeechEngine] = {}
        self._key_locks: dict[tuple[str, Path], threading.Lock] = {}
        self._lock = threading.Lock()

    def get(self, engine: str, model_path: Path | str | None = None, *, cpu_threads: int | None = None) -> SpeechEngine:
        """The loaded engine for `engine` and `model_path` (None: the setting, then the packaged default).

        `cpu_threads` applies when the model is first loaded; later callers share that instance.
        """
        if engine not in ENGINES:
            raise UnknownEngine(engine, ENGINES)
        path = model_path or self.settings.model_path(engine) or _default_model_path(engine)
        key = (engine, Path(path).resolve())
        with self._lock:
            if key in self._engines:
                return self._engines[key]
            key_lock = self._key_locks.setdefault(key, threading.Lock())
        with key_lock:
            with self._lock:
                if key in self._engines:
                    return self._engines[key]
            loaded = self._load(engine, key[1], cpu_threads or self.settings.cpu_threads)
            with self._lock:
                self._engines[key] = loaded
            return loaded

    def loaded(self) -> list[SpeechEngine]:
        with self._lock:
            return list(self._engines.values())

    def clear(self) -> None:
        """Forget every loaded model (tests, or a technician swapping models)."""
        with self._lock:
            self._engines.clear()
            self._key_locks.clear()

    def _load(self, engine: str, path: Path, cpu_threads: int) -> SpeechEngine:
        log.info("loading speech model", extra={"engine": engine, "model_path": str(path)})
        if engine == ENGINE_WHISPER:
            from .whisper import WhisperEngine

            settings = self.settings
            return WhisperEngine(
                path,
                cpu_threads=cpu_threads,
                beam_size=settings.beam_size,
                language=settings.language,
                vad=settings.vad,
            )
        if engine == ENGINE_VOSK:
            from .vosk import VoskEngine

            return VoskEngine(path)
        raise UnknownEngine(engine, ENGINES)


def _default_model_path(engine: str) -> Path:
    if engine == ENGINE_WHISPER:
        from .whisper import default_model_path
    else:
        from .vosk import default_model_path
    return default_model_path()


_registry = EngineRegistry()


def configure(settings: SpeechSettings) -> EngineRegistry:
    """Install the process-wide registry for `settings` (called once at start-up)."""
    global _registry
    _registry = EngineRegistry(settings)
    return _registry


def registry() -> EngineRegistry:
    return _registry


def get_engine(
    engine: str = ENGINE_WHISPER, model_path: Path | str | None = None, *, cpu_threads: int | None = None
) -> SpeechEngine:
    """The shared engine from the process-wide registry."""
    return _registry.get(engine, model_path, cpu_threads=cpu_threads)
