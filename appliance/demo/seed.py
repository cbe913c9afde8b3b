"""`clinic demo seed`: staff, ~500 patients, a week of visits through every module, stock."""
from __future__ import annotations

import random
from bisect import bisect_right
from datetime import datetime, time, timedelta, timezone
from typing import Any

from clinical.checks import age_in_months, age_in_years
from clinical.doses import drug_dose_problem

from ..appointments.schemas import AppointmentIn
from ..appointments.services import book_appointment, call_next
from ..billing.schemas import FeeIn, PaymentIn
from ..billing.services import balance_minor, set_fee, take_payment
from ..auth.services import set_pin
from ..box import Box
from ..common import as_of, local_midnight, today
from ..encounters.plausibility import check_for_age
from ..encounters.schemas import DiagnosisIn, VitalsIn
from ..encounters.services import (add_diagnosis, add_note, close_encounter, encounter_for_appointment,
                                   record_vitals, set_complaint)
from ..errors import Conflict, InvalidInput
from ..inventory.schemas import ItemIn
from ..inventory.services import add_item, list_items, move_stock
from ..patients.schemas import AllergyIn, PatientIn
from ..patients.services import count_patients, register_patient
from ..prescriptions.allergies import matches as allergy_match
from ..prescriptions.schemas import DispenseIn, DispenseLineIn, PrescriptionIn, PrescriptionItemIn
from ..prescriptions.services import dispense, dispense_courses, write_prescription
from ..staff.schemas import DepartmentIn, StaffIn
from ..staff.services import create_department, create_staff
from . import data

DEMO_PASSWORD = "clinic-demo-pass"
DEMO_PIN = "2468"
DEMO_STAFF = [
    ("asha", "Asha Kumari", "health_worker", "General Medicine"),
    ("meena", "Meena Verma", "nurse", "General Medicine"),
    ("dr.rao", "Dr. Anand Rao", "doctor", "General Medicine"),
    ("dr.khan", "Dr. Farah Khan", "doctor", "Pediatrics"),
    ("dr.iyer", "Dr. Lata Iyer", "doctor", "Obstetrics and Gynecology"),
    ("ravi", "Ravi Prasad", "pharmacist", None),
    ("sita", "Sita Rani", "billing", None),
    ("arun", "Arun Tech", "technician", None),
    ("neha", "Neha HR", "hr", None),
]
DEMO_LOGINS = [(u, DEMO_PASSWORD, role) for u, _, role, _ in DEMO_STAFF]
DEPARTMENTS = ["General Medicine", "Pediatrics", "Obstetrics and Gynecology"]
CONSULTATION_FEE = 5000  # the fee schedule's default (paise); a child's consultation costs less
DEPARTMENT_FEES = {"Pediatrics": 3000}
TODAY_GAP = timedelta(minutes=12)  # between today's check-ins, ending before the seed runs
# A long history ran dry: every week the district store brings each item up to a month's supply.
DELIVERY_EVERY, DELIVERY_STOCK = 7, 4   # days; times the opening stock


def _dose_for(patient: dict[str, Any], drug: str, dose: float, unit: str, frequency: str) -> float:
    """The demo doctor's dose: the adult one, halved for a child until it is within the child's limit (the
    box checks an unweighed child against a weight estimated from the age, as here)."""
    born = patient.get("birth_date")
    years, months = age_in_years(born, today()), age_in_months(born, today())
    while dose > 1 and drug_dose_problem(drug, dose, unit, frequency, age_years=years, age_months=months):
        dose = round(dose / 2, 3)
    return dose


def _patient(rng: random.Random) -> PatientIn:
    sex = rng.choice(["female", "male"])
    given = rng.choice(data.GIVEN_FEMALE if sex == "female" else data.GIVEN_MALE)
    age = rng.choice([rng.randint(0, 5), rng.randint(6, 17), rng.randint(18, 45), rng.randint(18, 45),
                      rng.randint(46, 85)])
    allergies = [AllergyIn(substance=s, reaction=r, severity=v) for s, r, v in [rng.choice(data.ALLERGENS)]
                 ] if rng.random() < 0.08 else []
    return PatientIn(given_name=given, family_name=rng.choice(data.FAMILY), sex=sex, age_years=age,
                     phone=f"{rng.choice('6789')}{rng.randint(0, 999999999):09d}" if rng.random() < 0.85 else None,
                     village=rng.choice(data.VILLAGES), allergies=allergies)


def seed_clinic(box: Box, *, patients: int = 500, days: int = 7, seed: int = 7,
                now: datetime | None = None) -> dict[str, Any]:
    """Seed an empty box with `days` of history ending `now` (the wall clock unless given)."""
    rng = random.Random(seed)
    with box.read() as conn:
        if count_patients(conn) > 0:
            raise Conflict("this box already has patients; demo data goes only into an empty box")
    now = now or datetime.now(timezone.utc)
    start = now - timedelta(days=days)
    with as_of(start), box.write("system:demo") as uow:
        depts = {name: create_department(uow, DepartmentIn(name=name))["id"] for name in DEPARTMENTS}
        doctors: dict[str, str] = {}
        for username, full_name, role, dept in DEMO_STAFF:
            row = create_staff(uow, StaffIn(username=username, full_name=full_name, role=role,
                                            password=DEMO_PASSWORD, department_id=depts.get(dept)))
            set_pin(uow.conn, row["id"], DEMO_PASSWORD, DEMO_PIN)
            if role == "doctor":
                doctors[dept] = row["id"]
        for sku, name, unit, price, reorder, opening in data.STOCK:
            add_item(uow, ItemIn(sku=sku, name=name, unit=unit, unit_price_minor=price, reorder_level=reorder,
                                 opening_stock=opening))
        set_fee(uow, FeeIn(amount_minor=CONSULTATION_FEE))
        for name, fee in DEPARTMENT_FEES.items():
            set_fee(uow, FeeIn(department_id=depts[name], amount_minor=fee))
    with box.read() as conn:
        items = {i["sku"]: i["id"] for i in list_items(conn)}

    registered: list[dict[str, Any]] = []
    per_day = max(1, patients // days)
    for i in range(patients):
        # never in the future: today's registrations happen before today's check-ins
        moment = min(start + timedelta(days=min(days, i // per_day), hours=3, seconds=i * 7),
                     now - timedelta(hours=1) - timedelta(seconds=(patients - i) * 7))
        with as_of(moment), box.write("staff:demo-registration") as uow:
            registered.append(register_patient(uow, _patient(rng), box.settings.box.clinic_id))

    registered_at = [p["created_at"] for p in registered]     # in time order: each moment is later
    visits = 0
    for d in range(days + 1):
        day = (start + timedelta(days=d)).date()
        is_today = d == days
        count = rng.randint(18, 28)
        waiting: set[str] = set()  # still in today's queue: the queue holds one place a patient
        if 0 < d < days and d % DELIVERY_EVERY == 0:
            _deliver(box, datetime.combine(day, time(2, 30), tzinfo=timezone.utc))
        for v in range(count):
            moment = (_today_moment(now, v, count) if is_today
                      else datetime.combine(day, time(3, 30), tzinfo=timezone.utc) + v * TODAY_GAP)
            # registered in time order: those registered by now are a prefix (a year of 20,000 patients
            # compared every one of them, with a timestamp formatted afresh for each)
            arrived = bisect_right(registered_at, moment.isoformat())
            seen = [p for p in registered[:arrived] if p["id"] not in waiting]
            if not seen:
                continue
            patient = rng.choice(seen)
            finish = not (is_today and v >= count - 8)
            if not finish:
                waiting.add(patient["id"])
            age = day.year - int(patient["birth_date"][:4])
            dept = "Pediatrics" if age < 14 else rng.choice(["General Medicine", "General Medicine",
                                                            "Obstetrics and Gynecology" if patient["sex"] == "female"
                                                            else "General Medicine"])
            with as_of(moment):
                _visit(box, rng, patient, depts[dept], doctors[dept], items, finish=finish)
            visits += 1
    return {"patients": patients, "visits": visits, "staff": len(DEMO_STAFF), "items": len(data.STOCK)}


def _deliver(box: Box, moment: datetime) -> None:
    """The weekly delivery: every item back up to DELIVERY_STOCK times its opening stock."""
    opening = {sku: stock * DELIVERY_STOCK for sku, _, _, _, _, stock in data.STOCK}
    with as_of(moment), box.write("staff:demo-pharmacist") as uow:
        for item in list_items(uow.conn):
            short = opening.get(item["sku"], 0) - item["level"]
            if short > 0:
                move_stock(uow, item["id"], short, "received", "district store")


def _today_moment(now: datetime, v: int, count: int) -> datetime:
    """Today's check-in number `v` of `count`: spread over the time before now (12 minutes apart, or
    closer when the clinic's day began less than that long ago), so the queue's waiting times are real."""
    with as_of(now):
        earliest = max(now - count * TODAY_GAP, local_midnight().astimezone(timezone.utc))
    return earliest + (now - timedelta(seconds=30) - earliest) * v / count


def _fits(visit: tuple, patient: dict[str, Any]) -> bool:
    """A demo visit this patient could have: vital signs the box's age check accepts (no adult blood
    pressure for a child), and an antenatal check-up only for a woman of child-bearing age."""
    complaint, vitals, _, _ = visit
    if complaint.startswith("antenatal"):
        age = today().year - int(patient["birth_date"][:4]) if patient.get("birth_date") else 30
        if patient.get("sex") != "female" or not 18 <= age <= 45:
            return False
    try:
        # on the visit's day (the seed runs each visit as of its moment): a year back, today's toddler was an infant
        check_for_age(dict(vitals), patient.get("birth_date"), today(), confirmed=False)
    except InvalidInput:
        return False
    return True


def _visit(box: Box, rng: random.Random, patient: dict[str, Any], dept_id: str, doctor_id: str,
           items: dict[str, str], finish: bool) -> None:
    complaint, vitals, diagnosis, drugs = rng.choice([v for v in data.VISITS if _fits(v, patient)])
    with box.write("staff:demo-health-worker") as uow:
        appt = book_appointment(uow, AppointmentIn(patient_id=patient["id"], department_id=dept_id,
                                                   doctor_id=doctor_id, check_in=True, reason=complaint))
        encounter_id = encounter_for_appointment(uow.conn, appt["id"])["id"]
        set_complaint(uow, encounter_id, complaint)
        record_vitals(uow, encounter_id, VitalsIn(**dict(vitals)))
    if not finish:
        return
    allergic = [a["substance"] for a in patient.get("allergies", [])]
    with box.write(f"staff:{doctor_id}") as uow:
        call_next(uow, dept_id, called_by=doctor_id)
        add_note(uow, encounter_id, f"Seen for {complaint}. Examined; advised rest and fluids.")
        add_diagnosis(uow, encounter_id, DiagnosisIn(text=diagnosis, certainty="provisional"))
        safe = [d for d in drugs if not any(allergy_match(d[0], a) for a in allergic)]
        rx = None
        if safe:
            # The demo doctor has read the checks' warnings (a drug the patient had last visit, say).
            rx = write_prescription(uow, encounter_id, PrescriptionIn(warnings_acknowledged=True, items=[
                PrescriptionItemIn(drug=name, dose=_dose_for(patient, name, dose, unit, freq), unit=unit,
                                   frequency=freq, duration_days=dur)
                for name, dose, unit, freq, dur, _ in safe]))
        close_encounter(uow, encounter_id)
    with box.write("staff:demo-pharmacist") as uow:
        if rx:  # the course, as the kiosk suggests it
            course = {c["item_id"]: c["suggested"] for c in dispense_courses(uow.conn, rx["id"])}
            dispense(uow, rx["id"], DispenseIn(lines=[
                DispenseLineIn(item_id=items[sku], quantity=course.get(items[sku], 1)) for *_, sku in safe]))
        due = balance_minor(uow.conn, patient["id"])
        if due and rng.random() < 0.9:
            take_payment(uow, PaymentIn(patient_id=patient["id"], amount_minor=due,
                                        method=rng.choice(["cash", "cash", "upi"])))
