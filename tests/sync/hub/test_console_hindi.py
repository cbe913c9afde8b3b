"""The doctor's consult page in Hindi has no English words left from the data: the allergy's severity, the
specialty, the prescription's status, the route and frequency options (their codes stay the values sent);
and the bundled Devanagari font reaches the form controls (a <select> of Hindi options drew as boxes)."""
from __future__ import annotations

import json
import re
from pathlib import Path

from sync.hub.app import create_hub_app
from sync.hub.console import consult, chart, i18n
from sync.hub.console.web import CSS

from .test_doctor_console import SQLITE, _staff, world  # noqa: F401  (the fixture)

KIOSK_HI = Path(__file__).resolve().parents[3] / "kiosk" / "static" / "i18n" / "hi.json"


@SQLITE
def test_hindi_consult_page_translates_the_datas_words(world):  # noqa: F811
    store, cla, clb, routine, emergency = world
    sess, token = _staff(store, "dr.mehta", "remote_doctor", ("CLB",))
    req = chart.request(store, emergency["request_id"], ["CLB"])
    consult.prescribe(store, sess.staff, req, [{"drug": "Paracetamol", "dose": "500", "unit": "mg", "route": "oral",
                                                "frequency": "TDS", "duration_days": "5"}])
    client = create_hub_app(store, admin_token="unused").test_client()
    client.set_cookie("hub_console", token)
    client.set_cookie(i18n.COOKIE, "hi")
    page = client.get(f"/console/consult/{emergency['request_id']}").get_data(as_text=True)
    assert "(severe)" not in page and "(गंभीर)" in page
    assert "General Medicine" not in page and "सामान्य चिकित्सा" in page
    assert not re.search(r">\s*active\s*<", page) and "चालू" in page
    route = re.search(r"<select name=route_0>(.*?)</select>", page).group(1)
    assert "<option value='oral' selected>मुँह से</option>" in route and ">iv<" not in route
    freq = re.search(r"<select name=frequency_0>(.*?)</select>", page).group(1)
    # the words are Hindi, the value the code; nothing is chosen for the doctor (no default frequency)
    assert "<option value='TDS'>TDS — दिन में तीन बार<" in freq and " selected" not in freq
    certainty = re.search(r"<select name=certainty>(.*?)</select>", page).group(1)
    assert "अस्थायी" in certainty and "provisional<" not in certainty


def test_form_controls_inherit_the_devanagari_font():
    rules = {sel.strip(): body for sels, body in re.findall(r"([^{}]+)\{([^}]*)\}", CSS) for sel in sels.split(",")}
    for control in ("select", "option", "input", "textarea", "button"):
        assert "font:inherit" in rules.get(control, "").replace(" ", ""), control


def test_console_specialties_match_the_kiosks_and_the_engine():
    from models.triage.const import SPECIALTIES_FILE
    engine = [line.strip() for line in SPECIALTIES_FILE.read_text().splitlines() if line.strip()]
    assert list(i18n.SPECIALTIES) == engine
    kiosk = json.loads(KIOSK_HI.read_text(encoding="utf-8"))
    assert all(i18n.SPECIALTIES[s][1] == kiosk[f"specialty.{s}"] for s in engine)
    assert i18n.specialty("hi", "Emergency") == kiosk["specialty.emergency"]
    assert i18n.specialty("hi", "Cardio-thoracic") == "Cardio-thoracic"  # unknown: as written
