"""The box's HTTP link to the hub: one kept-alive connection (TLS resumed on reconnect), timeouts
sized to what the link measures, and the bytes it really carried.

A 2G link is slow, not dead: a wait sized for a LAN cuts a request that was still arriving, and a
handshake per request costs seconds. So the link keeps one connection, reconnects with the last TLS
session (an abbreviated handshake), and sizes every wait from the kernel's own round-trip figures
(TCP_INFO) and the bytes per second it has seen.
"""
from __future__ import annotations

import http.client
import select
import socket
import ssl
import struct
import time
from dataclasses import dataclass, field
from typing import Sequence
from urllib.parse import urlsplit

from .errors import HubNotTrusted, TransportError

# A poor 2G link until something is measured: waits start generous and shrink to the link.
PRIOR_RTT_S = 1.0
PRIOR_RATE_BPS = 2_000          # bytes per second
FLOOR_S = 2.0                   # no wait shorter than this, however good the link looks
SMOOTHING = 0.3                 # weight of a new sample in the running figures
MIN_RATE_SAMPLE = 3_000         # bytes: a smaller exchange says more about the round trip than the rate


@dataclass
class LinkMeter:
    """The link as measured: round trip (kernel's smoothed RTT and its variation), bytes per second
    (both ways share a 2G channel), and the hub's own time per request; every wait is derived here."""

    rtt_s: float = PRIOR_RTT_S
    rttvar_s: float = PRIOR_RTT_S / 2
    rate_bps: float = PRIOR_RATE_BPS
    hub_s: float = 1.0
    ceiling_s: float = 60.0

    @property
    def rto_s(self) -> float:
        """TCP's retransmission timeout on this link (RFC 6298), at least Linux's 200 ms."""
        return max(0.2, self.rtt_s + 4 * self.rttvar_s)

    def _clamp(self, seconds: float) -> float:
        return min(self.ceiling_s, max(FLOOR_S, seconds))

    def connect_timeout(self) -> float:
        # A lost SYN is sent again after 1 s, then 2 s more: two losses in a row still connect.
        return self._clamp(3.5 + 3 * self.rtt_s)

    def idle_timeout(self) -> float:
        """No byte for this long means the link is cut: the same segment lost three times in a row
        (waits of 1, 2 and 4 RTO) still arrives inside it."""
        return self._clamp(1.0 + 7 * self.rto_s)

    def send_timeout(self, nbytes: int) -> float:
        """Python's sendall counts its timeout over the whole body."""
        return self._clamp(self.idle_timeout() + 2 * nbytes / self.rate_bps)

    def answer_timeout(self, nbytes: int) -> float:
        """Until the answer's first byte: the body may still sit in the kernel's send buffer, then the
        hub works on it."""
        return self._clamp(self.idle_timeout() + 2 * nbytes / self.rate_bps + 3 * self.hub_s)

    FIGURES = ("rtt_s", "rttvar_s", "rate_bps", "hub_s")

    def figures(self) -> dict[str, float]:
        """What to keep for the next run, so its first waits fit the link too."""
        return {name: round(getattr(self, name), 4) for name in self.FIGURES}

    @classmethod
    def from_figures(cls, figures: dict, ceiling_s: float) -> "LinkMeter":
        kept = {k: float(v) for k, v in figures.items() if k in cls.FIGURES and isinstance(v, (int, float)) and v > 0}
        return cls(ceiling_s=ceiling_s, **kept)

    def observe_rtt(self, rtt_s: float, rttvar_s: float | None = None) -> None:
        self.rtt_s = rtt_s if rtt_s > 0 else self.rtt_s
        if rttvar_s is not None:
            self.rttvar_s = rttvar_s

    def observe_transfer(self, nbytes: int, seconds: float) -> None:
        if nbytes >= MIN_RATE_SAMPLE and seconds > 0:
            self.rate_bps += SMOOTHING * (nbytes / seconds - self.rate_bps)

    def observe_hub(self, seconds: float) -> None:
        # The slowest recent answer matters more than the mean: decay slowly, jump up at once.
        self.hub_s = max(seconds, self.hub_s + SMOOTHING * (seconds - self.hub_s))


@dataclass
class LinkStats:
    """What the link did: exchanges, failures, connections (and how many resumed TLS), wire bytes
    (TCP payload incl. TLS and HTTP headers, retransmissions included when the kernel tells)."""

    exchanges: int = 0
    failures: int = 0
    connects: int = 0
    resumed: int = 0
    failovers: int = 0      # moves to another hub address
    bytes_out: int = 0
    bytes_in: int = 0

    @property
    def wire_bytes(self) -> int:
        return self.bytes_out + self.bytes_in


@dataclass
class TcpInfo:
    rtt_s: float
    rttvar_s: float
    bytes_sent: int
    bytes_received: int


def tcp_info(sock: socket.socket) -> TcpInfo | None:
    """The kernel's view of a connection (Linux struct tcp_info), None where it is not available."""
    try:
        raw = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, 232)
    except (OSError, AttributeError, ValueError):
        return None
    if len(raw) < 136:
        return None
    rtt_us, rttvar_us = struct.unpack_from("II", raw, 68)
    bytes_acked, bytes_received = struct.unpack_from("QQ", raw, 120)
    bytes_sent = struct.unpack_from("Q", raw, 200)[0] if len(raw) >= 208 else bytes_acked
    return TcpInfo(rtt_us / 1e6, rttvar_us / 1e6, bytes_sent or bytes_acked, bytes_received)


class _HubConnection(http.client.HTTPSConnection):
    """HTTPS that offers the last TLS session on connect (TLS 1.3 tickets, 1.2 session ids)."""

    def __init__(self, host: str, port: int | None, context: ssl.SSLContext, session: ssl.SSLSession | None,
                 handshake_timeout: float) -> None:
        super().__init__(host, port, context=context)
        self._session, self._handshake_timeout = session, handshake_timeout

    def connect(self) -> None:
        http.client.HTTPConnection.connect(self)
        self.sock.settimeout(self._handshake_timeout)
        self.sock = self._context.wrap_socket(self.sock, server_hostname=self.host, session=self._session)


def _why(err: BaseException) -> str:
    if isinstance(err, (socket.timeout, TimeoutError)):
        return "timeout"
    return type(err).__name__


@dataclass
class _Open:
    conn: http.client.HTTPConnection
    seen_out: int = 0
    seen_in: int = 0
    uses: int = 0
    idle_since: float = field(default_factory=time.monotonic)


def hub_urls(urls: str | Sequence[str]) -> list[str]:
    """The hub addresses a box knows: one URL, several, or a comma-separated list (as kept)."""
    parts = [urls] if isinstance(urls, str) else list(urls)
    out = [u.strip() for part in parts for u in part.split(",") if u.strip()]
    if not out:
        raise ValueError("no hub URL")
    return out


class HttpLink:
    """One exchange at a time with the hub over one kept-alive connection; raises TransportError on
    a cut link (the caller re-signs and tries again: a retry never re-sends the same signed bytes).

    Given several hub addresses (hub workers on separate machines over one database), a failed
    exchange or a 502/503/504 moves the next one to the next address: the caller's retry lands on
    another worker, and the hub's ack is exact wherever a push lands (the log is the database's)."""

    def __init__(self, base_url: str | Sequence[str], timeout_s: float = 60.0, ca_file: str | None = None,
                 meter: LinkMeter | None = None) -> None:
        self.hubs = []
        for one in hub_urls(base_url):
            url = urlsplit(one.rstrip("/"))
            if url.scheme not in ("http", "https") or not url.hostname:
                raise ValueError(f"hub URL must be http(s)://host[:port]/…, not {one!r}")
            self.hubs.append((url.scheme == "https", url.hostname, url.port, url.path))
        self._at = 0
        self.https, self.host, self.port, self.prefix = self.hubs[0]
        self.meter = meter or LinkMeter(ceiling_s=timeout_s)
        self.stats = LinkStats()
        self._context = ssl.create_default_context(cafile=ca_file) if self.https else None
        self._session: ssl.SSLSession | None = None
        self._open: _Open | None = None

    # -- the connection ----------------------------------------------------------------------------
    def _next_hub(self) -> None:
        """The next exchange goes to the next hub address (none but this one: nothing changes)."""
        if len(self.hubs) < 2:
            return
        self.close()
        self._session = None                    # a TLS session belongs to the server that issued it
        self._at = (self._at + 1) % len(self.hubs)
        self.https, self.host, self.port, self.prefix = self.hubs[self._at]
        self.stats.failovers += 1

    def _connect(self) -> _Open:
        m = self.meter
        if self.https:
            conn = _HubConnection(self.host, self.port, self._context, self._session,
                                  m._clamp(m.idle_timeout() + 6_000 / m.rate_bps))
        else:
            conn = http.client.HTTPConnection(self.host, self.port)
        conn.timeout = m.connect_timeout()
        started = time.monotonic()
        try:
            conn.connect()
        except (OSError, ssl.SSLError) as err:
            conn.close()
            if isinstance(err, ssl.SSLCertVerificationError):   # not the link's fault: no retry helps
                raise HubNotTrusted(f"the hub's HTTPS certificate is not trusted ({err.verify_message})",
                                    sent=False) from err
            self.stats.failures += 1
            self._next_hub()
            raise TransportError(f"link to hub failed: {_why(err)} while connecting", sent=False) from err
        self.stats.connects += 1
        if self.https and conn.sock.session_reused:
            self.stats.resumed += 1
        info = tcp_info(conn.sock)
        if info is None:
            m.observe_rtt(time.monotonic() - started)
        self._open = _Open(conn)
        return self._open

    def _dropped_by_hub(self, opened: _Open) -> bool:
        """The hub closed an idle connection (its keep-alive ran out): readable with nothing to read."""
        try:
            readable, _, _ = select.select([opened.conn.sock], [], [], 0)
        except (OSError, ValueError):
            return True
        return bool(readable)

    def _account(self, opened: _Open, sock: socket.socket | None = None) -> None:
        sock = sock or opened.conn.sock
        info = tcp_info(sock) if sock is not None else None
        if info is None:
            return
        self.stats.bytes_out += info.bytes_sent - opened.seen_out
        self.stats.bytes_in += info.bytes_received - opened.seen_in
        opened.seen_out, opened.seen_in = info.bytes_sent, info.bytes_received
        if info.rtt_s > 0:
            self.meter.observe_rtt(info.rtt_s, info.rttvar_s)

    def close(self) -> None:
        if self._open is not None:
            self._account(self._open)
            if self.https and self._open.conn.sock is not None:
                try:
                    self._session = self._open.conn.sock.session or self._session
                except (AttributeError, ValueError, ssl.SSLError):
                    pass
            self._open.conn.close()
            self._open = None

    # -- one exchange ------------------------------------------------------------------------------
    def post(self, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        if self._open is not None and self._dropped_by_hub(self._open):
            self.close()
        opened = self._open or self._connect()
        m, sock = self.meter, opened.conn.sock
        # A hub that closes after its answer (HTTP/1.0, `Connection: close`) closes the socket with the
        # body's last read: a duplicate of the descriptor keeps the kernel's byte counts readable.
        probe = socket.fromfd(sock.fileno(), sock.family, sock.type)
        try:   # the probe is closed whatever happens, Ctrl-C included
            started = time.monotonic()
            stage = "sending"
            try:
                sock.settimeout(m.send_timeout(len(body)))
                opened.conn.request("POST", self.prefix + path, body=body, headers=headers)
                stage = "waiting for the answer"
                sock.settimeout(m.answer_timeout(len(body)))
                resp = opened.conn.getresponse()
                stage = "receiving"
                sock.settimeout(m.idle_timeout())
                data = resp.read()
            except (OSError, http.client.HTTPException) as err:
                self.stats.failures += 1
                self._account(opened, probe)
                self.close()
                self._next_hub()
                raise TransportError(f"link to hub failed: {_why(err)} while {stage}", sent=True,
                                     reused=opened.uses > 0) from err
            elapsed = time.monotonic() - started
            opened.uses += 1
            self.stats.exchanges += 1
            hub_s = _server_time(resp.getheader("Server-Timing"))
            if hub_s is not None:
                m.observe_hub(hub_s)
            # The kernel's smoothed RTT already holds queueing behind this very body: take off at most
            # half the exchange, or a short one would look like a fast link.
            m.observe_transfer(len(body) + len(data), max(elapsed - m.rtt_s - (hub_s or 0.0), elapsed / 2))
            self._account(opened, probe)
        finally:
            probe.close()
        if self.https:
            self._session = sock.session or self._session   # after a read: TLS 1.3 tickets come with it
        if resp.will_close:
            self.close()
        if resp.status in (502, 503, 504):      # a worker (or the balancer before it) that cannot serve now
            self._next_hub()
        return resp.status, dict(resp.getheaders()), data


def _server_time(header: str | None) -> float | None:
    """`Server-Timing: app;dur=12.5` (milliseconds) from the hub."""
    if not header:
        return None
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == "dur":
            try:
                return float(value) / 1000
            except ValueError:
                return None
    return None
