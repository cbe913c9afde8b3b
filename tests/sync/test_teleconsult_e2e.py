"""The teleconsult end to end with real parts in three network namespaces.

    doctor ns ── veth (LAN speed) ── hub ns ── tunlink (3G or 2G) ── box ns
    Chromium (fake camera/mic)       clinic hub (HTTPS)               clinic sync signal (long-poll out)
                                     hub-side coturn                  clinic-media (aiortc) on the box's
                                                                      database, a clip as the room's camera+mic

The hub's address (10.99.N.1, its end of the box's link) is reachable from both ends; the doctor has
no route to the box (the hub forwards nothing): media goes doctor → hub coturn → box, relay only on both ends,
and the box dials out for everything (signalling and its TURN allocation). The box's own coturn serves
its clinic LAN; a remote doctor cannot reach it, so the hub's relay carries the consult.
"""
from __future__ import annotations

import secrets
import time

import pytest

from sync.linkemu import PROFILE_2G, PROFILE_3G

from .consult_world import MEDIA_PORT, SENTENCE, Consult
from .consult_world import call_stats as _stats
from .consult_world import said as _said
from .processes import BoxFiles, clinic, wait_for


@pytest.fixture(scope="module")
def clinic_box(tmp_path_factory):
    """One box for the file (`clinic init` is the slowest step): each consult enrols it with its own hub.
    clinic-media's settings as a box's (its room camera + microphone a clip: an espeak-ng sentence over a
    test pattern, made with ffmpeg), a triaged visit, and a request for a doctor on it."""
    from media.room.peer import make_clip

    tmp = tmp_path_factory.mktemp("teleconsult-box")
    box = BoxFiles.plan(tmp, f"box-{secrets.token_hex(3)}", "CLA")
    clinic(*box.init_args(), config=box.config)
    clip = make_clip(tmp / "clip", sentence=SENTENCE, seconds=8.0)
    with open(box.config, "a") as f:
        f.write(f'\n[media]\ncontrol_port = {MEDIA_PORT}\nsource_file = "{clip}"\nquality_sample_s = 2\n')
    from appliance.encounters.services import open_encounter
    from appliance.patients.schemas import PatientIn
    from appliance.patients.services import register_patient
    from appliance.teleconsult.schemas import TeleconsultIn
    from appliance.teleconsult.services import request_doctor
    from appliance.triage.services import suggest_for_encounter

    opened = box.open()
    try:
        with opened.write("test:setup") as uow:
            patient = register_patient(uow, PatientIn(given_name="Asha", family_name="Devi", sex="female",
                                                      age_years=34), "CLA")
            encounter = open_encounter(uow, patient.get("id") or patient["patient"]["id"],
                                       complaint="dry cough and high fever for three days")
            suggest_for_encounter(uow, encounter["id"], None, None)
        box.encounter = encounter["id"]
        with opened.write("test:setup") as uow:
            box.teleconsult = request_doctor(uow, box.encounter, TeleconsultIn())["id"]
    finally:
        opened.close()
    return box


@pytest.fixture
def world(tmp_path, clinic_box):
    made = []

    def make(profile, **parts):
        made.append(Consult(tmp_path, clinic_box, profile, **parts))
        return made[-1]
    yield make
    for consult in made:
        consult.close()


def test_3g_consult_video_audio_and_captions_at_both_ends(world, playwright):
    consult = world(PROFILE_3G)
    browser = consult.browser(playwright)
    try:
        page = browser.new_context(ignore_https_errors=True).new_page()
        url = consult.join_url()
        started = time.monotonic()
        page.goto(url)
        try:
            wait_for("the call to connect", lambda: (_stats(page) or {}).get("state") == "in call", timeout=40)
        except AssertionError:
            raise AssertionError(f"{_stats(page)}\n{consult.logs()}") from None
        setup_s = time.monotonic() - started
        times = page.evaluate("() => clinicCall.times")
        try:
            seen = wait_for("video frames and sound from the room", lambda: (lambda s: s if s["stats"].get(
                "framesDecoded", 0) > 15 and s["stats"].get("maxAudioLevel", 0) > 0 else None)(_stats(page)),
                timeout=45)
        except AssertionError:
            raise AssertionError(f"{_stats(page)}\n{consult.room()}\n{consult.logs()}") from None
        assert set(seen["stats"].get("localTypes", [])) == {"relay"}, "the browser offered only relay candidates"
        try:
            room = wait_for("the doctor's video and sound at the room", lambda: (lambda r: r if r.get(
                "media_in", {}).get("video_frames", 0) > 15 and r["media_in"].get("audio_level", 0) > 0 else None)(
                consult.room()), timeout=30)
        except AssertionError:
            raise AssertionError(f"{consult.room()}\n{_stats(page)}\n{consult.logs()}") from None
        got = wait_for("captions of the room's sentence", lambda: (lambda s: s if _said(s["captions"]) else None)(
            _stats(page)), timeout=40)
        assert room["negotiations"] == 1 and consult.calls() == 1 and room["state"] == "connected"
        assert room["captions_sent"] > 0
        # 3G carries the video: on at the room now, or back on after one stop (restore_s of good link);
        # the room's log says why each stop happened
        try:
            wait_for("the room's video on", lambda: consult.room().get("video") == "on", timeout=20)
        except AssertionError:
            raise AssertionError(f"{consult.room()}\n{_stats(page)}\n{consult.logs()}") from None
        assert consult.room()["degradations"] <= 1, consult.logs()
        # the console's "reconnect" restarts ICE on a live call: answered in place, the media goes on
        audio_in = _stats(page)["stats"]["audioBytesIn"]
        page.evaluate("() => clinicCall.restartIce()")
        try:
            wait_for("the restart answered in place", lambda: consult.room().get("ice_restarts") == 1, timeout=30)
            wait_for("sound after the restart", lambda: _stats(page)["state"] == "in call" and
                     _stats(page)["stats"].get("audioBytesIn", 0) > audio_in + 4000, timeout=30)
        except AssertionError:
            raise AssertionError(f"{_stats(page)}\n{consult.room()}\n{consult.logs()}") from None
        assert consult.room()["negotiations"] == 2 and consult.calls() == 1
        # the call drives the visit's request on the box itself (no hub round trip): in call, then done
        assert consult.request_status() == "in_call"
        page.click("[data-call-hangup]")
        wait_for("the request to be done", lambda: consult.request_status() == "done", timeout=20)
        assert consult.consult_events()[:2] == ["requested", "started"] and "ended" in consult.consult_events()
        assert "relay" in page.evaluate("() => clinicCall.pc.localDescription.sdp") and \
            " typ host" not in page.evaluate("() => clinicCall.pc.localDescription.sdp")
        print(f"\n3G consult: setup {(times['connected'] - times['joined']) / 1000:.2f} s (joined to ICE connected; "
              f"{setup_s:.1f} s from page load), doctor decoded "
              f"{got['stats']['framesDecoded']} frames, room decoded {room['media_in']['video_frames']}, "
              f"captions {got['captions'][-1]!r}, RTT {got['stats'].get('rttMs')} ms, page times {times}")
    finally:
        browser.close()


def _joined_and_hearing(consult, browser, connect_s: float):
    """The doctor's page joined the call and shows captions of the room's sentence."""
    page = browser.new_context(ignore_https_errors=True).new_page()
    page.goto(consult.join_url())
    try:
        wait_for("the call to connect", lambda: (_stats(page) or {}).get("state") == "in call", timeout=connect_s)
        wait_for("captions of the room's sentence", lambda: _said(_stats(page)["captions"]), timeout=60)
    except AssertionError:
        raise AssertionError(f"{_stats(page)}\n{consult.room()}\n{consult.logs()}") from None
    return page


def _flowing_again(page, consult, before: dict, more_audio_bytes: int, timeout: float) -> dict:
    """The page's stats once the call is back: in call, new captions and more of the room's sound."""
    try:
        return wait_for("audio and captions to flow again", lambda: (lambda s: s if s["state"] == "in call" and
                        len(s["captions"]) > len(before["captions"]) and s["stats"].get("audioBytesIn", 0) >
                        before["stats"]["audioBytesIn"] + more_audio_bytes else None)(_stats(page)), timeout=timeout)
    except AssertionError:
        raise AssertionError(f"before {before}\nnow {_stats(page)}\nice "
                             f"{page.evaluate('() => clinicCall.pc.iceConnectionState')}"
                             f"\nroom {consult.room()}\n{consult.logs()}") from None


def test_2g_consult_goes_on_by_audio_and_captions_and_survives_a_10_s_cut(world, playwright):
    consult = world(PROFILE_2G)
    browser = consult.browser(playwright)
    try:
        page = _joined_and_hearing(consult, browser, connect_s=60)
        before = _stats(page)
        assert before["videoSending"] is False, "the doctor's video stays off on a 2G link (audio first)"
        assert before["stats"].get("maxAudioLevel", 0) > 0 and before["stats"].get("framesDecoded", 0) == 0
        room = consult.room()
        assert room["media_in"]["audio_level"] > 0 and room["video"] == "off", room

        consult.link.cut()
        time.sleep(10)
        consult.link.restore()
        cut_over = time.monotonic()
        after = _flowing_again(page, consult, before, more_audio_bytes=2000, timeout=60)
        back_s = time.monotonic() - cut_over
        assert after["callId"] == before["callId"] and consult.calls() == 1, "the same call: no new join"
        assert after["errors"] == []
        room = consult.room()
        assert room["state"] == "connected" and room["consult_id"] == before["callId"], room
        assert room["negotiations"] == after["restarts"] + 1, "each ICE restart of the doctor's is one new offer"
        assert room["video"] == "off"

        print(f"\n2G consult: video off, audio + captions on; after a 10 s cut back in {back_s:.1f} s "
              f"(ICE restarts: {after['restarts']}), captions {len(before['captions'])} → {len(after['captions'])}")
    finally:
        browser.close()


def test_a_40_s_cut_is_survived_by_an_ice_restart_in_place(world, playwright):
    """A cut longer than ICE consent (~30 s): the room's ICE gives up; the doctor's page, disconnected past
    12 s, restarts ICE (a new offer on the same call, held at the hub while the box is out of reach) and
    clinic-media restarts ICE under the same peer connection — the same DTLS (its fingerprint in both
    answers), the same tracks and data channels: audio and captions flow again, no new join."""
    consult = world(PROFILE_3G)
    browser = consult.browser(playwright)
    try:
        page = _joined_and_hearing(consult, browser, connect_s=40)
        before = _stats(page)
        first_answer = page.evaluate("() => clinicCall.pc.remoteDescription.sdp")

        consult.link.cut()
        cut_at = time.monotonic()
        try:
            wait_for("the doctor's page to restart ICE", lambda: _stats(page)["restarts"] > 0, timeout=38)
        finally:
            time.sleep(max(0.0, 40.0 - (time.monotonic() - cut_at)))
            consult.link.restore()
        cut_over = time.monotonic()
        after = _flowing_again(page, consult, before, more_audio_bytes=4000, timeout=90)
        back_s = time.monotonic() - cut_over
        room = consult.room()
        assert after["restarts"] >= 1, "the doctor's page restarted ICE"
        assert room["ice_restarts"] >= 1 and room["negotiations"] == after["restarts"] + 1, room
        assert after["callId"] == before["callId"] and consult.calls() == 1, "the same call: no new join"
        assert room["state"] == "connected" and after["errors"] == [], (room, after["errors"])
        answer = page.evaluate("() => clinicCall.pc.remoteDescription.sdp")

        def fingerprint(sdp):
            return sorted(line for line in sdp.splitlines() if line.startswith("a=fingerprint:"))

        def ufrag(sdp):
            return sorted({line for line in sdp.splitlines() if line.startswith("a=ice-ufrag:")})
        assert fingerprint(answer) == fingerprint(first_answer), "the same DTLS association (in place)"
        assert ufrag(answer) != ufrag(first_answer), "new ICE credentials (a restart)"
        # the doctor's sound reaches the room again, on the tracks of the first negotiation
        level = room["media_in"]["audio_level"]
        assert level > 0, room
        print(f"\n3G consult: a 40 s cut, ICE failed and restarted in place; media back "
              f"{back_s:.1f} s after the link (ICE restarts: doctor {after['restarts']}, room {room['ice_restarts']})")
    finally:
        browser.close()


def _problem(page, kind: str, timeout: float) -> dict:
    """The page tells the doctor what is wrong (a problem of this kind, its message on screen)."""
    try:
        seen = wait_for(f"the page to say {kind}", lambda: (lambda s: s if (s or {}).get("problem") and
                        s["problem"]["kind"] == kind else None)(_stats(page)), timeout=timeout)
    except AssertionError:
        raise AssertionError(f"{_stats(page)}\n{page.inner_text('[data-call]')}") from None
    assert page.is_visible("[data-call-problem]") and page.is_visible("[data-call-retry]")
    assert seen["problem"]["text"] in page.inner_text("[data-call-problem]")
    return seen


def test_the_doctor_is_told_when_the_clinic_is_not_in_the_call_and_retry_connects(world, playwright):
    """The tester's defect: with the clinic's side down the page said "calling" for ever. Now: no signalling
    connection from the clinic (the hub knows: no box of CLA polls) is said at once; the box's call service
    up but clinic-media not running is said as soon as the box answers so; Retry, with both up, connects the
    same call (no new join). Then the box goes away mid-call: the page says the connection was lost."""
    consult = world(PROFILE_3G, room=False, signal=False)
    browser = consult.browser(playwright)
    try:
        page = browser.new_context(ignore_https_errors=True).new_page()
        # the clinic's phone, as a hub admin or technician sets it (`clinic hub contact`)
        clinic("hub", "contact", "--db", f"sqlite:///{consult.hub_db}", "--clinic", "CLA", "--phone", "098123 45678",
               "--name", "Sister Meena")
        page.goto(consult.join_url())
        started = time.monotonic()
        seen = _problem(page, "not_connected", timeout=15)
        told_s = time.monotonic() - started
        assert seen["state"] == "not connected" and seen["clinic"]["state"] == "absent"
        text = page.inner_text("[data-call-problem]")
        assert "The clinic is not connected to the call" in text and "Phone the clinic" in text
        assert "Phone clinic CLA (Sister Meena): +919812345678" in text       # the number to ring, tap to call
        assert page.get_attribute("[data-call-problem] a[data-call-phone-link]", "href") == "tel:+919812345678"
        assert "RTT" not in page.inner_text("[data-call-quality]"), "no figures of a call that is not through"

        consult.start_signal()            # the box's call service is back, its room endpoint still down
        wait_for("the box to poll", lambda: "signalling with" in consult.signal_log.read_text(), timeout=30)
        time.sleep(2)
        page.click("[data-call-retry]")
        seen = _problem(page, "room_unavailable", timeout=30)
        assert "video system is not running" in page.inner_text("[data-call-problem]")

        consult.start_room()
        page.click("[data-call-retry]")
        try:
            wait_for("the call to connect", lambda: (_stats(page) or {}).get("state") == "in call", timeout=40)
        except AssertionError:
            raise AssertionError(f"{_stats(page)}\n{consult.logs()}") from None
        assert not page.is_visible("[data-call-problem]") and consult.calls() == 1, "Retry is the same call"
        wait_for("the room's sound", lambda: _stats(page)["stats"].get("maxAudioLevel", 0) > 0, timeout=30)

        consult.stop_box_side()           # the clinic box goes away mid-call
        lost_at = time.monotonic()
        seen = _problem(page, "lost_clinic", timeout=75)
        lost_s = time.monotonic() - lost_at
        assert "The connection to the clinic was lost" in page.inner_text("[data-call-problem]")
        print(f"\nclinic absent: told in {told_s:.1f} s; box gone mid-call: told in {lost_s:.1f} s")
    finally:
        browser.close()
