"""Every kiosk screen loads with the outside world blocked: no failed request, no console error.
Also: the screen locks when idle and the PIN brings back the same screen; a failed save keeps
what was typed, across a reload, until the retry succeeds."""
from __future__ import annotations

import pytest

from tests.kiosk.conftest import KIOSK_PIN, screenshot
from tests.kiosk.test_kiosk_flows import sign_in, strings


@pytest.fixture(scope="module")
def clinic_records(kiosk_server):
    """A patient with a triaged, charted visit, a charge and a payment, made over the API."""
    hw, doctor = kiosk_server.api("asha"), kiosk_server.api("drrao")
    departments = hw("GET", "/departments")["results"]
    pediatrics = next(d["id"] for d in departments if d["name"] == "Pediatrics")
    patient = hw("POST", "/patients", {"given_name": "Offline", "family_name": "Child", "sex": "male", "age_years": 4,
                                       "allergies": [{"substance": "Sulfa", "severity": "moderate"}]})
    appt = hw("POST", "/appointments", {"patient_id": patient["id"], "department_id": pediatrics, "check_in": True})
    enc = hw("GET", f"/appointments/{appt['id']}/encounter")
    hw("PUT", f"/encounters/{enc['id']}/complaint", {"complaint": "cough and fever since yesterday, no vomiting"})
    hw("POST", f"/encounters/{enc['id']}/triage", {})
    hw("POST", f"/encounters/{enc['id']}/vitals", {"temperature_c": 38.2, "pulse": 120})
    doctor("POST", f"/encounters/{enc['id']}/notes", {"text": "Mild viral illness."})
    doctor("POST", f"/encounters/{enc['id']}/prescriptions", {"items": [
        {"drug": "Paracetamol 120 mg/5 ml syrup", "dose": 5, "unit": "ml", "frequency": "TDS", "duration_days": 3}]})
    hw("POST", "/charges", {"patient_id": patient["id"], "description": "Consultation", "unit_price_minor": 3000})
    payment = hw("POST", "/payments", {"patient_id": patient["id"], "amount_minor": 3000, "method": "upi",
                                       "reference": "UPI-123"})
    return {"patient": patient, "encounter": enc, "payment": payment, "appointment": appt}


def screens(records) -> list[tuple[str, str, str]]:
    """(name, path, a selector that shows the screen has drawn)."""
    pid, eid = records["patient"]["id"], records["encounter"]["id"]
    return [
        ("patients", "/kiosk/patients", "input.search-input"),
        ("register", "/kiosk/patients/new", "form.register"),
        ("patient", f"/kiosk/patients/{pid}", ".history .card"),
        ("visit", f"/kiosk/visit/{eid}", "[data-testid=triage-card]"),
        ("queue", "/kiosk/queue", ".queue-dept"),
        ("chart", f"/kiosk/chart/{eid}", "form.rx-form"),
        ("billing", f"/kiosk/patients/{pid}/billing", "[data-testid=balance]"),
        ("receipt", f"/kiosk/receipt/{records['payment']['id']}", "[data-testid=receipt]"),
    ]


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_every_screen_loads_offline_without_errors(kiosk_page, kiosk_server, clinic_records, lang):
    page, T = kiosk_page, strings(lang)
    page.goto(kiosk_server.url + "/kiosk/")
    if lang != "en":
        page.get_by_test_id("language").click()
        page.locator(f"html[lang={lang}] form.signin-form").wait_for()  # the form is redrawn in Hindi
    sign_in(page, T, "drrao")
    for name, path, ready in screens(clinic_records):
        page.goto(kiosk_server.url + path)  # a full load each time: shell, modules, catalogue, API
        page.locator(ready).first.wait_for()
        page.wait_for_load_state("networkidle")
        assert page.get_by_test_id("current-user").is_visible(), name
        if lang == "hi":
            assert page.evaluate("document.documentElement.lang") == "hi"
        screenshot(page, f"{lang}-screen-{name}")
    assert page.watch.problems() == {}, page.watch.problems()


def test_phone_width_has_no_sideways_scrolling(kiosk_context, kiosk_server, clinic_records):
    page = kiosk_context(viewport={"width": 390, "height": 800}).new_page()
    page.goto(kiosk_server.url + "/kiosk/")
    sign_in(page, strings("en"), "drrao")
    for name, path, ready in screens(clinic_records):
        page.goto(kiosk_server.url + path)
        page.locator(ready).first.wait_for()
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 1, (name, overflow)
    screenshot(page, "en-phone-chart")


def test_touch_targets_are_large(kiosk_page, kiosk_server, clinic_records):
    page = kiosk_page
    page.goto(kiosk_server.url + "/kiosk/")
    sign_in(page, strings("en"), "asha")
    page.goto(kiosk_server.url + f"/kiosk/visit/{clinic_records['encounter']['id']}")
    page.locator("[data-testid=triage-card]").wait_for()
    small = page.evaluate("""() => [...document.querySelectorAll('button, a.btn, .choice span, input:not([type=radio])')]
        .filter(e => e.offsetParent !== null)
        .map(e => [e.textContent.trim() || e.name, e.getBoundingClientRect().height])
        .filter(([, h]) => h < 44)""")
    assert small == []


def test_idle_kiosk_locks_and_the_pin_returns_to_the_same_screen(kiosk_page, kiosk_server, clinic_records):
    page, T = kiosk_page, strings("en")
    page.clock.install()
    page.goto(kiosk_server.url + "/kiosk/")
    sign_in(page, T, "asha")
    chart = f"/kiosk/patients/{clinic_records['patient']['id']}"
    page.goto(kiosk_server.url + chart)
    page.locator(".patient-banner").wait_for()
    page.clock.run_for(5 * 60 * 1000 + 2000)  # five quiet minutes
    page.get_by_role("heading", name=T["signin.locked_title"]).wait_for()
    assert page.locator(".patient-banner").count() == 0  # nothing of the patient shows on a locked kiosk
    assert "Asha Devi" in page.locator(".locked-user").inner_text()
    screenshot(page, "en-locked")
    for digit in KIOSK_PIN:
        page.locator(f'[data-digit="{digit}"]').click()
    page.get_by_role("button", name=T["signin.unlock"]).click()
    page.locator(".patient-banner").wait_for()
    assert page.url.endswith(chart)


def _registration_form(page, T, kiosk_server, sex: str, **fields: str):
    """Signed in as asha, the registration form filled in with `fields` (input name -> text)."""
    page.goto(kiosk_server.url + "/kiosk/")
    sign_in(page, T, "asha")
    page.goto(kiosk_server.url + "/kiosk/patients/new")
    form = page.locator("form.register")
    form.get_by_text(T[f"sex.{sex}"], exact=True).click()
    for name, text in fields.items():
        form.locator(f"input[name={name}]").fill(text)
    return form


def test_a_failed_save_keeps_what_was_typed_and_retries(kiosk_page, kiosk_server):
    page, T = kiosk_page, strings("en")
    form = _registration_form(page, T, kiosk_server, "male", given_name="Draft", family_name="Keeper",
                              age_years="61", village="Lakhanpur")

    # The box answers 503 to the first save: the message says so, the form keeps every field.
    failing = {"n": 0}

    def refuse_once(route):
        if route.request.method == "POST" and failing["n"] == 0:
            failing["n"] += 1
            route.fulfill(status=503, content_type="application/problem+json",
                          body='{"title": "Service unavailable", "status": 503, "detail": "box busy"}')
        else:
            route.continue_()

    page.route("**/api/v1/patients", refuse_once)
    form.get_by_role("button", name=T["register.submit"]).click()
    page.get_by_text(T["error.unavailable"]).wait_for()
    assert page.get_by_text(T["error.kept"]).is_visible()
    screenshot(page, "en-save-failed")

    # A reload (or a power cut of the kiosk) still has the draft.
    page.reload()
    form = page.locator("form.register")
    assert form.locator("input[name=given_name]").input_value() == "Draft"
    assert form.locator("input[name=village]").input_value() == "Lakhanpur"
    assert form.locator("input[name=sex][value=male]").is_checked()

    page.route("**/api/v1/patients", refuse_once)
    form.get_by_role("button", name=T["register.submit"]).click()
    page.locator(".patient-banner", has_text="Draft Keeper").wait_for()
    kept = page.evaluate("() => Object.keys(localStorage).filter((k) => k.startsWith('kiosk.'))")
    assert not [k for k in kept if ".register" in k], kept  # the saved draft is gone, sealed or not


def test_a_registration_like_an_existing_patient_offers_the_existing_record(kiosk_page, kiosk_server):
    page, T = kiosk_page, strings("en")
    first = kiosk_server.api("asha")("POST", "/patients", {"given_name": "Twice", "family_name": "Seen",
                                                           "sex": "female", "age_years": 52, "phone": "9811122233"})
    form = _registration_form(page, T, kiosk_server, "female", given_name="Twice", family_name="Seen",
                              age_years="53", phone="+91 98111 22233")
    form.get_by_role("button", name=T["register.submit"]).click()
    offer = page.locator(".duplicates")
    offer.wait_for()
    assert first["clinic_number"] in offer.inner_text() and T["register.duplicate_phone"] in offer.inner_text()
    screenshot(page, "en-register-duplicate")
    offer.get_by_role("link", name=T["register.open_existing"]).click()
    page.wait_for_url(f"**/kiosk/patients/{first['id']}")
    page.locator(".patient-banner", has_text=first["clinic_number"]).wait_for()
