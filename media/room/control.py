"""clinic-media's control interface: HTTP + JSON on 127.0.0.1 for the box's own signalling client, each
request carrying the shared secret of data_dir/media/control.secret (0600). See media/README.md."""
from __future__ import annotations

import asyncio
import hmac
import json
import logging
import secrets
from pathlib import Path
from typing import Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from appliance.errors import ClinicError

from .const import (MAX_BODY_BYTES, MAX_CHAT_CHARS, MAX_SDP_BYTES, MEDIA_DIRNAME, RECORDINGS_DIRNAME,
                    SECRET_FILENAME, SECRET_HEADER)
from .room import Room, new_recording_id

log = logging.getLogger("clinic.media.control")
_ID = r"^[A-Za-z0-9_.:@-]{1,64}$"


def media_dir(settings) -> Path:
    from appliance.store.keys import private_directory

    return private_directory(settings.box.data_dir / MEDIA_DIRNAME)


def control_secret(settings) -> str:
    """The control interface's shared secret (made 0600 on first use)."""
    from appliance.store.keys import read_private, write_private_file

    path = media_dir(settings) / SECRET_FILENAME
    if not path.exists():
        write_private_file(path, secrets.token_hex(32).encode() + b"\n")
    return read_private(path, what="clinic-media control secret").decode().strip()


class IceServer(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    urls: str | list[str] = Field(min_length=1)
    username: str | None = Field(default=None, max_length=256)
    credential: str | None = Field(default=None, max_length=256)


class OfferIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    sdp: str = Field(min_length=10, max_length=MAX_SDP_BYTES)
    type: str = Field(pattern=r"^offer$")
    ice_servers: list[IceServer] = Field(min_length=1, max_length=8)
    doctor_id: str = Field(pattern=_ID)
    consult_id: str = Field(pattern=_ID)


class ViewIn(BaseModel):
    """The clinic PC's room view (a browser on the LAN): receive-only audio and video, no ICE servers."""
    model_config = ConfigDict(extra="forbid", strict=True)
    sdp: str = Field(min_length=10, max_length=MAX_SDP_BYTES)
    type: str = Field(pattern=r"^offer$")


class ChatIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    text: str = Field(min_length=1, max_length=MAX_CHAT_CHARS)


def problem(status: int, title: str, detail: str) -> web.Response:
    return web.json_response({"type": f"urn:clinic-media:{title.lower().replace(' ', '-')}", "title": title,
                              "status": status, "detail": detail}, status=status,
                             content_type="application/problem+json")


def check_sdp(sdp: str) -> None:
    """A parseable offer with at least one media section and ICE credentials; else ValueError."""
    from aiortc.sdp import SessionDescription

    if not sdp.startswith("v=0"):
        raise ValueError("not an SDP session description (must start with v=0)")
    try:
        parsed = SessionDescription.parse(sdp)
    except Exception as err:  # noqa: BLE001 - aiortc's parser raises whatever it meets
        raise ValueError(f"SDP does not parse: {err}") from None
    if not parsed.media:
        raise ValueError("SDP has no media section")
    for m in parsed.media:
        if not (m.ice.usernameFragment and m.ice.password) or m.dtls is None or not m.dtls.fingerprints:
            raise ValueError(f"SDP media section {m.kind} lacks ICE credentials or a DTLS fingerprint")


class MediaService:
    """The rooms of this box, by encounter id."""

    def __init__(self, settings, reporter, caption_engine=None, recording_key: bytes | None = None) -> None:
        self.settings = settings
        self.reporter = reporter
        self.caption_engine = caption_engine
        self.recording_key = recording_key   # the recording master key (keyring), not the database key
        self.rooms: dict[str, Room] = {}
        self.secret = control_secret(settings)
        self.recordings = media_dir(settings) / RECORDINGS_DIRNAME
        self.recordings.mkdir(mode=0o700, exist_ok=True)
        from .crypto import recover_upgrades

        recover_upgrades(self.recordings)   # what a cut `clinic db rekey` left half-written
        self._lock = asyncio.Lock()
        self.closing = False

    def _recorder_factory(self):
        if not self.settings.media.recording or self.recording_key is None:
            return None

        def make():
            from .recorder import ConsultRecorder

            rid = new_recording_id()
            return ConsultRecorder(self.recordings / f"{rid}.rec", self.recording_key, rid,
                                   video_fps=self.settings.media.recording_video_fps)
        return make

    @web.middleware
    async def guard(self, request: web.Request, handler):
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            return problem(401, "Unauthenticated", f"the {SECRET_HEADER} header is missing or wrong")
        if self.closing:
            return problem(503, "Shutting down", "clinic-media is stopping")
        try:
            return await handler(request)
        except ClinicError as err:
            return problem(err.status, err.title, str(err))
        except web.HTTPException:
            raise
        except Exception as err:  # noqa: BLE001 - never a bare 500 without a body
            log.exception("control request failed")
            return problem(500, "Internal error", type(err).__name__)

    def app(self) -> web.Application:
        app = web.Application(middlewares=[self.guard], client_max_size=MAX_BODY_BYTES)
        app.router.add_get("/health", self.health)
        app.router.add_post("/rooms/{encounter_id}/offer", self.offer)
        app.router.add_get("/rooms/{encounter_id}", self.get_room)
        app.router.add_delete("/rooms/{encounter_id}", self.delete_room)
        app.router.add_post("/rooms/{encounter_id}/chat", self.chat)
        app.router.add_post("/rooms/{encounter_id}/view", self.view)
        app.on_shutdown.append(self._shutdown)
        return app

    async def _body(self, request: web.Request, model):
        try:
            raw = await request.json()
        except (ValueError, UnicodeDecodeError):
            raise _Bad("the body is not JSON") from None
        try:
            return model.model_validate(raw)
        except ValidationError as err:
            first = err.errors()[0]
            raise _Bad(f"{'.'.join(map(str, first['loc'])) or 'body'}: {first['msg']}") from None

    async def health(self, request: web.Request) -> web.Response:
        return web.json_response({"ok": True, "rooms": len(self.rooms)})

    async def offer(self, request: web.Request) -> web.Response:
        encounter_id = request.match_info["encounter_id"]
        try:
            body: OfferIn = await self._body(request, OfferIn)
            check_sdp(body.sdp)
        except (_Bad, ValueError) as err:
            return problem(400, "Bad offer", str(err))
        async with self._lock:
            room = self.rooms.get(encounter_id)
            if room is not None and not room.ended:
                if room.doctor_id != body.doctor_id or room.consult_id != body.consult_id:
                    return problem(409, "Room taken", f"the room of encounter {encounter_id} is held by another "
                                                      "doctor or consult")
                try:
                    answer = await room.negotiate(body.sdp, [s.model_dump() for s in body.ice_servers])
                except ValueError as err:
                    return problem(400, "Bad offer", str(err))
                return web.json_response({"sdp": answer.sdp, "type": answer.type, "room": room.describe()})
            enc = await asyncio.to_thread(self.reporter.check_encounter, encounter_id)  # 404 / 409
            room = Room(encounter_id=encounter_id, consult_id=body.consult_id, doctor_id=body.doctor_id,
                        patient_id=enc["patient_id"], settings=self.settings, reporter=self.reporter,
                        caption_engine=self.caption_engine if self.settings.media.captions else None,
                        recorder_factory=self._recorder_factory())
            try:
                answer = await room.negotiate(body.sdp, [s.model_dump() for s in body.ice_servers])
                await asyncio.to_thread(self.reporter.requested_sync, room)
            except (ValueError, ClinicError) as err:
                await room.end("refused")  # nothing was reported: no consult row, no events
                await self._discard_recording(room)
                if isinstance(err, ClinicError):
                    raise
                return problem(400, "Bad offer", str(err))
            room.requested = True
            self.rooms[encounter_id] = room
            return web.json_response({"sdp": answer.sdp, "type": answer.type, "room": room.describe()})

    async def _discard_recording(self, room: Room) -> None:
        if room.recorder is not None:
            room.recorder.writer.path.unlink(missing_ok=True)

    def _room(self, request: web.Request) -> Room:
        from appliance.errors import NotFound

        room = self.rooms.get(request.match_info["encounter_id"])
        if room is None:
            raise NotFound(f"no room for encounter {request.match_info['encounter_id']}")
        return room

    async def get_room(self, request: web.Request) -> web.Response:
        return web.json_response(self._room(request).describe())

    async def view(self, request: web.Request) -> web.Response:
        room = self._room(request)
        try:
            body: ViewIn = await self._body(request, ViewIn)
            check_sdp(body.sdp)
        except (_Bad, ValueError) as err:
            return problem(400, "Bad offer", str(err))
        if room.ended:
            return problem(409, "Call ended", f"the call in the room of encounter {room.encounter_id} has ended")
        try:
            answer = await room.view(body.sdp)
        except ValueError as err:
            return problem(400, "Bad offer", str(err))
        return web.json_response({"sdp": answer.sdp, "type": answer.type})

    async def chat(self, request: web.Request) -> web.Response:
        room = self._room(request)
        try:
            body: ChatIn = await self._body(request, ChatIn)
        except _Bad as err:
            return problem(400, "Bad chat message", str(err))
        return web.json_response({"sent": room.send_chat(body.text)})

    async def delete_room(self, request: web.Request) -> web.Response:
        room = self._room(request)
        async with self._lock:
            result = await room.end("ended by the signalling")
            self.rooms.pop(room.encounter_id, None)
        return web.json_response(result)

    async def _shutdown(self, app) -> None:
        self.closing = True
        for room in list(self.rooms.values()):
            await room.end("clinic-media stopped")
        self.rooms.clear()


class _Bad(Exception):
    pass
