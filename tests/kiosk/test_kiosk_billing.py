"""Billing as a new desk clerk meets it: a closed visit is charged from the fee schedule (the
consultation by department, dispensed drugs at their price), a charge is changed only with a
reason, and the receipt lists what was paid for."""
from __future__ import annotations

import uuid

from tests.kiosk.test_kiosk_flows import sign_in, strings


def department(api, name: str) -> str:
    return next(d["id"] for d in api("GET", "/departments")["results"] if d["name"] == name)


def closed_visit(kiosk_server, given: str, *, drug_price: int | None = None) -> tuple[str, str]:
    """A patient seen in General Medicine and sent home (and given a drug, if priced): (patient, encounter)."""
    asha, doctor = kiosk_server.api("asha"), kiosk_server.api("drrao")
    general = department(asha, "General Medicine")
    patient = asha("POST", "/patients", {"given_name": given, "family_name": "Bill", "sex": "female",
                                         "age_years": 40})["id"]
    appt = asha("POST", "/appointments", {"patient_id": patient, "department_id": general, "check_in": True})
    encounter = asha("GET", f"/appointments/{appt['id']}/encounter")["id"]
    if drug_price is not None:
        pharmacist = kiosk_server.api("ravi")
        item = pharmacist("POST", "/inventory/items", {"sku": f"PCM-{uuid.uuid4().hex[:8]}", "name": "Paracetamol 500 mg",
                                                       "unit": "tab", "unit_price_minor": drug_price,
                                                       "opening_stock": 100})
        rx = doctor("POST", f"/encounters/{encounter}/prescriptions", {"items": [
            {"drug": "Paracetamol", "dose": 500, "unit": "mg", "frequency": "TDS", "duration_days": 3}]})
        pharmacist("POST", f"/prescriptions/{rx['id']}/dispense", {"lines": [{"item_id": item["id"], "quantity": 9}]})
    doctor("POST", f"/encounters/{encounter}/close")
    return patient, encounter


def test_a_closed_visit_is_charged_its_consultation_and_drugs_and_the_receipt_lists_them(kiosk_page, kiosk_server):
    page, T = kiosk_page, strings("en")
    asha = kiosk_server.api("asha")
    asha("PUT", "/fees", {"amount_minor": 10000})  # the default
    asha("PUT", "/fees", {"department_id": department(asha, "General Medicine"), "amount_minor": 15000})
    patient, _ = closed_visit(kiosk_server, "Kamla", drug_price=200)

    page.goto(kiosk_server.url + "/kiosk/")
    sign_in(page, T, "asha")
    page.goto(f"{kiosk_server.url}/kiosk/patients/{patient}/billing")
    consultation = page.locator(".charge-row", has_text="Consultation – General Medicine")
    consultation.wait_for()
    assert "₹150.00" in consultation.inner_text()
    assert "₹18.00" in page.locator(".charge-row", has_text="Paracetamol").inner_text()  # 9 tablets at ₹2
    assert "168.00" in page.get_by_test_id("balance").inner_text()

    # Half the fee waived: the change needs a reason, and the line says why.
    consultation.get_by_test_id("adjust").click()
    form = page.locator("form.adjust-form")
    form.locator("input[name=amount]").fill("75")
    form.locator("input[name=reason]").fill("Widow, half fee as per clinic policy")
    form.get_by_role("button", name=T["billing.save_adjustment"]).click()
    page.get_by_test_id("balance").filter(has_text="93.00").wait_for()
    line = page.locator(".charge-row", has_text="Consultation – General Medicine")
    assert "₹75.00" in line.inner_text() and "half fee as per clinic policy" in line.inner_text()
    assert page.locator(".charge-row").count() == 2  # the adjustment is folded into its charge

    page.get_by_text(T["method.cash"], exact=True).click()
    page.get_by_role("button", name=T["billing.take_payment"]).click()
    items = page.get_by_test_id("receipt-items")
    items.wait_for()
    text = items.inner_text()
    assert "Consultation – General Medicine" in text and "75.00" in text
    assert "Paracetamol 500 mg × 9" in text and "18.00" in text
    assert "93.00" in page.get_by_test_id("receipt").inner_text()


def test_a_charge_changes_only_with_a_reason_and_visits_ended_unseen_are_not_charged(kiosk_server):
    asha, doctor = kiosk_server.api("asha"), kiosk_server.api("drrao")
    asha("PUT", "/fees", {"department_id": department(asha, "General Medicine"), "amount_minor": 10000})
    patient, encounter = closed_visit(kiosk_server, "Lalita")
    charge = asha("GET", f"/patients/{patient}/account")["charges"][0]
    assert charge["encounter_id"] == encounter and charge["amount_minor"] == 10000
    asha("POST", f"/charges/{charge['id']}/adjust", {"amount_minor": 5000}, expect=422)
    asha("POST", f"/charges/{charge['id']}/adjust", {"amount_minor": 5000, "reason": "  "}, expect=422)
    asha("POST", f"/charges/{charge['id']}/adjust", {"amount_minor": 10000, "reason": "no change"}, expect=422)
    assert asha("GET", f"/patients/{patient}/account")["balance_minor"] == 10000
    asha("POST", f"/charges/{charge['id']}/adjust", {"amount_minor": 0, "reason": "Staff family"}, expect=201)
    assert asha("GET", f"/patients/{patient}/account")["balance_minor"] == 0
    doctor("POST", f"/charges/{charge['id']}/adjust", {"amount_minor": 100, "reason": "not mine"}, expect=403)

    # A checked-in patient who leaves unseen (no-show) owes nothing.
    other = asha("POST", "/patients", {"given_name": "Gone", "family_name": "Home", "sex": "male", "age_years": 30})["id"]
    appt = asha("POST", "/appointments", {"patient_id": other, "department_id": department(asha, "Pediatrics"),
                                          "check_in": True})
    asha("POST", f"/appointments/{appt['id']}/no-show")
    assert asha("GET", f"/patients/{other}/account")["charges"] == []
