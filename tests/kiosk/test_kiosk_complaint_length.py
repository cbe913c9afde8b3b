"""A complaint longer than the box takes (5,000 characters). A tester pasted 6,314 characters whose end said "khoon ki
ulti" (vomiting blood): the textarea's maxlength cut it without a word and the first 5,000 were triaged routine. Now
the whole text stays in the field, the count says how many characters too many, the save is refused beside the field
and nothing is saved or triaged; shortened (the danger sign at its end kept), it is triaged on it. English and Hindi."""
from __future__ import annotations

import re

import pytest

from tests.kiosk.conftest import screenshot
from tests.kiosk.test_kiosk_billing import department
from tests.kiosk.test_kiosk_ux import start

HISTORY = ("Patient ko pichhle teen din se pet mein dard hai, khana theek se nahi kha raha, thodi kamzori hai, "
           "pehle bhi aisa hua tha aur gas ki dawai se aaram mila tha. ")
DANGER = " Aaj subah se do baar khoon ki ulti hui."


def pasted(length: int) -> str:
    """A long history pasted from a referral note, its danger sign told last."""
    return (HISTORY * (length // len(HISTORY) + 1))[:length - len(DANGER)] + DANGER


def open_visit(page, kiosk_server, given: str) -> str:
    asha = kiosk_server.api("asha")
    patient = asha("POST", "/patients", {"given_name": given, "family_name": "Yadav", "sex": "male", "age_years": 45})
    appt = asha("POST", "/appointments", {"patient_id": patient["id"],
                                          "department_id": department(asha, "General Medicine"), "check_in": True})
    encounter = asha("GET", f"/appointments/{appt['id']}/encounter")["id"]
    page.goto(f"{kiosk_server.url}/kiosk/visit/{encounter}")
    return encounter


def paste(page, field, text: str) -> None:
    """What the health worker did: copy the note, then Ctrl+V into the complaint."""
    page.evaluate("text => navigator.clipboard.writeText(text)", text)
    field.click()
    page.keyboard.press("Control+V")


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_a_complaint_pasted_past_the_limit_is_kept_whole_and_refused_until_shortened(kiosk_context, kiosk_server,
                                                                                      lang):
    ctx = kiosk_context()
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=kiosk_server.url)
    page = ctx.new_page()
    page.on("dialog", lambda dialog: dialog.accept())
    T = start(page, kiosk_server, lang)
    encounter = open_visit(page, kiosk_server, {"en": "Ramvilas", "hi": "Shivnath"}[lang])
    form = page.locator("form").filter(has=page.locator("textarea[name=complaint]"))
    complaint = form.locator("textarea[name=complaint]")
    count = form.get_by_test_id("char-count")
    assert not count.is_visible()  # no count while the text is far from the limit

    text = pasted(6314)
    paste(page, complaint, text)
    assert complaint.input_value() == text, f"cut to {len(complaint.input_value())} characters"
    count.wait_for()
    assert count.inner_text() == T["visit.complaint_too_long"].format(n="6,314", max="5,000", over="1,314")
    screenshot(page, f"{lang}-complaint-too-long")

    form.get_by_role("button", name=T["visit.save_triage"]).click()
    error = form.get_by_test_id("field-error")
    error.wait_for()
    assert error.inner_text().strip() == T["invalid.too_long_by"].format(n="6,314", max="5,000", over="1,314")
    assert complaint.get_attribute("aria-invalid") == "true" and complaint.input_value() == text
    page.wait_for_timeout(500)  # a save, had one been sent, would have landed
    asha = kiosk_server.api("asha")
    assert asha("GET", f"/encounters/{encounter}")["complaint"] is None
    asha("GET", f"/encounters/{encounter}/triage", expect=404)  # nothing triaged
    assert page.get_by_test_id("triage-card").count() == 0

    # Shortened (the repeated history cut, the vomited blood kept): near the limit the count says where it stands.
    shorter = pasted(4700)
    complaint.fill(shorter)
    assert count.inner_text() == T["field.char_count"].format(n="4,700", max="5,000")
    assert "char-count-over" not in (count.get_attribute("class") or "")
    form.get_by_role("button", name=T["visit.save_triage"]).click()
    card = page.get_by_test_id("triage-card")
    card.wait_for()
    assert card.locator(".triage-head .level").get_attribute("data-level") == "emergency"
    assert asha("GET", f"/encounters/{encounter}")["complaint"] == shorter.strip()


def test_the_kiosk_limit_is_the_boxs():
    """The kiosk's count refuses what the box would: a limit copied by hand must not drift from the box's."""
    from pathlib import Path

    from appliance.encounters.schemas import ComplaintIn, EncounterIn
    from appliance.triage.schemas import EncounterTriageIn
    from models.triage.const import MAX_TEXT_CHARS

    js = (Path(__file__).resolve().parents[2] / "kiosk" / "static" / "js" / "screens" / "visit.js").read_text()
    kiosk = int(re.search(r"COMPLAINT_MAX_CHARS = (\d+);", js).group(1))
    limits = {model.__name__: next(m.max_length for m in model.model_fields[name].metadata
                                   if getattr(m, "max_length", None))
              for model, name in ((ComplaintIn, "complaint"), (EncounterIn, "complaint"), (EncounterTriageIn, "text"))}
    assert set(limits.values()) == {kiosk} == {MAX_TEXT_CHARS}, limits
