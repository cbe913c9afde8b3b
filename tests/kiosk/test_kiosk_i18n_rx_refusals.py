"""The box kiosk's prescription refusals in the doctor's language (headless Chromium): a dose too high, and
methotrexate written daily (titled as how the dose is written, not "dose too high"), and a warning to read, worded
in Hindi from the keys and values the box sends, with no English sentence left; the English kiosk says exactly
the box's English sentences, as before; a sentence the catalogue lacks is shown in the box's English."""
from __future__ import annotations

import re
import string

import pytest

from clinical.messages import TEMPLATES, Message, in_language
from tests.kiosk.conftest import screenshot
from tests.kiosk.test_kiosk_billing import department
from tests.kiosk.test_kiosk_flows import choose_language, sign_in, strings

TOO_HIGH = {"drug": "Paracetamol", "dose": 5000, "unit": "mg", "frequency": "TDS"}
DAILY_METHOTREXATE = {"drug": "Methotrexate 2.5 mg", "dose": 3, "unit": "tablet", "frequency": "OD"}
# English words of the checks' sentences that no Hindi sentence has (its values may keep a drug name, mg, OD)
ENGLISH_WORDS = re.compile(r"\b(the|is|of|than|most|for|an|adult|taken|once|would|every|which|destroys|marrow|"
                           r"write|with|both|same|already|patient|prescribed|prescription|twice)\b", re.I)


def _message(data) -> Message:
    return Message(data["key"], **{k: _message(v) if isinstance(v, dict) else v for k, v in data["values"].items()})


def _english_pieces(key: str) -> list[str]:
    """The English between a sentence's fields that has a word in it (": a single dose of", "is more than")."""
    pieces = [literal.strip(" :;,.") for literal, *_ in string.Formatter().parse(TEMPLATES[key])]
    return [p for p in pieces if re.search(r"[a-z]{3,}", p)]


def _fill(rx, T, line: dict) -> None:
    rx.locator("input[name=drug]").fill(line["drug"])
    rx.locator("input[name=dose]").fill(str(line["dose"]))
    rx.locator("select[name=unit]").select_option(line["unit"])
    rx.get_by_text(T[f"freq.{line['frequency']}"], exact=True).click()
    rx.locator("input[name=duration_days]").fill("5")
    rx.get_by_role("button", name=T["rx.submit"]).click()


def _said(page, test_id: str, has_text: str) -> tuple[str, list[str]]:
    """An alert's title and its sentences, once it shows the drug."""
    alert = page.locator(f"[data-testid={test_id}]", has_text=has_text)
    alert.wait_for()
    return alert.locator(".alert-title").inner_text(), alert.locator("li").all_inner_texts()


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_the_kiosk_says_a_dose_refusal_and_a_warning_in_its_language(kiosk_page, kiosk_server, lang):
    page, T = kiosk_page, strings(lang)
    asha, doctor = kiosk_server.api("asha"), kiosk_server.api("drrao")
    patient = asha("POST", "/patients", {"given_name": "Mohan", "family_name": f"Khurak-{lang}", "sex": "male",
                                         "age_years": 45})["id"]
    appt = asha("POST", "/appointments", {"patient_id": patient, "department_id": department(asha, "General Medicine"),
                                          "check_in": True})
    encounter = asha("GET", f"/appointments/{appt['id']}/encounter")["id"]
    url = f"/encounters/{encounter}/prescriptions"
    page.goto(kiosk_server.url + "/kiosk/")
    choose_language(page, lang)
    sign_in(page, T, "drrao", pin=True)
    page.goto(f"{kiosk_server.url}/kiosk/chart/{encounter}")
    rx = page.locator("form.rx-form")

    for line, title, name in ((TOO_HIGH, "rx.dose_title", "Paracetamol"),
                              (DAILY_METHOTREXATE, "rx.dose_check_title", "Methotrexate")):
        _fill(rx, T, line)
        shown_title, shown = _said(page, "dose-warning", name)
        sent = doctor("POST", url, {"items": [{**line, "duration_days": 5}]}, expect=400)   # what the box said
        assert T[title] in shown_title and (title == "rx.dose_title" or T["rx.dose_title"] not in shown_title)
        if lang == "en":
            assert shown == sent["dose_problems"]                                  # the English, unchanged
            continue
        assert shown == [in_language(_message(m), "hi") for m in sent["dose_messages"]]
        for text, message in zip(shown, sent["dose_messages"]):
            assert re.search(r"[\u0900-\u097F]", text) and not ENGLISH_WORDS.search(text), text
            assert not [p for p in _english_pieces(message["key"]) if p in text], text
        screenshot(page, f"{lang}-rx-refused-{name.lower()}")
    assert doctor("GET", f"/patients/{patient}/prescriptions")["results"] == []    # nothing written

    # a warning to read (a drug the patient is already on): the same
    doctor("POST", url, {"items": [{"drug": "Paracetamol", "dose": 500, "unit": "mg", "frequency": "TDS",
                                    "duration_days": 3}]}, expect=201)
    crocin = {"drug": "Crocin 500 mg", "dose": 1, "unit": "tablet", "frequency": "TDS"}
    _fill(rx, T, crocin)
    shown_title, shown = _said(page, "rx-warnings-ack", "Crocin")
    sent = doctor("POST", url, {"items": [{**crocin, "duration_days": 5}]}, expect=409)
    assert T["rx.warnings_title"] in shown_title
    if lang == "en":
        assert shown == sent["warnings"]
    else:
        assert shown == [in_language(_message(m), "hi") for m in sent["warning_messages"]]
        assert all(not ENGLISH_WORDS.search(text) for text in shown), shown
    assert len(doctor("GET", f"/patients/{patient}/prescriptions")["results"]) == 1
    refused = re.compile(r"status of (400|409) ")                # the refusals asked for, logged by Chromium
    problems = {k: [p for p in v if not refused.search(p)] for k, v in page.watch.problems().items()}
    assert not any(problems.values()), problems


def test_a_sentence_the_catalogue_lacks_is_shown_as_the_box_sent_it(kiosk_page, kiosk_server):
    """A kiosk older than the box (its Hindi catalogue without a new key) shows that sentence in English, not
    a key name or a half-filled template."""
    page, T = kiosk_page, strings("hi")
    asha = kiosk_server.api("asha")

    def without_weekly_only(route):
        catalogue = route.fetch().json()
        del catalogue["rx.msg.weekly_only"]
        route.fulfill(json=catalogue)

    page.route("**/kiosk/static/i18n/hi.json", without_weekly_only)
    patient = asha("POST", "/patients", {"given_name": "Gopal", "family_name": "Purana", "sex": "male",
                                         "age_years": 50})["id"]
    appt = asha("POST", "/appointments", {"patient_id": patient, "department_id": department(asha, "General Medicine"),
                                          "check_in": True})
    encounter = asha("GET", f"/appointments/{appt['id']}/encounter")["id"]
    page.goto(kiosk_server.url + "/kiosk/")
    choose_language(page, "hi")
    sign_in(page, T, "drrao", pin=True)
    page.goto(f"{kiosk_server.url}/kiosk/chart/{encounter}")
    _fill(page.locator("form.rx-form"), T, DAILY_METHOTREXATE)
    title, shown = _said(page, "dose-warning", "Methotrexate")
    assert T["rx.dose_check_title"] in title
    assert shown == [Message("weekly_only", drug="Methotrexate 2.5 mg", generic="methotrexate", frequency="OD")]
