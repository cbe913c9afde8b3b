"""Prescribing safety on the remote doctor's console, as a doctor's tryout met it: an unweighed child is
checked against a weight estimated from the age, a dose in tablets needs the strength, a dose is a plain
number, duplicate therapy and a patient of no known age are warnings to acknowledge (styled as warnings,
"Saved" said once), a consult with no call is finished by signing the note, and the checks' messages come
in Hindi on the Hindi console."""
from __future__ import annotations

import re
import string
from datetime import date, datetime, timezone
from html import unescape

import pytest

from clinical.messages import HINDI, TEMPLATES, Message
from sync.hub.app import create_hub_app
from sync.hub.console import chart, i18n

from .teleconsult_seed import SeedBox
from .test_doctor_console import _staff

SQLITE = pytest.mark.parametrize("hub_store", ["sqlite"], indirect=True)


def _years_ago(years: int, months: int = 2) -> str:
    """A birth date `years` and `months` before today (so the age in whole years is `years` whatever today is)."""
    today = datetime.now(timezone.utc).date()
    month = today.month - months
    year = today.year - years - (month < 1)
    return date(year, (month - 1) % 12 + 1, min(today.day, 28)).isoformat()


@pytest.fixture
def console(hub_store):
    box = SeedBox(hub_store, "CLA", "cla-box")
    child = box.request_doctor(given="Chhotu", family="Yadav", sex="male", age=0, complaint="fever", urgency="urgent",
                               minutes_ago=10, birth_date=_years_ago(3))
    adult = box.request_doctor(given="Ravi", family="Kumar", sex="male", age=40, complaint="fever",
                               urgency="routine", minutes_ago=20, allergies=("Penicillin",))
    nobody = box.request_doctor(given="Unknown", family="Age", sex="female", age=0, complaint="fever",
                                urgency="routine", minutes_ago=30, birth_date=None)
    app = create_hub_app(hub_store, admin_token="unused")
    sess, token = _staff(hub_store, "dr.mehta", "remote_doctor", ("CLA",))
    client = app.test_client()
    client.set_cookie("hub_console", token)
    return hub_store, box, client, sess, {"child": child, "adult": adult, "nobody": nobody}


def _prescribe(client, sess, request, *lines, **extra):
    form = {"csrf": sess.csrf, **extra}
    for n, (drug, dose, unit, freq) in enumerate(lines):
        form.update({f"drug_{n}": drug, f"dose_{n}": dose, f"unit_{n}": unit, f"route_{n}": "oral",
                     f"frequency_{n}": freq, f"days_{n}": "3"})
    return client.post(f"/console/consult/{request['request_id']}/prescription", data=form)


def _text(resp) -> str:
    return unescape(resp.get_data(as_text=True))


def _block(html: str, cls: str) -> list[str]:
    found = re.findall(rf"<div class={cls}[^>]*>(.*?)</div>", html, re.S)
    found += re.findall(rf"<p class={cls}[^>]*>(.*?)</p>", html, re.S)
    return [unescape(m) for m in found]


@SQLITE
def test_an_unweighed_child_is_not_given_the_adult_maximum_and_the_warning_goes_to_the_clinic(console):
    store, box, client, sess, reqs = console
    before = store.head()
    resp = _prescribe(client, sess, reqs["child"], ("Paracetamol", "1000", "mg", "QID"))
    page = _text(resp)
    assert resp.status_code == 400 and "role=alert" in page
    assert "more than 210 mg" in page          # APLS 2 × 3 + 8 = 14 kg; 15 mg/kg
    assert "no weight recorded: checked against an estimated 14 kg for 3 years — weigh the child" in page
    assert store.head() == before

    resp = _prescribe(client, sess, reqs["child"], ("Paracetamol", "200", "mg", "QID"))
    assert resp.status_code == 303
    page = client.get(resp.headers["Location"]).get_data(as_text=True)
    assert page.count(i18n.t("en", "saved")) == 1                               # said once
    warn = " ".join(_block(page, "warn"))
    assert "estimated 14 kg for 3 years" in warn                                 # in a warning's box
    assert not any("estimated" in ok for ok in _block(page, "ok"))               # not in "Saved"'s green
    sent = [e for e in box.pull_all() if e["entity"] == "prescription" and e["origin"] == "hub"]
    assert any("weigh the child" in w for w in sent[-1]["fields"]["warnings"])


@SQLITE
def test_no_age_and_no_weight_is_a_warning_the_doctor_acknowledges(console):
    store, box, client, sess, reqs = console
    before = store.head()
    resp = _prescribe(client, sess, reqs["nobody"], ("Paracetamol", "1000", "mg", "QID"))
    page = resp.get_data(as_text=True)
    assert resp.status_code == 409 and "no age and no weight" in " ".join(_block(page, "warn"))
    assert re.search(r"<input type=checkbox name=acknowledge value=1 required>", page)
    assert "Paracetamol" in page and store.head() == before
    resp = _prescribe(client, sess, reqs["nobody"], ("Paracetamol", "1000", "mg", "QID"), acknowledge="1")
    assert resp.status_code == 303 and store.head() != before


@SQLITE
def test_a_tablet_dose_needs_the_strength_in_the_drugs_name(console):
    store, box, client, sess, reqs = console
    resp = _prescribe(client, sess, reqs["adult"], ("Paracetamol", "2", "tablet", "TDS"))
    page = _text(resp)
    assert resp.status_code == 400 and 'write it with the strength, e.g. "Paracetamol 500 mg"' in page
    assert _prescribe(client, sess, reqs["adult"], ("Paracetamol 500 mg", "2", "tablet", "TDS")).status_code == 303


@SQLITE
@pytest.mark.parametrize("dose", ["1e3", "inf", "1e400", "99999999999999999", "nan", "-500", "5,00"])
def test_a_dose_is_a_plain_decimal_or_a_clear_refusal(console, dose):
    store, box, client, sess, reqs = console
    before = store.head()
    resp = _prescribe(client, sess, reqs["adult"], ("Paracetamol", dose, "mg", "TDS"))
    page = _text(resp)
    assert resp.status_code == 400 and "plain number" in page and "more than 0" not in page
    assert store.head() == before


@SQLITE
def test_duplicate_therapy_is_a_warning_to_acknowledge_styled_as_one(console):
    store, box, client, sess, reqs = console
    two = (("Paracetamol", "500", "mg", "TDS"), ("Dolo 650", "1", "tablet", "TDS"))
    resp = _prescribe(client, sess, reqs["adult"], *two)
    page = resp.get_data(as_text=True)
    assert resp.status_code == 409
    assert "Paracetamol and Dolo 650 are both paracetamol" in " ".join(_block(page, "warn"))
    assert not _block(page, "ok")
    assert _prescribe(client, sess, reqs["adult"], *two, acknowledge="1").status_code == 303
    # 3.45 g a day already written at this visit: 1.5 g more is beyond the day's 4 g (refused), 500 mg more is not
    resp = _prescribe(client, sess, reqs["adult"], ("Crocin 500 mg", "1", "tablet", "TDS"))
    assert resp.status_code == 400 and "together give 4950 mg a day" in resp.get_data(as_text=True)
    resp = _prescribe(client, sess, reqs["adult"], ("Crocin 500 mg", "1", "tablet", "OD"))
    assert resp.status_code == 409 and "already on Paracetamol" in " ".join(_block(resp.get_data(as_text=True), "warn"))
    meds = chart.chart(store, reqs["adult"]["patient_id"])["medications"]
    assert [i["drug"] for m in meds for i in m["items"]] == ["Paracetamol", "Dolo 650"]


@SQLITE
@pytest.mark.parametrize("take", [True, False])
def test_signing_the_note_without_a_call_finishes_the_consult(console, take):
    store, box, client, sess, reqs = console
    base = f"/console/consult/{reqs['adult']['request_id']}"
    if take:
        client.post(f"{base}/status", data={"csrf": sess.csrf, "status": "joining"})
        page = client.get(base).get_data(as_text=True)
        assert "Finish without a call" in page                     # a phone consult is not stuck "joining"
    client.post(f"{base}/note", data={"csrf": sess.csrf, "base_version": "0", "subjective": "Fever 2 days (phone)",
                                      "plan": "Paracetamol"})
    assert client.post(f"{base}/sign", data={"csrf": sess.csrf, "version": "1"}).status_code == 303
    assert chart.request(store, reqs["adult"]["request_id"], ["CLA"]).status == "done"
    sent = [e for e in box.pull_all() if e["entity"] == "teleconsult" and e["origin"] == "hub"]
    assert sent[-1]["fields"]["status"] == "done" and sent[-1]["fields"]["doctor_name"] == "Dr.Mehta"


@SQLITE
def test_the_checks_speak_hindi_on_the_hindi_console(console):
    store, box, client, sess, reqs = console
    client.set_cookie(i18n.COOKIE, "hi")
    page = _text(_prescribe(client, sess, reqs["child"], ("Paracetamol", "1000", "mg", "QID")))
    assert "पर्चा नहीं लिखा गया" in page and "अनुमानित 14 kg" in page and "बच्चे का वज़न लें" in page
    assert "more than" not in page
    page = _text(_prescribe(client, sess, reqs["adult"], ("Amoxicillin", "500", "mg", "TDS")))
    assert "रोका गया" in page and "Amoxicillin बनाम Penicillin से एलर्जी" in page and " vs allergy" not in page
    page = _text(_prescribe(client, sess, reqs["adult"], ("Cetirizine", "5", "ml", "OD")))
    assert "ताक़त के साथ लिखें" in page and "Cetirizine" in page
    page = _text(_prescribe(client, sess, reqs["adult"], ("Cetirizine 10 mg", "1e3", "mg", "OD")))
    assert "Cetirizine 10 mg: खुराक '1e3': सादी संख्या में लिखें" in page and "plain number" not in page
    resp = _prescribe(client, sess, reqs["adult"], ("Frobnicillane", "100", "mg", "OD"))
    assert resp.status_code == 303
    notes = " ".join(_block(client.get(resp.headers["Location"]).get_data(as_text=True), "warn"))
    assert "अज्ञात दवा 'Frobnicillane': दवा तालिका में नहीं" in notes and "unknown drug" not in notes


def test_every_check_message_has_a_hindi_line_which_the_console_says():
    """clinical/messages.py keeps the English and the Hindi (the box kiosk's catalogues are written from it too)."""
    assert set(HINDI) == set(TEMPLATES)
    fields = lambda text: {f for _, f, _, _ in string.Formatter().parse(text) if f}  # noqa: E731
    for key, en in TEMPLATES.items():
        assert HINDI[key].strip() and fields(en) == fields(HINDI[key]), key
        as_written = Message(key, **{f: "{" + f + "}" for f in fields(en)})
        assert (i18n.rx("en", as_written), i18n.rx("hi", as_written)) == (en, HINDI[key]), key


@SQLITE
@pytest.mark.parametrize("lang", ["en", "hi"])
def test_methotrexate_written_daily_is_not_titled_a_dose_beyond_the_limit(console, lang):
    store, box, client, sess, reqs = console
    client.set_cookie(i18n.COOKIE, lang)
    before = store.head()
    resp = _prescribe(client, sess, reqs["adult"], ("Methotrexate 2.5 mg", "3", "tablet", "OD"))
    page = _text(resp)
    assert resp.status_code == 400 and store.head() == before
    assert i18n.t(lang, "dose_check_block", detail="") in page
    assert i18n.t(lang, "dose_block", detail="") not in page
    assert ("once a WEEK" in page) == (lang == "en") and ("हफ़्ते में एक बार" in page) == (lang == "hi")
    page = _text(_prescribe(client, sess, reqs["adult"], ("Paracetamol", "5000", "mg", "TDS")))
    assert i18n.t(lang, "dose_block", detail="") in page                      # a dose too high still says so


@SQLITE
def test_a_referral_goes_to_a_clinic_the_hub_knows_or_a_facility_marked_outside_and_is_listed(console):
    store, box, client, sess, reqs = console
    other = SeedBox(store, "CLB", "clb-box")
    base = f"/console/consult/{reqs['adult']['request_id']}"
    before = store.head()
    resp = client.post(f"{base}/referral", data={"csrf": sess.csrf, "to_clinic": "CLZ", "reason": "chest X-ray"})
    assert resp.status_code == 400 and "CLZ is not a clinic the hub knows" in _text(resp)
    assert store.head() == before
    both = client.post(f"{base}/referral", data={"csrf": sess.csrf, "to_clinic": "CLB",
                                                  "outside_facility": "District Hospital", "reason": "X-ray"})
    assert both.status_code == 400 and store.head() == before
    page = client.get(base).get_data(as_text=True)
    assert re.search(r"<select name=to_clinic><option value=''>—</option><option value='CLB'>CLB</option></select>",
                     page)                                       # chosen from the clinics the hub knows, not CLA
    assert client.post(f"{base}/referral", data={"csrf": sess.csrf, "to_clinic": "clb",
                                                  "reason": "chest X-ray"}).status_code == 303
    assert client.post(f"{base}/referral", data={"csrf": sess.csrf, "outside_facility": "District Hospital, Sitapur",
                                                  "reason": "CT head"}).status_code == 303
    page = _text(client.get(base))
    listed = re.search(r"<ul class=referrals>(.*?)</ul>", page, re.S).group(1)
    assert "<strong>CLB</strong>: chest X-ray" in listed
    assert "<strong>District Hospital, Sitapur</strong> <span class=muted>(outside the network)</span>: CT head" in listed
    # the clinic referred to receives the patient; the outside facility names no clinic
    assert any(e["entity"] == "patient" and e["entity_id"] == reqs["adult"]["patient_id"] for e in other.pull_all())
    sent = [e["fields"] for e in box.pull_all() if e["entity"] == "referral"]
    assert [(f["to_clinic"], f["to_facility"], f["outside"]) for f in sent] == [
        ("CLB", None, False), (None, "District Hospital, Sitapur", True)]
    assert all(f["encounter_id"] == reqs["adult"]["encounter_id"] for f in sent)


@SQLITE
def test_a_consult_in_a_call_is_finished_by_the_doctor_not_by_signing(console):
    store, box, client, sess, reqs = console
    base = f"/console/consult/{reqs['adult']['request_id']}"
    for status in ("joining", "in_call"):
        client.post(f"{base}/status", data={"csrf": sess.csrf, "status": status})
    client.post(f"{base}/note", data={"csrf": sess.csrf, "base_version": "0", "plan": "Rest"})
    client.post(f"{base}/sign", data={"csrf": sess.csrf, "version": "1"})
    assert chart.request(store, reqs["adult"]["request_id"], ["CLA"]).status == "in_call"
    assert "Finish the consult" in client.get(base).get_data(as_text=True)


def test_a_drug_name_the_box_would_refuse_is_refused_at_the_hub(console):
    """One limit for both: the console says how long a drug name may be, and nothing goes to the clinic."""
    from clinical.limits import DRUG_NAME
    store, box, client, sess, reqs = console
    before = [e for e in box.pull_all() if e["entity"] == "prescription"]
    resp = _prescribe(client, sess, reqs["adult"], ("Amoxicillin " + "x" * 288, "500", "mg", "TDS"))
    assert resp.status_code == 400
    assert f"drug: {DRUG_NAME[0]} to {DRUG_NAME[1]} characters, not 300" in _text(resp)
    assert [e for e in box.pull_all() if e["entity"] == "prescription"] == before
