"""The oximeter's reading offered on the visit screen: a simulator on a socat PTY, the box's device
watcher on its port, and in headless Chromium the worker picks the patient on the device ("Measure this
patient"), then "SpO₂ 93 % from the oximeter for Kamla Bai, 10:42 — use it?"; one tap records it on the
encounter with the device as its source. Another patient's visit in the same room is not offered it."""
from __future__ import annotations

import threading

import pytest

from appliance.box import open_box
from appliance.devices.runner import start_watchers
from appliance.settings import load_settings
from appliance.bench.sims.oximeter import OximeterSimulator
from tests.kiosk.conftest import screenshot
from tests.kiosk.test_kiosk_flows import choose_language, sign_in, strings


@pytest.fixture
def oximeter_watched(kiosk_config, kiosk_server, tmp_path):
    """The simulator plugged in, and `clinic devices watch` (in this process) on its port."""
    sim = OximeterSimulator(tmp_path)
    sim.plug_in()
    box = open_box(load_settings(kiosk_config, environ={}), migrate_schema=False, quick_check=False)
    box.settings.devices.oximeter_port = sim.port
    box.settings.devices.stable_frames = 10
    stop = threading.Event()
    threads = start_watchers(box, stop)
    yield sim
    stop.set()
    for t in threads:
        t.join(10)
    box.close()
    sim.close()


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_the_visit_screen_offers_the_oximeter_reading_and_uses_it(kiosk_page, kiosk_server, oximeter_watched, lang):
    page, T = kiosk_page, strings(lang)
    api = kiosk_server.api("asha")
    pid = api("POST", "/patients", {"given_name": "Kamla", "family_name": "Bai", "sex": "female", "age_years": 52})["id"]
    eid = api("POST", "/encounters", {"patient_id": pid})["id"]
    page.goto(kiosk_server.url + "/kiosk/")
    choose_language(page, lang)
    sign_in(page, T, "asha")
    other = api("POST", "/patients", {"given_name": "Munni", "sex": "female", "age_years": 1})["id"]
    other_eid = api("POST", "/encounters", {"patient_id": other})["id"]
    oximeter_watched.show(95, 75, finger_out=True)  # listed, not yet measuring anyone
    page.goto(f"{kiosk_server.url}/kiosk/visit/{eid}")
    row = page.locator(".device-row[data-device=oximeter]")
    row.get_by_role("button", name=T["devices.measure_this"]).click()
    page.locator(".device-row[data-device=oximeter][data-claimed=mine]").wait_for()
    oximeter_watched.show(93, 72)
    offer = page.locator(".device-offer[data-device=oximeter]")
    offer.wait_for()
    text = offer.inner_text()
    assert "93 %" in text and "72 /min" in text and T["devices.kind.oximeter"] in text and "Kamla Bai" in text
    # the other visit open in the room is not offered it
    theirs = api("GET", f"/devices/offers?encounter_id={other_eid}")["results"]
    assert [(d["offer"], d["measuring_for"]["patient_name"]) for d in theirs] == [(None, "Kamla Bai")]
    screenshot(page, f"{lang}-08-oximeter-offer")
    offer.get_by_role("button", name=T["devices.use_it"]).click()
    page.locator(".vitals-recorded dd", has_text="93\u00a0%").wait_for()
    offer.wait_for(state="detached")
    vitals = api("GET", f"/encounters/{eid}")["vitals"]
    assert sorted((v["kind"], v["value"], v["source"]) for v in vitals) == [
        ("pulse", 72.0, "device:oximeter"), ("spo2", 93.0, "device:oximeter")]
    # on the other visit's screen: whom the device measures for, and no reading
    page.goto(f"{kiosk_server.url}/kiosk/visit/{other_eid}")
    page.locator(".device-row[data-device=oximeter][data-claimed=other]", has_text="Kamla Bai").wait_for()
    assert page.locator(".device-offer").count() == 0
    problems = page.watch.problems()
    assert not [v for v in problems.values() if v], problems
    oximeter_watched.show(None)


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_an_unplugged_device_says_so_on_the_visit_screen_and_clears_when_it_is_back(kiosk_page, kiosk_server,
                                                                                    oximeter_watched, lang):
    """The worker is not left waiting for a reading that cannot come: the device row says the oximeter is
    unplugged (in the worker's language, the box's reason underneath), and the note goes when it is back."""
    page, T = kiosk_page, strings(lang)
    api = kiosk_server.api("asha")
    pid = api("POST", "/patients", {"given_name": "Bittu", "sex": "male", "age_years": 9})["id"]
    eid = api("POST", "/encounters", {"patient_id": pid})["id"]
    page.goto(kiosk_server.url + "/kiosk/")
    choose_language(page, lang)
    sign_in(page, T, "asha")
    oximeter_watched.show(95, 75, finger_out=True)
    page.goto(f"{kiosk_server.url}/kiosk/visit/{eid}")
    row = page.locator(".device-row[data-device=oximeter]")
    row.wait_for()
    assert row.get_by_test_id("device-trouble").count() == 0
    oximeter_watched.unplug()
    trouble = row.get_by_test_id("device-trouble")
    trouble.wait_for(timeout=15_000)
    kind = T["devices.kind.oximeter"]
    assert T["devices.trouble.gone"].replace("{device}", kind) in trouble.inner_text()
    oximeter_watched.plug_in()
    oximeter_watched.show(95, 75, finger_out=True)
    trouble.wait_for(state="detached", timeout=15_000)
    problems = page.watch.problems()
    assert not [v for v in problems.values() if v], problems
    oximeter_watched.show(None)
