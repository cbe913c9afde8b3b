"""Closing a visit never drops what the doctor typed but did not save."""
from __future__ import annotations

from tests.kiosk.test_kiosk_billing import department
from tests.kiosk.test_kiosk_flows import sign_in, strings


def test_closing_a_visit_with_an_unsaved_prescription_warns_and_keeps_it(kiosk_page, kiosk_server):
    page, T = kiosk_page, strings("en")
    asha, doctor = kiosk_server.api("asha"), kiosk_server.api("drrao")
    patient = asha("POST", "/patients", {"given_name": "Rekha", "family_name": "Unsaved", "sex": "female",
                                         "age_years": 52})["id"]
    appt = asha("POST", "/appointments", {"patient_id": patient, "department_id": department(asha, "General Medicine"),
                                          "check_in": True})
    encounter = asha("GET", f"/appointments/{appt['id']}/encounter")["id"]

    page.goto(kiosk_server.url + "/kiosk/")
    sign_in(page, T, "drrao", pin=True)
    page.goto(f"{kiosk_server.url}/kiosk/chart/{encounter}")
    rx = page.locator("form.rx-form")
    rx.locator("input[name=drug]").fill("Metformin")
    rx.locator("input[name=dose]").fill("500")
    rx.get_by_text(T["freq.BD"], exact=True).click()
    rx.locator("input[name=duration_days]").fill("30")
    page.get_by_test_id("close-visit").click()

    warning = page.get_by_test_id("unsaved-warning")
    warning.wait_for()
    assert T["chart.unsaved_rx"] in warning.inner_text()
    assert doctor("GET", f"/encounters/{encounter}")["status"] == "open"
    assert rx.locator("input[name=drug]").input_value() == "Metformin"
    assert page.evaluate("document.activeElement.name") == "drug"  # taken to it

    # Saved, then closed: the prescription is on the visit.
    rx.get_by_role("button", name=T["rx.submit"]).click()
    page.locator("form.rx-form + *, .list-item", has_text="Metformin").first.wait_for()
    page.get_by_test_id("close-visit").click()
    page.get_by_role("heading", name=T["queue.title"]).wait_for()
    assert doctor("GET", f"/encounters/{encounter}")["status"] == "closed"
    assert [i["drug"] for rx in doctor("GET", f"/patients/{patient}/prescriptions")["results"] for i in rx["items"]] \
        == ["Metformin"]


def test_a_doctor_may_still_close_without_the_unsaved_note(kiosk_page, kiosk_server):
    page, T = kiosk_page, strings("en")
    asha, doctor = kiosk_server.api("asha"), kiosk_server.api("drrao")
    patient = asha("POST", "/patients", {"given_name": "Mohan", "family_name": "Discard", "sex": "male",
                                         "age_years": 60})["id"]
    appt = asha("POST", "/appointments", {"patient_id": patient, "department_id": department(asha, "General Medicine"),
                                          "check_in": True})
    encounter = asha("GET", f"/appointments/{appt['id']}/encounter")["id"]
    page.goto(kiosk_server.url + "/kiosk/")
    sign_in(page, T, "drrao", pin=True)
    page.goto(f"{kiosk_server.url}/kiosk/chart/{encounter}")
    page.locator("form.note-form textarea[name=text]").fill("draft I no longer want")
    page.get_by_test_id("close-visit").click()
    assert T["chart.unsaved_note"] in page.get_by_test_id("unsaved-warning").inner_text()
    page.get_by_test_id("close-discard").click()
    page.get_by_role("heading", name=T["queue.title"]).wait_for()
    assert doctor("GET", f"/encounters/{encounter}")["status"] == "closed"
