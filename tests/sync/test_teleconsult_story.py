"""Issue 18's must-show, as one test across network namespaces (consult_world: the hub with its coturn in
the hub's namespace, box A's clinic-media and signalling client behind a 3G link, the doctor's Chromium in
a namespace of its own):

a health worker at clinic A asks, at the kiosk, for a doctor on an EMERGENCY visit (a patient allergic to
penicillin); clinic B asks on a ROUTINE visit; both boxes sync once. The doctor signs in (password + TOTP),
sees the emergency first, takes it, joins the call (real video through the hub's coturn: the doctor's
<video> has frames), sees the SOAP draft grow from the room's captions, adds the AI's lines and edits them,
is blocked prescribing amoxicillin, prescribes paracetamol, signs, finishes. After ONE sync of box A the
kiosk shows the signed note and the prescription (the health worker: "ready — dispense at the pharmacy",
no drug; the pharmacist: its lines), and the pharmacist dispenses it.

Box B is a real box of its own (`clinic init`, its own clinic and device key) that syncs from box A's
namespace over the same link: a second link pair would add nothing the story asserts.
"""
from __future__ import annotations

import re
import secrets
import subprocess
import time

from playwright.sync_api import expect

from tests.conftest import STAFF_PASSWORD
from tests.kiosk.conftest import KIOSK_PIN, KioskServer, launch, screenshot
from tests.kiosk.test_kiosk_flows import sign_in, sign_out, strings

from .consult_world import MEDIA_PORT, SENTENCE, Consult, call_stats, said
from .processes import BoxFiles, clinic, command, wait_for

PASSWORD = "a long doctor password"
# The district's broadband to the hub: the story is the consult's, not a bad link's (the 3G and 2G links
# have their own tests in test_teleconsult_e2e.py).
BROADBAND = {"delay_ms": 20, "rate_kbit": 8000, "loss": 0.0}
LAPTOP = {"width": 1366, "height": 768}


def _box(tmp, name: str, clinic_id: str, clip=None) -> BoxFiles:
    box = BoxFiles.plan(tmp, f"{name}-{secrets.token_hex(3)}", clinic_id)
    clinic(*box.init_args(), config=box.config)
    if clip is not None:
        with open(box.config, "a") as f:
            f.write(f'\n[media]\ncontrol_port = {MEDIA_PORT}\nsource_file = "{clip}"\nquality_sample_s = 2\n')
    return box


def _visit(box: BoxFiles, level: str, given: str, complaint: str, allergy: str | None = None,
           staff: bool = False) -> dict:
    """A patient's open visit, triaged at `level` by the clinician; with `staff`, the kiosk's health worker
    and pharmacist (PIN sign-in) and a paracetamol stock item."""
    from appliance.auth.services import set_pin
    from appliance.encounters.services import open_encounter
    from appliance.inventory.schemas import ItemIn
    from appliance.inventory.services import add_item
    from appliance.patients.schemas import AllergyIn, PatientIn
    from appliance.patients.services import register_patient
    from appliance.staff.schemas import DepartmentIn, StaffIn
    from appliance.staff.services import create_department, create_staff
    from appliance.triage.schemas import DecisionIn
    from appliance.triage.services import decide, suggest_for_encounter

    opened = box.open()
    try:
        with opened.write("test:setup") as uow:
            dept = create_department(uow, DepartmentIn(name="General Medicine"))["id"]
            if staff:
                for username, role, name in (("asha", "health_worker", "Asha Devi"),
                                             ("ravi", "pharmacist", "Ravi Prasad")):
                    made = create_staff(uow, StaffIn(username=username, full_name=name, role=role,
                                                     password=STAFF_PASSWORD, department_id=dept))
                    set_pin(uow.conn, made["id"], STAFF_PASSWORD, KIOSK_PIN)
                item = add_item(uow, ItemIn(sku="PCM-500", name="Paracetamol 500 mg", unit="tablet",
                                            unit_price_minor=150, opening_stock=50))
            allergies = [AllergyIn(substance=allergy, reaction="hives", severity="severe")] if allergy else []
            patient = register_patient(uow, PatientIn(given_name=given, family_name="Devi", sex="female",
                                                      age_years=34, allergies=allergies), box.clinic_id)
            pid = patient.get("id") or patient["patient"]["id"]
            enc = open_encounter(uow, pid, complaint=complaint, department_id=dept)
            suggest_for_encounter(uow, enc["id"], None, None)
            decide(uow, enc["id"], DecisionIn(level=level, specialty="general medicine",
                                              reason="the clinician's own judgement"))
        return {"patient_id": pid, "encounter_id": enc["id"], "name": f"{given} Devi",
                "item_id": item["id"] if staff else None}
    finally:
        opened.close()


def _doctor_account(consult: Consult) -> str:
    """`clinic hub staff create` (the TOTP secret it prints) and `staff clinics`, against the hub's database."""
    db = f"sqlite:///{consult.hub_db}"
    made = subprocess.run(command("hub", "staff", "create", "--db", db, "--username", "dr.mehta", "--name",
                                  "Dr Anil Mehta", "--role", "remote_doctor"),
                          input=f"{PASSWORD}\n{PASSWORD}\n", capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stdout + made.stderr
    clinic("hub", "staff", "clinics", "--db", db, "dr.mehta", "CLA", "CLB")
    return re.search(r"TOTP secret: (\w+)", made.stdout).group(1)


def _draft(page) -> dict:
    return page.evaluate("() => window.clinicDraft ? {captions: clinicDraft.captions, polls: clinicDraft.polls, "
                         "offered: clinicDraft.offered} : {captions: 0, polls: 0, offered: {}}")


def test_emergency_and_routine_at_two_clinics_to_a_dispensed_prescription(tmp_path, playwright):
    from media.room.peer import make_clip
    from sync.hub.console import totp
    from sync.clock import wall_ms

    started = time.monotonic()
    T, H = strings("en"), strings("hi")
    clip = make_clip(tmp_path / "clip", sentence=SENTENCE, seconds=8.0)
    box_a = _box(tmp_path, "box-a", "CLA", clip)
    box_b = _box(tmp_path, "box-b", "CLB")
    a = _visit(box_a, "emergency", "Sunita", "chest pain and breathlessness", allergy="Penicillin", staff=True)
    b = _visit(box_b, "routine", "Kavita", "cough for a week")
    box_a.encounter = a["encounter_id"]          # the room clinic-media serves

    kiosk = KioskServer(box_a.config)            # box A's kiosk (`clinic serve`'s app), starting meanwhile
    try:
        consult = Consult(tmp_path, box_a, BROADBAND)
    except BaseException:
        kiosk.stop()
        raise
    consult.enrol(box_b, "CLB")
    kiosk_browser = launch(playwright)
    doctor_browser = consult.browser(playwright)
    try:
        try:
            kiosk.wait(timeout=180)
        except RuntimeError:
            raise AssertionError(f"box A's kiosk server did not start:\n{kiosk.output.read_text()[-3000:]}") from None
        secret = _doctor_account(consult)

        # Clinic A: the health worker asks for a doctor at the kiosk. Clinic B: its request. One sync each.
        kpage = kiosk_browser.new_context(viewport={"width": 1024, "height": 600}, ignore_https_errors=True,
                                          locale="en-IN").new_page()
        kpage.set_default_timeout(30000)
        kpage.goto(kiosk.url + "/kiosk/")
        sign_in(kpage, T, "asha", pin=True)
        kpage.goto(f"{kiosk.url}/kiosk/visit/{a['encounter_id']}")
        kpage.get_by_test_id("request-doctor").click()
        kpage.locator("[data-testid=teleconsult-status][data-status=waiting]").wait_for()
        opened = box_b.open()
        try:
            from appliance.teleconsult.schemas import TeleconsultIn
            from appliance.teleconsult.services import request_doctor
            with opened.write("asha-b") as uow:
                request_doctor(uow, b["encounter_id"], TeleconsultIn())
        finally:
            opened.close()
        consult.sync_now(box_a)
        consult.sync_now(box_b)

        # The doctor: password + TOTP, the emergency first.
        ctx = doctor_browser.new_context(ignore_https_errors=True, viewport=LAPTOP, locale="en-GB")
        ctx.set_default_timeout(30000)
        page = ctx.new_page()
        page.goto(consult.hub_url + "/console/sign-in")
        page.fill("input[name=username]", "dr.mehta")
        page.fill("input[name=password]", PASSWORD)
        page.fill("input[name=code]", totp.now_code(secret, wall_ms() / 1000))
        page.click("form.box button")
        page.wait_for_selector("h1:has-text('Patients waiting for a doctor')")
        rows = [r.inner_text() for r in page.query_selector_all("table.queue tr:has(td)")]
        assert len(rows) == 2, rows
        assert "emergency" in rows[0] and "CLA" in rows[0] and a["name"] in rows[0], rows
        assert "routine" in rows[1] and "CLB" in rows[1] and b["name"] in rows[1], rows

        page.click(f"a:has-text('{a['name']}')")
        page.wait_for_selector(f"h1:has-text('Consult: {a['name']}')")
        assert "Penicillin" in page.inner_text(".allergy-box")
        page.click("button:has-text('Take this patient')")
        page.wait_for_selector("text=Saved")

        # The call, in its own tab: real video through the hub's coturn.
        with ctx.expect_page() as opened_tab:
            page.click("#call-panel form[target=_blank] button")
        call = opened_tab.value
        try:
            wait_for("the call to connect", lambda: (call_stats(call) or {}).get("state") == "in call", timeout=60)
            wait_for("video frames from the room", lambda: call_stats(call)["stats"].get("framesDecoded", 0) > 15,
                     timeout=90)
        except AssertionError:
            raise AssertionError(f"{call_stats(call)}\n{consult.logs()}") from None
        frames = call.evaluate("() => document.querySelector('[data-call-remote]').getVideoPlaybackQuality()"
                               ".totalVideoFrames")
        width = call.evaluate("() => document.querySelector('[data-call-remote]').videoWidth")
        assert frames > 0 and width > 0, (frames, width)
        assert set(call_stats(call)["stats"].get("localTypes", [])) == {"relay"}

        # The draft grows from the captions, apart from the doctor's text, marked as AI draft.
        page.reload()
        try:
            wait_for("captions in the draft", lambda: _draft(page)["captions"] >= 1 and
                     _draft(page)["offered"].get("subjective"), timeout=120, every=1)
            first = _draft(page)["captions"]
            wait_for("the draft to grow", lambda: _draft(page)["captions"] > first, timeout=60, every=1)
        except AssertionError:
            raise AssertionError(f"{_draft(page)} {call_stats(call)}\n{consult.room()}\n{consult.logs()}") from None
        assert said(call_stats(call)["captions"])
        block = page.locator("[data-ai-section=subjective]")
        assert "AI draft from the captions" in block.inner_text() and "fever" in block.inner_text().lower()
        assert page.input_value("textarea[name=subjective]") == ""          # nothing written for the doctor
        page.click("[data-ai-add=subjective]")
        offered = page.input_value("textarea[name=subjective]")
        assert "fever" in offered.lower()
        page.fill("textarea[name=subjective]", offered + "\nWorse at night.")
        page.fill("textarea[name=assessment]", "Viral fever; penicillin allergy.")
        page.fill("textarea[name=plan]", "Paracetamol; review in three days.")
        page.click("#note button:has-text('Save the note')")
        page.wait_for_selector("text=by Dr Anil Mehta")
        screenshot(page, "doctor-05-caption-draft-en")

        # The allergy block, then a prescription that goes through; sign; finish.
        def prescribe(drug):
            page.fill("input[name=drug_0]", drug)
            page.fill("input[name=dose_0]", "500")
            page.select_option("select[name=unit_0]", "mg")
            page.select_option("select[name=frequency_0]", "TDS")
            page.fill("input[name=days_0]", "3")
            page.click("#prescription button")
        prescribe("Amoxicillin")
        alert = page.inner_text("[role=alert]")
        assert "Blocked" in alert and "Amoxicillin vs allergy to Penicillin" in alert
        prescribe("Paracetamol")
        page.wait_for_selector("#prescription li:has-text('Paracetamol')")
        page.click("button:has-text('Sign the note')")
        page.wait_for_selector("#note .ok:has-text('Signed by Dr Anil Mehta')")
        page.click("button:has-text('Finish the consult')")
        page.wait_for_selector("text=Saved")
        call.click("[data-call-hangup]")

        # ONE sync of box A: the kiosk shows the signed note and the prescription; the pharmacist dispenses.
        consult.sync_now(box_a)
        kpage.reload()
        note = kpage.get_by_test_id("remote-note")
        note.wait_for()
        assert "Worse at night." in note.inner_text() and "Dr Anil Mehta (remote)" in note.inner_text()
        ready = kpage.get_by_test_id("rx-ready")
        assert ready.inner_text() == T["tele.rx_ready"].format(doctor="Dr Anil Mehta (remote)")
        assert "paracetamol" not in kpage.get_by_test_id("teleconsult").inner_text().lower()
        kpage.get_by_test_id("language").click()
        expect(kpage.get_by_test_id("rx-ready")).to_have_text(H["tele.rx_ready"].format(
            doctor="डॉ. Anil Mehta (दूरस्थ)"), timeout=15_000)
        kpage.get_by_test_id("language").click()
        kpage.get_by_test_id("rx-ready").wait_for()

        sign_out(kpage)
        sign_in(kpage, T, "ravi", pin=True)
        kpage.goto(f"{kiosk.url}/kiosk/patients/{a['patient_id']}")
        ravi = kiosk.api("ravi")
        rx = [r for r in ravi("GET", f"/patients/{a['patient_id']}/prescriptions")["results"]
              if r["prescriber"].startswith("doctor:")]
        assert [[i["drug"] for i in r["items"]] for r in rx] == [["Paracetamol"]]
        dispense = kpage.get_by_test_id(f"dispense-{rx[0]['id']}")
        dispense.locator(f"select[name=item_id_0] option[value='{a['item_id']}']").wait_for(state="attached")
        dispense.locator("select[name=item_id_0]").select_option(a["item_id"])
        dispense.locator("input[name=quantity_0]").fill("9")
        dispense.get_by_role("button", name=T["rx.dispense"]).click()
        kpage.locator(".list-item", has_text="Paracetamol").get_by_text(T["rx.status.dispensed"]).wait_for()
        assert ravi("GET", f"/prescriptions/{rx[0]['id']}")["status"] == "dispensed"
        assert ravi("GET", f"/inventory/items/{a['item_id']}")["level"] == 41
        print(f"\nthe whole story: {time.monotonic() - started:.0f} s wall, captions in the draft "
              f"{_draft(page)['captions']}, doctor decoded {call_stats(call)['stats'].get('framesDecoded')} frames")
    finally:
        doctor_browser.close()
        kiosk_browser.close()
        kiosk.stop()
        consult.close()
