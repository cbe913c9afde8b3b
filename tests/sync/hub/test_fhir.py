"""FHIR R4 export: a patient with an allergy, two encounters, vitals, a diagnosis and a prescription
round-trips (hub events → Bundle → parsed by fhir.resources → the same facts), by the CLI and /fhir/."""
from __future__ import annotations

import json

from click.testing import CliRunner
from fhir.resources.R4B.bundle import Bundle

from sync.hub.cli import hub_group
from sync.hub.console import accounts

from .boxes import RawBox

AUTH = {"Authorization": "Bearer admin-secret"}
P, P2, E1, E2, RX = "p-0001", "p-0002", "e-0001", "e-0002", "rx-0001"


def _seed(hub_store, hub_app) -> None:
    box = RawBox(hub_store, hub_app, "box-fhir", "clinic-f")
    r = box.push(
        box.event("staff", "s-obi", "created", {"username": "obi", "full_name": "Dr Chidi Obi", "role": "doctor",
                                                "active": True}),
        box.event("patient", P, "registered", {"given_name": "Amina", "family_name": "Okafor", "sex": "female",
                                               "birth_date": "1988-04-02", "created_at": "2026-03-01T08:00:00"},
                  patient_id=P),
        box.event("patient_allergy", "al-1", "added", {"patient_id": P, "substance": "penicillin",
                                                       "reaction": "rash", "severity": "moderate"}, patient_id=P),
        box.event("patient_allergy", "al-2", "added", {"patient_id": P, "substance": "sulfa drugs",
                                                       "severity": "severe"}, patient_id=P),
        box.event("patient", P2, "registered", {"given_name": "Ravi", "sex": "male", "birth_date": "2000-07-01",
                                                "birth_date_estimated": True,
                                                "created_at": "2026-03-02T08:00:00"}, patient_id=P2),
        box.event("encounter", E1, "opened", {"patient_id": P, "status": "open", "complaint": "fever",
                                              "opened_at": "2026-03-01T09:00:00+00:00"}, patient_id=P),
        box.event("vitals", E1, "recorded", {"readings": [{"id": "v-1", "kind": "temperature_c", "value": 38.4,
                                                           "unit": "°C"}], "source": "manual",
                                             "recorded_at": "2026-03-01T09:05:00+00:00"}, patient_id=P),
        box.event("diagnosis", "dx-1", "recorded", {"encounter_id": E1, "text": "Malaria", "code": "B54",
                                                    "recorded_at": "2026-03-01T09:20:00+00:00"}, patient_id=P),
        box.event("prescription", RX, "created", {"encounter_id": E1, "patient_id": P, "status": "active",
                                                  "prescriber": "staff:s-obi", "created_at": "2026-03-01T09:25:00+00:00",
                                                  "items": [{"id": "rxi-1", "drug": "artemether-lumefantrine",
                                                             "dose": 4, "unit": "tablet", "route": "oral",
                                                             "frequency": "bd", "duration_days": 3}]}, patient_id=P),
        box.event("encounter", E1, "closed", {"closed_at": "2026-03-01T09:30:00+00:00"}, patient_id=P),
        box.event("encounter", E2, "opened", {"patient_id": P, "status": "open", "complaint": "follow-up",
                                              "opened_at": "2026-03-08T10:00:00+00:00"}, patient_id=P),
    )
    assert r.status_code == 200, r.get_data(as_text=True)


def _facts(bundle_json: dict) -> dict:
    bundle = Bundle.model_validate(bundle_json)       # validates every resource again
    by_type: dict[str, list] = {}
    for entry in bundle.entry:
        by_type.setdefault(entry.resource.get_resource_type(), []).append(entry.resource)
    patient = next(p for p in by_type["Patient"] if p.id == P)
    allergy = next(a for a in by_type["AllergyIntolerance"] if a.id == "al-1")
    rx, = by_type["MedicationRequest"]
    return {
        "patient": (patient.id, patient.name[0].family, patient.name[0].given, patient.gender, str(patient.birthDate)),
        "allergy": (allergy.patient.reference, allergy.code.text, allergy.reaction[0].manifestation[0].text),
        "encounters": sorted((e.id, e.status, e.subject.reference) for e in by_type["Encounter"]),
        "vitals": [(o.code.coding[0].code, float(o.valueQuantity.value), o.encounter.reference)
                   for o in by_type["Observation"]],
        "conditions": [(c.code.coding[0].code, c.code.text, c.encounter.reference) for c in by_type["Condition"]],
        "rx": (rx.medicationCodeableConcept.text, float(rx.dosageInstruction[0].doseAndRate[0].doseQuantity.value),
               rx.subject.reference, rx.encounter.reference, rx.status),
    }


EXPECTED = {
    "patient": (P, "Okafor", ["Amina"], "female", "1988-04-02"),
    "allergy": (f"Patient/{P}", "penicillin", "rash"),
    "encounters": [(E1, "finished", f"Patient/{P}"), (E2, "in-progress", f"Patient/{P}")],
    "vitals": [("8310-5", 38.4, f"Encounter/{E1}")],
    "conditions": [("B54", "Malaria", f"Encounter/{E1}")],
    "rx": ("artemether-lumefantrine", 4.0, f"Patient/{P}", f"Encounter/{E1}", "active"),
}


def test_a_patient_round_trips_through_the_cli_and_the_endpoint(hub_store, hub_app, tmp_path):
    _seed(hub_store, hub_app)
    out = tmp_path / "bundle.json"
    url = hub_store.engine.url.render_as_string(hide_password=False)
    result = CliRunner().invoke(hub_group, ["export", "fhir", "--db", url, "--clinic", "clinic-f",
                                            "--since", "2026-01-01", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert _facts(json.loads(out.read_text())) == EXPECTED

    client = hub_app.test_client()
    r = client.get("/fhir/?clinic=clinic-f&since=2026-01-01", headers=AUTH)
    assert r.status_code == 200 and r.content_type == "application/fhir+json"
    assert _facts(r.json) == EXPECTED
    assert any(a["action"] == "fhir export" and a["target"] == "clinic-f"
               for a in accounts.audit_trail(hub_store.engine))

    # after the patient's last visit: nothing; a clinic the hub does not know is a 404, not an empty export
    assert client.get("/fhir/?clinic=clinic-f&since=2026-04-01", headers=AUTH).json.get("entry", []) == []
    r = client.get("/fhir/?clinic=clinic-x", headers=AUTH)
    assert r.status_code == 404 and r.json["issue"][0]["code"] == "not-found" and "clinic-x" in r.text
    result = CliRunner().invoke(hub_group, ["export", "fhir", "--db", url, "--clinic", "clinic-x"])
    assert result.exit_code != 0 and "no clinic 'clinic-x'" in result.output


def test_severity_prescriber_and_estimated_birth_dates_survive_the_export(hub_store, hub_app):
    """What a receiving system needs to act safely: how dangerous an allergy is (even with no reaction
    written down), who prescribed by name, and that a birth date from a stated age is a year only."""
    _seed(hub_store, hub_app)
    bundle = Bundle.model_validate(hub_app.test_client().get("/fhir/?clinic=clinic-f", headers=AUTH).json)
    res = {(e.resource.get_resource_type(), e.resource.id): e.resource for e in bundle.entry}
    assert res[("AllergyIntolerance", "al-1")].criticality == "low"
    sulfa = res[("AllergyIntolerance", "al-2")]
    assert sulfa.criticality == "high" and not sulfa.reaction and "severe" in sulfa.note[0].text
    rx = res[("MedicationRequest", "rxi-1")]
    assert rx.requester.display == "Dr Chidi Obi" and rx.requester.identifier.value == "staff:s-obi"
    assert str(res[("Patient", P2)].birthDate) == "2000"
    # a hub doctor's prescription names the doctor from the hub's staff
    accounts.create_staff(hub_store.engine, "dr.mehta", "Dr Anil Mehta", "remote_doctor", "correct horse battery")
    doctor_id = next(i for i, n in accounts.staff_names(hub_store.engine).items() if n == "Dr Anil Mehta")
    box = RawBox(hub_store, hub_app, "box-fhir-2", "clinic-f")
    assert box.push(box.event("prescription", "rx-2", "created", {
        "encounter_id": E2, "patient_id": P, "status": "active", "prescriber": f"doctor:{doctor_id}",
        "items": [{"id": "rxi-2", "drug": "paracetamol", "dose": 500, "unit": "mg", "route": "oral",
                   "frequency": "tds", "duration_days": 3}]}, patient_id=P)).status_code == 200
    bundle = Bundle.model_validate(hub_app.test_client().get("/fhir/?clinic=clinic-f", headers=AUTH).json)
    rx2 = next(e.resource for e in bundle.entry if e.resource.id == "rxi-2")
    assert rx2.requester.display == "Dr Anil Mehta"
    assert str(res[("Patient", P)].birthDate) == "1988-04-02"


def test_the_endpoint_refuses_strangers_and_bad_dates(hub_store, hub_app):
    client = hub_app.test_client()
    r = client.get("/fhir/?clinic=clinic-f")
    assert r.status_code == 401 and r.json["resourceType"] == "OperationOutcome"
    assert client.get("/fhir/?clinic=clinic-f", headers={"Authorization": "Bearer wrong"}).status_code == 401
    r = client.get("/fhir/?clinic=clinic-f&since=yesterday", headers=AUTH)
    assert r.status_code == 400 and "since" in r.json["issue"][0]["diagnostics"]
    assert client.get("/fhir/?clinic=", headers=AUTH).status_code == 400
    assert [a["action"] for a in accounts.audit_trail(hub_store.engine)].count("refused: fhir") == 2
