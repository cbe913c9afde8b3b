"""The consult's events through the box's event log (appliance/consults), from the asyncio process: each
write runs in a thread (the store is synchronous)."""
from __future__ import annotations

import asyncio
import logging

from appliance.consults import services

log = logging.getLogger("clinic.media.events")
ACTOR = "system:media"


class BoxReporter:
    def __init__(self, box) -> None:
        self.box = box

    def _write(self, fn, *args, **kwargs):
        with self.box.write(ACTOR) as uow:
            return fn(uow, *args, **kwargs)

    async def _run(self, fn, *args, **kwargs):
        try:
            return await asyncio.to_thread(self._write, fn, *args, **kwargs)
        except Exception:  # noqa: BLE001 - an event lost is logged; the call goes on
            log.exception("consult event %s failed", fn.__name__)
            return None

    def check_encounter(self, encounter_id: str) -> dict:
        """The open encounter (raises NotFound / Conflict) — before anything starts."""
        from appliance.encounters.services import require_open_encounter

        with self.box.read() as conn:
            return require_open_encounter(conn, encounter_id)

    def requested_sync(self, room) -> dict:
        return self._write(services.request_consult, room.consult_id, room.encounter_id, room.doctor_id)

    async def started(self, room, setup_s: float):
        return await self._run(services.start_consult, room.consult_id, setup_s)

    async def degraded(self, room, quality: dict):
        return await self._run(services.degrade_consult, room.consult_id, quality)

    async def restored(self, room, quality: dict, off_s: float):
        return await self._run(services.restore_consult, room.consult_id, quality, off_s)

    async def sampled(self, room, quality: dict):
        return await self._run(services.sample_quality, room.consult_id, quality)

    async def ended(self, room, duration_s: float, degraded_s: float, summary: dict, recording: dict | None,
                    reason: str):
        if recording is not None:
            await self._run(services.attach_recording, room.consult_id, recording["id"], recording["filename"],
                            recording["bytes"], recording["duration_s"],
                            room.media.recording_retention_days)
        await self._run(services.end_consult, room.consult_id, duration_s=duration_s, degraded_s=degraded_s,
                        quality={**summary, "reason": reason})
        return None
