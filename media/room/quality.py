"""A room's link quality from its peer connection's stats, and the video policy on top of it: video
follows the bandwidth estimate (the doctor's REMB drives the VP8 target), stops when the estimate falls
under the floor or the audio loses too much, and comes back after a stretch of good link (longer after
each stop, so a link that cannot carry video does not flap)."""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from .const import DEGRADE_AFTER_S, LOSS_DEGRADE, LOSS_RESTORE, RTCP_STALE_S, RTT_DEGRADE_MS


@dataclass
class Quality:
    rtt_ms: float | None = None
    loss: float | None = None
    send_kbps: float | None = None
    recv_kbps: float | None = None
    estimate_kbps: float | None = None
    rtcp_age_s: float | None = None   # since the doctor last reported on the room's audio (RTCP RR)

    def as_dict(self) -> dict:
        return {k: (None if v is None else round(v, 3 if k == "loss" else 1)) for k, v in self.__dict__.items()}


@dataclass
class StatsReader:
    """Turns successive getStats() reports into rates."""
    _last: dict = field(default_factory=dict)
    _lost: dict = field(default_factory=dict)
    _rr: tuple = (None, 0.0)          # (packets the doctor reported received, when that count changed)

    def read(self, report, estimate_bps: int | None) -> Quality:
        now = time.monotonic()
        q = Quality(estimate_kbps=None if estimate_bps is None else estimate_bps / 1000)
        sent = received = 0
        rtts, losses = [], []
        reported = None
        for s in report.values():
            kind = getattr(s, "type", "")
            if kind == "transport":   # everything on the wire: media, RTCP, data channels
                sent += s.bytesSent
                received += s.bytesReceived
            elif kind == "remote-inbound-rtp":
                if s.roundTripTime is not None:
                    rtts.append(s.roundTripTime * 1000)
                if s.fractionLost is not None and s.kind == "audio":
                    losses.append(s.fractionLost / 256)  # RTCP fraction lost, in 1/256
                    reported = s.packetsReceived
        if "t" in self._last:
            dt = max(now - self._last["t"], 1e-3)
            q.send_kbps = max(0.0, (sent - self._last["sent"]) * 8 / 1000 / dt)
            q.recv_kbps = max(0.0, (received - self._last["received"]) * 8 / 1000 / dt)
        self._last = {"t": now, "sent": sent, "received": received}
        if self._rr[1] == 0.0:
            self._rr = (None, now)            # no report yet counts from the first look
        if reported is not None and reported != self._rr[0]:
            self._rr = (reported, now)
        q.rtcp_age_s = now - self._rr[1]
        q.rtt_ms = max(rtts) if rtts else None
        q.loss = max(losses) if losses else None
        return q


class VideoPolicy:
    """Decides video on/off from the quality samples. `step` returns "degrade", "restore" or None."""

    def __init__(self, floor_kbps: float, restore_s: float, start_on: bool = True) -> None:
        self.floor = floor_kbps
        self.restore_s = restore_s
        self.video_on = start_on
        self.starting = not start_on     # audio first: video only once the link has shown it can
        self.stops = 0
        self._bad_since: float | None = None
        self._good_since: float | None = None
        self.off_since: float | None = None

    def step(self, q: Quality, now: float | None = None) -> str | None:
        now = time.monotonic() if now is None else now
        if self.video_on:
            bad = (q.estimate_kbps is not None and q.estimate_kbps < self.floor) or \
                  (q.loss is not None and q.loss > LOSS_DEGRADE) or \
                  (q.rtt_ms is not None and q.rtt_ms > RTT_DEGRADE_MS) or \
                  (q.rtcp_age_s is not None and q.rtcp_age_s > RTCP_STALE_S)  # reports lost in a full queue
            self._bad_since = (self._bad_since or now) if bad else None
            if bad and now - self._bad_since >= DEGRADE_AFTER_S:
                self.video_on, self.off_since, self._good_since = False, now, None
                self.stops += 1
                return "degrade"
            return None
        good = (q.loss is None or q.loss < LOSS_RESTORE) and (q.rtt_ms is None or q.rtt_ms < RTT_DEGRADE_MS / 2) \
            and (q.rtcp_age_s is None or q.rtcp_age_s < RTCP_STALE_S)
        self._good_since = (self._good_since or now) if good else None
        wait = self.restore_s / 2 if self.starting else min(self.restore_s * 2 ** (self.stops - 1), 120.0)
        if good and now - self._good_since >= wait:
            self.video_on, self._bad_since = True, None
            if self.starting:
                self.starting = False
                return "start"
            return "restore"
        return None
