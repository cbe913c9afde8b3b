"""`clinic hub demo seed`: a generated year of clinics as box-format events, appended to the hub's
log in bulk (seeded RNG: the same seed gives the same world). Patterns are planted so the analytics
have something true to find: no-shows rise with lead time, on Mondays and Saturdays, for young adults
and at remote clinics; delays differ by department; some doctors sign AI drafts unchanged more often;
each clinic's drugs are consumed with a weekly rhythm and a drift, and restocked below a reorder level."""
from __future__ import annotations

import math
import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any, Iterator

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ...clock import HLCTimestamp
from ...protocol import public_key_bytes
from .. import services
from ..store import HubStore

DEPARTMENTS = {"general": (8, 12), "paediatrics": (14, 10), "maternal": (20, 15), "dental": (30, 25)}
DRUGS = ("paracetamol 500 mg", "amoxicillin 250 mg", "ORS sachet", "metformin 500 mg", "artemether-lumefantrine")
LEVELS = ("self_care", "routine", "urgent", "emergency")
# Real rule codes of the checker per level; planted: clinicians overrule "low_spo2" (a pulse oximeter on a
# cold finger) far more often than the others. Drawn from their own RNG so the rest of the year is unchanged.
RULES = {"self_care": ("minor_illness",), "routine": ("urinary_infection", "clinical_review", "tb_screen"),
         "urgent": ("low_spo2", "severe_hypertension", "pulse_abnormal_adult"),
         "emergency": ("cardiac_chest_pain", "severe_respiratory_distress", "hypoxaemia")}
BATCH = 5000


@dataclass
class SeedReport:
    clinics: int
    days: int
    events: int
    appointments: int
    no_shows: int


class _Box:
    """One clinic's box as the generator writes for it: its own origin, seq and HLC."""

    def __init__(self, clinic_id: str, device_id: str, rng: random.Random) -> None:
        self.clinic_id, self.device_id, self.rng, self.seq = clinic_id, device_id, rng, 0
        self.events: list[dict[str, Any]] = []

    def id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def emit(self, at: datetime, entity: str, entity_id: str, op: str, fields: dict[str, Any],
             patient_id: str | None = None) -> None:
        self.seq += 1
        ms = int(at.timestamp() * 1000)
        self.events.append({"id": self.id(), "origin": self.device_id, "seq": self.seq,
                            "hlc": HLCTimestamp(ms, self.seq % 1000).encode(), "entity": entity,
                            "entity_id": entity_id, "op": op, "fields": fields, "actor": "seed",
                            "patient_id": patient_id, "schema": 1, "recorded_at": at.isoformat()})


def _iso(t: datetime) -> str:
    return t.isoformat(timespec="seconds")


def no_show_probability(lead_days: int, weekday: int, age: int, remoteness: float) -> float:
    """The planted truth the model has to find."""
    z = (-2.3 + 0.055 * lead_days + (0.45 if weekday in (0, 5) else 0.0) + 1.2 * remoteness
         + (0.35 if 18 <= age <= 35 else 0.0) - (0.3 if age < 5 else 0.0))
    return 1 / (1 + math.exp(-z))


def generate(clinic_id: str, device_id: str, seed: int, start: date, days: int, per_day: int) -> Iterator[_Box]:
    """Yield the box after each generated week (its events list filled, then emptied by the caller)."""
    rng = random.Random(f"{seed}:{clinic_id}")
    rule_rng = random.Random(f"{seed}:{clinic_id}:rules")
    box = _Box(clinic_id, device_id, rng)
    t0 = datetime.combine(start, datetime.min.time(), tzinfo=timezone.utc)
    remoteness = rng.random()
    doctors = [f"{clinic_id}-dr{i}" for i in range(3)]
    unchanged_share = {d: rng.choice((0.2, 0.45, 0.7)) for d in doctors}
    depts = {}
    for name in DEPARTMENTS:
        depts[name] = box.id()
        box.emit(t0, "department", depts[name], "created", {"name": name, "created_at": _iso(t0)})
    items, level, rate, reorder = {}, {}, {}, {}
    for drug in DRUGS:
        items[drug] = box.id()
        rate[drug] = rng.uniform(4, 30)
        reorder[drug] = int(rate[drug] * 10)
        level[drug] = int(rate[drug] * 30)
        box.emit(t0, "inventory_item", items[drug], "created", {"sku": drug.split()[0].upper()[:8], "name": drug,
                                                                "unit": "unit", "reorder_level": reorder[drug],
                                                                "created_at": _iso(t0)})
        box.emit(t0, "stock", items[drug], "moved", {"movement_id": box.id(), "reason": "opening",
                                                     "reference": None, "delta": level[drug]})
    patients: list[tuple[str, int]] = []
    for day_n in range(days):
        day = start + timedelta(days=day_n)
        dawn = t0 + timedelta(days=day_n)
        for _ in range(max(1, per_day // 3)):                  # new patients register
            pid, age = box.id(), int(min(90, rng.expovariate(1 / 28)))
            box.emit(dawn + timedelta(hours=8), "patient", pid, "registered", {
                "given_name": rng.choice(("Amina", "Ravi", "Grace", "Tomas", "Leila", "Sunil", "Mary", "Joseph")),
                "family_name": rng.choice(("Okafor", "Das", "Mensah", "Silva", "Haddad", "Rao")),
                "sex": rng.choice(("female", "male")), "birth_date": str(day.replace(year=day.year - age)),
                "village": f"village-{rng.randrange(12)}", "created_at": _iso(dawn + timedelta(hours=8))}, pid)
            patients.append((pid, age))
        if day.weekday() == 6:                                  # closed on Sundays
            continue
        for _ in range(per_day):
            pid, age = rng.choice(patients)
            dept = rng.choice(list(DEPARTMENTS))
            lead = min(day_n, int(rng.expovariate(1 / 7)))
            slot = dawn + timedelta(hours=9, minutes=15 * rng.randrange(28))
            booked = slot - timedelta(days=lead, hours=rng.randrange(1, 6))
            appt, doctor = box.id(), rng.choice(doctors)
            box.emit(booked, "appointment", appt, "booked", {
                "patient_id": pid, "department_id": depts[dept], "doctor_id": doctor, "day": str(day),
                "slot_time": slot.strftime("%H:%M"), "status": "booked", "booked_at": _iso(booked)}, pid)
            if rng.random() < no_show_probability(lead, day.weekday(), age, remoteness):
                box.emit(slot + timedelta(hours=3), "appointment", appt, "no_show", {"status": "no_show"}, pid)
                continue
            wait_median, consult_median = DEPARTMENTS[dept]
            checked_in = slot + timedelta(minutes=rng.uniform(-20, 10))
            called = checked_in + timedelta(minutes=rng.lognormvariate(math.log(wait_median), 0.6))
            closed = called + timedelta(minutes=rng.lognormvariate(math.log(consult_median), 0.4))
            box.emit(checked_in, "appointment", appt, "checked_in", {"status": "checked_in",
                                                                     "checked_in_at": _iso(checked_in)}, pid)
            box.emit(called, "appointment", appt, "called", {"status": "called", "called_at": _iso(called)}, pid)
            enc = box.id()
            box.emit(called, "encounter", enc, "opened", {
                "patient_id": pid, "appointment_id": appt, "department_id": depts[dept], "doctor_id": doctor,
                "status": "open", "complaint": "seeded visit", "opened_at": _iso(called)}, pid)
            suggested = rng.choices(LEVELS, (3, 6, 2, 1))[0]
            final = suggested if rng.random() < 0.85 else rng.choice(LEVELS)
            rule = rule_rng.choice(RULES[suggested])
            if rule == "low_spo2" and final == suggested and rule_rng.random() < 0.35:
                final = "routine"
            box.emit(called, "triage", box.id(), "overridden" if final != suggested else "confirmed", {
                "encounter_id": enc, "level": final, "suggested_level": suggested, "decided_by": doctor,
                "suggested_rules": [rule], "overrode": final != suggested, "reason": "clinical judgement" if final != suggested else None,
                "decided_at": _iso(called), "engine_version": "seed"}, pid)
            box.emit(closed, "encounter", enc, "closed", {"closed_at": _iso(closed)}, pid)
            box.emit(closed, "appointment", appt, "completed", {"status": "completed"}, pid)
            signed = closed + timedelta(minutes=rng.expovariate(1 / (30 if doctor.endswith("0") else 90)))
            sig = box.id()
            box.emit(signed, "soap_signature", sig, "signed", {"encounter_id": enc, "version": 1,
                                                               "signed_by": doctor, "signed_at": _iso(signed)}, pid)
            unchanged = rng.random() < unchanged_share[doctor]
            box.emit(signed, "soap_diff", sig, "measured", {"encounter_id": enc, "signed": True,
                                                            "unchanged": unchanged, "final_author": doctor,
                                                            "edit_ratio": 0.0 if unchanged else rng.uniform(.05, .5)}, pid)
        evening = dawn + timedelta(hours=18)
        for drug in DRUGS:                                      # the day's dispensing, then a restock
            season = 1 + 0.3 * math.sin(2 * math.pi * day_n / 7) + 0.4 * day_n / days
            used = min(level[drug], max(0, int(rng.gauss(rate[drug] * season, rate[drug] * 0.25))))
            if used:
                level[drug] -= used
                box.emit(evening, "stock", items[drug], "moved", {"movement_id": box.id(), "reason": "dispensed",
                                                                  "reference": None, "delta": -used})
            if level[drug] < reorder[drug] and rng.random() < 0.3:
                delivered = int(rate[drug] * 30)
                level[drug] += delivered
                box.emit(evening + timedelta(hours=1), "stock", items[drug], "moved", {
                    "movement_id": box.id(), "reason": "received", "reference": "district store", "delta": delivered})
        if day.weekday() == 5 or day_n == days - 1:
            yield box


def seed_hub(store: HubStore, *, clinics: int = 20, days: int = 365, per_day: int = 12, seed: int = 21,
             end: date | None = None) -> SeedReport:
    """Enrol one box per clinic and append its generated year to the hub's log in batches."""
    end = end or datetime.now(timezone.utc).date()
    start = end - timedelta(days=days)
    total = appointments = no_shows = 0
    for n in range(clinics):
        clinic_id, device_id = f"demo-{n + 1:02d}", f"demo-box-{n + 1:02d}"
        device = store.device(device_id)
        if device is None:
            key = Ed25519PrivateKey.generate()
            device = services.enrol_device(store, services.issue_token(store, clinic_id), device_id,
                                           public_key_bytes(key))
        if store.acked(device_id):
            continue                                          # seeded before: the same seed, the same events
        for box in generate(clinic_id, device_id, seed, start, days, per_day):
            for i in range(0, len(box.events), BATCH):
                store.load_events(device, box.events[i:i + BATCH])
            for ev in box.events:      # a clinic's own patients are in its scope by clinic_id
                if ev["entity"] == "appointment":
                    appointments += ev["op"] == "booked"
                    no_shows += ev["op"] == "no_show"
            total += len(box.events)
            box.events.clear()
        store.record_contact(device_id, services._iso(), acked_seq=box.seq, waiting=0)
    return SeedReport(clinics, days, total, appointments, no_shows)
