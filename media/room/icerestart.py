"""ICE restart in place for an aiortc peer connection.

aiortc answers every offer on a connection it already has with the ICE credentials it started with, and
its ICE transport can start only once: it cannot restart ICE. A doctor's browser whose link was cut long
enough for ICE consent to expire (~30 s) makes an ICE restart: an offer on the same call with new ICE
credentials and candidates, the same DTLS fingerprint and the same media. Answering it with a new peer
connection (a new DTLS fingerprint) did not bring the media back in Chromium. This module restarts ICE
under the connection instead: a new aioice connection is gathered (fresh TURN allocation, with the new
credentials the offer came with) and checked against the offer's candidates, and once it is connected it
takes the old one's place under the same DTLS, SRTP and SCTP — the call, its tracks, its data channels and
its recording carry on.

To make that possible, `keep_transport` puts a `Switch` between the DTLS transport and ICE as soon as the
connection is answered: DTLS reads and writes through it. It hides what a cut does to aioice (consent
expiry closes the aioice connection; without the switch DTLS would read that as the end of the call and
stop every track for good): while no ICE connection is up, a datagram sent is dropped (a cut link drops it
anyway) and a read waits. Closing the peer connection still ends everything as before.
"""
from __future__ import annotations

import asyncio
import logging
import re

from aioice import Connection
from aiortc import RTCIceServer, RTCPeerConnection
from aiortc import sdp as aiortc_sdp
from aiortc.rtcdtlstransport import RTCDtlsTransport
from aiortc.rtcicetransport import ICE_TRANSPORT_POLICIES, RTCIceTransport, candidate_to_aioice, connection_kwargs
from aiortc.rtcpeerconnection import add_transport_description

log = logging.getLogger("clinic.media.ice")

CONNECT_TIMEOUT_S = 30.0   # a restart's checks give up after this (the room's reconnect wait still runs)


class NotARestart(ValueError):
    """The offer is not an ICE restart of this connection (other media, another DTLS, same credentials)."""


class Switch:
    """Stands where DTLS reads and writes its ICE transport's datagrams, and lets the aioice connection
    under it be replaced. Installed on the ICE transport's `_recv` / `_send` (what aiortc's DTLS calls)."""

    def __init__(self, ice: RTCIceTransport) -> None:
        self.ice = ice
        self.conn: Connection = ice._connection
        self.queue: asyncio.Queue[bytes | None] = asyncio.Queue()
        self.pumping: set[int] = set()
        self.swaps = 0
        self.pending: Connection | None = None   # the latest restart's connection, until it connects
        ice._recv = self.recv
        ice._send = self.send

    async def recv(self) -> bytes:
        self._pump(self.conn)
        data = await self.queue.get()
        if data is None:
            raise ConnectionError("the ICE transport was closed")
        return data

    async def send(self, data: bytes) -> None:
        try:
            await self.conn.send(data)
        except ConnectionError:
            pass   # no ICE path now (a cut, or a restart under way): the link would drop it too

    def _pump(self, conn: Connection) -> None:
        if id(conn) not in self.pumping:
            self.pumping.add(id(conn))
            asyncio.ensure_future(self._read(conn))

    async def _read(self, conn: Connection) -> None:
        try:
            while True:
                data = await conn.recv()
                if conn is self.conn:
                    self.queue.put_nowait(data)
        except ConnectionError:
            # aioice closed this connection: the peer connection closing ends DTLS; a cut (consent expired)
            # or a replaced connection does not — DTLS waits for the restart
            if conn is self.conn and self.ice.state == "closed":
                self.queue.put_nowait(None)
        finally:
            self.pumping.discard(id(conn))

    def swap(self, conn: Connection) -> Connection:
        """Put a connected aioice connection under DTLS; returns the one it replaced (the caller closes it)."""
        old, self.conn = self.conn, conn
        self.swaps += 1
        self._pump(conn)
        return old


def keep_transport(pc: RTCPeerConnection) -> Switch | None:
    """Install the switch under a bundled connection's one ICE transport (call right after answering the
    first offer). None when the connection has several transports (no BUNDLE): those cannot restart in place."""
    transports = _dtls_transports(pc)
    if len(transports) != 1:
        return None
    ice = transports[0].transport
    switch = getattr(ice, "_clinic_switch", None)
    if switch is None:
        switch = Switch(ice)
        ice._clinic_switch = switch
    return switch


def _dtls_transports(pc: RTCPeerConnection) -> list[RTCDtlsTransport]:
    seen: dict[int, RTCDtlsTransport] = {}
    for t in pc.getTransceivers():
        if t.receiver is not None and t.receiver.transport is not None:
            seen[id(t.receiver.transport)] = t.receiver.transport
    if pc.sctp is not None:
        seen[id(pc.sctp.transport)] = pc.sctp.transport
    return list(seen.values())


def _fingerprints(media: aiortc_sdp.MediaDescription) -> set[str]:
    """The media line's DTLS fingerprints (aiortc's parser copies session-level ones onto each line)."""
    return {f"{f.algorithm} {f.value}".lower() for f in (media.dtls.fingerprints if media.dtls else [])}


def restart_offer(previous_offer: str, offer: str) -> aiortc_sdp.SessionDescription:
    """The new offer parsed, when it restarts ICE on the call the previous offer set up: the same media
    lines, the same DTLS fingerprint, new ICE credentials. Raises NotARestart otherwise."""
    try:
        old = aiortc_sdp.SessionDescription.parse(previous_offer)
        new = aiortc_sdp.SessionDescription.parse(offer)
    except Exception as err:  # noqa: BLE001 - aiortc's parser raises what it meets
        raise NotARestart(f"the offer does not parse: {err}") from err
    if [m.kind for m in old.media] != [m.kind for m in new.media] or not new.media:
        raise NotARestart("the offer's media lines differ from the call's")
    if [m.rtp.muxId for m in old.media] != [m.rtp.muxId for m in new.media]:
        raise NotARestart("the offer's media ids differ from the call's")
    if not all(_fingerprints(m) for m in new.media) or \
            any(_fingerprints(a) != _fingerprints(b) for a, b in zip(old.media, new.media)):
        raise NotARestart("the offer's DTLS fingerprint differs from the call's")
    first = new.media[0]
    if first.ice is None or not first.ice.usernameFragment or not first.ice.password:
        raise NotARestart("the offer carries no ICE credentials")
    if any(m.ice is None or m.ice.usernameFragment != first.ice.usernameFragment for m in new.media):
        raise NotARestart("the offer's media lines do not share one ICE transport (BUNDLE)")
    if old.media[0].ice is not None and old.media[0].ice.usernameFragment == first.ice.usernameFragment:
        raise NotARestart("the offer keeps the call's ICE credentials (not a restart)")
    if not first.ice_candidates:
        raise NotARestart("the offer carries no ICE candidates")
    return new


async def restart_ice(pc: RTCPeerConnection, switch: Switch, offer: aiortc_sdp.SessionDescription,
                      ice_servers: list[RTCIceServer], policy) -> str:
    """Restart ICE under `pc` for a parsed restart offer: gather a new aioice connection, answer with its
    credentials and candidates (the rest of the answer — DTLS fingerprint and role, codecs, tracks — is the
    call's own), and start its checks; when it connects it replaces the old one under DTLS. Returns the
    answer's SDP. Raises ConnectionError when no candidate could be gathered."""
    ice = switch.ice
    conn = Connection(ice_controlling=False, transport_policy=ICE_TRANSPORT_POLICIES[policy],
                      **connection_kwargs(ice_servers))
    await conn.gather_candidates()
    if not conn.local_candidates:
        await conn.close()
        raise ConnectionError("no ICE candidate could be gathered (is the relay reachable?)")
    first = offer.media[0]
    conn.remote_is_lite = first.ice.iceLite
    conn.remote_username = first.ice.usernameFragment
    conn.remote_password = first.ice.password
    for candidate in first.ice_candidates:
        try:
            await conn.add_remote_candidate(candidate_to_aioice(candidate))
        except ValueError:
            continue   # a candidate aioice cannot use (another address family, mDNS): the others can
    await conn.add_remote_candidate(None)

    answer = aiortc_sdp.SessionDescription.parse(pc.localDescription.sdp)
    gatherer = ice.iceGatherer
    previous_gatherer_conn = gatherer._connection
    gatherer._connection = conn   # add_transport_description reads the gatherer's credentials and candidates
    try:
        dtls = _dtls_transports(pc)[0]
        for media in answer.media:
            add_transport_description(media, dtls)
    finally:
        gatherer._connection = previous_gatherer_conn
    answer.origin = _next_version(answer.origin)
    stale, switch.pending = switch.pending, conn   # a newer restart supersedes one still checking
    if stale is not None:
        asyncio.ensure_future(stale.close())
    asyncio.ensure_future(_connect(pc, switch, conn))
    return str(answer)


def _next_version(origin: str | None) -> str | None:
    """o=<user> <session id> <version> …: a new description of the same session has a higher version."""
    if not origin:
        return origin
    parts = origin.split(" ")
    if len(parts) >= 3 and re.fullmatch(r"\d{1,19}", parts[2]):
        parts[2] = str(int(parts[2]) + 1)
    return " ".join(parts)


async def _connect(pc: RTCPeerConnection, switch: Switch, conn: Connection) -> None:
    ice = switch.ice
    try:
        await asyncio.wait_for(conn.connect(), CONNECT_TIMEOUT_S)
    except (ConnectionError, asyncio.TimeoutError) as err:
        if switch.pending is conn:
            switch.pending = None
            log.warning("ICE restart did not connect: %s", err)
        await conn.close()
        return
    if ice.state == "closed" or pc.connectionState == "closed" or switch.pending is not conn:
        await conn.close()
        return
    switch.pending = None
    # aiortc's transport watches its connection for the close that means "failed": stop watching the old
    # one before it is closed (a live call's restart: its close is not a failure), then watch the new one
    watcher = ice._RTCIceTransport__monitor_task
    if watcher is not None and not watcher.done():
        watcher.cancel()
    old = switch.swap(conn)
    ice._connection = conn
    ice.iceGatherer._connection = conn
    ice._RTCIceTransport__monitor_task = asyncio.ensure_future(ice._monitor())
    ice._RTCIceTransport__setState("completed")
    await old.close()
    log.info("ICE restarted in place (%d so far)", switch.swaps)
