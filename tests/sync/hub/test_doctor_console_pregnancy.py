"""The remote doctor's console checks drugs to avoid in pregnancy as the box does (the same table and
review): the clinic's triage answer reaches the hub with the triage event; a known pregnancy needs the
doctor's reason, kept on the prescription the clinic pulls; a woman of no known pregnancy is a warning to
acknowledge or an answer to give; in Hindi on the Hindi console."""
from __future__ import annotations

import uuid
from datetime import datetime, timezone

import pytest

from sync.hub.app import create_hub_app
from sync.hub.console import chart, i18n

from .teleconsult_seed import SeedBox
from .test_doctor_console import _staff
from .test_doctor_console_safety import SQLITE, _block, _text


def _prescribe(client, sess, request, *lines, **extra):
    """The console's prescription form: lines of (drug, dose, unit, frequency); a STAT line lasts one day."""
    form = {"csrf": sess.csrf, **extra}
    for n, (drug, dose, unit, freq) in enumerate(lines):
        form.update({f"drug_{n}": drug, f"dose_{n}": dose, f"unit_{n}": unit, f"route_{n}": "oral",
                     f"frequency_{n}": freq, f"days_{n}": "1" if freq == "STAT" else "5"})
    return client.post(f"/console/consult/{request['request_id']}/prescription", data=form)


def _triaged(box: SeedBox, request: dict[str, str], pregnant: bool | None) -> None:
    """The box's triage `suggested` event for the visit, with the pregnancy as the health worker gave it."""
    box.push([box.event("triage", str(uuid.uuid4()), "suggested", {
        "encounter_id": request["encounter_id"], "patient_id": request["patient_id"], "text": "bleeding",
        "level": "emergency", "engine_version": "test", "created_at": datetime.now(timezone.utc).isoformat(),
        "created_by": "asha", "result": {"level": "emergency"}, "change": {"pregnant": pregnant}},
        request["patient_id"])])


@pytest.fixture
def console(hub_store):
    box = SeedBox(hub_store, "CLA", "cla-box")
    pregnant = box.request_doctor(given="Geeta", family="Devi", sex="female", age=24, complaint="bleeding after delivery",
                                  urgency="emergency", minutes_ago=5)
    _triaged(box, pregnant, True)
    unknown = box.request_doctor(given="Rekha", family="Bai", sex="female", age=30, complaint="joint pain",
                                 urgency="routine", minutes_ago=20)
    man = box.request_doctor(given="Ravi", family="Kumar", sex="male", age=40, complaint="palpitations",
                             urgency="routine", minutes_ago=30)
    app = create_hub_app(hub_store, admin_token="unused")
    sess, token = _staff(hub_store, "dr.mehta", "remote_doctor", ("CLA",))
    client = app.test_client()
    client.set_cookie("hub_console", token)
    return hub_store, box, client, sess, {"pregnant": pregnant, "unknown": unknown, "man": man}


MISOPROSTOL = ("Misoprostol", "800", "mcg", "STAT")


@SQLITE
def test_misoprostol_for_a_woman_the_clinic_recorded_pregnant_needs_a_reason_that_reaches_the_clinic(console):
    store, box, client, sess, reqs = console
    assert chart.chart(store, reqs["pregnant"]["patient_id"], reqs["pregnant"]["encounter_id"])["visit_pregnant"]
    page = _text(client.get(f"/console/consult/{reqs['pregnant']['request_id']}"))
    assert "pregnant (clinic's triage)" in page and "<select name=pregnant>" in page
    before = store.head()
    resp = _prescribe(client, sess, reqs["pregnant"], MISOPROSTOL)
    page = _text(resp)
    assert resp.status_code == 409 and store.head() == before
    assert ("Blocked: a drug to avoid in pregnancy needs the reason to prescribe it in pregnancy: Misoprostol in "
            "pregnancy: makes the womb contract") in page
    reason = "PPH after delivery at home, uterus atonic"
    resp = _prescribe(client, sess, reqs["pregnant"], MISOPROSTOL, pregnancy_reason=reason)
    assert resp.status_code == 303
    [sent] = [e for e in box.pull_all() if e["entity"] == "prescription" and e["origin"] == "hub"]
    assert (sent["fields"]["pregnancy_override_reason"], sent["fields"]["pregnant"],
            sent["fields"]["pregnancy_source"]) == (reason, True, "triage")
    assert any(w.startswith("Misoprostol in pregnancy") for w in sent["fields"]["warnings"])
    # the page after saving says what went with it, in a warning's colour
    assert any("Misoprostol in pregnancy" in w for w in _block(client.get(resp.headers["Location"]).get_data(
        as_text=True), "warn"))


@SQLITE
def test_an_allergy_and_a_pregnancy_are_said_in_one_refusal(console):
    store, box, client, sess, reqs = console
    box.push([box.event("patient_allergy", str(uuid.uuid4()), "added", {
        "patient_id": reqs["pregnant"]["patient_id"], "substance": "Ibuprofen", "reaction": "wheeze",
        "severity": "severe", "recorded_at": datetime.now(timezone.utc).isoformat(), "recorded_by": "asha"},
        reqs["pregnant"]["patient_id"])])
    page = _text(_prescribe(client, sess, reqs["pregnant"], ("Ibuprofen", "400", "mg", "TDS")))
    assert "Blocked: the prescription needs a reason: Ibuprofen vs allergy to Ibuprofen" in page
    assert "Ibuprofen in pregnancy: closes a blood vessel of the baby's heart too early" in page


@SQLITE
def test_a_woman_of_no_known_pregnancy_is_asked_and_the_doctors_answer_is_kept(console):
    store, box, client, sess, reqs = console
    warfarin = ("Warfarin", "5", "mg", "OD")
    resp = _prescribe(client, sess, reqs["unknown"], warfarin)
    assert resp.status_code == 409
    assert "the patient is 30, pregnancy not known: ask about it (or test)" in " ".join(_block(_text(resp), "warn"))
    assert _prescribe(client, sess, reqs["unknown"], warfarin, pregnant="yes").status_code == 409  # now a reason
    assert _prescribe(client, sess, reqs["unknown"], warfarin, pregnant="no").status_code == 303
    [sent] = [e for e in box.pull_all() if e["entity"] == "prescription" and e["origin"] == "hub"]
    assert (sent["fields"]["pregnant"], sent["fields"]["pregnancy_source"]) == (False, "prescriber")
    # a man is not asked, and cannot be answered for
    assert _prescribe(client, sess, reqs["man"], warfarin).status_code == 303
    before = store.head()
    resp = _prescribe(client, sess, reqs["man"], warfarin, pregnant="yes")
    assert resp.status_code == 400 and "not possible for a male patient" in _text(resp) and store.head() == before
    resp = _prescribe(client, sess, reqs["unknown"], warfarin, pregnant="maybe")
    assert resp.status_code == 400 and "choose yes, no, or not said" in _text(resp) and store.head() == before


@SQLITE
def test_the_pregnancy_check_speaks_hindi_on_the_hindi_console(console):
    store, box, client, sess, reqs = console
    client.set_cookie(i18n.COOKIE, "hi")
    page = _text(_prescribe(client, sess, reqs["pregnant"], MISOPROSTOL))
    assert "रोका गया: गर्भावस्था में न दी जाने वाली दवा" in page
    assert "Misoprostol गर्भावस्था में: गर्भाशय को सिकोड़ती है" in page and "makes the womb" not in page
    page = _text(_prescribe(client, sess, reqs["unknown"], ("Valparin 200 mg", "1", "tablet", "BD")))
    assert "गर्भावस्था का पता नहीं: पर्चा लिखने से पहले पूछें" in page and "मरीज़ की उम्र 30 वर्ष है" in page
