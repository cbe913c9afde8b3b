"""Prescribing safety as the clinic meets it: a remote doctor's phone consult for an unweighed child (the
console checks the dose against a weight estimated from the age, refers to a facility outside the network,
the note signed with no call finishes the consult, the kiosk shows it done with nothing to cancel and the
referral listed, and the pharmacist sees the warning that came with the prescription); and on the kiosk's own prescription form a dose is a plain number and a drug the patient
is already on is a warning the doctor ticks."""
from __future__ import annotations

from datetime import date

import pytest

from appliance.box import open_box
from appliance.settings import load_settings
from sync.errors import BadRequest
from sync.hub.console import chart, consult
from sync.hub.console.accounts import Staff
from tests.kiosk.conftest import kiosk_sync, screenshot
from tests.kiosk.test_kiosk_billing import department
from tests.kiosk.test_kiosk_flows import sign_in, sign_out, strings

DOCTOR = Staff(id="dr-safety-1", username="dr.safety", full_name="Dr Meera Joshi", role="remote_doctor")


def _visit(asha, given: str, birth_date: str, dept: str = "Pediatrics") -> tuple[str, str]:
    patient = asha("POST", "/patients", {"given_name": given, "family_name": "Safety", "sex": "male",
                                         "birth_date": birth_date})["id"]
    appt = asha("POST", "/appointments", {"patient_id": patient, "department_id": department(asha, dept),
                                          "check_in": True})
    return patient, asha("GET", f"/appointments/{appt['id']}/encounter")["id"]


def test_a_phone_consult_for_an_unweighed_child_ends_signed_and_the_pharmacist_sees_the_warning(
        kiosk_page, kiosk_server, kiosk_config, kiosk_hub):
    page, T = kiosk_page, strings("en")
    asha, ravi = kiosk_server.api("asha"), kiosk_server.api("ravi")
    today = date.today()
    patient, encounter = _visit(asha, "Chhotu", date(today.year - 3, 1, 1).isoformat())   # 3 years old today
    asha("PUT", f"/encounters/{encounter}/complaint", {"complaint": "fever since yesterday"})
    asha("POST", f"/encounters/{encounter}/triage", {})
    request = asha("POST", f"/encounters/{encounter}/teleconsults", {"note": "please call the mother"})

    store, clinic, _ = kiosk_hub
    box = open_box(load_settings(kiosk_config, environ={}))
    try:
        client = kiosk_sync(kiosk_hub, box)
        client.sync_now()
        req = chart.request(store, request["id"], [clinic])
        consult.set_status(store, DOCTOR, req, "joining")          # took it; then phoned the mother
        req = chart.request(store, request["id"], [clinic])
        line = {"unit": "mg", "route": "oral", "frequency": "QID", "duration_days": "3"}
        with pytest.raises(BadRequest, match="estimated 14 kg for 3 years — weigh the child"):
            consult.prescribe(store, DOCTOR, req, [{"drug": "Paracetamol", "dose": "1000", **line}])
        rx = consult.prescribe(store, DOCTOR, req, [{"drug": "Paracetamol", "dose": "200", **line}])
        consult.save_note(store, DOCTOR, req, {"subjective": "Fever since yesterday (by phone with the mother).",
                                               "plan": "Paracetamol 200 mg QID; weigh the child."}, 0)
        with pytest.raises(BadRequest, match="not a clinic the hub knows"):
            consult.refer(store, DOCTOR, req, "NOWHERE-1", "needs a chest X-ray")
        consult.refer(store, DOCTOR, req, "", "chest X-ray if the fever lasts", "District Hospital, Sitapur")
        consult.sign_note(store, DOCTOR, req, 1)                    # no call happened
        assert chart.request(store, request["id"], [clinic]).status == "done"
        client.sync_now()
    finally:
        box.close()

    page.goto(kiosk_server.url + "/kiosk/")
    sign_in(page, T, "asha", pin=True)
    page.goto(f"{kiosk_server.url}/kiosk/visit/{encounter}")
    page.locator('[data-testid=teleconsult-status][data-status=done]').wait_for()
    assert page.get_by_test_id("cancel-doctor").count() == 0
    assert T["tele.status.done"] in page.get_by_test_id("teleconsult-status").inner_text()
    referrals = page.get_by_test_id("referrals")
    referrals.wait_for()
    assert T["referral.to"].format(place=T["referral.outside"].format(place="District Hospital, Sitapur")) \
        in referrals.inner_text() and "chest X-ray if the fever lasts" in referrals.inner_text()
    # (the visit screen re-renders as the consult's status is polled: the scroll is for the screenshot, and an
    # element replaced under it is not a failure of the screen)
    page.evaluate("document.querySelector('[data-testid=referrals]')?.scrollIntoView()")
    screenshot(page, "rx-safety-phone-consult-done")
    sign_out(page)

    sign_in(page, T, "ravi", pin=True)
    page.goto(f"{kiosk_server.url}/kiosk/patients/{patient}")
    warning = page.locator(f"[data-testid=dispense-{rx['entity_id']}]").locator(
        "xpath=ancestor::li[1]").get_by_test_id("rx-warnings")
    warning.wait_for()
    assert "estimated 14 kg for 3 years" in warning.inner_text() and "weigh the child" in warning.inner_text()
    assert ravi("GET", f"/prescriptions/{rx['entity_id']}")["warnings"]
    screenshot(page, "rx-safety-dispense-warning")
    assert not page.watch.problems(), page.watch.problems()


def _fill(rx, T, drug, dose, unit="mg", freq="TDS"):
    rx.locator("input[name=drug]").fill(drug)
    rx.locator("input[name=dose]").fill(dose)
    rx.locator("select[name=unit]").select_option(unit)
    rx.get_by_text(T[f"freq.{freq}"], exact=True).click()
    rx.locator("input[name=duration_days]").fill("3")
    rx.get_by_role("button", name=T["rx.submit"]).click()


def test_the_kiosk_takes_a_plain_dose_only_and_asks_to_acknowledge_a_drug_already_on(kiosk_page, kiosk_server):
    page, T = kiosk_page, strings("en")
    asha, doctor = kiosk_server.api("asha"), kiosk_server.api("drrao")
    patient, encounter = _visit(asha, "Kamla", "1980-05-01", "General Medicine")
    page.goto(kiosk_server.url + "/kiosk/")
    sign_in(page, T, "drrao", pin=True)
    page.goto(f"{kiosk_server.url}/kiosk/chart/{encounter}")
    rx = page.locator("form.rx-form")

    _fill(rx, T, "Paracetamol", "1e3")
    rx.get_by_text(T["rx.dose_plain"]).wait_for()          # said beside the field; nothing sent
    assert doctor("GET", f"/patients/{patient}/prescriptions")["results"] == []

    _fill(rx, T, "Paracetamol", "500")
    page.locator(".list-item", has_text="Paracetamol").first.wait_for()
    _fill(rx, T, "Dolo 650", "1", unit="tablet")
    warning = page.get_by_test_id("rx-warnings-ack")
    warning.wait_for()
    assert "already on Paracetamol" in warning.inner_text()
    assert len(doctor("GET", f"/patients/{patient}/prescriptions")["results"]) == 1
    screenshot(page, "rx-safety-acknowledge")
    page.get_by_test_id("rx-acknowledge").locator("input").check()
    rx.get_by_role("button", name=T["rx.submit"]).click()
    page.locator(".list-item", has_text="Dolo 650").first.wait_for()
    got = doctor("GET", f"/patients/{patient}/prescriptions")["results"]
    assert [i["drug"] for r in got for i in r["items"]] == ["Dolo 650", "Paracetamol"]
    assert any("already on Paracetamol" in w for w in got[0]["warnings"])
    # the one refusal on the way was the warnings' 409, which the chart turned into the tick box
    problems = page.watch.problems()
    problems["console errors"] = [e for e in problems.get("console errors", []) if "status of 409" not in e]
    assert not [v for v in problems.values() if v], problems
