"""The kiosk's room view during a real call: the kiosk box's own clinic-media (its database, its control
secret) and coturn, a doctor peer (aiortc, relay only) joining the visit's room as signalling would; the room
view shows the call connected, the doctor's sound, the link quality and the captions of the room's sentence,
and the visit's request moves to in call by itself."""
from __future__ import annotations

import asyncio
import random
import shutil
import subprocess
import threading
import time

import pytest
import requests

from appliance.settings import load_settings
from media.room.control import control_secret
from media.room.peer import Doctor, MediaProcess, free_port, make_clip, media_toml
from media.turn.config import write_turn_config
from media.turn.services import turn_credentials_for
from provisioning.tls import ensure_tls
from tests.conftest import require_tool
from tests.kiosk.test_kiosk_billing import department
from tests.kiosk.test_kiosk_flows import sign_in, strings
from tests.media.conftest import _ready, host_addresses


@pytest.fixture
def room_media(kiosk_config, tmp_path):
    """clinic-media and coturn for the kiosk's box, as the box runs them (the kiosk server asks clinic-media
    on its default control port)."""
    require_tool("ffmpeg")
    require_tool("espeak-ng")
    clip = make_clip(tmp_path / "clip")
    config = tmp_path / "media.toml"
    shutil.copy(kiosk_config, config)
    kiosk_port = load_settings(kiosk_config, environ={}).media.control_port
    v4, v6 = host_addresses()     # the doctor peer's own addresses: the relay may reach only these
    with open(config, "a") as f:
        f.write(media_toml(turn_port=free_port(), turns_port=free_port(), relay_low=random.randrange(40000, 60000, 100),
                           allowed=[f"{v4}/32", f"{v6}/128"], control_port=kiosk_port, clip=clip))
    settings = load_settings(config, environ={})
    ensure_tls(settings.box.data_dir, settings.box.device_id)
    paths = write_turn_config(settings)
    turn_log = tmp_path / "turnserver.log"
    with open(turn_log, "wb") as out:
        turn = subprocess.Popen([require_tool("turnserver", "coturn"), "-c", str(paths.conf)], stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)
    media = MediaProcess(config, tmp_path / "clinic-media.log")
    try:
        _ready(settings, turn, turn_log)
        media.start(settings)
        yield settings, media
    finally:
        media.stop()
        turn.terminate()
        turn.wait(10)


def test_the_room_view_shows_the_live_call(kiosk_page, kiosk_server, room_media):
    settings, media = room_media
    page, T = kiosk_page, strings("en")
    asha = kiosk_server.api("asha")
    patient = asha("POST", "/patients", {"given_name": "Meena", "family_name": "Call", "sex": "female",
                                         "age_years": 29})["id"]
    appt = asha("POST", "/appointments", {"patient_id": patient, "department_id": department(asha, "General Medicine"),
                                          "check_in": True})
    encounter = asha("GET", f"/appointments/{appt['id']}/encounter")["id"]
    asha("PUT", f"/encounters/{encounter}/complaint", {"complaint": "fever for three days"})
    asha("POST", f"/encounters/{encounter}/triage", {})
    request = asha("POST", f"/encounters/{encounter}/teleconsults", {})

    page.goto(kiosk_server.url + "/kiosk/")
    sign_in(page, T, "asha", pin=True)
    page.goto(f"{kiosk_server.url}/kiosk/room/{request['id']}")
    page.locator("[data-testid=room-call][data-state=no_call]").wait_for()

    # the doctor joins the room (what `clinic sync signal` hands clinic-media), in a thread with its own loop
    loop = asyncio.new_event_loop()
    threading.Thread(target=loop.run_forever, daemon=True).start()
    run = lambda coro, t=60: asyncio.run_coroutine_threadsafe(coro, loop).result(t)  # noqa: E731
    cred = turn_credentials_for(settings, "dr-rao")
    ice = [{"urls": [u for u in cred.uris if "transport=udp" in u], "username": cred.username,
            "credential": cred.credential}]
    clip = make_clip(settings.box.data_dir.parent / "doctor-clip", tone_hz=440)

    async def make_doctor() -> Doctor:   # made on the loop it runs on (its media player's queues)
        return Doctor(clip)
    doctor = run(make_doctor())
    try:
        offer = run(doctor.offer())
        r = requests.post(f"http://127.0.0.1:{settings.media.control_port}/rooms/{encounter}/offer",
                          json={**offer, "ice_servers": ice, "doctor_id": "dr-rao", "consult_id": "kiosk-consult-1"},
                          headers={"X-Clinic-Media-Secret": control_secret(settings)}, timeout=30)
        assert r.status_code == 200, r.text
        run(doctor.accept(r.json()))
        try:
            page.locator("[data-testid=room-call][data-state=connected]").wait_for(timeout=30_000)
            page.locator("[data-testid=room-audio][data-on='1']").wait_for(timeout=20_000)
            page.locator("[data-testid=room-captions]", has_text="fever").wait_for(timeout=40_000)
        except Exception:
            raise AssertionError(f"{page.get_by_test_id('room-call').inner_text()}\n{media.tail()}") from None
        assert page.get_by_test_id("room-connection").inner_text() == T["tele.call.state.connected"]
        assert page.get_by_test_id("room-quality").get_attribute("data-level") in ("good", "fair", "poor", "unknown")
        # the call moved the visit's request by itself (no hub in this test)
        page.locator("[data-testid=room-status][data-status=in_call]").wait_for(timeout=10_000)
        requests.delete(f"http://127.0.0.1:{settings.media.control_port}/rooms/{encounter}",
                        headers={"X-Clinic-Media-Secret": control_secret(settings)}, timeout=30)
        page.locator("[data-testid=room-status][data-status=done]").wait_for(timeout=10_000)
    finally:
        run(doctor.close())
        loop.call_soon_threadsafe(loop.stop)


def _join(settings, encounter: str, consult_id: str):
    """A doctor peer (aiortc, relay only, a test pattern and a 440 Hz tone) joins the visit's room as the
    signalling would; returns (doctor, run, stop)."""
    loop = asyncio.new_event_loop()
    threading.Thread(target=loop.run_forever, daemon=True).start()
    run = lambda coro, t=60: asyncio.run_coroutine_threadsafe(coro, loop).result(t)  # noqa: E731
    cred = turn_credentials_for(settings, "dr-rao")
    ice = [{"urls": [u for u in cred.uris if "transport=udp" in u], "username": cred.username,
            "credential": cred.credential}]
    clip = make_clip(settings.box.data_dir.parent / "doctor-clip", tone_hz=440)

    async def make_doctor() -> Doctor:
        return Doctor(clip)
    doctor = run(make_doctor())
    offer = run(doctor.offer())
    r = requests.post(f"http://127.0.0.1:{settings.media.control_port}/rooms/{encounter}/offer",
                      json={**offer, "ice_servers": ice, "doctor_id": "dr-rao", "consult_id": consult_id},
                      headers={"X-Clinic-Media-Secret": control_secret(settings)}, timeout=30)
    assert r.status_code == 200, r.text
    run(doctor.accept(r.json()))

    def stop():
        requests.delete(f"http://127.0.0.1:{settings.media.control_port}/rooms/{encounter}",
                        headers={"X-Clinic-Media-Secret": control_secret(settings)}, timeout=30)
        run(doctor.close())
        loop.call_soon_threadsafe(loop.stop)
    return doctor, run, stop


def _remote(page) -> dict:
    return page.evaluate("""() => {
        const panels = [...document.querySelectorAll('[data-testid=room-video][data-view]')];
        const panel = panels.find((p) => p.dataset.pc === 'connected') || panels[0];
        const v = panel.querySelector('[data-testid=room-remote]');
        const q = v.getVideoPlaybackQuality ? v.getVideoPlaybackQuality() : {};
        return {width: v.videoWidth, height: v.videoHeight, frames: q.totalVideoFrames || 0, time: v.currentTime,
                view: panel.dataset.view, pc: panel.dataset.pc,
                panels: document.querySelectorAll('[data-testid=room-video]').length, audioBytes: Number(panel.dataset.audioBytes || 0),
                audioLevel: Number(panel.dataset.audioLevel || 0),
                tracks: v.srcObject ? v.srcObject.getTracks().map((t) => t.kind + ':' + t.readyState) : []};
    }""")


def test_the_room_view_shows_and_plays_the_doctor(kiosk_page, kiosk_server, room_media):
    """The clinic PC's browser (real headless Chromium) receives the doctor's video (frames advancing) and
    sound (getStats audio bytesReceived growing) from clinic-media over the LAN, host candidates only."""
    settings, media = room_media
    page, T = kiosk_page, strings("en")
    asha = kiosk_server.api("asha")
    patient = asha("POST", "/patients", {"given_name": "Sita", "family_name": "View", "sex": "female",
                                         "age_years": 41})["id"]
    appt = asha("POST", "/appointments", {"patient_id": patient, "department_id": department(asha, "General Medicine"),
                                          "check_in": True})
    encounter = asha("GET", f"/appointments/{appt['id']}/encounter")["id"]
    asha("PUT", f"/encounters/{encounter}/complaint", {"complaint": "cough"})
    asha("POST", f"/encounters/{encounter}/triage", {})
    request = asha("POST", f"/encounters/{encounter}/teleconsults", {})

    view_url = f"/teleconsults/{request['id']}/view"
    # no call yet: the box says so (409), and the screen waits for the doctor
    asha("POST", view_url, {"sdp": "v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\n", "type": "offer"}, expect=409)
    r = kiosk_server.http.post(kiosk_server.url + "/api/v1" + view_url, json={"sdp": "v=0 x" * 4, "type": "offer"},
                               timeout=10)
    assert r.status_code == 401, r.text       # the kiosk session is needed
    page.goto(kiosk_server.url + "/kiosk/")
    sign_in(page, T, "asha", pin=True)
    page.goto(f"{kiosk_server.url}/kiosk/room/{request['id']}")
    page.locator("[data-testid=room-video][data-view=none]").first.wait_for()
    assert page.get_by_test_id("room-view-note").first.inner_text() == T["tele.view.waiting"]

    doctor, run, stop = _join(settings, encounter, "view-consult-1")
    try:
        try:
            page.locator("[data-testid=room-call][data-state=connected]").first.wait_for(timeout=60_000)
            # the doctor's sound first (audio first: video waits until the room's link shows it can carry it)
            page.locator("[data-testid=room-video][data-pc=connected]").first.wait_for(timeout=60_000)
        except Exception:
            raise AssertionError(f"{_remote(page)}\n{page.get_by_test_id('room-call').first.inner_text()}\n"
                                 f"{media.tail()}") from None
        hear = page.locator("[data-testid=room-video][data-pc=connected] [data-testid=room-hear]").first
        if hear.is_visible():          # autoplay with sound needs a touch: the health worker taps once
            hear.click()
        first = _remote(page)
        if first["view"] == "audio_only":
            assert page.get_by_test_id("room-view-note").first.inner_text() == T["tele.view.audio_only"]
        page.wait_for_timeout(4000)
        second = _remote(page)
        assert second["audioBytes"] > first["audioBytes"] > 0, (first, second)
        # the doctor's picture once the room's video policy lets video flow (seconds on an idle machine)
        try:
            page.locator("[data-testid=room-video][data-view=video]").first.wait_for(timeout=120_000)
        except Exception:
            raise AssertionError(f"{_remote(page)}\n{page.get_by_test_id('room-call').first.inner_text()}") from None
        first = _remote(page)
        # the picture moves: new frames within 30 s (on a loaded machine the room's policy may hold video a while)
        deadline = time.monotonic() + 30
        while True:
            page.wait_for_timeout(1000)
            second = _remote(page)
            if second["frames"] > first["frames"] or time.monotonic() > deadline:
                break
        assert first["width"] > 0 and first["height"] > 0, first
        assert second["frames"] > first["frames"] and second["time"] > first["time"], (first, second)
        # bad offers during the call: a clear 400, the call goes on
        asha("POST", view_url, {"sdp": "this is not an offer", "type": "offer"}, expect=400)
        asha("POST", view_url, {"sdp": "v=0\r\n", "type": "answer"}, expect=422)
        # the answer a room view gets: host candidates only (no TURN, no STUN inside the clinic)
        async def view_offer() -> str:
            from aiortc import RTCPeerConnection
            pc = RTCPeerConnection()
            pc.addTransceiver("audio", direction="recvonly")
            pc.addTransceiver("video", direction="recvonly")
            await pc.setLocalDescription(await pc.createOffer())
            sdp = pc.localDescription.sdp
            await pc.close()
            return sdp
        answer = asha("POST", view_url, {"sdp": run(view_offer()), "type": "offer"})
        candidates = [line for line in answer["sdp"].splitlines() if line.startswith("a=candidate")]
        assert answer["type"] == "answer" and candidates and all(" typ host" in c for c in candidates), candidates
        room = requests.get(f"http://127.0.0.1:{settings.media.control_port}/rooms/{encounter}",
                            headers={"X-Clinic-Media-Secret": control_secret(settings)}, timeout=10).json()
        assert room["views"] >= 1 and room["media_in"]["video_live"], room
    finally:
        stop()
    page.locator("[data-testid=room-video][data-view=none]").first.wait_for(timeout=15_000)
