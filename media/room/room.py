"""One clinic room's call: its peer connection to the doctor (relay-only ICE), the room's camera and
microphone out, the doctor's audio and video in (recorded; played where a speaker is set), live captions
and chat on data channels, quality sampling and the video policy, and the consult's events."""
from __future__ import annotations

import asyncio
import json
import logging
import time
import uuid
from typing import Any, Callable

import numpy as np
from aiortc import (MediaStreamTrack, RTCConfiguration, RTCIceServer, RTCIceTransportPolicy, RTCPeerConnection,
                    RTCSessionDescription)
from aiortc.contrib.media import MediaPlayer, MediaRelay
from aiortc.mediastreams import MediaStreamError

from .captions import CaptionTap
from .const import CAPTIONS_LABEL, CHAT_LABEL, CONTROL_TICK_S, MAX_CHAT_CHARS, RECONNECT_WAIT_S
from .icerestart import NotARestart, Switch, keep_transport, restart_ice, restart_offer
from .quality import Quality, StatsReader, VideoPolicy
from .retime import Monotonic

log = logging.getLogger("clinic.media.room")


class VideoGate(MediaStreamTrack):
    """The room's video as sent: frames pass while `on`; while off the sender waits (nothing is sent)."""

    kind = "video"

    def __init__(self, source: MediaStreamTrack, on: asyncio.Event) -> None:
        super().__init__()
        self.source, self.on = source, on

    async def recv(self):
        while True:
            await self.on.wait()
            frame = await self.source.recv()
            if self.on.is_set():
                return frame


class Follow(MediaStreamTrack):
    """The doctor's audio or video as the clinic PC's room view gets it: a relay subscription to whatever
    track the doctor now sends (an ICE restart brings new tracks; it follows them). Without one it waits:
    nothing is sent, and the room view says it is waiting for the doctor's video / sound."""

    def __init__(self, room: "Room", kind: str) -> None:
        super().__init__()
        self.kind = kind
        self.room = room
        self._source = None
        self._proxy = None

    async def recv(self):
        while True:
            if self.readyState != "live":
                raise MediaStreamError
            source = self.room.doctor_tracks.get(self.kind)
            if source is not None and source is not self._source and source.readyState == "live":
                self._source, self._proxy = source, self.room.relay.subscribe(source, buffered=False)
            if self._proxy is None:
                await asyncio.sleep(0.1)
                continue
            try:
                return await self._proxy.recv()
            except MediaStreamError:   # the doctor's track ended: wait for the next one
                self._proxy = None

    def stop(self) -> None:
        super().stop()
        if self._proxy is not None:
            self._proxy.stop()


def open_sources(media_settings) -> MediaPlayer | tuple[MediaPlayer | None, MediaPlayer | None]:
    """The room's camera and microphone: a file (tests, demos) or the V4L2 and ALSA devices."""
    m = media_settings
    if m.source_file:
        player = MediaPlayer(m.source_file, loop=True)
        return player, player
    camera = MediaPlayer(m.camera, format="v4l2", options={"video_size": m.camera_size}) if m.camera else None
    mic = MediaPlayer(m.microphone, format="alsa") if m.microphone else None
    return camera, mic


class Room:
    def __init__(self, *, encounter_id: str, consult_id: str, doctor_id: str, patient_id: str, settings,
                 reporter, caption_engine, recorder_factory: Callable[[], Any] | None) -> None:
        self.encounter_id, self.consult_id, self.doctor_id = encounter_id, consult_id, doctor_id
        self.patient_id = patient_id
        self.settings = settings
        self.media = settings.media
        self.reporter = reporter
        self.state = "connecting"
        self.requested = False
        self.started_at: float | None = None
        self.t_offer = time.monotonic()
        self.setup_s: float | None = None
        self.pc: RTCPeerConnection | None = None
        self.relay = MediaRelay()
        camera, mic = open_sources(self.media)
        self._players = [p for p in {id(p): p for p in (camera, mic) if p is not None}.values()]
        self.room_video = Monotonic(camera.video) if camera is not None and camera.video is not None else None
        self.room_audio = Monotonic(mic.audio) if mic is not None and mic.audio is not None else None
        self.video_on = asyncio.Event()   # audio first: video starts once the link has shown it can
        self.policy = VideoPolicy(self.media.video_floor_kbps, self.media.video_restore_s, start_on=False)
        self.stats = StatsReader()
        self.quality = Quality()
        self.samples: list[dict] = []
        self.degraded_s = 0.0
        self.captions_channel = None
        self.chat_channel = None
        self.chat: list[dict] = []
        self.video_frames_in = 0
        self.video_in_at: float | None = None   # monotonic time of the doctor's last video frame
        self.audio_level_in = 0.0
        self.doctor_tracks: dict[str, MediaStreamTrack] = {}   # what the doctor sends now, by kind
        self.views: list[RTCPeerConnection] = []                # the clinic PC's room view (LAN, host only)
        self.video_sender = None
        self.recorder = recorder_factory() if recorder_factory else None
        self.captions: CaptionTap | None = None
        if caption_engine is not None and self.room_audio is not None:
            self.captions = CaptionTap(caption_engine, self._send_caption)
            self.captions.start(self.relay.subscribe(self.room_audio, buffered=False))
        if self.recorder is not None and self.room_audio is not None:
            self.recorder.attach("room", self.relay.subscribe(self.room_audio, buffered=True))
        self.room_onsets: list[float] = []   # wall times the room's sound started after a silence
        self._tasks: list[asyncio.Task] = [asyncio.ensure_future(self._control())]
        if self.room_audio is not None:
            self._tasks.append(asyncio.ensure_future(self._meter(self.relay.subscribe(self.room_audio,
                                                                                      buffered=False))))
        if self.room_video is not None:
            # the camera is read all call long, video on or off: an aiortc player queues every frame it
            # captures or decodes until someone reads it (unbounded), so a room whose video was off (audio
            # first, a 2G link) grew by the camera's 1.7 MB/s until the box ran out of memory
            self._tasks.append(asyncio.ensure_future(self._drain(self.relay.subscribe(self.room_video,
                                                                                      buffered=False))))
        self._reconnect: asyncio.TimerHandle | None = None
        self._last_sample = time.monotonic()
        self.ended = False
        self.shown_captions: list[dict] = []
        self.negotiations = 0   # offers answered (more than one: ICE restarts / renegotiations)
        self.ice_restarts = 0   # of them, ICE restarts answered in place (same peer connection)
        self.switch: Switch | None = None
        self.offer_sdp: str | None = None

    # ---- negotiation -------------------------------------------------------------------------
    async def negotiate(self, sdp: str, ice_servers: list[dict]) -> RTCSessionDescription:
        """Answer an offer. An ICE restart of the call (the doctor's link was cut) restarts ICE in place under
        the same peer connection: same DTLS, tracks, data channels and recording. Any other second offer
        replaces the peer connection (no new join either way). Raises ValueError on an offer that does not
        apply (the old connection, if any, is kept)."""
        config = RTCConfiguration(
            iceServers=[RTCIceServer(urls=s["urls"], username=s.get("username"), credential=s.get("credential"))
                        for s in ice_servers],
            iceTransportPolicy=RTCIceTransportPolicy.RELAY)
        if self.pc is not None and self.switch is not None and self.offer_sdp is not None \
                and self.pc.connectionState != "closed":
            try:
                restart = restart_offer(self.offer_sdp, sdp)
            except NotARestart as why:
                log.info("room %s: a new peer connection for the doctor's offer (%s)", self.encounter_id, why)
            else:
                try:
                    answer = await restart_ice(self.pc, self.switch, restart, config.iceServers,
                                               config.iceTransportPolicy)
                except ConnectionError as err:
                    raise ValueError(f"the ICE restart cannot be answered: {err}") from err
                self.offer_sdp = sdp
                self.negotiations += 1
                self.ice_restarts += 1
                self.t_offer = time.monotonic()
                if self._reconnect is not None:
                    self._reconnect.cancel()
                    self._reconnect = None
                return RTCSessionDescription(sdp=answer, type="answer")
        pc = RTCPeerConnection(config)
        try:
            self._listen(pc)  # before the offer applies: its tracks are announced while it does
            await pc.setRemoteDescription(RTCSessionDescription(sdp=sdp, type="offer"))
            self._add_tracks(pc)
            await pc.setLocalDescription(await pc.createAnswer())
        except Exception as err:
            await pc.close()
            raise ValueError(f"the offer cannot be answered: {err}") from err
        old, self.pc = self.pc, pc
        self.switch = keep_transport(pc)   # DTLS outlives a cut, ready for an ICE restart in place
        self.offer_sdp = sdp
        self.negotiations += 1
        self.t_offer = time.monotonic()
        if self._reconnect is not None:
            self._reconnect.cancel()
            self._reconnect = None
        if old is not None:
            asyncio.ensure_future(old.close())
            self.state = "connecting"
        return pc.localDescription

    async def view(self, sdp: str, max_views: int = 2) -> RTCSessionDescription:
        """Answer the clinic PC's room view: its browser on the clinic LAN receives the doctor's audio and
        video (relayed, not re-requested from the doctor). No ICE servers: host candidates only — the kiosk
        and the box share the LAN, nothing goes through TURN. A newer view replaces the oldest past
        `max_views` (a reloaded page). Raises ValueError on an offer that does not apply."""
        if self.ended:
            raise ValueError("the call has ended")
        pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
        try:
            await pc.setRemoteDescription(RTCSessionDescription(sdp=sdp, type="offer"))
            kinds = [t.kind for t in pc.getTransceivers()]
            if not kinds:
                raise ValueError("the offer asks for neither audio nor video")
            for kind in dict.fromkeys(kinds):
                pc.addTrack(Monotonic(Follow(self, kind)))
            await pc.setLocalDescription(await pc.createAnswer())
        except Exception as err:
            await pc.close()
            raise ValueError(f"the room view's offer cannot be answered: {err}") from err

        @pc.on("connectionstatechange")
        async def on_state() -> None:
            if pc.connectionState in ("failed", "closed") and pc in self.views:
                self.views.remove(pc)
                await pc.close()
        self.views.append(pc)
        while len(self.views) > max_views:
            asyncio.ensure_future(self.views.pop(0).close())
        return pc.localDescription

    def _add_tracks(self, pc: RTCPeerConnection) -> None:
        kinds = {t.kind for t in pc.getTransceivers()}
        if "audio" in kinds and self.room_audio is not None:
            pc.addTrack(self.relay.subscribe(self.room_audio, buffered=False))
        if "video" in kinds and self.room_video is not None:
            self.video_sender = pc.addTrack(VideoGate(self.relay.subscribe(self.room_video, buffered=False),
                                                      self.video_on))

    def _listen(self, pc: RTCPeerConnection) -> None:
        @pc.on("datachannel")
        def on_datachannel(channel) -> None:
            if channel.label == CAPTIONS_LABEL:
                self.captions_channel = channel
                # audio first: the doctor's side sends no video until the room says the link carries it
                state = "on" if self.video_on.is_set() else "off"
                if channel.readyState == "open":
                    self._send(channel, {"type": "video", "state": state})
                else:
                    channel.on("open", lambda: self._send(channel, {"type": "video", "state":
                                                                    "on" if self.video_on.is_set() else "off"}))
            elif channel.label == CHAT_LABEL:
                self.chat_channel = channel

                @channel.on("message")
                def on_message(message) -> None:
                    self._on_chat(message)

        @pc.on("track")
        def on_track(track) -> None:
            self._tasks.append(asyncio.ensure_future(self._consume(track)))

        @pc.on("connectionstatechange")
        async def on_state() -> None:
            if pc is not self.pc or self.ended:
                return
            if pc.connectionState == "connected":
                self.state = "connected"
                if self.started_at is None:
                    self.started_at = time.monotonic()
                    self.setup_s = self.started_at - self.t_offer
                    await self.reporter.started(self, self.setup_s)
            elif pc.connectionState in ("failed", "disconnected") and self.state != "ended":
                self.state = "disconnected"
                if pc.connectionState == "failed" and self._reconnect is None:
                    loop = asyncio.get_running_loop()
                    self._reconnect = loop.call_later(RECONNECT_WAIT_S,
                                                      lambda: asyncio.ensure_future(self.end("connection lost")))

    async def _consume(self, remote) -> None:
        """The doctor's media: audio measured and recorded (and played), video counted and recorded; the
        room view and the speaker get relay subscriptions of the same track."""
        self.doctor_tracks[remote.kind] = remote
        track = self.relay.subscribe(remote, buffered=False)
        player = None
        if track.kind == "audio" and self.media.speaker:
            from aiortc.contrib.media import MediaRecorder
            try:
                player = MediaRecorder(self.media.speaker, format="alsa")
                player.addTrack(self.relay.subscribe(remote))
                await player.start()
            except Exception:  # noqa: BLE001 - no speaker: recorded only
                log.warning("speaker %s unavailable", self.media.speaker)
                player = None
        try:
            while True:
                frame = await track.recv()
                if track.kind == "video":
                    self.video_frames_in += 1
                    self.video_in_at = time.monotonic()
                    if self.recorder is not None and hasattr(self.recorder, "write_video"):
                        self.recorder.write_video(frame)
                    continue
                samples = frame.to_ndarray().astype(np.float32) / 32768.0
                self.audio_level_in = max(self.audio_level_in * 0.98, float(np.sqrt(np.mean(samples ** 2))))
                if self.recorder is not None:
                    self.recorder.write_frame(self.recorder.lanes["doctor"], frame)
        except (MediaStreamError, asyncio.CancelledError):
            pass
        finally:
            if player is not None:
                await player.stop()

    async def _meter(self, track) -> None:
        """Onsets of the room's sound (speech after ≥ 300 ms of silence): the mouth end of the latency
        that `clinic bench media` measures."""
        quiet_s = 0.0
        try:
            while True:
                frame = await track.recv()
                samples = frame.to_ndarray().astype(np.float32) / 32768.0
                level = float(np.sqrt(np.mean(samples ** 2)))
                if level < 0.005:
                    quiet_s += frame.samples / frame.sample_rate
                elif level > 0.02:
                    if quiet_s >= 0.3:
                        self.room_onsets.append(time.time())
                        del self.room_onsets[:-20]
                    quiet_s = 0.0
        except (MediaStreamError, asyncio.CancelledError):
            return

    @staticmethod
    async def _drain(track) -> None:
        """Read a track and drop its frames (the relay then keeps only the latest for the video sender)."""
        try:
            while True:
                await track.recv()
        except (MediaStreamError, asyncio.CancelledError):
            return

    # ---- data channels ---------------------------------------------------------------------------
    def _send(self, channel, payload: dict) -> bool:
        if channel is None or channel.readyState != "open":
            return False
        channel.send(json.dumps(payload))
        return True

    def _send_caption(self, caption: dict) -> None:
        if self._send(self.captions_channel, caption) and caption.get("text"):
            # what the doctor was sent, kept for the room's own screen (GET /rooms/{id}): a partial is replaced
            entry = {"text": caption["text"], "final": bool(caption.get("final")), "at": time.time()}
            if self.shown_captions and not self.shown_captions[-1]["final"]:
                self.shown_captions[-1] = entry
            else:
                self.shown_captions.append(entry)
            del self.shown_captions[:-10]

    def _on_chat(self, message) -> None:
        try:
            data = json.loads(message)
            text = str(data.get("text", ""))[:MAX_CHAT_CHARS]
        except (ValueError, AttributeError, TypeError):
            return
        if text:
            self.chat.append({"from": "doctor", "text": text, "at": time.time()})
            del self.chat[:-50]

    def send_chat(self, text: str) -> bool:
        if not self._send(self.chat_channel, {"type": "chat", "text": text, "from": "room", "sent_at": time.time()}):
            return False   # the doctor's chat channel is not open (yet): nothing is kept as said
        self.chat.append({"from": "room", "text": text, "at": time.time()})
        del self.chat[:-50]
        return True

    # ---- quality and the video policy -------------------------------------------------------------
    def _estimate_bps(self) -> int | None:
        sender = self.video_sender
        encoder = getattr(sender, "_RTCRtpSender__encoder", None) if sender is not None else None
        return getattr(encoder, "target_bitrate", None) if self.video_on.is_set() else None

    async def _control(self) -> None:
        while not self.ended:
            await asyncio.sleep(CONTROL_TICK_S)
            pc = self.pc
            if pc is None or self.started_at is None:
                continue
            try:
                self.quality = self.stats.read(await pc.getStats(), self._estimate_bps())
            except Exception:  # noqa: BLE001 - a connection being replaced
                log.debug("stats unavailable", exc_info=True)
                continue
            q = self.quality.as_dict()
            self.samples.append(q)
            decision = self.policy.step(self.quality)
            if decision is not None:   # the technician's account of why the video went off or came back
                log.info("room %s: video %s (quality %s)", self.encounter_id, decision, q)
            if decision == "degrade":
                self.video_on.clear()
                # the doctor's page pauses its own video too: the link carries audio, captions and chat
                self._send(self.captions_channel, {"type": "video", "state": "off", "quality": q})
                await self.reporter.degraded(self, q)
            elif decision == "start":
                self.video_on.set()
                self._send(self.captions_channel, {"type": "video", "state": "on", "quality": q})
            elif decision == "restore":
                off = time.monotonic() - (self.policy.off_since or time.monotonic())
                self.degraded_s += off
                encoder = getattr(self.video_sender, "_RTCRtpSender__encoder", None)
                if encoder is not None and hasattr(encoder, "target_bitrate"):
                    encoder.target_bitrate = int(self.media.video_floor_kbps * 2000)  # probe gently
                self.video_on.set()
                self._send(self.captions_channel, {"type": "video", "state": "on", "quality": q})
                await self.reporter.restored(self, q, off)
            if time.monotonic() - self._last_sample >= self.media.quality_sample_s:
                self._last_sample = time.monotonic()
                await self.reporter.sampled(self, q)

    def summary(self) -> dict:
        def stat(name, fn):
            values = [s[name] for s in self.samples if s.get(name) is not None]
            return round(fn(values), 3) if values else None
        return {"rtt_ms_avg": stat("rtt_ms", lambda v: sum(v) / len(v)), "rtt_ms_max": stat("rtt_ms", max),
                "loss_avg": stat("loss", lambda v: sum(v) / len(v)), "loss_max": stat("loss", max),
                "send_kbps_avg": stat("send_kbps", lambda v: sum(v) / len(v)),
                "recv_kbps_avg": stat("recv_kbps", lambda v: sum(v) / len(v)), "samples": len(self.samples)}

    # ---- state and end ----------------------------------------------------------------------------
    @property
    def duration_s(self) -> float:
        return 0.0 if self.started_at is None else time.monotonic() - self.started_at

    def describe(self) -> dict:
        return {"encounter_id": self.encounter_id, "consult_id": self.consult_id, "doctor_id": self.doctor_id,
                "patient_id": self.patient_id, "state": self.state,
                "video": "on" if self.video_on.is_set() else "off",
                "setup_s": None if self.setup_s is None else round(self.setup_s, 3),
                "duration_s": round(self.duration_s, 1),
                "captions_sent": self.captions.sent if self.captions else 0,
                "chat": self.chat[-20:],
                "media_in": {"video_frames": self.video_frames_in, "audio_level": round(self.audio_level_in, 5),
                             "video_live": self.video_in_at is not None and time.monotonic() - self.video_in_at < 2.0},
                "views": len(self.views),
                "room_onsets": self.room_onsets[-10:], "degradations": self.policy.stops,
                "negotiations": self.negotiations, "ice_restarts": self.ice_restarts, "captions": self.shown_captions[-10:],
                "quality": self.quality.as_dict()}

    async def end(self, reason: str = "ended") -> dict:
        if self.ended:
            return {"encounter_id": self.encounter_id, "consult_id": self.consult_id, "state": "ended"}
        self.ended = True
        self.state = "ended"
        if self._reconnect is not None:
            self._reconnect.cancel()
        if not self.video_on.is_set() and self.policy.off_since is not None and not self.policy.starting:
            self.degraded_s += time.monotonic() - self.policy.off_since
        self.video_on.set()  # release a waiting sender
        for task in self._tasks:
            task.cancel()
        if self.captions is not None:
            await self.captions.stop()
        if self.pc is not None:
            await self.pc.close()
        for view in self.views:
            await view.close()
        self.views.clear()
        for track in (self.room_audio, self.room_video):
            if track is not None:
                track.stop()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        duration = self.duration_s
        recording = None
        if self.recorder is not None:
            size = await self.recorder.close()
            recording = {"id": self.recorder.recording_id, "filename": self.recorder.writer.path.name,
                         "bytes": size, "duration_s": self.recorder.duration_s}
        result = await self.reporter.ended(self, duration, self.degraded_s, self.summary(), recording, reason)
        return {"encounter_id": self.encounter_id, "consult_id": self.consult_id, "state": "ended",
                "duration_s": round(duration, 1), "recording_id": recording["id"] if recording else None,
                **(result or {})}


def new_recording_id() -> str:
    return str(uuid.uuid4())
