"""A clinic's events for the sync benches, made through the box's own services: `demo seed` for the
clinical records, and an audit record (appliance/audit) for every access the kiosk would have made
to a patient's record while writing them, as the HTTP edge does."""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

ROLE_OF = {"vitals": "nurse", "triage": "nurse", "prescription": "doctor", "diagnosis": "doctor",
           "encounter_note": "doctor", "charge": "billing", "payment": "billing"}


CLINIC_DAY = {"patients": 320, "days": 7, "reads_per_write": 0}   # 6,107 events, 48 % audit: issue 19's day has 6,090


def build_day(root: Path | None = None, *, patients: int = 60, days: int = 1, reads_per_write: int = 1,
              device_id: str = "bench-day", config_name: str = "appliance.toml") -> list[dict[str, Any]]:
    """Seed a fresh box and return its own events in seq order (clinical, then their audit trail)."""
    from appliance.audit.services import AccessRecord, append_many
    from appliance.box import open_box
    from appliance.common import new_id, utc_now
    from appliance.demo.seed import seed_clinic
    from appliance.events.outbox import events_after
    from appliance.settings import load_settings, render_settings_toml
    from provisioning.box import init_box

    root = Path(root or tempfile.mkdtemp(prefix="clinic-bench-day-"))
    root.mkdir(parents=True, exist_ok=True)
    config = root / config_name
    init_box(config, render_settings_toml(device_id, "CLA", "Bench", root / "data", root / "data" / "db.key", 8080),
             "bench-admin-pass")
    box = open_box(load_settings(config))
    try:
        seed_clinic(box, patients=patients, days=days)
        with box.read() as conn:
            clinical = events_after(conn, device_id, 0, 10**7)
        entries = []
        for ev in clinical:
            pid = ev.get("patient_id") or (ev["entity_id"] if ev["entity"] == "patient" else None)
            if not pid:
                continue
            role = ROLE_OF.get(ev["entity"], "health_worker")
            for n in range(1 + reads_per_write):
                read = n > 0
                entries.append((AccessRecord(
                    action=f"{ev['entity']}.{'read' if read else ev['op']}", permission=f"{ev['entity']}.{'read' if read else 'write'}",
                    method="GET" if read else "POST", path=f"/api/v1/{ev['entity']}s/{ev['entity_id']}",
                    outcome="allowed", status=200, actor=ev.get("actor"), username=f"{role}1", role=role,
                    patient_ids=[pid], record_id=ev["entity_id"], device="kiosk-1", ip="10.0.0.21"), new_id(), utc_now()))
        for start in range(0, len(entries), 500):
            with box.write("system:bench") as uow:
                append_many(uow, entries[start:start + 500])
        with box.read() as conn:
            return events_after(conn, device_id, 0, 10**7)
    finally:
        box.close()
