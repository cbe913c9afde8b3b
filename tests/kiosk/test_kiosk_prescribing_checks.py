"""The kiosk says plainly why a prescription was refused (a dose beyond the drug's limit, a cephalosporin
for a severe penicillin allergy) and what the checks could not decide (an unknown drug)."""
from __future__ import annotations

from tests.kiosk.test_kiosk_billing import department
from tests.kiosk.test_kiosk_flows import sign_in, strings


def _fill(rx, T, drug, dose, freq="TDS"):
    rx.locator("input[name=drug]").fill(drug)
    rx.locator("input[name=dose]").fill(str(dose))
    rx.locator("select[name=unit]").select_option("mg")
    rx.get_by_text(T[f"freq.{freq}"], exact=True).click()
    rx.locator("input[name=duration_days]").fill("3")
    rx.get_by_role("button", name=T["rx.submit"]).click()


def test_the_kiosk_shows_a_dose_refusal_a_cross_reaction_and_an_unknown_drug(kiosk_page, kiosk_server):
    page, T = kiosk_page, strings("en")
    asha, doctor = kiosk_server.api("asha"), kiosk_server.api("drrao")
    patient = asha("POST", "/patients", {"given_name": "Sunita", "family_name": "Dosecheck", "sex": "female",
                                         "age_years": 35})["id"]
    asha("POST", f"/patients/{patient}/allergies", {"substance": "Penicillin", "severity": "severe"})
    appt = asha("POST", "/appointments", {"patient_id": patient, "department_id": department(asha, "General Medicine"),
                                          "check_in": True})
    encounter = asha("GET", f"/appointments/{appt['id']}/encounter")["id"]
    page.goto(kiosk_server.url + "/kiosk/")
    sign_in(page, T, "drrao", pin=True)
    page.goto(f"{kiosk_server.url}/kiosk/chart/{encounter}")
    rx = page.locator("form.rx-form")

    _fill(rx, T, "Paracetamol", 5000)
    warning = page.get_by_test_id("dose-warning")
    warning.wait_for()
    assert T["rx.dose_title"] in warning.inner_text() and "Paracetamol" in warning.inner_text()

    _fill(rx, T, "Cefixime", 200, "BD")
    allergy = page.get_by_test_id("allergy-warning")
    allergy.wait_for()
    assert "Cefixime may cross-react" in allergy.inner_text()
    assert doctor("GET", f"/patients/{patient}/prescriptions")["results"] == []  # nothing written

    page.reload()
    rx = page.locator("form.rx-form")
    _fill(rx, T, "Frobnicillane", 100)
    notes = page.get_by_test_id("rx-notes")
    notes.wait_for()
    assert "unknown drug" in notes.inner_text()
