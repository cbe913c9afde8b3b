"""A patient already on the box is found before a second record is written; a clerk can merge a
mistaken duplicate into the record to keep, or retire it."""
from __future__ import annotations

from tests.conftest import ADMIN_PASSWORD
from tests.kiosk.test_kiosk_flows import sign_in, strings


def audit_records(kiosk_server) -> list[dict]:
    http, url = kiosk_server.http, kiosk_server.url + "/api/v1"
    token = http.post(url + "/sessions", json={"username": "admin", "password": ADMIN_PASSWORD}, timeout=10).json()["token"]
    return http.get(url + "/audit/records?limit=200", headers={"Authorization": f"Bearer {token}"},
                    timeout=10).json()["results"]


def register_form(page, url: str, given: str, family: str, phone: str) -> None:
    page.goto(f"{url}/kiosk/patients/new")
    form = page.locator("form.register")
    form.locator("input[name=given_name]").fill(given)
    form.locator("input[name=family_name]").fill(family)
    form.get_by_text("Female", exact=True).click()
    form.locator("input[name=age_years]").fill("45")
    form.locator("input[name=phone]").fill(phone)


def named(api, name: str) -> list[dict]:
    return [p for p in api("GET", f"/patients?q={name}")["results"] if f"{p['given_name']} {p['family_name']}" == name]


def test_the_same_phone_is_found_before_the_write_and_opens_the_existing_record(kiosk_page, kiosk_server):
    page, T = kiosk_page, strings("en")
    asha = kiosk_server.api("asha")
    existing = asha("POST", "/patients", {"given_name": "Parvati", "family_name": "Yadav", "sex": "female",
                                          "age_years": 45, "phone": "9812345678"})
    page.goto(kiosk_server.url + "/kiosk/")
    sign_in(page, T, "asha")
    register_form(page, kiosk_server.url, "Parbati", "Jadav", "+91 98123 45678")
    page.get_by_role("button", name=T["register.submit"]).click()
    panel = page.get_by_test_id("duplicates")
    panel.wait_for()
    assert existing["clinic_number"] in panel.inner_text() and T["register.duplicate_phone"] in panel.inner_text()
    assert named(asha, "Parbati Jadav") == []  # nothing written yet
    panel.get_by_role("link", name=T["register.open_existing_record"]).click()
    page.locator(".patient-banner").wait_for()
    assert existing["clinic_number"] in page.locator(".patient-meta").inner_text()
    assert named(asha, "Parbati Jadav") == []


def test_a_clerk_merges_a_mistaken_duplicate_and_retires_a_wrong_record(kiosk_page, kiosk_server):
    page, T = kiosk_page, strings("en")
    asha = kiosk_server.api("asha")
    keep = asha("POST", "/patients", {"given_name": "Savitri", "family_name": "Devi", "sex": "female", "age_years": 45,
                                      "phone": "9811112222", "allergies": [{"substance": "Sulfa"}]})
    page.goto(kiosk_server.url + "/kiosk/")
    sign_in(page, T, "asha")
    register_form(page, kiosk_server.url, "Savitri", "Devi", "9811112222")
    page.get_by_role("button", name=T["register.submit"]).click()
    page.get_by_test_id("register-anyway").click()  # the clerk registers anyway, by mistake
    page.locator(".patient-banner").wait_for()
    new_id = page.url.split("/kiosk/patients/")[1].split("?")[0]
    assert new_id != keep["id"] and len(named(asha, "Savitri Devi")) == 2

    tools = page.locator("details.record-tools")
    merge = tools.locator("form.merge-form")
    assert merge.locator("input[name=keep]").input_value() == keep["clinic_number"]  # the duplicate found
    merge.locator("input[name=reason]").fill("Registered twice at the desk")
    merge.get_by_role("button", name=T["record.merge"]).click()
    page.get_by_text(T["record.merged"]).wait_for()
    assert keep["clinic_number"] in page.locator(".patient-meta").inner_text()
    assert asha("GET", f"/patients/{new_id}")["merged_into"] == keep["id"]
    assert [p["id"] for p in named(asha, "Savitri Devi")] == [keep["id"]]
    merged = [r for r in audit_records(kiosk_server) if r["path"].endswith(f"/patients/{new_id}/merge")]
    assert len(merged) == 1 and set(merged[0]["patient_ids"]) == {new_id, keep["id"]}
    assert merged[0]["username"] == "asha" and merged[0]["outcome"] == "allowed"

    wrong = asha("POST", "/patients", {"given_name": "Test", "family_name": "Mistake", "sex": "male", "age_years": 30})
    page.goto(f"{kiosk_server.url}/kiosk/patients/{wrong['id']}")
    tools = page.locator("details.record-tools")
    tools.locator("summary").click()
    tools.locator("form.retire-form input[name=reason]").fill("Test record made in training")
    tools.get_by_role("button", name=T["record.retire"]).click()
    page.locator("input.search-input").wait_for()
    assert asha("GET", f"/patients/{wrong['id']}")["retired_at"]
