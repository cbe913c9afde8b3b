"""The remote doctor's console in a real browser (Debian Chromium via Playwright) over a PostgreSQL
hub. Two clinics ask for a doctor: CLA (pushed through the hub's services as box-format events) a
routine visit, CLB (a real box with its SQLCipher store, syncing) an emergency for a patient allergic
to penicillin. The doctor (made with `clinic hub staff create --role remote_doctor`, linked with `staff
clinics`) signs in with password + TOTP, sees the emergency first, opens it: allergies first;
amoxicillin is blocked, paracetamol accepted; edits and signs the note. After one sync the CLB box
holds the prescription, ready to dispense, the signed note and the request's status (done: signing finished it). Then the same in Hindi; and the screen at tablet size."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from appliance.common import new_id, utc_now
from appliance.encounters.schemas import VitalsIn
from appliance.encounters.services import open_encounter, record_vitals
from appliance.patients.schemas import AllergyIn, PatientIn
from appliance.patients.services import register_patient
from appliance.prescriptions.tables import prescription_items, prescriptions
from appliance.soap.tables import soap_signatures
from appliance.teleconsult.tables import teleconsults
from sync.client import SyncClient
from sync.clock import wall_ms
from sync.hub import services as hub_services
from sync.hub.cli import hub_group
from sync.hub.console import chart, doctors, totp
from tests.kiosk.conftest import SCREENSHOTS, launch

from .conftest import FlaskLink
from .hub.teleconsult_seed import SeedBox
from .world import Replica, template

LAPTOP = {"width": 1366, "height": 768}
TABLET = {"width": 800, "height": 1280}
PASSWORD = "a long doctor password"


def _shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=False)


def _fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def _sign_in(page, url, secret):
    page.goto(url + "/console/sign-in")
    page.fill("input[name=username]", "dr.mehta")
    page.fill("input[name=password]", PASSWORD)
    page.fill("input[name=code]", totp.now_code(secret, wall_ms() / 1000))
    page.click("form.box button")


def _prescribe(page, drug):
    page.fill("input[name=drug_0]", drug)
    page.fill("input[name=dose_0]", "500")
    page.select_option("select[name=unit_0]", "mg")
    page.select_option("select[name=frequency_0]", "TDS")
    page.fill("input[name=days_0]", "5")
    page.click("#prescription button")


@pytest.mark.parametrize("hub_store", ["postgresql"], indirect=True)
def test_doctor_sees_the_emergency_first_is_blocked_on_amoxicillin_and_the_box_gets_the_prescription(
        served_hub, playwright, tmp_path):
    store, app, url = served_hub
    db = store.engine.url.render_as_string(hide_password=False)
    made = CliRunner().invoke(hub_group, ["staff", "create", "--db", db, "--username", "dr.mehta", "--name",
                                          "Dr Anil Mehta", "--role", "remote_doctor"], input=f"{PASSWORD}\n{PASSWORD}\n")
    assert made.exit_code == 0, made.output
    secret = re.search(r"TOTP secret: (\w+)", made.output).group(1)
    linked = CliRunner().invoke(hub_group, ["staff", "clinics", "--db", db, "dr.mehta", "CLA", "CLB"])
    assert linked.exit_code == 0 and "serves CLA, CLB" in linked.output, linked.output

    routine = SeedBox(store, "CLA", "cla-box").request_doctor(
        given="Ravi", family="Kumar", sex="male", age=40, complaint="cough for a week", urgency="routine",
        minutes_ago=40, vitals={"spo2": 96})
    box = Replica("clb-box", tmp_path / "clb.db", template(tmp_path))
    client = SyncClient(box.store, "clb-box", Ed25519PrivateKey.generate(), FlaskLink(app), codec="zstd")
    client.enrol(hub_services.issue_token(store, "CLB"))
    with box.write("asha") as uow:
        p = register_patient(uow, PatientIn(given_name="Sunita", family_name="Devi", sex="female", age_years=30,
                                            allergies=[AllergyIn(substance="Penicillin", reaction="hives",
                                                                 severity="severe")]), "CLB")
        enc = open_encounter(uow, p["id"], complaint="chest pain and breathlessness")
        record_vitals(uow, enc["id"], VitalsIn(spo2=89, pulse=122))
        rid = new_id()      # the kiosk's request, in the contract's format (the box side is i18-kiosk's)
        uow.emit("teleconsult", rid, "created", {
            "encounter_id": enc["id"], "patient_id": p["id"], "specialty": "General Medicine",
            "urgency": "emergency", "note": "SpO2 89%, breathless", "status": "waiting",
            "requested_at": utc_now(), "doctor_id": None}, patient_id=p["id"])
    client.sync_now()

    browser = launch(playwright)
    try:
        ctx = browser.new_context(viewport=LAPTOP, locale="en-GB")
        ctx.set_default_timeout(30000)
        page = ctx.new_page()
        _sign_in(page, url, secret)
        page.wait_for_selector("h1:has-text('Patients waiting for a doctor')")
        rows = [r.inner_text() for r in page.query_selector_all("table.queue tr:has(td)")]
        assert len(rows) == 2 and "emergency" in rows[0] and "Sunita Devi" in rows[0] and "CLB" in rows[0]
        assert "routine" in rows[1] and "Ravi Kumar" in rows[1] and "CLA" in rows[1]
        assert "30 y, female" in rows[0] and "chest pain" in rows[0] and "SpO₂ 89%" in rows[0]
        assert page.query_selector("meta[http-equiv=refresh]").get_attribute("content") == "5"
        assert _fits(page)
        _shot(page, "doctor-01-queue-en")

        page.click("a:has-text('Sunita Devi')")
        page.wait_for_selector("h1:has-text('Consult: Sunita Devi')")
        first = page.query_selector(".chart section")
        assert "Allergies" in first.inner_text() and "Penicillin" in first.inner_text()
        assert "Take the patient to join their call" in page.inner_text("#call-panel")
        page.click("button:has-text('Take this patient')")
        page.wait_for_selector("text=Saved")
        assert page.query_selector("#call-panel form[target=_blank] button:has-text('Join the call')")
        _prescribe(page, "Amoxicillin")
        alert = page.inner_text("[role=alert]")
        assert "Blocked" in alert and "Amoxicillin vs allergy to Penicillin" in alert
        _shot(page, "doctor-02-allergy-block-en")
        _prescribe(page, "Paracetamol")
        page.wait_for_selector("#prescription li:has-text('Paracetamol')")
        assert page.inner_text("main").count("Saved: it reaches the clinic") == 1
        # The same drug again (Dolo 650 is paracetamol): a warning in amber, not "Saved"'s green, and nothing
        # written until the doctor ticks that they read it.
        page.fill("input[name=drug_0]", "Dolo 650")
        page.fill("input[name=dose_0]", "1")
        page.select_option("select[name=unit_0]", "tablet")
        page.select_option("select[name=frequency_0]", "TDS")
        page.fill("input[name=days_0]", "5")
        page.click("#prescription button")
        warn = page.wait_for_selector(".warn[role=alert]")
        assert "already on Paracetamol" in warn.inner_text() and not page.query_selector(".ok[role=status]")
        colour = page.evaluate("getComputedStyle(document.querySelector('.warn')).backgroundColor")
        ok_green = page.evaluate("(() => { const p = document.createElement('p'); p.className = 'ok'; "
                                 "document.body.append(p); return getComputedStyle(p).color; })()")
        assert colour == "rgb(255, 244, 214)" and ok_green == "rgb(23, 96, 47)"
        _shot(page, "doctor-02b-duplicate-warning-en")
        page.check("input[name=acknowledge]")
        page.click("#prescription button")
        page.wait_for_selector("#prescription li:has-text('Dolo 650')")
        page.fill("textarea[name=subjective]", "Chest pain since morning, breathless on walking.")
        page.fill("textarea[name=assessment]", "Suspected pneumonia; penicillin allergy.")
        page.fill("textarea[name=plan]", "Paracetamol; refer for chest X-ray.")
        page.click("#note button:has-text('Save the note')")
        page.wait_for_selector("text=Version 1 by Dr Anil Mehta")
        page.fill("#diagnoses input[name=text]", "Community-acquired pneumonia")
        page.click("#diagnoses button")
        page.wait_for_selector("#diagnoses li:has-text('Community-acquired pneumonia')")
        page.click("button:has-text('Sign the note')")
        page.wait_for_selector("#note .ok:has-text('Signed by Dr Anil Mehta')")
        assert _fits(page)
        _shot(page, "doctor-03-consult-signed-en")

        # Hindi: the same screens, the doctor's choice kept in a cookie.
        page.click("header a.lang")
        page.wait_for_selector("h1:has-text('परामर्श: Sunita Devi')")
        assert "एलर्जी" in page.inner_text(".chart section")
        page.goto(url + "/console/queue")
        page.wait_for_selector("h1:has-text('डॉक्टर की प्रतीक्षा में मरीज़')")
        # Sunita's consult is done (the signed note finished it): Ravi's routine visit is what waits
        assert "सामान्य" in page.inner_text("table.queue tr:has(td)") and "Sunita" not in page.inner_text("table.queue")
        _shot(page, "doctor-01-queue-hi")
        page.goto(url + f"/console/consult/{routine['request_id']}")
        _prescribe(page, "Paracetamol")
        page.wait_for_selector("#prescription li:has-text('Paracetamol')")
        page.goto(url + f"/console/consult/{rid}")
        _prescribe(page, "Amoxycillin")
        assert "रोका गया" in page.inner_text("[role=alert]")
        _shot(page, "doctor-02-allergy-block-hi")
        page.goto(url + f"/console/consult/{rid}")
        _shot(page, "doctor-03-consult-signed-hi")
        cookies = ctx.cookies()
        ctx.close()

        tablet = browser.new_context(viewport=TABLET, locale="en-GB", has_touch=True)
        page = tablet.new_page()
        tablet.add_cookies([c for c in cookies if c["name"] == "hub_console"])       # the same session
        page.goto(url + f"/console/consult/{rid}")
        page.wait_for_selector("h1:has-text('Consult: Sunita Devi')")
        assert _fits(page)
        _shot(page, "doctor-04-consult-tablet-en")
        page.goto(url + "/console/queue")                # each request a card: the vitals kept, nothing cut off
        # (Sunita's consult is done, so Ravi's routine visit is the card left)
        vitals = page.locator("table.queue td[data-label=Vitals]:has-text('SpO₂ 96%')").first
        cell = vitals.bounding_box()
        assert vitals.is_visible() and cell["x"] + cell["width"] <= TABLET["width"] and _fits(page)
        tablet.close()
    finally:
        browser.close()

    # One sync: the box holds the doctor's prescriptions, active (ready to dispense), and not the blocked one;
    # the acknowledged duplicate came with its warning, for whoever dispenses.
    client.sync_now()
    with box.store.read() as conn:
        rx = conn.execute(select(prescriptions).where(prescriptions.c.encounter_id == enc["id"])).all()
        assert [r.status for r in rx] == ["active", "active"] and all(r.prescriber.startswith("doctor:") for r in rx)
        drugs = {r.drug: r.prescription_id for r in conn.execute(select(
            prescription_items.c.drug, prescription_items.c.prescription_id).where(
            prescription_items.c.prescription_id.in_([r.id for r in rx])))}
        assert sorted(drugs) == ["Dolo 650", "Paracetamol"]
        warned = next(r for r in rx if r.id == drugs["Dolo 650"])
        assert "already on Paracetamol" in warned.warnings
        signed = conn.execute(select(soap_signatures).where(soap_signatures.c.encounter_id == enc["id"])).one()
        assert signed.signed_by.startswith("doctor:")
        assert conn.execute(select(teleconsults.c.status, teleconsults.c.doctor_name).where(
            teleconsults.c.id == rid)).one() == ("done", "Dr Anil Mehta")        # the signed note finished it
    hub_kinds = {(e["entity"], e["op"]) for e in store.patient_events(p["id"]) if e["origin"] == "hub"}
    assert {("soap_version", "drafted"), ("soap_signature", "signed"), ("diagnosis", "recorded"),
            ("prescription", "written"), ("teleconsult", "updated")} <= hub_kinds
    assert chart.request(store, rid, ["CLB"]).status == "done"
    assert doctors.verify_chain(store.engine)["ok"]
    assert {"read chart", "prescription", "refused: prescription", "sign"} <= {
        a["action"] for a in doctors.accesses(store.engine, p["id"])}
    box.close()
