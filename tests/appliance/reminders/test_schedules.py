"""What is reminded, item 3: medication courses (TB, antimalarials) from prescriptions and a
child's next vaccinations from India's UIP schedule; each queued with its cause, cancelled by
what makes it moot, nothing without consent, no medicine or vaccine named in a text."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from appliance.common import today
from appliance.reminders.const import CANCELLED, QUEUED
from appliance.reminders.schedules import due_on, uip_schedule, vaccination_days
from appliance.reminders.services import patient_reminders, record_sms_consent
from appliance.reminders.tables import sms_outbox


def _consent(box, pid, consent=True, language="en"):
    with box.write("desk") as uow:
        record_sms_consent(uow, pid, number="9812345678", language=language, consent=consent)


def _reminders(box, pid):
    with box.read() as conn:
        return patient_reminders(conn, pid)


def _bodies(box, pid):
    with box.read() as conn:
        return [r[0] for r in conn.execute(select(sms_outbox.c.body).where(sms_outbox.c.patient_id == pid))]


def test_the_uip_schedule_is_read_from_its_table_and_counts_calendar_months():
    names = [v for v, _, _ in uip_schedule()]
    assert {"BCG", "Pentavalent-3", "MR-1", "MR-2", "DPT booster-2", "Td-16"} <= set(names)
    assert due_on(date(2026, 1, 31), 1, "month") == date(2026, 2, 28)
    days = vaccination_days(date(2026, 1, 1), date(2026, 1, 1))
    assert list(days)[:4] == [date(2026, 2, 12), date(2026, 3, 12), date(2026, 4, 9), date(2026, 10, 1)]
    assert "Pentavalent-1" in days[date(2026, 2, 12)]


def _visit(client, hw, department, *, age_years=None, birth_date=None):
    body = {"given_name": "Meena", "sex": "female"}
    body.update({"birth_date": birth_date} if birth_date else {"age_years": age_years})
    r = client.post("/api/v1/patients", json=body, headers=hw)
    assert r.status_code == 201, r.json
    pid = r.json["id"]
    appt = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                     "check_in": True}, headers=hw).json
    eid = client.get(f"/api/v1/appointments/{appt['id']}/encounter", headers=hw).json["id"]
    return pid, eid


def _prescribe(client, doc, eid, drug, days):
    r = client.post(f"/api/v1/encounters/{eid}/prescriptions", json={"items": [
        {"drug": drug, "dose": 1, "unit": "tablet", "frequency": "OD", "duration_days": days}]}, headers=doc)
    assert r.status_code == 201, r.json
    return r.json["id"]


def test_an_antimalarial_course_is_reminded_daily_and_its_end_the_day_before(init_box, client, hw, staff_factory,
                                                                              department):
    doc = staff_factory("doctor", "drmehta")
    pid, eid = _visit(client, hw, department, age_years=30)
    _consent(init_box, pid)
    _prescribe(client, doc, eid, "Paracetamol 500 mg", 5)              # not a reminded medicine
    assert _reminders(init_box, pid) == []
    rx = _prescribe(client, doc, eid, "Artemether-Lumefantrine 20/120", 3)
    rems = _reminders(init_box, pid)
    assert [r["kind"] for r in rems] == ["medication_dose", "medication_dose", "medication_end"]
    assert all(r["status"] == QUEUED for r in rems)
    with init_box.read() as conn:
        refs = {r[0] for r in conn.execute(select(sms_outbox.c.ref_id).where(sms_outbox.c.patient_id == pid))}
    assert refs == {rx}
    assert not any("rtem" in b or "malaria" in b.lower() for b in _bodies(init_box, pid))


def test_a_tb_course_is_reminded_weekly_and_cancelled_when_the_patient_is_retired(init_box, client, hw, staff_factory,
                                                                                  department):
    doc = staff_factory("doctor", "drmehta")
    pid, eid = _visit(client, hw, department, age_years=45)
    _consent(init_box, pid, language="hi")
    _prescribe(client, doc, eid, "Rifampicin 150 mg", 56)
    rems = _reminders(init_box, pid)
    assert [r["kind"] for r in rems].count("medication_dose") == 7 and rems[-1]["kind"] == "medication_end"
    assert all(r["language"] == "hi" for r in rems)
    assert not any("TB" in b or "ifamp" in b for b in _bodies(init_box, pid))
    r = client.post(f"/api/v1/patients/{pid}/retire", json={"reason": "moved away"}, headers=hw)
    assert r.status_code in (200, 204), r.json
    assert {r["status"] for r in _reminders(init_box, pid)} == {CANCELLED}


def test_no_consent_no_medication_reminders(init_box, client, hw, staff_factory, department):
    doc = staff_factory("doctor", "drmehta")
    pid, eid = _visit(client, hw, department, age_years=30)
    _consent(init_box, pid, consent=False)
    _prescribe(client, doc, eid, "Chloroquine 250 mg", 3)
    assert _reminders(init_box, pid) == []


def test_a_child_gets_the_next_uip_vaccinations_when_consent_is_recorded_and_a_new_birth_date_moves_them(
        init_box, client, hw, department):
    birth = today() - timedelta(weeks=7)
    pid, _ = _visit(client, hw, department, birth_date=birth.isoformat())
    assert _reminders(init_box, pid) == []                             # no consent yet: nothing
    _consent(init_box, pid)
    rems = _reminders(init_box, pid)
    expected = vaccination_days(birth, today())
    assert [r["kind"] for r in rems] == ["vaccination"] * len(expected)
    with init_box.read() as conn:
        refs = sorted(r[0] for r in conn.execute(select(sms_outbox.c.ref_id).where(
            sms_outbox.c.patient_id == pid, sms_outbox.c.status == QUEUED)))
    assert refs == [f"uip:{d.isoformat()}" for d in expected]
    assert refs[0] == f"uip:{(birth + timedelta(weeks=10)).isoformat()}"     # the 10-week visit is next
    assert not any("Pentavalent" in b or "OPV" in b for b in _bodies(init_box, pid))
    new_birth = today() - timedelta(weeks=3)
    r = client.patch(f"/api/v1/patients/{pid}", json={"birth_date": new_birth.isoformat()}, headers=hw)
    assert r.status_code == 200, r.json
    with init_box.read() as conn:
        queued = sorted(r[0] for r in conn.execute(select(sms_outbox.c.ref_id).where(
            sms_outbox.c.patient_id == pid, sms_outbox.c.status == QUEUED)))
    assert queued[0] == f"uip:{(new_birth + timedelta(weeks=6)).isoformat()}"
    assert len(queued) == len(vaccination_days(new_birth, today()))
