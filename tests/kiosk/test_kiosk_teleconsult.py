"""The remote doctor from the kiosk: request a doctor on a visit, see the status move as the hub's doctor
events arrive through the real sync path, see the signed remote note (English and Hindi), dispense the
remote prescription as the pharmacist."""
from __future__ import annotations


from appliance.box import open_box
from appliance.settings import load_settings
from tests.kiosk.conftest import kiosk_sync, screenshot
from tests.kiosk.test_kiosk_billing import department
from tests.kiosk.test_kiosk_flows import sign_in, sign_out, strings
from tests.sync.hub_doctor import HubDoctor

NOTE = {"subjective": ["Fever and cough for three days."], "objective": ["Temperature 38.9 °C."],
        "assessment": ["Lower respiratory tract infection."], "plan": ["Paracetamol; review in three days."]}


def test_request_a_doctor_see_the_status_and_the_signed_note_then_dispense(kiosk_page, kiosk_server, kiosk_config, kiosk_hub,
                                                                           tmp_path):
    page, T, H = kiosk_page, strings("en"), strings("hi")
    asha, ravi = kiosk_server.api("asha"), kiosk_server.api("ravi")
    patient = asha("POST", "/patients", {"given_name": "Kamla", "family_name": "Remote", "sex": "female",
                                         "age_years": 41})["id"]
    appt = asha("POST", "/appointments", {"patient_id": patient, "department_id": department(asha, "General Medicine"),
                                          "check_in": True})
    encounter = asha("GET", f"/appointments/{appt['id']}/encounter")["id"]
    asha("PUT", f"/encounters/{encounter}/complaint", {"complaint": "fever and cough for three days"})
    asha("POST", f"/encounters/{encounter}/triage", {})
    item = ravi("POST", "/inventory/items", {"sku": "PCM-500-TC", "name": "Paracetamol 500 mg", "unit": "tablet",
                                             "unit_price_minor": 150, "opening_stock": 50})

    page.goto(kiosk_server.url + "/kiosk/")
    sign_in(page, T, "asha", pin=True)
    page.goto(f"{kiosk_server.url}/kiosk/visit/{encounter}")
    form = page.locator("form.tele-form")
    form.locator("textarea[name=note]").fill("cough at night")
    page.get_by_test_id("request-doctor").click()
    page.locator('[data-testid=teleconsult-status][data-status=waiting]').wait_for()
    assert T["tele.status.waiting"] in page.get_by_test_id("teleconsult-status").inner_text()
    request = asha("GET", f"/encounters/{encounter}/teleconsults")["results"][0]
    assert (request["status"], request["note"]) == ("waiting", "cough at night")

    # The box's sync client and a hub: the request goes up, the doctor's events come down.
    store = kiosk_hub[0]
    box = open_box(load_settings(kiosk_config, environ={}))
    try:
        client = kiosk_sync(kiosk_hub, box)
        client.sync_now()
        doctor = HubDoctor(store, kiosk_hub[1])
        assert [e["fields"]["urgency"] for e in store.entity_events("teleconsult", request["id"])] == \
            [request["urgency"]]
        doctor.set_status(request["id"], "in_call")
        client.sync_now()
        page.locator('[data-testid=teleconsult-status][data-status=in_call]').wait_for()
        assert "Anil Kumar" in page.get_by_test_id("teleconsult-status").inner_text()
        page.get_by_test_id("room-link").click()        # the room view on the clinic PC
        page.locator('[data-testid=room-status][data-status=in_call]').wait_for()
        assert page.get_by_test_id("room-video").get_attribute("data-teleconsult") == request["id"]
        # the call's live state comes from the box's room endpoint, which this kiosk box does not run
        page.locator('[data-testid=room-call][data-state=unavailable]').wait_for()
        assert page.get_by_test_id("room-connection").inner_text() == T["tele.call.state.unavailable"]
        page.go_back()
        page.locator('[data-testid=teleconsult-status][data-status=in_call]').wait_for()

        doctor.sign_note(encounter, patient, NOTE)
        doctor.diagnose(encounter, patient, "lower respiratory tract infection")
        rx = doctor.prescribe(encounter, patient, "paracetamol", dose=500, frequency="TDS", days=3)
        doctor.set_status(request["id"], "done")
        client.sync_now()
    finally:
        box.close()

    page.locator('[data-testid=teleconsult-status][data-status=done]').wait_for()
    note = page.get_by_test_id("remote-note")
    note.wait_for()
    assert T["tele.signed_by"].split("{who}")[0] + "Dr Anil Kumar (remote)" in note.inner_text()
    assert "Lower respiratory tract infection." in note.inner_text()
    assert "lower respiratory tract infection" in page.get_by_test_id("remote-diagnoses").inner_text()
    # Asha (a health worker: no prescriptions.read) is told the prescription is ready, with no drug named;
    # its lines are not shown to her role
    ready = page.get_by_test_id("rx-ready")
    ready.wait_for()
    assert ready.inner_text() == T["tele.rx_ready"].format(doctor="Dr Anil Kumar (remote)")
    assert "paracetamol" not in page.get_by_test_id("teleconsult").inner_text().lower()
    assert page.get_by_test_id("remote-prescriptions").count() == 0
    screenshot(page, "teleconsult-visit-en")
    page.get_by_test_id("language").click()
    page.get_by_text(H["tele.from_doctor"]).wait_for()
    assert H["tele.status.done"] in page.get_by_test_id("teleconsult-status").inner_text()
    assert "डॉ. Anil Kumar (दूरस्थ)" in page.get_by_test_id("remote-note").inner_text()
    assert page.get_by_test_id("rx-ready").inner_text() == H["tele.rx_ready"].format(doctor="डॉ. Anil Kumar (दूरस्थ)")
    screenshot(page, "teleconsult-visit-rx-ready-hi")
    page.get_by_test_id("language").click()
    page.get_by_text(T["tele.from_doctor"]).wait_for()

    # The pharmacist dispenses the remote prescription: stock moves, the lines are charged.
    charges_before = len(asha("GET", f"/patients/{patient}/account")["charges"])
    sign_out(page)
    sign_in(page, T, "ravi", pin=True)
    page.goto(f"{kiosk_server.url}/kiosk/patients/{patient}")
    dispense = page.get_by_test_id(f"dispense-{rx['entity_id']}")
    # the stock items named like the prescribed drug come first (other tests of the session may have made
    # more than one, and then none is chosen for the pharmacist); the pharmacist picks this one
    dispense.locator(f"select[name=item_id_0] option[value='{item['id']}']").wait_for(state="attached")
    dispense.locator("select[name=item_id_0]").select_option(item["id"])
    dispense.locator("input[name=quantity_0]").fill("9")
    dispense.get_by_role("button", name=T["rx.dispense"]).click()
    page.locator(".list-item", has_text="paracetamol").get_by_text(T["rx.status.dispensed"]).wait_for()
    assert ravi("GET", f"/prescriptions/{rx['entity_id']}")["status"] == "dispensed"
    assert ravi("GET", f"/inventory/items/{item['id']}")["level"] == 41
    charges = asha("GET", f"/patients/{patient}/account")["charges"]
    assert len(charges) == charges_before + 1 and any(c["amount_minor"] == 9 * 150 for c in charges)
    # dispensed: the notice is gone from the visit
    assert asha("GET", f"/encounters/{encounter}/teleconsults")["results"][0]["prescriptions_ready"] == []
    assert not page.watch.problems(), page.watch.problems()
