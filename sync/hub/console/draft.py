"""The SOAP draft that grows from a consult's captions. The drafter is the box's own (models/soap, pure,
the one `POST …/soap/draft` runs on a box), run here on the hub over the final captions the doctor's
browser handed in (sync/hub/signalling: the captions travel room → browser on the data channel). What
the screen offers the doctor is only what their note does not already say: the doctor's text is never
changed; a line is theirs once they add it. No Flask here."""
from __future__ import annotations

import copy
import functools
import json
import os
import threading
from typing import Any

from models.soap.const import AUTHOR, EXTRAS, MAX_TRANSCRIPT_CHARS, SECTIONS
from models.soap.errors import SoapInputError
from models.soap.services import generate_soap
from models.soap.services import load as load_drafter

AI_PREFIX = "ai:"           # every AI draft's author (models/soap/const.AUTHOR) begins so
WARM_UP_NICE = 10
_warm_lock = threading.Lock()
_warm_started = False


def warm_in_background() -> None:
    """Build the drafter's models (the triage wordings, 14 s of CPU here, more on a busy hub) in a daemon thread, once
    per worker, when a doctor opens a consult: its first draft is asked for when the call's captions arrive, and had
    waited for the build then (a consult page reloaded during a call timed out). A draft asked for meanwhile waits for
    the same build (the pipeline is built under a lock), never a second one. Not at the hub's start: most hubs' workers
    serve boxes' syncs and never draft."""
    global _warm_started
    with _warm_lock:
        if _warm_started:
            return
        _warm_started = True
    threading.Thread(target=_warm_up, name="soap-warm-up", daemon=True).start()


def _warm_up() -> None:
    """The build, at a lower CPU priority than the worker's requests (Linux: a thread has its own nice value), so
    that boxes' syncs and the console are served first while it runs."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WARM_UP_NICE)
    except (AttributeError, OSError):
        pass  # not Linux, or not allowed: built at the worker's own priority
    load_drafter()


def transcript(captions: list[str]) -> str:
    """The captions as one transcript, cut to what the drafter takes (the consult's first ~45 minutes)."""
    return " ".join(c.strip() for c in captions if c.strip())[:MAX_TRANSCRIPT_CHARS]


def caption_draft(captions: list[str], vitals: list[dict[str, Any]] | None = None) -> dict[str, Any] | None:
    """The AI draft of these captions (the visit's vitals written into Objective, as on the box), or
    None while there is nothing the drafter can read. The screen asks every few seconds and the captions
    change far less often: the same captions and vitals are drafted once per process."""
    text = transcript(captions)
    if not text:
        return None
    made = _draft(text, json.dumps(vitals or [], sort_keys=True, default=str))
    return None if made is None else {**copy.deepcopy(made), "captions": len(captions)}


@functools.lru_cache(maxsize=64)
def _draft(text: str, vitals_json: str) -> dict[str, Any] | None:
    try:
        note = generate_soap(text, device_vitals=json.loads(vitals_json) or None)
    except SoapInputError:
        return None
    return {"author": AUTHOR, "transcript": text, "sections": {name: list(note[name]) for name in SECTIONS},
            "extras": {name: note[name] for name in (*EXTRAS, "explanations")}}


def _same(line: str) -> str:
    return " ".join(line.split()).casefold()


def offered(draft_sections: dict[str, list[str]], note_sections: dict[str, list[str]]) -> dict[str, list[str]]:
    """Per section, the draft's lines the doctor's note does not hold yet (compared without case or spacing)."""
    out = {}
    for name in SECTIONS:
        have = {_same(line) for line in note_sections.get(name) or []}
        out[name] = [line for line in draft_sections.get(name) or [] if _same(line) not in have]
    return out


def is_ai(author: str | None) -> bool:
    return bool(author) and author.startswith(AI_PREFIX)
