"""The tester's teleconsult defects at the kiosk: under an EMERGENCY card the panel said "Triage the visit
first" and the request went out as the unconfirmed suggestion; the doctor's note signed during the call never
showed on the visit (only "Doctor joining") nor in the chart's clinical notes."""
from __future__ import annotations


from appliance.box import open_box
from appliance.settings import load_settings
from tests.kiosk.conftest import kiosk_sync
from tests.kiosk.test_kiosk_billing import department
from tests.kiosk.test_kiosk_flows import sign_in, strings
from tests.sync.hub_doctor import HubDoctor

NOTE = {"subjective": ["Chest pain for one hour."], "objective": ["Sweating, pulse 118."],
        "assessment": ["Suspected acute coronary syndrome."], "plan": ["Aspirin 300 mg now; refer."]}


def test_the_panel_says_the_urgency_it_sends_and_the_signed_note_shows_during_the_call(
        kiosk_page, kiosk_server, kiosk_config, kiosk_hub, tmp_path):
    page, T = kiosk_page, strings("en")
    asha = kiosk_server.api("asha")
    patient = asha("POST", "/patients", {"given_name": "Ramesh", "family_name": "Emergency", "sex": "male",
                                         "age_years": 54})["id"]
    appt = asha("POST", "/appointments", {"patient_id": patient, "department_id": department(asha, "General Medicine"),
                                          "check_in": True})
    encounter = asha("GET", f"/appointments/{appt['id']}/encounter")["id"]
    page.goto(kiosk_server.url + "/kiosk/")
    sign_in(page, T, "asha", pin=True)
    page.goto(f"{kiosk_server.url}/kiosk/visit/{encounter}")
    page.get_by_text(T["tele.triage_first"]).wait_for()  # not triaged yet: true
    # triaged on this screen, after the panel was drawn
    page.locator("textarea[name=complaint]").fill("chest pain radiating to the left arm, sweating, short of breath")
    page.get_by_role("button", name=T["visit.save_triage"]).click()
    urgency = page.locator("[data-testid=tele-urgency][data-level=emergency][data-confirmed=false]")
    urgency.wait_for()
    assert urgency.inner_text() == T["tele.urgency_suggested"].format(level=T["level.emergency"])
    # nothing is sent yet: the line says what will be sent, not that it was
    assert urgency.inner_text().startswith("Will be sent to the doctor as Emergency")
    assert page.get_by_text(T["tele.triage_first"]).count() == 0
    page.get_by_test_id("request-doctor").click()
    page.locator("[data-testid=teleconsult-status][data-status=waiting]").wait_for()
    request = asha("GET", f"/encounters/{encounter}/teleconsults")["results"][0]
    assert (request["urgency"], request["urgency_confirmed"]) == ("emergency", False)
    page.get_by_test_id("urgency-unconfirmed").wait_for()

    store = kiosk_hub[0]
    box = open_box(load_settings(kiosk_config, environ={}))
    try:
        client = kiosk_sync(kiosk_hub, box)
        client.sync_now()
        doctor = HubDoctor(store, kiosk_hub[1])
        doctor.set_status(request["id"], "joining")
        doctor.sign_note(encounter, patient, NOTE)  # signed before the call ends
        client.sync_now()
    finally:
        box.close()
    page.locator("[data-testid=teleconsult-status][data-status=joining]").wait_for()
    note = page.get_by_test_id("remote-note")
    note.wait_for()
    assert "Suspected acute coronary syndrome." in note.inner_text() and "(remote)" in note.inner_text()
    # the chart's clinical notes
    page.goto(f"{kiosk_server.url}/kiosk/chart/{encounter}")
    chart = page.locator("[data-testid=chart-soap][data-remote=true]")
    chart.wait_for()
    assert "Aspirin 300 mg now; refer." in chart.inner_text() and "(remote)" in chart.inner_text()
    assert not page.watch.problems(), page.watch.problems()
