""""Pregnant?" at the kiosk's triage: asked of a woman of 10-55 (Yes / No / Not known, in Hindi too), sent with the
triage, used by it (bleeding in pregnancy is an emergency; "No" takes the pregnancy rules away) and shown on the
triage card; never asked of a man or of an older woman."""
from __future__ import annotations

import re

import pytest

from tests.kiosk.conftest import screenshot
from tests.kiosk.test_kiosk_flows import choose_language, sign_in, strings

LATIN = re.compile(r"[A-Za-z]")


def visit_of(kiosk_server, given: str, sex: str, age: int) -> str:
    """A checked-in visit of a new patient (names only these tests use); returns the encounter id."""
    api = kiosk_server.api("asha")
    pid = api("POST", "/patients", {"given_name": given, "family_name": "Garbhwala", "sex": sex, "age_years": age})["id"]
    general = next(d for d in api("GET", "/departments")["results"] if d["name"] == "General Medicine")
    appt = api("POST", "/appointments", {"patient_id": pid, "department_id": general["id"], "check_in": True})
    return api("GET", f"/appointments/{appt['id']}/encounter")["id"]


def open_visit(page, kiosk_server, eid: str, lang: str = "en") -> None:
    page.goto(kiosk_server.url + "/kiosk/")
    choose_language(page, lang)
    sign_in(page, strings(lang), "asha")
    page.goto(f"{kiosk_server.url}/kiosk/visit/{eid}")
    page.locator("textarea[name=complaint]").wait_for()


def triage(page, T, complaint: str, answer: str | None, level: str):
    page.locator("textarea[name=complaint]").fill(complaint)
    if answer is not None:
        page.get_by_test_id("pregnancy-question").get_by_text(T[f"pregnancy.{answer}"], exact=True).click()
    page.get_by_role("button", name=T["visit.save_triage"]).click()
    card = page.locator(f"[data-testid=triage-card].triage-{level}")
    card.wait_for()
    return card


def test_pregnant_yes_makes_bleeding_an_obstetric_emergency_and_no_takes_it_back(kiosk_page, kiosk_server):
    page, T = kiosk_page, strings("en")
    eid = visit_of(kiosk_server, "Pragya", "female", 27)
    open_visit(page, kiosk_server, eid)
    question = page.get_by_test_id("pregnancy-question")
    assert question.locator("legend").inner_text() == "Pregnant?"
    assert [question.locator(".choice").nth(i).inner_text() for i in range(3)] == ["Yes", "No", "Not known"]
    assert question.locator("input[value=unknown]").is_checked()  # not asked yet: not known
    question.scroll_into_view_if_needed()
    screenshot(page, "en-pregnancy-question")

    card = triage(page, T, "bleeding since this morning", "yes", "emergency")
    assert card.get_by_test_id("triage-pregnancy").get_attribute("data-pregnant") == "yes"
    assert card.get_by_test_id("triage-pregnancy").inner_text() == "Pregnant: Yes"
    assert card.locator(".red-flags li[data-rule=pregnancy_bleeding]").count() == 1
    assert "Obstetrics" in card.locator(".triage-specialty").inner_text()
    screenshot(page, "en-triage-pregnant")
    stored = kiosk_server.api("asha")("GET", f"/encounters/{eid}/triage")["suggestion"]
    assert stored["pregnant"] is True and stored["level"] == "emergency"

    card = triage(page, T, "bleeding since this morning", "no", "urgent")
    assert card.get_by_test_id("triage-pregnancy").inner_text() == "Pregnant: No"
    assert card.locator("[data-rule=pregnancy_bleeding]").count() == 0
    assert kiosk_server.api("asha")("GET", f"/encounters/{eid}/triage")["suggestion"]["pregnant"] is False

    page.reload()  # the question shows the answer last given
    page.get_by_test_id("pregnancy-question").locator("input[value=no]").wait_for(state="attached")
    assert page.get_by_test_id("pregnancy-question").locator("input[value=no]").is_checked()
    assert page.get_by_test_id("triage-pregnancy").get_attribute("data-pregnant") == "no"
    assert not page.watch.problems(), page.watch.problems()


def test_not_known_is_sent_as_null_and_shown(kiosk_page, kiosk_server):
    page, T = kiosk_page, strings("en")
    eid = visit_of(kiosk_server, "Tarannum", "female", 19)
    open_visit(page, kiosk_server, eid)
    card = triage(page, T, "pet mein dard hai", None, "routine")
    assert card.get_by_test_id("triage-pregnancy").inner_text() == "Pregnant: Not known"
    assert kiosk_server.api("asha")("GET", f"/encounters/{eid}/triage")["suggestion"]["pregnant"] is None
    card = triage(page, T, "pet mein dard hai", "yes", "urgent")
    assert card.locator("[data-rule=pregnancy_abdominal_pain]").count() == 1


@pytest.mark.parametrize(("given", "sex", "age"), [("Bhupinder", "male", 30), ("Kaushalya", "female", 62),
                                                   ("Chhutki", "female", 7)])
def test_the_question_is_not_asked_of_a_man_a_child_or_an_older_woman(kiosk_page, kiosk_server, given, sex, age):
    page, T = kiosk_page, strings("en")
    eid = visit_of(kiosk_server, given, sex, age)
    open_visit(page, kiosk_server, eid)
    assert page.get_by_test_id("pregnancy-question").count() == 0
    card = triage(page, T, "bleeding since this morning", None, "urgent")  # not read as a pregnancy's bleeding
    assert card.get_by_test_id("triage-pregnancy").count() == 0
    assert kiosk_server.api("asha")("GET", f"/encounters/{eid}/triage")["suggestion"]["pregnant"] is None


def test_the_question_and_the_card_in_hindi(kiosk_page, kiosk_server):
    page, T = kiosk_page, strings("hi")
    eid = visit_of(kiosk_server, "Savita", "female", 31)
    open_visit(page, kiosk_server, eid, "hi")
    question = page.get_by_test_id("pregnancy-question")
    assert question.locator("legend").inner_text() == "गर्भवती हैं?"
    assert [question.locator(".choice").nth(i).inner_text() for i in range(3)] == ["हाँ", "नहीं", "पता नहीं"]
    card = triage(page, T, "subah se khoon aa raha hai", "yes", "emergency")
    screenshot(page, "hi-triage-pregnant")
    line = card.get_by_test_id("triage-pregnancy").inner_text()
    assert line == "गर्भवती: हाँ" and not LATIN.findall(line)
    assert card.locator(".red-flags li[data-rule=pregnancy_bleeding]").count() == 1
