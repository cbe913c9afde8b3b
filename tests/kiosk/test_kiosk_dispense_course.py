"""The pharmacist's dispense form suggests the prescription's course (a 4-year-old's Paracetamol 150 mg four times
a day for 3 days is 6 tablets of 500 mg) and says the most; 1,000 tablets is refused with the course, and a
quantity reason lets more through."""
from __future__ import annotations

import uuid

from tests.kiosk.conftest import screenshot
from tests.kiosk.test_kiosk_billing import department
from tests.kiosk.test_kiosk_flows import sign_in, strings


def test_the_dispense_form_suggests_the_course_and_the_box_refuses_far_more(kiosk_page, kiosk_server):
    page, T = kiosk_page, strings("en")
    asha, doctor, ravi = (kiosk_server.api(u) for u in ("asha", "drrao", "ravi"))
    patient = asha("POST", "/patients", {"given_name": "Chhotu", "family_name": "Course", "sex": "male",
                                         "age_years": 4})["id"]
    appt = asha("POST", "/appointments", {"patient_id": patient, "department_id": department(asha, "General Medicine"),
                                          "check_in": True})
    encounter = asha("GET", f"/appointments/{appt['id']}/encounter")["id"]
    rx = doctor("POST", f"/encounters/{encounter}/prescriptions", {"warnings_acknowledged": True, "items": [
        {"drug": "Paracetamol", "dose": 150, "unit": "mg", "frequency": "QID", "duration_days": 3}]})
    item = ravi("POST", "/inventory/items", {"sku": f"PCM-{uuid.uuid4().hex[:8]}", "name": "Paracetamol 500 mg tablet",
                                             "unit": "tablet", "unit_price_minor": 100, "opening_stock": 2000})

    page.goto(kiosk_server.url + "/kiosk/")
    sign_in(page, T, "ravi", pin=True)
    page.goto(f"{kiosk_server.url}/kiosk/patients/{patient}")
    form = page.get_by_test_id(f"dispense-{rx['id']}")
    form.locator(f"select[name=item_id_0] option[value='{item['id']}']").wait_for(state="attached")
    form.locator("select[name=item_id_0]").select_option(item["id"])
    hint = form.get_by_test_id("dispense-course-0")
    hint.get_by_text("at most 20").wait_for()
    assert hint.inner_text() == T["rx.dispense_course"].format(n=6, unit=T["unit.tablet"], doses=12, most=20)
    assert form.locator("input[name=quantity_0]").input_value() == "6"
    form.scroll_into_view_if_needed()
    screenshot(page, "dispense-course-suggested")

    form.locator("input[name=quantity_0]").fill("1000")
    form.get_by_role("button", name=T["rx.dispense"]).click()
    page.get_by_text("more than the course needs", exact=False).wait_for()
    assert ravi("GET", f"/prescriptions/{rx['id']}")["status"] == "active"
    assert ravi("GET", f"/inventory/items/{item['id']}")["level"] == 2000

    form.locator("input[name=quantity_0]").fill("30")
    form.get_by_text(T["rx.more_than_course"]).click()
    form.locator("input[name=quantity_reason]").fill("lives 30 km away, returns in a month")
    form.get_by_role("button", name=T["rx.dispense"]).click()
    page.locator(".list-item", has_text="Paracetamol").get_by_text(T["rx.status.dispensed"]).first.wait_for()
    assert ravi("GET", f"/prescriptions/{rx['id']}")["status"] == "dispensed"
    assert ravi("GET", f"/inventory/items/{item['id']}")["level"] == 1970
    # the one refusal on the way was the 1,000 tablets' 409, which the form showed
    problems = page.watch.problems()
    problems["console errors"] = [e for e in problems.get("console errors", []) if "status of 409" not in e]
    assert not [v for v in problems.values() if v], problems
