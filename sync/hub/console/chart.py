"""The hub's read model for the doctor: teleconsult requests across clinics (the queue) and a
patient's chart, folded from the events the boxes pushed (and the hub's own). No Flask, and no
table read here: only what the hub store answers. No box code either: the event formats are the
box's (appliance/*/services.py emit them; the contract is in the teleconsult briefs)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Iterable

from clinical.checks import age_in_years

from ...merge import canonical, fold
from ..store import HubStore

# Acuity, most urgent first (the box's triage level becomes the request's urgency).
URGENCY_RANK = {"emergency": 0, "urgent": 1, "routine": 2, "self_care": 3}
OPEN_STATUSES = ("waiting", "joining", "in_call")
STATUSES = OPEN_STATUSES + ("done", "cancelled")
VITAL_UNITS = {"temperature_c": "°C", "pulse": "/min", "resp_rate": "/min", "spo2": "%", "systolic_bp": "mmHg",
               "diastolic_bp": "mmHg", "weight_kg": "kg", "height_cm": "cm", "glucose_mg_dl": "mg/dL"}
SECTIONS = ("subjective", "objective", "assessment", "plan")


def fold_lww(events: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Last writer wins per field, in the merge's total order (a record the merge table does not name)."""
    out: dict[str, Any] = {}
    for ev in canonical(events):
        out.update(ev["fields"])
        out["_hlc"] = ev["hlc"]
    return out


def age_years(birth_date: str | None, today: date | None = None) -> int | None:
    """Whole years from an ISO birth date (the prescribing checks' own reckoning), None when unknown."""
    return age_in_years(birth_date, today or date.today())


def iso_ms(text: str | None) -> int | None:
    try:
        return int(datetime.fromisoformat(text).timestamp() * 1000) if text else None
    except ValueError:
        return None


@dataclass
class Request:
    id: str
    clinic_id: str
    encounter_id: str
    patient_id: str
    specialty: str | None
    urgency: str
    note: str | None
    status: str
    requested_at: str | None
    doctor_id: str | None
    hlc: str
    patient: dict[str, Any] = field(default_factory=dict)
    complaint: str | None = None
    vitals: dict[str, Any] = field(default_factory=dict)

    @property
    def rank(self) -> tuple[int, int]:
        return (URGENCY_RANK.get(self.urgency, len(URGENCY_RANK)), iso_ms(self.requested_at) or 0)

    @property
    def age(self) -> int | None:
        return age_years(self.patient.get("birth_date"))


def _requests(store: HubStore, clinic_ids: Iterable[str]) -> dict[str, Request]:
    by_id: dict[str, list[dict[str, Any]]] = defaultdict(list)
    clinic_of: dict[str, str] = {}
    for clinic_id, ev in store.events_of_kind("teleconsult", clinic_ids):
        if ev["origin"] != "hub":            # the request belongs to the clinic whose box made it
            clinic_of.setdefault(ev["entity_id"], clinic_id)
        by_id[ev["entity_id"]].append(ev)
    out = {}
    for rid, events in by_id.items():
        f = fold_lww(events)
        if rid not in clinic_of or not f.get("encounter_id") or not f.get("patient_id"):
            continue                          # a hub update of a request the hub never received whole
        out[rid] = Request(rid, clinic_of[rid], f["encounter_id"], f["patient_id"], f.get("specialty"),
                           f.get("urgency") or "routine", f.get("note"), f.get("status") or "waiting",
                           f.get("requested_at"), f.get("doctor_id"), f["_hlc"])
    return out


def queue(store: HubStore, clinic_ids: Iterable[str]) -> list[Request]:
    """Open requests of these clinics: most acute first, then the longest waiting."""
    reqs = [r for r in _requests(store, clinic_ids).values() if r.status in OPEN_STATUSES]
    for r in reqs:
        ch = chart(store, r.patient_id, r.encounter_id)
        r.patient, r.complaint, r.vitals = ch["patient"], (ch["visit"] or {}).get("complaint"), ch["visit_vitals"]
    return sorted(reqs, key=lambda r: r.rank)


def request(store: HubStore, request_id: str, clinic_ids: Iterable[str]) -> Request | None:
    """One request, if it belongs to one of these clinics (else None: it is not this doctor's)."""
    return _requests(store, clinic_ids).get(request_id)


def chart(store: HubStore, patient_id: str, encounter_id: str | None = None) -> dict[str, Any]:
    """The hub's copy of a chart: allergies first, history, medications, past visits, this visit."""
    by_kind: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for ev in store.patient_events(patient_id):
        by_kind[ev["entity"]][ev["entity_id"]].append(ev)
    patient = fold("patient", patient_id, by_kind["patient"].get(patient_id, [])).values
    allergies = []
    for aid, evs in by_kind["patient_allergy"].items():
        a = fold("patient_allergy", aid, evs).values
        if a and not a.get("retired_at"):
            allergies.append({"id": aid, **a})
    encounters = []
    for eid, evs in by_kind["encounter"].items():
        e = fold("encounter", eid, evs).values
        if e:
            encounters.append({"id": eid, **e})
    encounters.sort(key=lambda e: e.get("opened_at") or "", reverse=True)
    diagnoses: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for did, evs in by_kind["diagnosis"].items():
        d = fold("diagnosis", did, evs).values
        if d and not d.get("retired_at"):
            diagnoses[d["encounter_id"]].append({"id": did, **d})
    prescriptions = []
    for pid, evs in by_kind["prescription"].items():
        p = fold("prescription", pid, evs).values
        if p:
            prescriptions.append({"id": pid, **p})
    prescriptions.sort(key=lambda p: p.get("created_at") or "", reverse=True)
    vitals: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for eid, evs in by_kind["vitals"].items():
        for ev in canonical(evs):
            for r in ev["fields"].get("readings", []):
                vitals[eid].append({**r, "recorded_at": ev["fields"].get("recorded_at")})
    notes = _soap(by_kind["soap_version"], by_kind["soap_signature"])
    referrals = [fold_lww(evs) for evs in by_kind["referral"].values()]
    visit = next((e for e in encounters if e["id"] == encounter_id), None)
    latest_vitals = {}
    for r in sorted(vitals.get(encounter_id or "", []), key=lambda r: r.get("recorded_at") or ""):
        latest_vitals[r["kind"]] = r
    return {
        "visit_pregnant": _stated_pregnancy(by_kind["triage"], encounter_id),
        "patient": patient, "allergies": sorted(allergies, key=lambda a: a.get("substance", "").lower()),
        "encounters": [{**e, "diagnoses": diagnoses.get(e["id"], [])} for e in encounters],
        "history": [d for e in encounters if e["id"] != encounter_id for d in diagnoses.get(e["id"], [])],
        "medications": prescriptions, "visit": visit, "visit_vitals": latest_vitals,
        "visit_diagnoses": diagnoses.get(encounter_id or "", []),
        "note": notes.get(encounter_id or ""), "referrals": referrals,
    }


def _stated_pregnancy(triage: dict[str, list[dict[str, Any]]], encounter_id: str | None) -> bool | None:
    """The pregnancy as the clinic's health worker last gave it at this visit's triage (the box's triage
    `suggested` events keep it in change.pregnant); None: not triaged, not asked or not known."""
    suggested = [ev for evs in triage.values() for ev in evs if ev["op"] == "suggested"
                 and encounter_id is not None and ev["fields"].get("encounter_id") == encounter_id]
    if not suggested:
        return None
    last = max(suggested, key=lambda ev: (ev["fields"].get("created_at") or "", ev["hlc"]))
    said = (last["fields"].get("change") or {}).get("pregnant")
    return said if isinstance(said, bool) else None


def _soap(versions: dict[str, list[dict[str, Any]]], signatures: dict[str, list[dict[str, Any]]]
          ) -> dict[str, dict[str, Any]]:
    """Per encounter: its latest SOAP version (box or hub), its latest AI draft ("ai_draft", what the
    signed note is measured against) and its signature if signed."""
    out: dict[str, dict[str, Any]] = {}
    ai: dict[str, dict[str, Any]] = {}
    for vid, evs in versions.items():
        f = fold_lww(evs)
        enc = f.get("encounter_id")
        if not enc:
            continue
        if (f.get("author") or "").startswith("ai:"):
            mine = ai.get(enc)
            if mine is None or (f.get("version", 0), f["_hlc"]) > (mine["version"], mine["_hlc"]):
                sections = f.get("sections") or {}
                ai[enc] = {"id": vid, "version": f.get("version", 0), "author": f["author"], "_hlc": f["_hlc"],
                           "sections": {s: list(sections.get(s) or []) for s in SECTIONS}}
        cur = out.get(enc)
        if cur is None or (f.get("version", 0), f["_hlc"]) > (cur["version"], cur["_hlc"]):
            sections = f.get("sections") or {}
            out[enc] = {"id": vid, "version": f.get("version", 0), "author": f.get("author"),
                        "sections": {s: list(sections.get(s) or []) for s in SECTIONS}, "_hlc": f["_hlc"],
                        "signed": None}
    for enc, note in out.items():
        note["ai_draft"] = ai.get(enc)
    for sid, evs in signatures.items():
        f = fold_lww(evs)
        if f.get("encounter_id") in out:
            out[f["encounter_id"]]["signed"] = {"id": sid, **{k: v for k, v in f.items() if k != "_hlc"}}
    return out
