"""A remote doctor's writes as the hub makes them: hub-origin events in the box's own entity formats, stored
the way `sync.hub.services.resolve_conflict` stores its resolution (next hub seq, appended, then indexed)."""
from __future__ import annotations

import hashlib
import json
from typing import Any

from sync.clock import HLCTimestamp, wall_ms
from sync.hub import services as hub_services
from sync.hub.store import Device, HubStore
from sync.ids import uuid7
from sync.merge import BASE_FIELD, fold, newest_version


class HubDoctor:
    """One hub doctor ("doctor:<hub staff id>") writing for a clinic's patient at the hub."""

    def __init__(self, store: HubStore, clinic_id: str, staff_id: str = "dr-17", name: str = "Dr Anil Kumar") -> None:  # as hub staff names are written
        self.store, self.clinic_id, self.staff_id, self.name = store, clinic_id, staff_id, name
        self.actor = f"doctor:{staff_id}"

    def _hlc(self, entity: str, entity_id: str) -> str:
        seen = [HLCTimestamp.decode(e["hlc"]) for e in self.store.entity_events(entity, entity_id)]
        now = HLCTimestamp(wall_ms(), 0)
        return max([now, *[HLCTimestamp(s.wall_ms + 1, 0) for s in seen]]).encode()

    def write(self, entity: str, entity_id: str, op: str, fields: dict[str, Any], patient_id: str) -> dict[str, Any]:
        ev = {"id": uuid7(wall_ms()), "origin": hub_services.HUB_ORIGIN, "seq": 0, "hlc": self._hlc(entity, entity_id),
              "entity": entity, "entity_id": entity_id, "op": op, "fields": fields, "actor": self.actor,
              "patient_id": patient_id, "schema": 1, "recorded_at": hub_services._iso()}
        ev["seq"] = self.store.acked(hub_services.HUB_ORIGIN) + 1
        device = Device(hub_services.HUB_ORIGIN, self.clinic_id, b"", None)
        self.store.append(device, [ev])
        hub_services._index(self.store, device, [ev])
        return ev

    def _record(self, entity: str, entity_id: str) -> dict[str, Any]:
        return fold(entity, entity_id, self.store.entity_events(entity, entity_id)).values

    def set_status(self, teleconsult_id: str, status: str) -> dict[str, Any]:
        tc = self._record("teleconsult", teleconsult_id)
        return self.write("teleconsult", teleconsult_id, "updated",
                          {**tc, "status": status, "doctor_id": self.staff_id, "doctor_name": self.name},
                          tc["patient_id"])

    def sign_note(self, encounter_id: str, patient_id: str, sections: dict[str, list[str]],
                  version: int = 1) -> tuple[dict[str, Any], dict[str, Any]]:
        now = hub_services._iso()
        v = self.write("soap_version", uuid7(wall_ms()), "edited",
                       {"encounter_id": encounter_id, "patient_id": patient_id, "version": version,
                        "author": self.actor, "transcript": None, "created_at": now, "sections": sections,
                        "extras": None}, patient_id)
        canonical = json.dumps({n: sections.get(n, []) for n in ("subjective", "objective", "assessment", "plan")},
                               ensure_ascii=False, separators=(",", ":"))
        s = self.write("soap_signature", uuid7(wall_ms()), "signed",
                       {"encounter_id": encounter_id, "version_id": v["entity_id"], "version": version,
                        "signed_by": self.actor, "content_sha256": hashlib.sha256(canonical.encode()).hexdigest(),
                        "signed_at": now}, patient_id)
        return v, s

    def diagnose(self, encounter_id: str, patient_id: str, text: str) -> dict[str, Any]:
        return self.write("diagnosis", uuid7(wall_ms()), "recorded",
                          {"encounter_id": encounter_id, "text": text, "code": None, "certainty": "provisional",
                           "recorded_by": self.actor, "recorded_at": hub_services._iso(), "retired_at": None},
                          patient_id)

    def revise(self, entity: str, entity_id: str, changes: dict[str, Any], patient_id: str) -> dict[str, Any]:
        """An edit of a record as the doctor's console shows it (base_hlc: the newest version it saw)."""
        seen = newest_version(fold(entity, entity_id, self.store.entity_events(entity, entity_id)))
        return self.write(entity, entity_id, "revised", {**changes, BASE_FIELD: seen}, patient_id)

    def prescribe(self, encounter_id: str, patient_id: str, drug: str, dose: float = 500, unit: str = "mg",
                  frequency: str = "TDS", days: int = 5) -> dict[str, Any]:
        return self.write("prescription", uuid7(wall_ms()), "written",
                          {"encounter_id": encounter_id, "patient_id": patient_id, "prescriber": self.actor,
                           "status": "active", "allergy_override_reason": None, "created_at": hub_services._iso(),
                           "items": [{"id": uuid7(wall_ms()), "drug": drug, "dose": dose, "unit": unit,
                                      "route": "oral", "frequency": frequency, "duration_days": days,
                                      "instructions": None}]}, patient_id)
