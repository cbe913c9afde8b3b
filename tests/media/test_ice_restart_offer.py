"""Which second offer clinic-media answers by restarting ICE in place (media/room/icerestart.py): only an ICE
restart of the call it has — the same media lines and DTLS fingerprint, new ICE credentials, candidates.
The offers are aiortc's own (a real offerer with host candidates), edited as a browser's restart differs."""
from __future__ import annotations

import asyncio
import re
from concurrent.futures import ThreadPoolExecutor

import pytest
from aiortc import RTCPeerConnection

from media.room.icerestart import NotARestart, _next_version, restart_offer


def _offer() -> str:
    async def make() -> str:
        pc = RTCPeerConnection()
        pc.addTransceiver("audio")
        pc.addTransceiver("video")
        pc.createDataChannel("captions")
        await pc.setLocalDescription(await pc.createOffer())
        sdp = pc.localDescription.sdp
        await pc.close()
        return sdp
    # its own thread: the session's Playwright may hold this thread's event loop
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, make()).result()


@pytest.fixture(scope="module")
def offer() -> str:
    return _offer()


def _restarted(sdp: str) -> str:
    sdp = re.sub(r"a=ice-ufrag:\S+", "a=ice-ufrag:NEWU", sdp)
    return re.sub(r"a=ice-pwd:\S+", "a=ice-pwd:newpasswordnewpassword1234", sdp)


def test_new_ice_credentials_on_the_same_media_and_dtls_are_a_restart(offer):
    parsed = restart_offer(offer, _restarted(offer))
    assert parsed.media[0].ice.usernameFragment == "NEWU"
    assert parsed.media[0].ice_candidates, "the restart's candidates are read from the offer"


def test_the_same_credentials_are_not_a_restart(offer):
    with pytest.raises(NotARestart, match="keeps the call's ICE credentials"):
        restart_offer(offer, offer)


def test_another_dtls_fingerprint_is_not_a_restart(offer):
    other = _restarted(re.sub(r"(a=fingerprint:sha-256 )\S+", r"\g<1>" + ":".join(["AB"] * 32), offer))
    with pytest.raises(NotARestart, match="fingerprint"):
        restart_offer(offer, other)


def test_other_media_lines_are_not_a_restart(offer):
    other = _offer()   # another peer: its own DTLS, and an offer of a different shape below
    audio_only = other.split("m=video")[0]
    with pytest.raises(NotARestart):
        restart_offer(offer, _restarted(audio_only))


def test_an_offer_without_candidates_is_not_a_restart(offer):
    bare = "\r\n".join(line for line in _restarted(offer).split("\r\n") if not line.startswith("a=candidate:"))
    with pytest.raises(NotARestart, match="no ICE candidates"):
        restart_offer(offer, bare)


@pytest.mark.parametrize("garbage", ["", "v=0", "hello\r\nworld", "\x00" * 40])
def test_garbage_is_not_a_restart(offer, garbage):
    with pytest.raises(NotARestart):
        restart_offer(offer, garbage)


def test_an_answer_to_a_restart_has_a_higher_version():
    assert _next_version("- 3912345 7 IN IP4 0.0.0.0") == "- 3912345 8 IN IP4 0.0.0.0"
    assert _next_version("- x y IN IP4 0.0.0.0") == "- x y IN IP4 0.0.0.0"
    assert _next_version(None) is None
