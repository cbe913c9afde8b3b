"""A reading from the oximeter simulator's bytes, accepted on one box, reaches the hub and the
clinic's other box as the usual vitals event with its source device (issue 20's must-show)."""
from __future__ import annotations

import json

from sqlalchemy import select

from appliance.devices import services as devices
from appliance.devices.cms50d import FrameDecoder
from appliance.devices.driver import Sample
from appliance.devices.steady import Steadier
from appliance.encounters.services import open_encounter
from appliance.encounters.tables import encounter_vitals
from sync.hub.tables import hub_events
from appliance.bench.sims.oximeter import frame

from .test_end_to_end import boxes, register  # noqa: F401  (the fixture)


def test_an_accepted_oximeter_reading_syncs_like_any_vitals(boxes, sqlite_hub):
    a, ca, _ = boxes("box-a")
    b, cb, _ = boxes("box-b")
    patient = register(a)
    with a.write("asha") as uow:
        enc = open_encounter(uow, patient["id"])
    steadier, verdict = Steadier(), None
    for item in FrameDecoder().feed(b"".join(frame(94, 81, i % 100) for i in range(130))):
        if isinstance(item, Sample):
            verdict = steadier.add(item)
    assert verdict.values == {"spo2": 94.0, "pulse": 81.0}
    with a.write("system:devices") as uow:     # the oximeter shows on the screen
        devices.report(uow.conn, "oximeter", "oximeter", "intake", "finger_out", verdict)
    with a.write("asha") as uow:                # the worker picks this patient on it, then measures
        devices.claim_device(uow.conn, "oximeter", enc["id"])
    with a.write("system:devices") as uow:
        devices.report(uow.conn, "oximeter", "oximeter", "intake", "stable", verdict)
    with a.store.read() as conn:
        (offered,) = devices.offers(conn, encounter_id=enc["id"])
    with a.write("asha") as uow:
        devices.accept_reading(uow, enc["id"], offered["offer"]["reading_id"])
    assert ca.sync_now().synced
    with sqlite_hub[0].engine.connect() as conn:
        rows = conn.execute(select(hub_events).where(hub_events.c.entity == "vitals")).fetchall()
    (hub_vitals,) = [r._mapping for r in rows]
    fields = json.loads(hub_vitals["body"])["fields"]
    assert fields["source"] == "device:oximeter"
    assert sorted((r["kind"], r["value"]) for r in fields["readings"]) == [("pulse", 81.0), ("spo2", 94.0)]
    cb.sync_now()
    with b.store.read() as conn:
        got = conn.execute(select(encounter_vitals.c.kind, encounter_vitals.c.value, encounter_vitals.c.source)
                           .where(encounter_vitals.c.encounter_id == enc["id"])).fetchall()
    assert sorted(tuple(r) for r in got) == [("pulse", 81.0, "device:oximeter"), ("spo2", 94.0, "device:oximeter")]
