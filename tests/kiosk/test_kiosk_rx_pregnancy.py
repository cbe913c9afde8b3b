"""The kiosk's prescription form and a pregnancy, where the doctor sees allergy conflicts: misoprostol for a
woman the health worker recorded pregnant is refused with the harm said, and written with the doctor's reason,
which the pharmacist's card shows; warfarin for a woman of no known pregnancy asks "Pregnant?", and the
doctor's "No" is kept."""
from __future__ import annotations

from tests.kiosk.conftest import screenshot
from tests.kiosk.test_kiosk_billing import department
from tests.kiosk.test_kiosk_flows import sign_in, strings


def _visit(asha, given: str, age: int, pregnant: bool | None = None) -> tuple[str, str]:
    patient = asha("POST", "/patients", {"given_name": given, "family_name": "Garbh", "sex": "female",
                                         "age_years": age})["id"]
    appt = asha("POST", "/appointments", {"patient_id": patient, "department_id": department(asha, "General Medicine"),
                                          "check_in": True})
    encounter = asha("GET", f"/appointments/{appt['id']}/encounter")["id"]
    if pregnant is not None:
        asha("PUT", f"/encounters/{encounter}/complaint", {"complaint": "heavy bleeding after delivery at home"})
        asha("POST", f"/encounters/{encounter}/triage", {"pregnant": pregnant})
    return patient, encounter


def _fill(rx, T, drug: str, dose: str, unit: str, freq: str, days: str) -> None:
    rx.locator("input[name=drug]").fill(drug)
    rx.locator("input[name=dose]").fill(dose)
    rx.locator("select[name=unit]").select_option(unit)
    rx.get_by_text(T[f"freq.{freq}"], exact=True).click()
    rx.locator("input[name=duration_days]").fill(days)


def test_the_doctor_sees_the_pregnancy_check_and_answers_it(kiosk_page, kiosk_server):
    page, T = kiosk_page, strings("en")
    asha, doctor = kiosk_server.api("asha"), kiosk_server.api("drrao")
    patient, encounter = _visit(asha, "Geeta", 24, pregnant=True)
    page.goto(kiosk_server.url + "/kiosk/")
    sign_in(page, T, "drrao", pin=True)
    page.goto(f"{kiosk_server.url}/kiosk/chart/{encounter}")
    rx = page.locator("form.rx-form")

    _fill(rx, T, "Misoprostol", "800", "mcg", "STAT", "1")
    rx.get_by_role("button", name=T["rx.submit"]).click()
    alert = page.get_by_test_id("pregnancy-warning")
    alert.wait_for()
    said = alert.inner_text()
    assert T["rx.pregnancy_title"] in said and T["rx.pregnancy_risk.miscarriage"] in said
    assert T["rx.pregnancy_source.triage"] in said
    assert doctor("GET", f"/patients/{patient}/prescriptions")["results"] == []       # nothing written
    screenshot(page, "rx-pregnancy-refused")
    rx.locator("textarea[name=pregnancy_override_reason]").fill("postpartum haemorrhage, uterus atonic")
    rx.get_by_role("button", name=T["rx.submit"]).click()
    card = page.get_by_test_id("rx-pregnancy-override")
    card.wait_for()
    assert "postpartum haemorrhage, uterus atonic" in card.inner_text()
    [written] = doctor("GET", f"/patients/{patient}/prescriptions")["results"]
    assert (written["pregnant"], written["pregnancy_override_reason"]) == (True, "postpartum haemorrhage, uterus atonic")

    patient, encounter = _visit(asha, "Rekha", 30)
    page.goto(f"{kiosk_server.url}/kiosk/chart/{encounter}")
    rx = page.locator("form.rx-form")
    _fill(rx, T, "Warfarin", "5", "mg", "OD", "30")
    rx.get_by_role("button", name=T["rx.submit"]).click()
    question = page.get_by_test_id("pregnancy-question")
    question.wait_for()
    assert "pregnancy not known" in page.get_by_test_id("rx-warnings-ack").inner_text()
    question.scroll_into_view_if_needed()
    screenshot(page, "rx-pregnancy-asked")
    question.get_by_text(T["pregnancy.no"], exact=True).click()
    page.get_by_test_id("rx-acknowledge").locator("input").check()
    rx.get_by_role("button", name=T["rx.submit"]).click()
    page.locator("form.rx-form .pregnancy-ask-area:empty").wait_for(state="attached")
    [written] = doctor("GET", f"/patients/{patient}/prescriptions")["results"]
    assert (written["pregnant"], written["pregnancy_source"]) == (False, "prescriber")
