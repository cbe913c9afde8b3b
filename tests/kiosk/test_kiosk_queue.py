"""The queue calls the sickest first, in headless Chromium (issue 16's must-show): an emergency registered last
is called first; a token called out of turn asks for a reason; vital signs that turn a routine patient into an
emergency change the triage card (what changed, the new level, in Hindi no English rule text) and move the
patient up the queue board another kiosk is showing, without a reload."""
from __future__ import annotations

import json
import re

import pytest

from tests.kiosk.conftest import screenshot
from tests.kiosk.test_kiosk_flows import choose_language, sign_in, strings
from tests.kiosk.test_kiosk_triage_card import level_is_seen

LATIN = re.compile(r"[A-Za-z]")
EMERGENCY = "fever and fits since morning, not drinking"
ROUTINE = "itchy rash on the arms for two weeks"
DEPARTMENT = "Pediatrics"  # the other kiosk tests queue in General Medicine


def pediatrics(api) -> str:
    return next(d["id"] for d in api("GET", "/departments")["results"] if d["name"] == DEPARTMENT)


def empty_queue(api, department: str) -> None:
    """Patients left waiting by an earlier test leave (no-show): each test starts with its own queue."""
    for row in api("GET", f"/queue?department_id={department}")["results"]:
        api("POST", f"/appointments/{row['id']}/no-show")


def walk_in(api, department: str, name: str, complaint: str | None, age: int = 8) -> dict:
    """A child checked in with a token, its complaint triaged: the appointment, with its encounter id."""
    pid = api("POST", "/patients", {"given_name": name, "family_name": "Kumar", "sex": "male", "age_years": age})["id"]
    appt = api("POST", "/appointments", {"patient_id": pid, "department_id": department, "check_in": True})
    appt["encounter_id"] = api("GET", f"/appointments/{appt['id']}/encounter")["id"]
    if complaint:
        api("PUT", f"/encounters/{appt['encounter_id']}/complaint", {"complaint": complaint})
        api("POST", f"/encounters/{appt['encounter_id']}/triage", {})
    return appt


def board_tokens(page) -> list[int]:
    section = page.locator(f'.queue-dept[data-department="{DEPARTMENT}"]')
    return [int(t) for t in section.locator(".queue-row.status-checked_in").evaluate_all(
        "rows => rows.map(r => r.dataset.token)")]


def open_board(page, kiosk_server, lang: str, username: str = "drrao") -> None:
    T = strings(lang)
    page.goto(kiosk_server.url + "/kiosk/")
    choose_language(page, lang)
    sign_in(page, T, username)
    page.get_by_role("link", name=T["nav.queue"], exact=True).click()
    page.locator(f'.queue-dept[data-department="{DEPARTMENT}"]').wait_for()


def test_an_emergency_registered_last_is_called_first(kiosk_page, kiosk_server):
    page, T = kiosk_page, strings("en")
    api = kiosk_server.api("asha")
    dept = pediatrics(api)
    empty_queue(api, dept)
    first = walk_in(api, dept, "Ravi", ROUTINE)
    second = walk_in(api, dept, "Sonu", None)  # not triaged yet
    third = walk_in(api, dept, "Monu", ROUTINE)
    sick = walk_in(api, dept, "Chotu", EMERGENCY)  # registered last, the highest token
    assert sick["token_number"] > third["token_number"] > second["token_number"] > first["token_number"]

    open_board(page, kiosk_server, "en")
    tokens = [first["token_number"], second["token_number"], third["token_number"]]
    assert board_tokens(page) == [sick["token_number"], *tokens]
    section = page.locator(f'.queue-dept[data-department="{DEPARTMENT}"]')
    levels = section.locator(".queue-row .level").evaluate_all("els => els.map(e => e.dataset.level)")
    assert levels == ["emergency", "routine", "", "routine"]  # a level (or "not triaged") on every card
    row = section.locator(f'.queue-row[data-token="{sick["token_number"]}"]')
    assert row.locator(".level").inner_text().strip().lower() == T["level.emergency"].lower()
    assert section.locator(f'.queue-row[data-token="{second["token_number"]}"] .level').inner_text() == T["queue.not_triaged"]
    screenshot(page, "en-queue-sickest-first")

    section.get_by_test_id("call-next").click()
    page.locator(".alert-call", has_text=f"{sick['token_number']}").wait_for()
    assert api("GET", f"/appointments/{sick['id']}")["status"] == "called"
    called_row = section.locator(f'.queue-row.status-called[data-token="{sick["token_number"]}"]')
    called_row.wait_for()
    # the board says who called the token (the tester saw only "Called")
    who = next(r for r in api("GET", f"/queue?department_id={dept}")["results"] if r["id"] == sick["id"])
    assert who["called_by_name"] and called_row.locator(".called-by").inner_text() == T["queue.called_by"].format(
        name=who["called_by_name"])

    # Calling the last routine token before the two waiting ahead of it: the board asks why.
    late = section.locator(f'.queue-row[data-token="{third["token_number"]}"]')
    late.get_by_test_id("call-token").click()
    form = late.get_by_test_id("jump-form")
    assert f"{first['token_number']}, {second['token_number']}" in form.inner_text()
    form.locator("input[name=reason]").fill("going home to a sick mother; seen quickly")
    form.get_by_role("button", name=T["queue.jump_confirm"]).click()
    page.locator(".alert-call", has_text=f"{third['token_number']}").wait_for()
    called = api("GET", f"/appointments/{third['id']}")
    assert called["status"] == "called" and called["call_reason"] == "going home to a sick mother; seen quickly"
    section.locator(f'.queue-row.status-called[data-token="{third["token_number"]}"]').wait_for()  # redrawn
    assert board_tokens(page) == tokens[:2]
    # The first in line is called without a reason.
    section.locator(f'.queue-row[data-token="{first["token_number"]}"]').get_by_test_id("call-token").click()
    page.locator(".alert-call", has_text=f"{first['token_number']}").wait_for()
    assert api("GET", f"/appointments/{first['id']}")["call_reason"] is None
    assert not page.watch.problems()


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_vitals_turn_a_routine_patient_into_an_emergency(kiosk_context, kiosk_server, lang):
    from tests.kiosk.conftest import PageWatch

    T = strings(lang)
    api = kiosk_server.api("asha")
    dept = pediatrics(api)
    empty_queue(api, dept)
    ahead = walk_in(api, dept, "Pintu", ROUTINE)
    patient = walk_in(api, dept, "Bunty", ROUTINE)

    # The doctor's board, open on another kiosk the whole time.
    board = kiosk_context().new_page()
    board.watch = PageWatch(board, kiosk_server.host)
    open_board(board, kiosk_server, lang)
    assert board_tokens(board) == [ahead["token_number"], patient["token_number"]]

    # The health worker's visit screen: a routine card, then the vital signs.
    page = kiosk_context().new_page()
    page.watch = PageWatch(page, kiosk_server.host)
    page.goto(kiosk_server.url + "/kiosk/")
    choose_language(page, lang)
    sign_in(page, T, "asha")
    page.goto(f"{kiosk_server.url}/kiosk/visit/{patient['encounter_id']}")
    card = page.get_by_test_id("triage-card")
    card.wait_for()
    assert card.locator(".triage-head .level").get_attribute("data-level") == "routine"
    vitals = page.locator("form.vitals-form")
    vitals.locator("input[name=spo2]").fill("84")
    vitals.locator("input[name=pulse]").fill("110")
    vitals.get_by_role("button", name=T["vitals.save"]).click()

    change = page.get_by_test_id("triage-change")
    change.wait_for()
    assert (change.get_attribute("data-from"), change.get_attribute("data-to")) == ("routine", "emergency")
    said = change.inner_text()
    assert "84 %" in said and T["vitals.spo2"] in said and T["level.emergency"].lower() in said.lower()
    # every reading saved is named (a tester missed a pulse of 170), the one the rules quoted first
    assert T["vitals.pulse"] in said and said.index(T["vitals.spo2"]) < said.index(T["vitals.pulse"])
    card = page.get_by_test_id("triage-card")
    assert card.locator(".triage-head .level").get_attribute("data-level") == "emergency"
    assert card.locator(".red-flags li").count() >= 1
    page.wait_for_timeout(300)  # let the scroll settle, as the eye would
    assert level_is_seen(page), "the new level is off screen or under the top bar"
    screenshot(page, f"{lang}-triage-after-vitals")
    if lang == "hi":
        text = card.inner_text()
        assert not LATIN.findall(text), f"English in the Hindi card: {LATIN.findall(text)[:20]} in {text!r}"

    # The board moves the patient up and says so, by itself (it polls the queue's version every 3 s).
    rise = board.locator(f'.alert-rise[data-token="{patient["token_number"]}"]')
    rise.wait_for(timeout=15000)
    assert T["level.emergency"].lower() in rise.inner_text().lower()
    assert board_tokens(board) == [patient["token_number"], ahead["token_number"]]
    moved = board.locator(f'.queue-row.raised[data-token="{patient["token_number"]}"]')
    assert moved.locator(".level").get_attribute("data-level") == "emergency"
    screenshot(board, f"{lang}-queue-after-vitals")
    assert not page.watch.problems() and not board.watch.problems()


def test_a_double_tap_calls_one_patient_not_two(kiosk_page, kiosk_server):
    """A double tap on Call next called two tokens and announced only the second: the first was marked called
    with nobody told. A double tap on 'Call out of turn' called once, then showed an error over it."""
    page = kiosk_page
    api = kiosk_server.api("asha")
    dept = pediatrics(api)
    empty_queue(api, dept)
    first = walk_in(api, dept, "Ravi", ROUTINE)
    second = walk_in(api, dept, "Sonu", ROUTINE)
    third = walk_in(api, dept, "Monu", ROUTINE)
    open_board(page, kiosk_server, "en")
    section = page.locator(f'.queue-dept[data-department="{DEPARTMENT}"]')
    section.get_by_test_id("call-next").dblclick()
    page.locator(".alert-call", has_text=f"{first['token_number']}").wait_for()
    section.locator(f'.queue-row.status-called[data-token="{first["token_number"]}"]').wait_for()
    page.wait_for_timeout(500)     # let a second call, if one was sent, land
    assert api("GET", f"/appointments/{second['id']}")["status"] == "checked_in"
    late = section.locator(f'.queue-row[data-token="{third["token_number"]}"]')
    late.get_by_test_id("call-token").click()
    form = late.get_by_test_id("jump-form")
    form.locator("input[name=reason]").fill("going home to a sick mother")
    form.locator("button[type=submit]").dblclick()
    page.locator(".alert-call", has_text=f"{third['token_number']}").wait_for()
    page.wait_for_timeout(500)
    assert page.locator(".alert-call").count() == 1 and page.locator(".alert-error, .error-box").count() == 0
    assert api("GET", f"/appointments/{third['id']}")["status"] == "called"
    assert not page.watch.problems()


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_a_jump_reason_is_checked_trimmed_and_a_refusal_is_said_beside_it(kiosk_page, kiosk_server, lang):
    """Three spaces passed minlength=3, the box answered 422 and the kiosk said "Please check what was entered" at
    the top of the page; now they are refused beside the field, and a refusal from the box is said there too."""
    page, T = kiosk_page, strings(lang)
    api = kiosk_server.api("asha")
    dept = pediatrics(api)
    empty_queue(api, dept)
    first = walk_in(api, dept, "Golu", ROUTINE)
    late = walk_in(api, dept, "Bholu", ROUTINE)
    open_board(page, kiosk_server, lang)
    section = page.locator(f'.queue-dept[data-department="{DEPARTMENT}"]')
    row = section.locator(f'.queue-row[data-token="{late["token_number"]}"]')
    row.get_by_test_id("call-token").click()
    form = row.get_by_test_id("jump-form")
    form.locator("input[name=reason]").fill("   ")
    form.get_by_role("button", name=T["queue.jump_confirm"]).click()
    error = form.get_by_test_id("field-error")
    error.wait_for()
    assert error.inner_text().strip() == T["invalid.required"]  # spaces are no reason
    assert api("GET", f"/appointments/{late['id']}")["status"] == "checked_in"
    assert page.locator(".alert-error").count() == 0

    # The box refuses (someone else changed the queue meanwhile): its reason, in words, beside the field.
    def refuse(route):
        route.fulfill(status=422, content_type="application/problem+json", body=json.dumps(
            {"type": "about:blank", "title": "Invalid input", "status": 422, "jumped_tokens": [first["token_number"]],
             "detail": f"reason: token {late['token_number']} is called before token(s) {first['token_number']}"}))
    page.route("**/api/v1/appointments/*/call", refuse)
    form.locator("input[name=reason]").fill("going home to a sick mother")
    form.get_by_role("button", name=T["queue.jump_confirm"]).click()
    expected = T["queue.jump_reason_needed"].format(token=late["token_number"], ahead=first["token_number"])
    form.get_by_test_id("field-error").filter(has_text=expected).wait_for()
    screenshot(page, f"{lang}-queue-jump-refused")
    assert page.locator(".alert-error").count() == 0
    page.unroute("**/api/v1/appointments/*/call", refuse)
    assert api("GET", f"/appointments/{late['id']}")["status"] == "checked_in"
    assert not page.watch.page_errors and not page.watch.failed


def test_danger_readings_before_any_complaint_show_a_first_level_and_stay_on_reopening(kiosk_page, kiosk_server):
    """SpO2 82 % saved before anyone typed a complaint is triaged on the readings alone. A tester found the banner
    said "level unchanged" (there was no level before), and that the visit opened again showed no card at all,
    though the queue already ordered it as an emergency."""
    page, T = kiosk_page, strings("en")
    api = kiosk_server.api("asha")
    dept = pediatrics(api)
    empty_queue(api, dept)
    patient = walk_in(api, dept, "Kabir", None, age=6)
    page.goto(kiosk_server.url + "/kiosk/")
    choose_language(page, "en")
    sign_in(page, T, "asha")
    page.goto(f"{kiosk_server.url}/kiosk/visit/{patient['encounter_id']}")
    vitals = page.locator("form.vitals-form")
    vitals.locator("input[name=spo2]").fill("82")
    vitals.get_by_role("button", name=T["vitals.save"]).click()
    change = page.get_by_test_id("triage-change")
    change.wait_for()
    assert (change.get_attribute("data-from"), change.get_attribute("data-to")) == ("", "emergency")
    said = change.inner_text()
    assert T["triage.change_first"] in said
    assert T["triage.change_same"].split(":")[0] not in said

    page.reload()
    card = page.get_by_test_id("triage-card")
    card.wait_for()
    assert card.locator(".triage-head .level").get_attribute("data-level") == "emergency"
    assert page.get_by_test_id("visit-level").get_attribute("data-level") == "emergency"
    assert not page.watch.problems()


def test_a_visit_with_readings_within_limits_and_no_complaint_opens_without_an_error(kiosk_page, kiosk_server):
    """Normal readings and no complaint leave nothing triaged: the visit opens without asking for a triage that is
    not there (a 404 in the console)."""
    page, T = kiosk_page, strings("en")
    api = kiosk_server.api("asha")
    dept = pediatrics(api)
    patient = walk_in(api, dept, "Ishaan", None, age=7)
    api("POST", f"/encounters/{patient['encounter_id']}/vitals", {"spo2": 98, "pulse": 96})
    page.goto(kiosk_server.url + "/kiosk/")
    choose_language(page, "en")
    sign_in(page, T, "asha")
    page.goto(f"{kiosk_server.url}/kiosk/visit/{patient['encounter_id']}")
    page.locator("form.vitals-form").wait_for()
    page.wait_for_timeout(500)
    assert page.get_by_test_id("triage-card").count() == 0
    assert not page.watch.problems()


def test_a_rise_alert_goes_when_the_level_falls_or_the_token_is_called(kiosk_context, kiosk_server):
    """A tester's board kept "Token 24 is Emergency" on top after the clinician brought token 24 down to self-care
    (and a freshly opened board still drew its row with the red "raised" border), and kept "Token 23 is now
    Emergency" after token 23 had been called. The alert and the mark stay while the level raised to stands and
    the token waits; they go when the level falls below it, or when the token is called."""
    from tests.kiosk.conftest import PageWatch

    T = strings("en")
    api = kiosk_server.api("asha")
    dept = pediatrics(api)
    empty_queue(api, dept)
    board = kiosk_context().new_page()
    board.watch = PageWatch(board, kiosk_server.host)
    open_board(board, kiosk_server, "en")
    section = board.locator(f'.queue-dept[data-department="{DEPARTMENT}"]')

    def rise(appt):
        return board.locator(f'.alert-rise[data-token="{appt["token_number"]}"]')

    def raised_row(appt):
        return section.locator(f'.queue-row.raised[data-token="{appt["token_number"]}"]')

    # Arrives as an emergency; the clinician, having seen the child, brings it down to self-care.
    fell = walk_in(api, dept, "Tinku", EMERGENCY)
    rise(fell).wait_for(timeout=15000)
    assert rise(fell).inner_text() == T["queue.raised_new"].format(token=fell["token_number"],
                                                                    level=T["level.emergency"])
    raised_row(fell).wait_for()
    api("PUT", f"/encounters/{fell['encounter_id']}/triage/decision",
        {"level": "self_care", "specialty": "pediatrics", "reason": "febrile shiver, no fit; drinking well"})
    section.locator(f'.queue-row[data-token="{fell["token_number"]}"][data-level="self_care"]').wait_for(timeout=15000)
    assert rise(fell).count() == 0 and raised_row(fell).count() == 0

    # Raised by vitals while the board watches, then called from the board.
    called = walk_in(api, dept, "Pappu", ROUTINE)
    api("POST", f"/encounters/{called['encounter_id']}/vitals", {"spo2": 84})
    rise(called).wait_for(timeout=15000)
    assert T["level.emergency"] in rise(called).inner_text()
    section.get_by_test_id("call-next").click()
    section.locator(f'.queue-row.status-called[data-token="{called["token_number"]}"]').wait_for()
    assert rise(called).count() == 0 and raised_row(called).count() == 0
    screenshot(board, "en-queue-rise-cleared")

    # A board opened now marks neither.
    fresh = kiosk_context().new_page()
    fresh.watch = PageWatch(fresh, kiosk_server.host)
    open_board(fresh, kiosk_server, "en")
    fresh_section = fresh.locator(f'.queue-dept[data-department="{DEPARTMENT}"]')
    fresh_section.locator(f'.queue-row[data-token="{fell["token_number"]}"]').wait_for()
    assert fresh_section.locator(".queue-row.raised").count() == 0
    assert not board.watch.problems() and not fresh.watch.problems()


def test_call_next_whose_answer_is_lost_calls_one_patient_when_tapped_again(kiosk_page, kiosk_server):
    """The clinic's flaky link: the box calls a patient, its answer never reaches the kiosk, the health worker taps
    Call next again. Before, the second tap called a second patient (two tokens called for one tap, the first
    never announced). Now both taps carry the same call_key: the box answers the patient it already called (the
    same answer), and the board shows that patient. The next tap after the answer is a new call, with a new key."""
    page = kiosk_page
    api = kiosk_server.api("asha")
    dept = pediatrics(api)
    empty_queue(api, dept)
    first, second, third = (walk_in(api, dept, name, ROUTINE) for name in ("Ravi", "Sonu", "Monu"))
    open_board(page, kiosk_server, "en")
    section = page.locator(f'.queue-dept[data-department="{DEPARTMENT}"]')
    sent, lost = [], []

    def lose_the_first_answer(route):
        sent.append(route.request.post_data_json)
        if lost:
            route.fallback()  # to the page's watch, which lets it through to the box
            return
        lost.append(route.fetch().json())  # the box does the call...
        route.abort("connectionreset")     # ...and its answer is lost on the link

    page.route("**/api/v1/queue/call-next", lose_the_first_answer)
    section.get_by_test_id("call-next").click()
    page.get_by_test_id("call-next-kept").wait_for()  # "tap again: the same call is sent"
    assert lost[0]["id"] == first["id"] and api("GET", f"/appointments/{first['id']}")["status"] == "called"
    assert page.locator(".alert-call").count() == 0

    with page.expect_response("**/api/v1/queue/call-next") as answer:
        section.get_by_test_id("call-next").click()
    assert answer.value.status == 200 and answer.value.json() == lost[0]  # the same answer, nobody else called
    page.locator(".alert-call", has_text=f"Token {first['token_number']} called: Ravi").wait_for()
    section.locator(f'.queue-row.status-called[data-token="{first["token_number"]}"]').wait_for()
    screenshot(page, "en-queue-call-next-answer-lost")
    statuses = {r["id"]: r["status"] for r in api("GET", f"/queue?department_id={dept}")["results"]}
    assert statuses == {first["id"]: "called", second["id"]: "checked_in", third["id"]: "checked_in"}
    assert board_tokens(page) == [second["token_number"], third["token_number"]]
    assert sent[0]["call_key"] and sent[1]["call_key"] == sent[0]["call_key"]
    assert api("GET", f"/appointments/{first['id']}")["call_key"] == sent[0]["call_key"]

    # Answered: the next tap is the next patient, under a key of its own.
    section.get_by_test_id("call-next").click()
    page.locator(".alert-call", has_text=f"Token {second['token_number']} called: Sonu").wait_for()
    assert len(sent) == 3 and sent[2]["call_key"] != sent[0]["call_key"]
    assert api("GET", f"/appointments/{third['id']}")["status"] == "checked_in"
    page.unroute("**/api/v1/queue/call-next", lose_the_first_answer)
    # The one failure is the answer lost on purpose (and the browser's console line for it).
    assert len(page.watch.failed) == 1 and "/queue/call-next" in page.watch.failed[0]
    assert all("call-next" in e or "Failed to load resource" in e for e in page.watch.console_errors)
    assert not page.watch.page_errors and not page.watch.outside
