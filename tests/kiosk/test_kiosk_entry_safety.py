"""A tester's third pass (English and Hindi): "Register new patient" always opens a fresh form, an abandoned
entry (allergies and all) offered by name to continue or discard, never merged into the new patient; a vital
sign or SMS number the box refuses is said beside its field in the box's terms (a temperature typed in °F said
so, with the °C); a language switch on the sign-in screen keeps the username and the PIN digits; an allergy typed
twice in one form is one allergy; the SMS consent box sits beside its label."""
from __future__ import annotations

import time

import pytest

from tests.kiosk.conftest import KIOSK_PIN, screenshot
from tests.kiosk.test_kiosk_billing import department
from tests.kiosk.test_kiosk_drafts import sealed
from tests.kiosk.test_kiosk_flows import choose_language, strings
from tests.kiosk.test_kiosk_ux import start


def register_new_patient(page, T):
    """Patients, then "Register new patient", as the tester went."""
    page.get_by_role("link", name=T["nav.patients"], exact=True).click()
    page.get_by_role("link", name=T["patients.register"]).click()
    form = page.locator("form.register")
    form.wait_for()
    return form


def registration_drafts(page, limit: float = 10.0, present: bool = True) -> list[str]:
    """The sealed registration drafts in the browser's storage, once there are some (or none, as asked)."""
    end = time.monotonic() + limit
    while True:
        found = [k for k in sealed(page) if ".register" in k]
        if bool(found) == present or time.monotonic() > end:
            return found
        time.sleep(0.05)


def value_once(field, expected: str, limit: float = 10.0) -> str:
    end = time.monotonic() + limit
    while field.input_value() != expected and time.monotonic() < end:
        time.sleep(0.05)
    return field.input_value()


FIELDS = ("given_name", "family_name", "village", "allergies")


def test_register_new_patient_is_a_fresh_form_and_an_abandoned_entry_is_offered_not_merged(kiosk_page, kiosk_server):
    page = kiosk_page
    T = start(page, kiosk_server, "en")
    form = register_new_patient(page, T)
    typed = {"given_name": "Abandoned", "family_name": "Entrywala", "village": "Sultanpur", "allergies": "sulfa"}
    for name, text in typed.items():
        form.locator(f"input[name={name}]").fill(text)
    form.get_by_text(T["sex.male"], exact=True).click()
    assert registration_drafts(page)  # kept, sealed
    page.get_by_role("link", name=T["nav.queue"], exact=True).click()
    page.wait_for_url("**/kiosk/queue")

    form = register_new_patient(page, T)
    offer = page.get_by_test_id("kept-draft")
    offer.wait_for()
    assert T["register.kept_draft"].format(name="Abandoned Entrywala") in offer.inner_text()
    page.wait_for_timeout(500)  # time enough for a draft to be put back, were it put back
    assert {n: form.locator(f"input[name={n}]").input_value() for n in FIELDS} == dict.fromkeys(FIELDS, "")
    assert form.locator("input[name=sex]:checked").count() == 0
    screenshot(page, "en-register-kept-draft")

    offer.get_by_role("button", name=T["register.continue_draft"]).click()  # the entry, in its own form
    form = page.locator("form.register")
    assert value_once(form.locator("input[name=given_name]"), "Abandoned") == "Abandoned"
    assert {n: form.locator(f"input[name={n}]").input_value() for n in FIELDS} == typed
    assert form.locator("input[name=sex][value=male]").is_checked()
    assert page.get_by_test_id("kept-draft").count() == 0

    # A new patient again: offered again; discarded, it is gone for good.
    form = register_new_patient(page, T)
    offer = page.get_by_test_id("kept-draft")
    offer.wait_for()
    offer.get_by_role("button", name=T["register.discard_draft"]).click()
    offer.wait_for(state="detached")
    assert registration_drafts(page, present=False) == []
    register_new_patient(page, T)
    page.wait_for_timeout(500)
    assert page.get_by_test_id("kept-draft").count() == 0
    assert page.locator("form.register input[name=allergies]").input_value() == ""
    assert not page.watch.problems(), page.watch.problems()


def test_after_opening_the_existing_record_the_next_registration_starts_empty(kiosk_page, kiosk_server):
    page = kiosk_page
    existing = kiosk_server.api("asha")("POST", "/patients", {
        "given_name": "Kamla", "family_name": "Surnamewali", "sex": "female", "age_years": 40, "phone": "9822233344"})
    T = start(page, kiosk_server, "en")
    form = register_new_patient(page, T)
    form.locator("input[name=given_name]").fill("Kamla")
    form.locator("input[name=family_name]").fill("Surnamewali")
    form.get_by_text(T["sex.female"], exact=True).click()
    form.locator("input[name=age_years]").fill("40")
    form.locator("input[name=phone]").fill("9822233344")
    form.get_by_role("button", name=T["register.submit"]).click()
    page.get_by_test_id("duplicates").get_by_role("link", name=T["register.open_existing_record"]).click()
    page.locator(".patient-banner", has_text=existing["clinic_number"]).wait_for()

    form = register_new_patient(page, T)
    page.wait_for_timeout(500)
    assert form.locator("input[name=family_name]").input_value() == ""
    assert form.locator("input[name=given_name]").input_value() == ""
    assert page.get_by_test_id("kept-draft").count() == 0


def open_visit(page, kiosk_server, given: str) -> str:
    asha = kiosk_server.api("asha")
    patient = asha("POST", "/patients", {"given_name": given, "family_name": "Thermometer", "sex": "female",
                                         "age_years": 35})
    appt = asha("POST", "/appointments", {"patient_id": patient["id"], "department_id": department(asha, "General Medicine"),
                                          "check_in": True})
    encounter = asha("GET", f"/appointments/{appt['id']}/encounter")["id"]
    page.goto(f"{kiosk_server.url}/kiosk/visit/{encounter}")
    return encounter


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_a_temperature_in_fahrenheit_is_refused_beside_its_field_with_the_celsius(kiosk_page, kiosk_server, lang):
    page = kiosk_page
    T = start(page, kiosk_server, lang)
    encounter = open_visit(page, kiosk_server, {"en": "Tapti", "hi": "Jwala"}[lang])
    form = page.locator("form.vitals-form")
    form.locator("input[name=temperature_c]").fill("98.6")
    form.locator("input[name=pulse]").fill("88")
    form.get_by_role("button", name=T["vitals.save"]).click()
    error = form.locator('.field-error[data-field="temperature_c"]')
    error.wait_for()
    text = error.inner_text()
    assert T["invalid.out_of_range"].format(value="98.6", unit="°C", low="30", high="45") in text, text
    assert T["vitals.looks_fahrenheit"].format(f="98.6", c="37.0") in text, text
    assert form.locator("input[name=temperature_c]").get_attribute("aria-invalid") == "true"
    assert form.locator("input[name=pulse]").input_value() == "88"  # the rest of what was typed stays
    assert T["error.invalid"] not in page.locator("main").inner_text()
    assert kiosk_server.api("asha")("GET", f"/encounters/{encounter}")["vitals"] == []
    screenshot(page, f"{lang}-vitals-fahrenheit")

    form.locator("input[name=temperature_c]").fill("37")
    form.get_by_role("button", name=T["vitals.save"]).click()
    page.locator('.vitals-recorded [data-kind="temperature_c"]').wait_for()
    assert {v["kind"] for v in kiosk_server.api("asha")("GET", f"/encounters/{encounter}")["vitals"]} == {
        "temperature_c", "pulse"}


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_sms_consent_with_a_short_number_names_the_phone_field(kiosk_page, kiosk_server, lang):
    page = kiosk_page
    T = start(page, kiosk_server, lang)
    form = register_new_patient(page, T)
    given = {"en": "Phoolmati", "hi": "Chameli"}[lang]
    form.locator("input[name=given_name]").fill(given)
    form.locator("input[name=family_name]").fill("Smswali")
    form.get_by_text(T["sex.female"], exact=True).click()
    form.locator("input[name=age_years]").fill("33")
    form.locator("input[name=phone]").fill("9876543")
    form.get_by_test_id("sms-consent").check()
    form.get_by_role("button", name=T["register.submit"]).click()
    error = form.locator('.field-error[data-field="phone"]')
    error.wait_for()
    assert T["invalid.sms_number_digits"].format(low=10, high=15) in error.inner_text()
    assert form.locator("input[name=phone]").get_attribute("aria-invalid") == "true"
    assert T["error.invalid"] not in page.locator("main").inner_text()
    assert form.locator("input[name=given_name]").input_value() == given
    assert form.get_by_test_id("sms-consent").is_checked()


def test_switching_language_on_the_sign_in_screen_keeps_the_username_and_pin_digits(kiosk_page, kiosk_server):
    page = kiosk_page
    page.goto(kiosk_server.url + "/kiosk/")
    choose_language(page, "en")
    form = page.locator("form.signin-form")
    form.locator("input[name=username]").fill("asha")
    for digit in KIOSK_PIN[:2]:
        form.locator(f'[data-digit="{digit}"]').click()
    choose_language(page, "hi")
    form = page.locator("form.signin-form")
    assert form.locator("input[name=username]").input_value() == "asha"
    assert form.locator("input[name=pin]").input_value() == KIOSK_PIN[:2]
    assert form.locator(".pin-dots").inner_text() == "●●"
    for digit in KIOSK_PIN[2:]:
        form.locator(f'[data-digit="{digit}"]').click()
    form.get_by_role("button", name=strings("hi")["signin.submit"], exact=True).click()
    page.get_by_test_id("current-user").wait_for()


def test_switching_language_keeps_the_password_way_in(kiosk_page, kiosk_server):
    page, T = kiosk_page, strings("en")
    page.goto(kiosk_server.url + "/kiosk/")
    choose_language(page, "en")
    page.get_by_role("button", name=T["signin.use_password"]).click()
    form = page.locator("form.signin-form")
    form.locator("input[name=username]").fill("drrao")
    form.locator("input[name=password]").fill("half-typed")
    choose_language(page, "hi")
    form = page.locator("form.signin-form")
    assert form.locator("input[name=username]").input_value() == "drrao"
    assert form.locator("input[name=password]").input_value() == "half-typed"


def test_an_allergy_typed_twice_in_one_form_is_one_allergy(kiosk_page, kiosk_server):
    page = kiosk_page
    T = start(page, kiosk_server, "en")
    form = register_new_patient(page, T)
    form.locator("input[name=given_name]").fill("Penelope")
    form.locator("input[name=family_name]").fill("Twicetyped")
    form.get_by_text(T["sex.female"], exact=True).click()
    form.locator("input[name=age_years]").fill("28")
    form.locator("input[name=allergies]").fill("Penicillin, penicillin; PENICILLIN, Sulfa")
    form.get_by_role("button", name=T["register.submit"]).click()
    banner = page.locator(".patient-banner", has_text="Penelope Twicetyped")
    banner.wait_for()
    assert banner.locator(".allergy-substance").all_inner_texts() == ["Penicillin", "Sulfa"]


def test_the_sms_consent_box_sits_beside_its_label(kiosk_page, kiosk_server):
    page = kiosk_page
    T = start(page, kiosk_server, "en")
    form = register_new_patient(page, T)
    box = form.get_by_test_id("sms-consent").bounding_box()
    label = form.get_by_text(T["register.sms_consent"]).bounding_box()
    assert box["x"] + box["width"] <= label["x"] + 1  # on its left
    assert abs((box["y"] + box["height"] / 2) - (label["y"] + label["height"] / 2)) < 12  # on the same line
