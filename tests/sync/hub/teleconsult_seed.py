"""Seeding the hub as boxes would: box-format events (patient, allergy, encounter, vitals, SOAP draft,
teleconsult request) pushed through the hub's own push service by enrolled devices."""
from __future__ import annotations

import itertools
import uuid
from datetime import date, datetime, timedelta, timezone
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.clock import HLCTimestamp, wall_ms
from sync.hub import services
from sync.protocol import public_key_bytes


def _iso(dt: datetime) -> str:
    return dt.isoformat(timespec="milliseconds")


class SeedBox:
    """One enrolled box of a clinic that pushes hand-made events in the box's formats."""

    def __init__(self, store, clinic_id: str, device_id: str) -> None:
        self.store, self.clinic_id = store, clinic_id
        token = services.issue_token(store, clinic_id)
        self.device = services.enrol_device(store, token, device_id, public_key_bytes(Ed25519PrivateKey.generate()))
        self.seq = itertools.count(1)
        self.counter = itertools.count()

    def event(self, entity: str, entity_id: str, op: str, fields: dict[str, Any], patient_id: str | None,
              actor: str = "asha") -> dict[str, Any]:
        seq = next(self.seq)
        return {"id": str(uuid.uuid4()), "origin": self.device.device_id, "seq": seq,
                "hlc": HLCTimestamp(wall_ms() - 60_000, next(self.counter)).encode(), "entity": entity,
                "entity_id": entity_id, "op": op, "fields": fields, "actor": actor, "patient_id": patient_id,
                "schema": 1, "recorded_at": _iso(datetime.now(timezone.utc))}

    def push(self, events: list[dict[str, Any]]) -> dict[str, Any]:
        return services.push_events(self.store, self.device, events, {"last_seq": events[-1]["seq"]})

    def request_doctor(self, *, given: str, family: str, sex: str, age: int, complaint: str, urgency: str,
                       minutes_ago: int, allergies: tuple[str, ...] = (), vitals: dict[str, float] | None = None,
                       past_diagnosis: str | None = None, draft: dict[str, list[str]] | None = None,
                       birth_date: str | None = "") -> dict[str, str]:
        """A registered patient on a visit, with a teleconsult request; returns the ids. `birth_date` (None:
        not recorded) instead of the 15 January `age` years ago."""
        now = datetime.now(timezone.utc)
        pid, eid, rid = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
        evs = [self.event("patient", pid, "registered", {
            "clinic_number": f"{self.clinic_id}-{pid[:4]}", "given_name": given, "family_name": family, "sex": sex,
            "birth_date": date(now.year - age, 1, 15).isoformat() if birth_date == "" else birth_date,
            "birth_date_estimated": birth_date == "", "phone": None,
            "village": "Rampur", "created_at": _iso(now), "updated_at": _iso(now)}, pid)]
        for substance in allergies:
            evs.append(self.event("patient_allergy", str(uuid.uuid4()), "added", {
                "patient_id": pid, "substance": substance, "reaction": "rash and swelling", "severity": "severe",
                "recorded_at": _iso(now), "recorded_by": "asha"}, pid))
        if past_diagnosis:
            old = str(uuid.uuid4())
            evs.append(self.event("encounter", old, "opened", {
                "patient_id": pid, "status": "open", "complaint": "fever", "opened_at": _iso(now - timedelta(days=90))},
                pid))
            evs.append(self.event("diagnosis", str(uuid.uuid4()), "recorded", {
                "encounter_id": old, "text": past_diagnosis, "code": None, "certainty": "confirmed",
                "recorded_by": "drrao", "recorded_at": _iso(now - timedelta(days=90))}, pid))
        evs.append(self.event("encounter", eid, "opened", {
            "patient_id": pid, "appointment_id": None, "department_id": None, "doctor_id": None, "status": "open",
            "complaint": complaint, "opened_at": _iso(now - timedelta(minutes=minutes_ago + 5))}, pid))
        if vitals:
            evs.append(self.event("vitals", eid, "recorded", {
                "readings": [{"id": str(uuid.uuid4()), "kind": k, "value": v, "unit": ""} for k, v in vitals.items()],
                "source": "manual", "recorded_at": _iso(now - timedelta(minutes=minutes_ago + 2))}, pid))
        if draft:
            evs.append(self.event("soap_version", str(uuid.uuid4()), "drafted", {
                "encounter_id": eid, "patient_id": pid, "version": 1, "author": "ai:soap-2.0.0", "sections": draft,
                "extras": None, "transcript": "…", "created_at": _iso(now)}, pid))
        evs.append(self.event("teleconsult", rid, "created", {
            "encounter_id": eid, "patient_id": pid, "specialty": "General Medicine", "urgency": urgency,
            "note": f"{complaint}; please see", "status": "waiting",
            "requested_at": _iso(now - timedelta(minutes=minutes_ago)), "doctor_id": None}, pid))
        self.push(evs)
        return {"patient_id": pid, "encounter_id": eid, "request_id": rid}

    def pull_all(self) -> list[dict[str, Any]]:
        """Every event the box would receive from a pull from the start."""
        out, cursor = [], 0
        while True:
            got = services.pull_events(self.store, self.device, cursor, 500)
            out += got["events"]
            if got["cursor"] == cursor or not got["events"]:
                return out
            cursor = got["cursor"]
