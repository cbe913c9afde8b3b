"""The call's live state for the kiosk's room view, asked of clinic-media's loopback control interface
(`GET /rooms/{encounter_id}`, media/README.md) — the box never reads clinic-media's memory or tables, and
clinic-media not running, or no call in the room, is a state the kiosk shows, not an error."""
from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import quote

from media.room.const import MEDIA_DIRNAME, SECRET_FILENAME, SECRET_HEADER

from ..errors import ClinicError, Conflict

TIMEOUT_S = 2.0
VIEW_TIMEOUT_S = 20.0     # answering gathers the box's host candidates first


class RoomUnavailable(ClinicError):
    """clinic-media is not running or not answering: a state of the room (as the call route's `unavailable`),
    not a server error."""

    status, title, type_slug = 409, "Room unavailable", "room-unavailable"


class BadViewOffer(ClinicError):
    status, title, type_slug = 400, "Bad offer", "bad-offer"
CAPTIONS_SHOWN = 6


def _secret(settings) -> str | None:
    path = settings.box.data_dir / MEDIA_DIRNAME / SECRET_FILENAME
    try:
        return path.read_text().strip() or None
    except OSError:
        return None


def ask_room(settings, encounter_id: str) -> tuple[int, dict[str, Any] | None]:
    """(HTTP status, body) of clinic-media's room; (0, None) when it cannot be reached."""
    secret = _secret(settings)
    if secret is None:
        return 0, None
    url = f"http://127.0.0.1:{settings.media.control_port}/rooms/{quote(encounter_id, safe='')}"
    req = urllib.request.Request(url, headers={SECRET_HEADER: secret})
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT_S) as r:
            return r.status, json.loads(r.read() or b"{}")
    except urllib.error.HTTPError as err:
        return err.code, None
    except (OSError, ValueError):
        return 0, None


def offer_view(settings, encounter_id: str, sdp: str) -> dict[str, str]:
    """The clinic PC's room view joins the call: its browser's offer (receive-only audio + video) handed to
    clinic-media (`POST /rooms/{id}/view`), clinic-media's answer back. Raises RoomUnavailable (not running),
    Conflict (no call in the room, or it ended) or BadViewOffer."""
    secret = _secret(settings)
    if secret is None:
        raise RoomUnavailable("the room's video system (clinic-media) is not running")
    url = f"http://127.0.0.1:{settings.media.control_port}/rooms/{quote(encounter_id, safe='')}/view"
    req = urllib.request.Request(url, data=json.dumps({"sdp": sdp, "type": "offer"}).encode(), method="POST",
                                 headers={SECRET_HEADER: secret, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=VIEW_TIMEOUT_S) as r:
            body = json.loads(r.read() or b"{}")
            return {"sdp": body["sdp"], "type": body["type"]}
    except urllib.error.HTTPError as err:
        try:
            detail = json.loads(err.read() or b"{}").get("detail") or ""
        except ValueError:
            detail = ""
        if err.code in (404, 409):
            raise Conflict("there is no call in the room yet" if err.code == 404 else "the call has ended") from None
        if err.code == 400:
            raise BadViewOffer(detail or "the offer was refused") from None
        raise RoomUnavailable(f"the room's video system answered {err.code}") from None
    except (OSError, ValueError, KeyError):
        raise RoomUnavailable("the room's video system (clinic-media) cannot be reached") from None


def call_view(request: dict[str, Any], status: int, room: dict[str, Any] | None) -> dict[str, Any]:
    """What the room view shows: connected or not, audio / video on or off, link quality, the captions."""
    base = {"teleconsult_id": request["id"], "request_status": request["status"], "state": "no_call",
            "connected": False, "audio_in": False, "video": "off", "doctor_video": False,
            "doctor_id": request.get("doctor_id"),
            "duration_s": None, "quality": None, "captions": []}
    if status == 0:
        return {**base, "state": "unavailable"}
    if status != 200 or not room:
        return base
    media_in = room.get("media_in") or {}
    q = room.get("quality") or {}
    quality = {k: q.get(k) for k in ("rtt_ms", "loss", "send_kbps", "recv_kbps", "estimate_kbps")}
    quality["level"] = _level(q, room.get("video"))
    return {**base, "state": room.get("state", "connecting"), "connected": room.get("state") == "connected",
            "audio_in": (media_in.get("audio_level") or 0) > 0, "video": room.get("video", "off"),
            "doctor_video": bool(media_in.get("video_live")),
            "doctor_id": room.get("doctor_id") or request.get("doctor_id"), "duration_s": room.get("duration_s"),
            "quality": quality,
            "captions": [{"text": c.get("text", ""), "final": bool(c.get("final")), "at": c.get("at")}
                         for c in (room.get("captions") or [])[-CAPTIONS_SHOWN:] if c.get("text")]}


def _level(q: dict[str, Any], video: str | None) -> str:
    """good / fair / poor, for a health worker: video on and a short round trip is good."""
    rtt, loss = q.get("rtt_ms"), q.get("loss") or 0
    if rtt is None:
        return "unknown"
    if video == "on" and rtt < 400 and loss < 0.03:
        return "good"
    if rtt < 1000 and loss < 0.10:
        return "fair"
    return "poor"
