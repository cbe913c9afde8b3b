"""What arrives by sync is kept whole or refused: a hub-written prescription whose drug name is longer than the
box keeps is parked with an error for the admin (as any bad record is), never cut to fit."""
from __future__ import annotations

from sqlalchemy import select

from appliance.prescriptions.tables import prescription_items, prescriptions
from clinical.limits import DRUG_NAME
from sync.apply import apply_events
from sync.clock import HLCTimestamp, wall_ms
from sync.tables import sync_pending
from tests.appliance.soap.conftest import encounter  # noqa: F401 - the fixture: an open visit


def _prescription(seq: int, rx_id: str, encounter_id: str, patient_id: str, drug: str) -> dict:
    item = {"id": f"0190cccc-0000-7000-8000-{seq:012d}", "drug": drug, "dose": 500, "unit": "mg", "route": "oral",
            "frequency": "TDS", "duration_days": 3, "instructions": None}
    return {"id": f"0190bbbb-0000-7000-8000-{seq:012d}", "origin": "hub", "seq": seq,
            "hlc": HLCTimestamp(wall_ms() + seq, 0).encode(), "entity": "prescription", "entity_id": rx_id,
            "op": "written", "actor": "doctor:dr-17", "patient_id": patient_id, "schema": 1,
            "recorded_at": "2026-12-03T12:00:00.000+00:00",
            "fields": {"encounter_id": encounter_id, "patient_id": patient_id, "prescriber": "doctor:dr-17",
                       "status": "active", "allergy_override_reason": None, "created_at": "2026-12-03T12:00:00.000+00:00",
                       "items": [item], "warnings": []}}


def test_an_over_long_drug_name_from_the_hub_is_refused_not_cut(init_box, client, hw, encounter):  # noqa: F811
    patient_id = client.get(f"/api/v1/encounters/{encounter}", headers=hw).json["patient_id"]
    long_drug = "Amoxicillin " + "x" * 288  # 300 characters: the box's API takes 120
    ok_drug = "Paracetamol 500 mg"
    with init_box.write("sync") as uow:
        report = apply_events(uow.conn, [
            _prescription(1, "0190dddd-0000-7000-8000-000000000001", encounter, patient_id, long_drug),
            _prescription(2, "0190dddd-0000-7000-8000-000000000002", encounter, patient_id, ok_drug)])
    assert report.applied == 1 and report.failed >= 1  # the engine tries a parked record again in its pass
    assert "drug is 300 characters, over the limit of 120" in report.errors[0]
    with init_box.store.read() as conn:
        assert [r.drug for r in conn.execute(select(prescription_items.c.drug))] == [ok_drug]
        assert [r.id for r in conn.execute(select(prescriptions.c.id))] == ["0190dddd-0000-7000-8000-000000000002"]
        [parked] = conn.execute(select(sync_pending)).all()
    assert (parked.entity, parked.entity_id, parked.waiting_for) == (
        "prescription", "0190dddd-0000-7000-8000-000000000001", "error")
    assert "FieldTooLong" in parked.error and str(DRUG_NAME[1]) in parked.error
