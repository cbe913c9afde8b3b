"""Vitals read at a glance: each label stays with its value, and a value outside the normal range
for the patient's age is marked (colour, arrow and word)."""
from __future__ import annotations

from tests.kiosk.test_kiosk_billing import department
from tests.kiosk.test_kiosk_flows import sign_in, strings


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
