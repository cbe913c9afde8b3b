"""The remote doctor's work reaches the box through the real pull path: a teleconsult's status, the signed
note, a diagnosis, a prescription ready to dispense; with the hub down while the doctor signs, nothing is lost
and a concurrent clinic edit lands in the review queue."""
from __future__ import annotations

import threading

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from werkzeug.serving import make_server

from appliance.billing.services import balance_minor
from appliance.encounters.schemas import DiagnosisIn
from appliance.encounters.services import add_diagnosis, get_encounter, open_encounter
from appliance.inventory.schemas import ItemIn
from appliance.inventory.services import add_item, stock_level
from appliance.patients.schemas import PatientIn
from appliance.patients.services import register_patient
from appliance.prescriptions.schemas import DispenseIn
from appliance.prescriptions.services import dispense, prescriptions_for_patient
from appliance.soap.services import get_note
from appliance.teleconsult.schemas import TeleconsultIn
from appliance.teleconsult.services import get_teleconsult, request_doctor
from appliance.triage.services import suggest_for_encounter
from sync.client import HttpLink, SyncClient
from sync.errors import SyncError
from sync.hub import services as hub_services
from sync.hub.app import create_hub_app
from sync.review import open_conflicts, revise_record

from .hub_doctor import HubDoctor
from .world import Replica, template

NOTE = {"subjective": ["Chest pain for one hour."], "objective": ["Pulse 104."],
        "assessment": ["Suspected unstable angina."], "plan": ["Aspirin now; refer to the district hospital."]}


class RestartableHub:
    """The hub over HTTP on one port, which a test can stop and start again (same store, same address)."""

    def __init__(self, store) -> None:
        self.app = create_hub_app(store, admin_token="admin-secret")
        self.server = make_server("127.0.0.1", 0, self.app, threaded=True)
        self.port = self.server.server_port
        self._serve()

    def _serve(self) -> None:
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(10)

    def start(self) -> None:
        self.server = make_server("127.0.0.1", self.port, self.app, threaded=True)
        self._serve()


@pytest.fixture
def clinic(tmp_path, hub_store):
    """A box enrolled with a hub served over HTTP, on each hub store (SQLite and PostgreSQL)."""
    store = hub_store
    hub = RestartableHub(store)
    box = Replica("box-a", tmp_path / "box-a.db", template(tmp_path))
    client = SyncClient(box.store, "box-a", Ed25519PrivateKey.generate(),
                        HttpLink(f"http://127.0.0.1:{hub.port}", timeout_s=5), codec="zstd")
    client.enrol(hub_services.issue_token(store, "CLA"))
    try:
        yield store, hub, box, client
    finally:
        hub.stop()
        box.close()


def test_doctor_signs_while_the_hub_is_down_and_nothing_is_lost(clinic):
    store, hub, box, client = clinic
    with box.write("staff:asha") as uow:
        p = register_patient(uow, PatientIn(given_name="Sunita", family_name="Devi", sex="female",
                                            age_years=52), "CLA")
        enc = open_encounter(uow, p["id"], complaint="chest pain radiating to the left arm, sweating")
        suggest_for_encounter(uow, enc["id"], None, None)
        dx = add_diagnosis(uow, enc["id"], DiagnosisIn(text="chest pain"))
        item = add_item(uow, ItemIn(sku="ASP-75", name="Aspirin 75 mg", unit="tablet", unit_price_minor=200,
                                    opening_stock=100))
        tc = request_doctor(uow, enc["id"], TeleconsultIn(note="pain since an hour"))
    client.sync_now()

    doctor = HubDoctor(store, "CLA")
    assert [e["fields"]["status"] for e in store.entity_events("teleconsult", tc["id"])] == ["waiting"]
    doctor.set_status(tc["id"], "in_call")
    client.sync_now()                               # the link is up: within one sync cycle
    with box.store.read() as conn:
        assert (get_teleconsult(conn, tc["id"])["status"], get_teleconsult(conn, tc["id"])["doctor_name"]) == \
            ("in_call", "Dr Anil Kumar")

    hub.stop()                                      # the link goes while the doctor signs
    doctor.sign_note(enc["id"], p["id"], NOTE)
    doctor.diagnose(enc["id"], p["id"], "unstable angina")
    doctor.revise("diagnosis", dx["id"], {"text": "acute coronary syndrome"}, p["id"])
    rx = doctor.prescribe(enc["id"], p["id"], "aspirin", dose=75, frequency="OD", days=30)
    doctor.set_status(tc["id"], "done")
    with box.write("staff:drlocal") as uow:         # meanwhile the clinic edits the same diagnosis
        revise_record(uow, "diagnosis", dx["id"], {"text": "musculoskeletal chest pain"})
    with pytest.raises(SyncError):
        client.sync_now(max_rounds=2)
    with box.store.read() as conn:
        assert get_teleconsult(conn, tc["id"])["status"] == "in_call"
        assert not _has_note(conn, enc["id"])     # nothing of the doctor's yet, and nothing lost at the hub

    hub.start()                                     # the link returns
    client.sync_now()
    with box.store.read() as conn:
        assert get_teleconsult(conn, tc["id"])["status"] == "done"
        note = get_note(conn, enc["id"])
        assert note["signature"]["signed_by"] == "doctor:dr-17"
        assert note["latest"]["sections"]["assessment"] == NOTE["assessment"]
        texts = {d["text"]: d["recorded_by"] for d in get_encounter(conn, enc["id"])["diagnoses"]}
        assert texts["unstable angina"] == "doctor:dr-17"
        conflicts = [c for c in open_conflicts(conn) if c["entity_id"] == dx["id"]]
        assert len(conflicts) == 1
        assert {conflicts[0]["winner_value"], conflicts[0]["loser_value"]} == \
            {"acute coronary syndrome", "musculoskeletal chest pain"}
        remote = next(r for r in prescriptions_for_patient(conn, p["id"]) if r["id"] == rx["entity_id"])
        assert (remote["prescriber"], remote["status"], remote["items"][0]["drug"]) == ("doctor:dr-17", "active", "aspirin")
        balance = balance_minor(conn, p["id"])

    with box.write("staff:ravi") as uow:           # ready to dispense: stock moves, the lines are charged
        out = dispense(uow, rx["entity_id"], DispenseIn(lines=[{"item_id": item["id"], "quantity": 30}]))
    assert out["status"] == "dispensed"
    with box.store.read() as conn:
        assert stock_level(conn, item["id"]) == 70
        assert balance_minor(conn, p["id"]) == balance + 30 * 200
    client.sync_now()                               # and the dispensing reaches the hub
    assert "dispensed" in [e["op"] for e in store.entity_events("prescription", rx["entity_id"])]


def _has_note(conn, encounter_id) -> bool:
    from appliance.errors import NotFound

    try:
        get_note(conn, encounter_id)
        return True
    except NotFound:
        return False
