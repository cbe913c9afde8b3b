"""Vitals read at a glance: each label stays with its value, and a value outside the normal range
for the patient's age is marked (colour, arrow and word)."""
from __future__ import annotations

from tests.kiosk.test_kiosk_billing import department
from tests.kiosk.test_kiosk_flows import sign_in, sign_out, strings


def visit_with_vitals(kiosk_server, given: str, age: int, vitals: dict) -> str:
    asha = kiosk_server.api("asha")
    patient = asha("POST", "/patients", {"given_name": given, "family_name": "Vitals", "sex": "female", "age_years": age})
    appt = asha("POST", "/appointments", {"patient_id": patient["id"], "department_id": department(asha, "Pediatrics"),
                                          "check_in": True})
    encounter = asha("GET", f"/appointments/{appt['id']}/encounter")["id"]
    asha("POST", f"/encounters/{encounter}/vitals", vitals)
    return encounter


def test_labels_stay_with_values_and_abnormal_values_are_marked(kiosk_page, kiosk_server):
    page, T = kiosk_page, strings("en")
    adult = visit_with_vitals(kiosk_server, "Usha", 50, {
        "temperature_c": 39.2, "pulse": 96, "resp_rate": 18, "spo2": 89, "systolic_bp": 150, "diastolic_bp": 85,
        "weight_kg": 61.5, "glucose_mg_dl": 110})
    child = visit_with_vitals(kiosk_server, "Chhoti", 3, {"pulse": 130, "resp_rate": 50, "temperature_c": 37.0})
    page.goto(kiosk_server.url + "/kiosk/")
    sign_in(page, T, "asha")

    page.goto(f"{kiosk_server.url}/kiosk/visit/{adult}")
    vitals = page.locator(".vitals-recorded dl.vitals")
    vitals.wait_for()
    for kind in ("temperature_c", "pulse", "resp_rate", "spo2", "systolic_bp", "diastolic_bp", "weight_kg",
                 "glucose_mg_dl"):
        dt = vitals.locator(f'[data-kind="{kind}"] dt').bounding_box()
        dd = vitals.locator(f'[data-kind="{kind}"] dd').bounding_box()
        assert abs(dt["x"] - dd["x"]) < 2 and 0 <= dd["y"] - (dt["y"] + dt["height"]) < 8, (kind, dt, dd)
        assert dd["height"] < 2 * 28, (kind, dd)  # the value on one line
    flags = {k: vitals.locator(f'[data-kind="{k}"]').get_attribute("data-flag") for k in
             ("temperature_c", "pulse", "resp_rate", "spo2", "systolic_bp", "diastolic_bp", "glucose_mg_dl")}
    assert flags == {"temperature_c": "high", "pulse": None, "resp_rate": None, "spo2": "low", "systolic_bp": "high",
                     "diastolic_bp": None, "glucose_mg_dl": None}
    high = vitals.locator('[data-kind="temperature_c"]')
    assert T["vitals.high"] in high.inner_text() and T["vitals.low"] in vitals.locator('[data-kind="spo2"]').inner_text()
    colours = page.evaluate("""() => [...document.querySelectorAll('.vitals [data-kind]')].map(e =>
        [e.dataset.kind, getComputedStyle(e).backgroundColor])""")
    normal_bg = dict(colours)["pulse"]
    assert dict(colours)["temperature_c"] != normal_bg and dict(colours)["spo2"] != normal_bg

    # A three-year-old: a pulse of 130 is normal, breathing at 50 a minute is fast.
    page.goto(f"{kiosk_server.url}/kiosk/visit/{child}")
    vitals = page.locator(".vitals-recorded dl.vitals")
    vitals.wait_for()
    assert vitals.locator('[data-kind="pulse"]').get_attribute("data-flag") is None
    assert vitals.locator('[data-kind="resp_rate"]').get_attribute("data-flag") == "high"


def test_earlier_readings_of_a_kind_show_under_its_latest_on_the_visit_and_the_chart(kiosk_page, kiosk_server):
    """SpO₂ 82 % then 97 %: the tile shows 97 as normal, and beneath it that it was 82 (low) earlier. A reading
    typed in the kiosk joins them at once, newest first; the doctor's chart shows the same history."""
    page, T = kiosk_page, strings("en")
    encounter = visit_with_vitals(kiosk_server, "Kamla", 40, {"spo2": 82, "pulse": 118})
    kiosk_server.api("asha")("POST", f"/encounters/{encounter}/vitals", {"spo2": 97})
    page.goto(kiosk_server.url + "/kiosk/")
    sign_in(page, T, "asha")

    page.goto(f"{kiosk_server.url}/kiosk/visit/{encounter}")
    spo2 = page.locator('.vitals-recorded [data-kind="spo2"]')
    spo2.wait_for()
    assert spo2.get_attribute("data-flag") is None and "97" in spo2.locator(".vital-value").inner_text()
    earlier = spo2.get_by_test_id("vital-earlier").inner_text()
    assert earlier.startswith(T["vitals.earlier"]) and "82\u00a0%\u00a0▼" in earlier, earlier
    assert page.locator('.vitals-recorded [data-kind="pulse"]').get_by_test_id("vital-earlier").count() == 0

    form = page.locator("form.vitals-form")
    form.locator("input[name=spo2]").fill("90")
    form.get_by_role("button", name=T["vitals.save"]).click()
    page.wait_for_function("""() => document.querySelector('.vitals-recorded [data-kind="spo2"] .vital-value')
        ?.textContent.startsWith('90')""")
    assert spo2.get_attribute("data-flag") == "low"
    earlier = spo2.get_by_test_id("vital-earlier").inner_text()
    assert earlier.index("97\u00a0%") < earlier.index("82\u00a0%"), earlier  # newest first

    sign_out(page)
    sign_in(page, T, "drrao")
    page.goto(f"{kiosk_server.url}/kiosk/chart/{encounter}")
    chart = page.locator('dl.vitals [data-kind="spo2"]')
    chart.wait_for()
    text = chart.get_by_test_id("vital-earlier").inner_text()
    assert "97\u00a0%" in text and "82\u00a0%\u00a0▼" in text and "90" in chart.locator(".vital-value").inner_text()
