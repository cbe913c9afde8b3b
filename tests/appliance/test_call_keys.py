"""Call next with an idempotency key (call_key): on the clinic's flaky link the box called a patient, the answer
was lost, the health worker tapped again and a second patient was called — two tokens called for one tap, the
first never announced. One key per intended call: the same key again answers the patient it called and calls no
one else; a new key calls the next; the key in another department is refused. Calling one token that is
already called answers it as it is. The key is kept on the appointment and synced with its events."""
from __future__ import annotations

import threading
import uuid
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from appliance.appointments.const import CALL_KEY_PATTERN
from appliance.appointments.schemas import AppointmentIn
from appliance.appointments.services import call_appointment, call_next, check_in, get_appointment
from appliance.common import as_of
from appliance.errors import InvalidInput
from appliance.events.tables import events
from appliance.patients.schemas import PatientIn
from appliance.patients.services import register_patient
from appliance.staff.schemas import DepartmentIn
from appliance.staff.services import create_department
from tests.appliance.test_appointments import check_in_walk_in
from tests.conftest import event_count


def new_key() -> str:
    return str(uuid.uuid4())


def called_events(conn, appointment_id: str | None = None) -> int:
    q = select(func.count()).select_from(events).where(events.c.entity == "appointment", events.c.op == "called")
    if appointment_id:
        q = q.where(events.c.entity_id == appointment_id)
    return conn.execute(q).scalar()


def statuses(conn, *appts: dict) -> list[str]:
    return [get_appointment(conn, a["id"])["status"] for a in appts]


# --- the service, without Flask --------------------------------------------------------------------------------

@pytest.fixture
def walk_in(init_box):
    """A patient booked and checked in today (a token) in a department, through the services."""
    def make(name: str, department: str) -> dict:
        from appliance.appointments.services import book_appointment

        with init_box.write("test:desk") as uow:
            pid = register_patient(uow, PatientIn(given_name=name, sex="female", age_years=30), "TST")["id"]
            return book_appointment(uow, AppointmentIn(patient_id=pid, department_id=department, check_in=True))
    return make


@pytest.fixture
def pediatrics(init_box) -> str:
    with init_box.write("test:setup") as uow:
        return create_department(uow, DepartmentIn(name="Pediatrics"))["id"]


def test_the_same_key_again_answers_the_patient_it_called_and_calls_no_one_else(init_box, walk_in, department):
    first, second = walk_in("Asha", department), walk_in("Bela", department)
    key = new_key()
    with init_box.write("staff:s1") as uow:
        called = call_next(uow, department, "s1", key)
    with init_box.write("staff:s1") as uow:  # the answer was lost; the same tap again
        again = call_next(uow, department, "s1", key)
    assert called["id"] == first["id"] and again == called and called["call_key"] == key
    with init_box.read() as conn:
        assert statuses(conn, first, second) == ["called", "checked_in"]
        assert called_events(conn) == 1
        fields = conn.execute(select(events.c.fields).where(events.c.entity_id == first["id"],
                                                            events.c.op == "called")).scalar()
        assert f'"call_key":"{key}"' in fields.replace(" ", "")  # the key rides with the called event


def test_a_retry_of_the_call_that_took_the_last_one_waiting_answers_it_not_a_404(init_box, walk_in, department):
    only = walk_in("Asha", department)
    key = new_key()
    with init_box.write("staff:s1") as uow:
        called = call_next(uow, department, "s1", key)
    with init_box.write("staff:s1") as uow:
        assert call_next(uow, department, "s1", key) == called and called["id"] == only["id"]


def test_a_new_key_is_a_new_call(init_box, walk_in, department):
    first, second = walk_in("Asha", department), walk_in("Bela", department)
    with init_box.write("staff:s1") as uow:
        one = call_next(uow, department, "s1", new_key())
        two = call_next(uow, department, "s1", new_key())
    assert [one["id"], two["id"]] == [first["id"], second["id"]]
    with init_box.read() as conn:
        assert called_events(conn) == 2


def test_a_key_in_another_department_is_refused_and_calls_no_one(init_box, walk_in, department, pediatrics):
    walk_in("Asha", department)
    child = walk_in("Chotu", pediatrics)
    key = new_key()
    with init_box.write("staff:s1") as uow:
        call_next(uow, department, "s1", key)
    before = event_count(init_box)
    with pytest.raises(InvalidInput) as refused, init_box.write("staff:s1") as uow:
        call_next(uow, pediatrics, "s1", key)
    assert refused.value.detail.startswith("call_key:") and refused.value.extra["call_key_department_id"] == department
    assert event_count(init_box) == before
    with init_box.read() as conn:
        assert statuses(conn, child) == ["checked_in"]


def test_a_retry_after_the_patient_went_back_to_the_queue_answers_them_as_they_are(init_box, walk_in, department):
    """Not at the door when called, sent back to the queue: a late retry of that call says so and calls no one
    in their place (the board shows who waits)."""
    first, second = walk_in("Asha", department), walk_in("Bela", department)
    key = new_key()
    with init_box.write("staff:s1") as uow:
        call_next(uow, department, "s1", key)
        check_in(uow, first["id"])
    with init_box.write("staff:s1") as uow:
        late = call_next(uow, department, "s1", key)
    assert late["id"] == first["id"] and late["status"] == "checked_in"
    with init_box.read() as conn:
        assert statuses(conn, second) == ["checked_in"] and called_events(conn) == 1


def test_a_key_is_served_for_its_day_only(init_box, walk_in, department):
    """Keys are kept with the day's calls: yesterday's key does not answer today's queue (nor is it refused)."""
    key = new_key()
    yesterday = datetime.now(timezone.utc) - timedelta(days=1)
    with as_of(yesterday):
        old = walk_in("Asha", department)
        with init_box.write("staff:s1") as uow:
            assert call_next(uow, department, "s1", key)["id"] == old["id"]
    today = walk_in("Bela", department)
    with init_box.write("staff:s1") as uow:
        assert call_next(uow, department, "s1", key)["id"] == today["id"]


def test_without_a_key_each_request_calls(init_box, walk_in, department):
    first, second = walk_in("Asha", department), walk_in("Bela", department)
    with init_box.write("staff:s1") as uow:
        assert call_next(uow, department, "s1")["id"] == first["id"]
        assert call_next(uow, department, "s1")["id"] == second["id"]
        assert get_appointment(uow.conn, first["id"])["call_key"] is None


def test_calling_a_token_already_called_answers_it_as_it_is(init_box, walk_in, department):
    first = walk_in("Asha", department)
    with init_box.write("staff:s1") as uow:
        called = call_appointment(uow, first["id"], None, "s1")
    before = event_count(init_box)
    with init_box.write("staff:s2") as uow:  # a second tap, or another desk
        again = call_appointment(uow, first["id"], "going home to a sick mother", "s2")
    assert again == called and again["called_by"] == "s1" and again["call_reason"] is None
    assert event_count(init_box) == before


def test_the_key_syncs_with_the_appointment(tmp_path):
    """Another box applying this box's events keeps the call's key, and answers a retry with it the same way."""
    from tests.sync.world import Replica, template

    tmpl = template(tmp_path)
    here, there = Replica("box-a", tmp_path / "a.db", tmpl), Replica("box-b", tmp_path / "b.db", tmpl)
    try:
        key = new_key()
        with here.write("staff:s1") as uow:
            from appliance.appointments.services import book_appointment

            dept = create_department(uow, DepartmentIn(name="General Medicine"))["id"]
            pid = register_patient(uow, PatientIn(given_name="Asha", sex="female", age_years=30), "TST")["id"]
            appt = book_appointment(uow, AppointmentIn(patient_id=pid, department_id=dept, check_in=True))
            called = call_next(uow, dept, "s1", key)
        report = there.apply(here.own_events())
        assert report.failed == 0 and not report.errors
        with there.write("staff:s2") as uow:
            assert get_appointment(uow.conn, appt["id"])["call_key"] == key
            assert call_next(uow, dept, "s2", key)["id"] == called["id"]
    finally:
        here.close()
        there.close()


# --- over HTTP ---------------------------------------------------------------------------------------------------

@pytest.fixture
def checked_in(client, hw):
    return lambda name, department: check_in_walk_in(client, hw, name, department)


def status_of(client, hw, appt: dict) -> str:
    return client.get(f"/api/v1/appointments/{appt['id']}", headers=hw).json["status"]


def test_http_the_same_key_twice_is_one_call_and_the_same_answer(client, hw, checked_in, department, init_box):
    first, second = checked_in("Asha", department), checked_in("Bela", department)
    body = {"department_id": department, "call_key": new_key()}
    one = client.post("/api/v1/queue/call-next", json=body, headers=hw)
    two = client.post("/api/v1/queue/call-next", json=body, headers=hw)
    assert one.status_code == two.status_code == 200
    assert one.get_data() == two.get_data() and one.json["id"] == first["id"]
    assert [status_of(client, hw, a) for a in (first, second)] == ["called", "checked_in"]
    with init_box.read() as conn:
        assert called_events(conn) == 1


def test_http_different_keys_are_two_calls(client, hw, checked_in, department):
    first, second = checked_in("Asha", department), checked_in("Bela", department)
    ids = [client.post("/api/v1/queue/call-next", json={"department_id": department, "call_key": new_key()},
                       headers=hw).json["id"] for _ in range(2)]
    assert ids == [first["id"], second["id"]]


def test_http_a_key_for_another_department_is_a_422_and_nothing_is_called(client, hw, checked_in, department,
                                                                          init_box):
    with init_box.write("test:setup") as uow:
        pediatrics = create_department(uow, DepartmentIn(name="Pediatrics"))["id"]
    checked_in("Asha", department)
    child = checked_in("Chotu", pediatrics)
    key = new_key()
    assert client.post("/api/v1/queue/call-next", json={"department_id": department, "call_key": key},
                       headers=hw).status_code == 200
    before = event_count(init_box)
    r = client.post("/api/v1/queue/call-next", json={"department_id": pediatrics, "call_key": key}, headers=hw)
    assert r.status_code == 422 and r.mimetype == "application/problem+json"
    assert "call_key" in r.json["detail"] and r.json["call_key_department_id"] == department
    assert status_of(client, hw, child) == "checked_in" and event_count(init_box) == before


@pytest.mark.parametrize("key", ["short", "x" * 65, "has spaces in it, sixteen+", "ключ-на-русском-языке", "", 42,
                                 ["a" * 20]])
def test_http_a_malformed_key_is_refused_and_nothing_changes(client, hw, checked_in, department, init_box, key):
    first = checked_in("Asha", department)
    before = event_count(init_box)
    r = client.post("/api/v1/queue/call-next", json={"department_id": department, "call_key": key}, headers=hw)
    assert r.status_code in (400, 422) and r.mimetype == "application/problem+json", r.json
    assert status_of(client, hw, first) == "checked_in" and event_count(init_box) == before


def test_http_calling_a_called_token_again_answers_it(client, hw, checked_in, department, init_box):
    """Before: a second tap on a token's Call (its first answer lost) was a 409 "appointment is called; only a
    waiting (checked-in) token can be called". Now the token's state, as the first call left it."""
    first = checked_in("Asha", department)
    one = client.post(f"/api/v1/appointments/{first['id']}/call", headers=hw)
    before = event_count(init_box)
    two = client.post(f"/api/v1/appointments/{first['id']}/call", headers=hw)
    assert one.status_code == two.status_code == 200 and one.json == two.json and two.json["status"] == "called"
    assert event_count(init_box) == before
    client.post(f"/api/v1/appointments/{first['id']}/no-show", headers=hw)
    gone = client.post(f"/api/v1/appointments/{first['id']}/call", headers=hw)
    assert gone.status_code == 409 and gone.json["status_now"] == "no_show"  # not waiting, not called: said so


def test_the_key_is_in_the_api_document(client):
    doc = client.get("/api/v1/openapi.json").json
    key = doc["components"]["schemas"]["CallNextIn"]["properties"]["call_key"]
    assert "idempotency" in key["description"].lower()
    assert [k.get("pattern") for k in key["anyOf"] if k["type"] == "string"] == [CALL_KEY_PATTERN]
    assert "call_key" in doc["paths"]["/api/v1/queue/call-next"]["post"]["responses"]["422"]["description"]


def test_a_retry_racing_its_first_try_on_the_real_server_calls_once(server, box_config):
    """The first try still being served when its retries arrive (the link dropped mid-answer): every one answers
    the same patient, on the real server (gunicorn, two workers); the box's write lock orders them."""
    from appliance.box import open_box
    from appliance.settings import load_settings
    from tests.appliance.conftest import sign_in

    box = open_box(load_settings(box_config, environ={}))
    try:
        with box.write("test:setup") as uow:
            dept = create_department(uow, DepartmentIn(name="General Medicine"))["id"]
    finally:
        box.close()
    server.start()
    url, hw = server.url + "/api/v1", sign_in(server, "asha")
    waiting = []
    for name in ("Ramesh", "Suresh", "Mahesh"):
        pid = server.http.post(f"{url}/patients", json={"given_name": name, "sex": "male", "age_years": 40},
                               headers=hw, timeout=10).json()["id"]
        waiting.append(server.http.post(f"{url}/appointments", json={
            "patient_id": pid, "department_id": dept, "check_in": True}, headers=hw, timeout=10).json()["id"])
    body = {"department_id": dept, "call_key": new_key()}
    start, answers = threading.Barrier(4), []

    def tap() -> None:
        http = server.session()
        start.wait()
        answers.append(http.post(f"{url}/queue/call-next", json=body, headers=hw, timeout=30))

    threads = [threading.Thread(target=tap) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [a.status_code for a in answers] == [200] * 4
    assert {a.json()["id"] for a in answers} == {waiting[0]}
    queue = server.http.get(f"{url}/queue?department_id={dept}", headers=hw, timeout=10).json()["results"]
    assert [(r["id"], r["status"]) for r in queue] == [(waiting[0], "called"), (waiting[1], "checked_in"),
                                                      (waiting[2], "checked_in")]
