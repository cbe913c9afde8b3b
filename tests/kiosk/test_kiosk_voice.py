"""The complaint by voice: Chromium's fake microphone plays a WAV spoken by espeak-ng, the kiosk
records it with MediaRecorder and uploads it to the box's speech route; when the route is missing
(404) or the engine unavailable (503), the kiosk says so and the health worker types instead."""
from __future__ import annotations

import subprocess

import pytest

from tests.kiosk.conftest import VIEWPORT, PageWatch, launch, needed, require_espeak, screenshot
from tests.kiosk.test_kiosk_flows import sign_in, strings

SPOKEN = "I have had a high fever for three days."


@pytest.fixture(scope="module")
def spoken_wav(tmp_path_factory):
    espeak = require_espeak()
    wav = tmp_path_factory.mktemp("voice") / "complaint.wav"
    # 16 kHz mono 16-bit PCM with a second of silence either side, as a microphone would hear it.
    raw = wav.with_suffix(".raw.wav")
    subprocess.run([espeak, "-s", "140", "-w", str(raw), SPOKEN], check=True)
    sox = subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(wav), "pad", "1", "1"],
                         capture_output=True)
    return wav if sox.returncode == 0 else raw


@pytest.fixture(scope="module")
def mic_browser(playwright, spoken_wav):
    """A second Chromium whose microphone is the WAV (permission granted without a prompt)."""
    b = launch(playwright, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
               f"--use-file-for-fake-audio-capture={spoken_wav}%noloop")
    yield b
    b.close()


@pytest.fixture(scope="module")
def open_visit(kiosk_server):
    hw = kiosk_server.api("asha")
    general = next(d["id"] for d in hw("GET", "/departments")["results"] if d["name"] == "General Medicine")

    def make(name: str) -> str:
        patient = hw("POST", "/patients", {"given_name": name, "family_name": "Voice", "sex": "female", "age_years": 40})
        appt = hw("POST", "/appointments", {"patient_id": patient["id"], "department_id": general, "check_in": True})
        return hw("GET", f"/appointments/{appt['id']}/encounter")["id"]

    return make


@pytest.fixture
def mic_page(mic_browser, kiosk_server):
    ctx = mic_browser.new_context(viewport=VIEWPORT, ignore_https_errors=True)
    ctx.grant_permissions(["microphone"], origin=kiosk_server.url)
    page = ctx.new_page()
    page.watch = PageWatch(page, kiosk_server.host)
    yield page
    ctx.close()


def record(page, seconds: float) -> None:
    T = strings("en")
    page.get_by_test_id("record").click()
    page.get_by_text(T["voice.listening"]).wait_for()
    page.wait_for_timeout(seconds * 1000)
    page.get_by_test_id("record").click()


def test_complaint_spoken_into_the_microphone_becomes_text(mic_page, kiosk_server, open_visit):
    spec = kiosk_server.http.get(kiosk_server.url + "/api/v1/openapi.json", timeout=10).json()
    assert "/api/v1/encounters/{encounter_id}/audio" in spec["paths"]
    page, T = mic_page, strings("en")
    page.goto(kiosk_server.url + "/kiosk/")
    sign_in(page, T, "asha")
    page.goto(kiosk_server.url + f"/kiosk/visit/{open_visit('Spoken')}")
    record(page, 6)
    page.locator(".voice-status .alert").wait_for(timeout=120000)
    status = page.locator(".voice-status").inner_text()
    if T["voice.busy"] in status:
        needed("a speech model on the box (the route answered 503)")
    assert T["voice.done"] in status, status
    said = page.locator("textarea[name=complaint]").input_value().lower()
    assert "fever" in said and "three days" in said, said
    screenshot(page, "en-voice-complaint")
    page.get_by_role("button", name=T["visit.save_triage"]).click()
    page.get_by_test_id("triage-card").locator(".chip", has_text="fever").wait_for()
    assert page.watch.problems() == {}, page.watch.problems()


@pytest.mark.parametrize("status,message", [(404, "voice.unavailable"), (503, "voice.busy")])
def test_speech_route_missing_or_busy_is_explained(mic_page, kiosk_server, open_visit, status, message):
    page, T = mic_page, strings("en")
    page.route("**/api/v1/encounters/*/audio", lambda route: route.fulfill(
        status=status, content_type="application/problem+json",
        body='{"title": "x", "status": %d, "detail": "speech engine not here"}' % status))
    page.goto(kiosk_server.url + "/kiosk/")
    sign_in(page, T, "asha")
    page.goto(kiosk_server.url + f"/kiosk/visit/{open_visit(f'Missing{status}')}")
    page.locator("textarea[name=complaint]").fill("headache")
    record(page, 1)
    page.get_by_text(T[message]).wait_for()
    assert page.locator("textarea[name=complaint]").input_value() == "headache"  # typing still works, nothing lost
    assert page.get_by_test_id("record").is_visible() == (status == 503)  # no route: the button goes away
