"""Build a validated FHIR Bundle (Patient, Encounter, Observation, Condition, MedicationRequest,
AllergyIntolerance) from the hub's events of one clinic. No Flask here."""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timezone
from typing import Any, Callable, Iterable, Mapping

from fhir.resources.R4B.bundle import Bundle
from pydantic import ValidationError

from ...clock import HLCTimestamp
from ...errors import BadRequest, SyncError
from ...merge import fold
from ..store import HubStore

ENTITIES = ("patient", "patient_allergy", "encounter", "vitals", "diagnosis", "prescription", "staff")
# LOINC codes of the box's vital signs (appliance/encounters/const.py VITALS).
LOINC = {"temperature_c": ("8310-5", "Body temperature", "Cel"), "pulse": ("8867-4", "Heart rate", "/min"),
         "resp_rate": ("9279-1", "Respiratory rate", "/min"), "spo2": ("59408-5", "Oxygen saturation", "%"),
         "systolic_bp": ("8480-6", "Systolic blood pressure", "mm[Hg]"),
         "diastolic_bp": ("8462-4", "Diastolic blood pressure", "mm[Hg]"),
         "weight_kg": ("29463-7", "Body weight", "kg"), "height_cm": ("8302-2", "Body height", "cm"),
         "glucose_mg_dl": ("2339-0", "Glucose", "mg/dL")}
SEX = {"female": "female", "f": "female", "male": "male", "m": "male", "other": "other"}
SEVERITY = {"mild": "mild", "moderate": "moderate", "severe": "severe"}
# AllergyIntolerance.criticality: the potential for a serious reaction next time (the box records one
# severity; a severe allergy is high-criticality, a mild or moderate one low; unknown cannot be assessed).
CRITICALITY = {"mild": "low", "moderate": "low", "severe": "high", "unknown": "unable-to-assess"}
ENCOUNTER_STATUS = {"open": "in-progress", "closed": "finished"}
RX_STATUS = {"active": "active", "dispensed": "completed", "cancelled": "cancelled"}


class FhirExportError(BadRequest):
    """The records could not be expressed as valid FHIR (names the resource and the reason)."""


class UnknownClinic(SyncError):
    """No box of this clinic ever enrolled and no token was issued for it: a typo, not an empty export."""
    status = 404
    title = "Unknown clinic"


def parse_since(text: str | None) -> date:
    if not text:
        return date(1970, 1, 1)
    try:
        return date.fromisoformat(text)
    except ValueError as err:
        raise BadRequest(f"since must be a date like 2026-01-31, not {text[:40]!r}") from err


def _wall_day(ev: dict[str, Any]) -> date:
    ms = HLCTimestamp.decode(ev["hlc"]).wall_ms
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).date()


def _instant(text: str | None) -> str | None:
    """An ISO time the box wrote, as a FHIR dateTime with a zone (UTC when none was given)."""
    if not text:
        return None
    try:
        t = datetime.fromisoformat(text)
    except ValueError:
        return None
    return (t if t.tzinfo else t.replace(tzinfo=timezone.utc)).isoformat()


def clinic_records(events: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Fold the events into {entity: {entity_id: values}} (vitals: {encounter_id: [readings…]})."""
    by_record: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for ev in events:
        by_record[(ev["entity"], ev["entity_id"])].append(ev)
    out: dict[str, dict[str, Any]] = {e: {} for e in ENTITIES}
    for (entity, entity_id), evs in by_record.items():
        if entity == "vitals":
            out["vitals"][entity_id] = [{**r, "recorded_at": e["fields"].get("recorded_at")}
                                        for e in evs for r in e["fields"].get("readings", [])]
            continue
        f = fold(entity, entity_id, evs)
        if f.exists:
            out[entity][entity_id] = {**f.values, "_first_day": min(_wall_day(e) for e in evs),
                                      "_patient_id": f.patient_id}
    return out


def _day(values: dict[str, Any], name: str) -> str:
    """The record's own date (when the box wrote it), else the day the hub's log first saw it."""
    return (values.get(name) or "")[:10] or values["_first_day"].isoformat()


def _requester(actor: str, records: dict[str, dict[str, Any]], names: Mapping[str, str]) -> dict[str, Any]:
    """Who prescribed, by name: a clinic's staff ("staff:<id>", from the box's staff records) or a hub
    doctor ("doctor:<id>"); the actor stays as the identifier."""
    kind, _, ident = actor.partition(":")
    name = names.get(ident) if kind == "doctor" else (records["staff"].get(ident) or {}).get("full_name")
    ref = {"identifier": {"system": "urn:clinic-edge:actor", "value": actor}}
    return {**ref, "display": name} if name else {**ref, "display": "a remote doctor" if kind == "doctor" else actor}


def build_bundle(records: dict[str, dict[str, Any]], since: date,
                 names: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The Bundle (as JSON) of patients with an encounter, or registered, on or after `since`.
    `names`: hub doctors' full names by hub staff id."""
    names = names or {}
    records.setdefault("staff", {})
    day = since.isoformat()
    encounters = {k: v for k, v in records["encounter"].items() if _day(v, "opened_at") >= day}
    seen = {e.get("patient_id") for e in encounters.values()}
    patients = {k: v for k, v in records["patient"].items()
                if not v.get("retired_at") and not v.get("merged_into") and (_day(v, "created_at") >= day or k in seen)}
    encounters = {k: v for k, v in encounters.items() if v.get("patient_id") in patients}
    resources: list[dict[str, Any]] = []
    for pid, p in patients.items():
        res: dict[str, Any] = {"resourceType": "Patient", "id": pid, "active": True}
        name = {k: v for k, v in (("family", p.get("family_name")),
                                  ("given", [p["given_name"]] if p.get("given_name") else None)) if v}
        if name:
            res["name"] = [name]
        if p.get("sex"):
            res["gender"] = SEX.get(str(p["sex"]).lower(), "unknown")
        if p.get("birth_date"):
            # a birth date worked out from a stated age is known to the year only (FHIR allows YYYY)
            res["birthDate"] = p["birth_date"][:4] if p.get("birth_date_estimated") else p["birth_date"][:10]
        if p.get("phone"):
            res["telecom"] = [{"system": "phone", "value": p["phone"]}]
        if p.get("clinic_number"):
            res["identifier"] = [{"system": "urn:clinic-edge:clinic-number", "value": p["clinic_number"]}]
        if p.get("village") or p.get("address"):
            res["address"] = [{k: v for k, v in (("text", p.get("address")), ("city", p.get("village"))) if v}]
        resources.append(res)
    for aid, a in records["patient_allergy"].items():
        pid = a.get("patient_id")
        if pid not in patients or a.get("retired_at"):
            continue
        res = {"resourceType": "AllergyIntolerance", "id": aid, "patient": {"reference": f"Patient/{pid}"},
               "code": {"text": a["substance"]},
               "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
                                              "code": "active"}]}}
        severity = str(a.get("severity") or "unknown").lower()
        res["criticality"] = CRITICALITY.get(severity, "unable-to-assess")
        if a.get("reaction"):
            reaction = {"manifestation": [{"text": a["reaction"]}]}
            if SEVERITY.get(severity):
                reaction["severity"] = SEVERITY[severity]
            res["reaction"] = [reaction]
        elif SEVERITY.get(severity):
            # FHIR's reaction needs a manifestation: a severity with no reaction recorded is said so
            res["note"] = [{"text": f"{severity} allergy; reaction not recorded"}]
        if _instant(a.get("recorded_at")):
            res["recordedDate"] = _instant(a["recorded_at"])
        resources.append(res)
    for eid, e in encounters.items():
        res = {"resourceType": "Encounter", "id": eid, "status": ENCOUNTER_STATUS.get(e.get("status"), "unknown"),
               "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB",
                         "display": "ambulatory"},
               "subject": {"reference": f"Patient/{e['patient_id']}"}}
        period = {k: _instant(e.get(f)) for k, f in (("start", "opened_at"), ("end", "closed_at")) if _instant(e.get(f))}
        if period:
            res["period"] = period
        if e.get("complaint"):
            res["reasonCode"] = [{"text": e["complaint"]}]
        resources.append(res)
        for r in records["vitals"].get(eid, []):
            code, display, unit = LOINC.get(r["kind"], (None, r["kind"], r.get("unit") or ""))
            coding = [{"system": "http://loinc.org", "code": code, "display": display}] if code else []
            obs = {"resourceType": "Observation", "id": r["id"], "status": "final",
                   "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                             "code": "vital-signs"}]}],
                   "code": {"coding": coding, "text": r["kind"]}, "subject": {"reference": f"Patient/{e['patient_id']}"},
                   "encounter": {"reference": f"Encounter/{eid}"},
                   "valueQuantity": {"value": r["value"], "unit": unit, "system": "http://unitsofmeasure.org",
                                     "code": unit}}
            if _instant(r.get("recorded_at")):
                obs["effectiveDateTime"] = _instant(r["recorded_at"])
            resources.append(obs)
    for did, d in records["diagnosis"].items():
        enc = encounters.get(d.get("encounter_id"))
        if enc is None or d.get("retired_at"):
            continue
        code = {"text": d.get("text")}
        if d.get("code"):
            code["coding"] = [{"system": "http://hl7.org/fhir/sid/icd-10", "code": d["code"]}]
        res = {"resourceType": "Condition", "id": did, "code": code, "subject": {"reference": f"Patient/{enc['patient_id']}"},
               "encounter": {"reference": f"Encounter/{d['encounter_id']}"},
               "verificationStatus": {"coding": [{
                   "system": "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                   "code": "provisional" if d.get("certainty") in ("provisional", "suspected") else "confirmed"}]}}
        if _instant(d.get("recorded_at")):
            res["recordedDate"] = _instant(d["recorded_at"])
        resources.append(res)
    for rid, rx in records["prescription"].items():
        enc = encounters.get(rx.get("encounter_id"))
        if enc is None:
            continue
        for n, item in enumerate(rx.get("items") or []):
            dose = {"text": f"{item.get('dose')} {item.get('unit')} {item.get('route', '')} {item.get('frequency', '')} "
                            f"for {item.get('duration_days')} days".replace("  ", " "),
                    "route": {"text": item.get("route")},
                    "doseAndRate": [{"doseQuantity": {"value": item.get("dose"), "unit": item.get("unit")}}]}
            res = {"resourceType": "MedicationRequest", "id": item.get("id") or f"{rid}-{n}",
                   "groupIdentifier": {"system": "urn:clinic-edge:prescription", "value": rid},
                   "status": RX_STATUS.get(rx.get("status"), "unknown"), "intent": "order",
                   "medicationCodeableConcept": {"text": item.get("drug")},
                   "subject": {"reference": f"Patient/{enc['patient_id']}"},
                   "encounter": {"reference": f"Encounter/{rx['encounter_id']}"}, "dosageInstruction": [dose]}
            if item.get("instructions"):
                dose["patientInstruction"] = item["instructions"]
            if _instant(rx.get("created_at")):
                res["authoredOn"] = _instant(rx["created_at"])
            if rx.get("prescriber"):
                res["requester"] = _requester(str(rx["prescriber"]), records, names)
            resources.append(res)
    bundle = {"resourceType": "Bundle", "type": "collection",
              "timestamp": datetime.now(timezone.utc).isoformat(timespec="seconds"),
              "entry": [{"fullUrl": f"urn:clinic-edge:{r['resourceType']}/{r['id']}", "resource": r}
                        for r in resources]}
    return validate(bundle)


def validate(bundle: dict[str, Any]) -> dict[str, Any]:
    """Parse the Bundle with the FHIR models (every resource, every field) and return its JSON."""
    try:
        return Bundle.model_validate(bundle).model_dump(mode="json", exclude_none=True)
    except ValidationError as err:
        raise FhirExportError(f"the export is not valid FHIR: {str(err)[:300]}") from err


def export_clinic(store: HubStore, clinic_id: str, since: date,
                  names: Mapping[str, str] | None = None) -> dict[str, Any]:
    if not isinstance(clinic_id, str) or not 0 < len(clinic_id) <= 64:
        raise BadRequest("clinic id must be 1 to 64 characters")
    known = {d.clinic_id for d in store.devices()} | {t["clinic_id"] for t in store.tokens()}
    if clinic_id not in known:
        raise UnknownClinic(f"no clinic {clinic_id!r} is known to this hub (no box enrolled, no token issued)")
    return build_bundle(clinic_records(store.clinic_events(clinic_id, ENTITIES)), since, names)
