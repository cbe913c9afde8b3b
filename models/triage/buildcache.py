"""A disk cache of what the triage builds from its wordings when a worker starts: the phrase book's products and
the spelling corrector's word counts, spelled out from 190,000 phrases (20 s of a start on this 2-core machine,
every server start, every restart of a box). They are rebuilt only when the triage's own files change.

The key is a digest of every file under models/triage (its code and its data) and of spaCy's version (the
tokenizer makes the phrase book's words). A cache file is JSON, never pickle (it is data, not code), written
whole and renamed into place; one that cannot be read, or says another key, is rebuilt and never trusted. Where
nothing can be written (a read-only home), the triage builds as before. ``CLINIC_TRIAGE_CACHE`` names the folder;
the default is ``$XDG_CACHE_HOME/clinic-edge/triage`` (``~/.cache/...``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, Final, TypeVar

HERE: Final = Path(__file__).resolve().parent
ENV_DIR: Final = "CLINIC_TRIAGE_CACHE"
T = TypeVar("T")
log = logging.getLogger(__name__)


def cache_dir() -> Path:
    named = os.environ.get(ENV_DIR)
    if named:
        return Path(named)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "clinic-edge" / "triage"


@cache
def source_digest() -> str:
    """A digest of every file of the triage's package (code and data) and of spaCy's version."""
    import spacy

    digest = hashlib.sha256(spacy.__version__.encode())
    for path in sorted(p for p in HERE.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(HERE)).encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def cached(name: str, build: Callable[[], T], encode: Callable[[T], Any], decode: Callable[[Any], T]) -> T:
    """``build()``'s value, read from the cache when a file of this name holds it for these sources; else built,
    and written for the next start."""
    key = source_digest()
    path = cache_dir() / f"{name}.json"
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(stored, dict) and stored.get("key") == key:
            return decode(stored["value"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass  # none yet, or unreadable: built below
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, prefix=f".{name}.",
                                         delete=False) as out:
            json.dump({"key": key, "value": encode(value)}, out, ensure_ascii=False, separators=(",", ":"))
        os.replace(out.name, path)
    except OSError as err:
        log.info("triage build cache not written (%s): the next start builds again", err)
        try:
            os.unlink(out.name)
        except (OSError, NameError):
            pass
    return value
