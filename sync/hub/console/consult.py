"""What the remote doctor writes: each write is a hub-origin event in the box's own entity format
(soap_version, soap_signature, diagnosis, prescription, referral, teleconsult), actor
"doctor:<hub staff id>", so the boxes holding the patient apply it at their next pull. The same
allergy, dose and pregnancy checks as the box (clinical/). No Flask here."""
from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timezone
from typing import Any

from clinical import pregnancy
from clinical.checks import Review, age_in_months, age_in_years, current_medications, review, same_visit_lines
from clinical.doses import FREQUENCIES, ROUTES, UNITS, dose_problem, parse_dose
from clinical.limits import DRUG_NAME, INSTRUCTIONS, OVERRIDE_REASON
from clinical.messages import DOSE_TITLES, Message, dose_refusal
from models.soap.diff import diff_notes

from ...clock import wall_ms
from ...errors import BadRequest
from ...ids import uuid7
from .. import services
from ..store import HubStore
from . import chart
from .accounts import Staff

MAX_SECTION = 4000
MAX_ITEMS = 20
CERTAINTIES = ("provisional", "confirmed")
_CODE = re.compile(r"^[A-Za-z0-9.]{1,20}$")
_CLINIC = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{2,63}$")
# A doctor moves a request only forward: a call is never "waiting" again once taken.
NEXT_STATUS = {"waiting": ("joining", "cancelled"), "joining": ("in_call", "done", "cancelled"),
               "in_call": ("done",), "done": (), "cancelled": ()}


class AllergyBlock(BadRequest):
    """A drug that matches a recorded allergy, without a reason to override it."""
    status, title = 409, "Matches a recorded allergy"


class PregnancyBlock(BadRequest):
    """A drug to avoid in pregnancy for a patient known pregnant, without a reason to prescribe it all the same."""
    status, title = 409, "To avoid in pregnancy"


class DoseBlock(BadRequest):
    """A dose beyond the drug's limit (or one that cannot be given as written or checked): refused, no override;
    worded as the box words it (clinical.messages.dose_refusal)."""
    title = DOSE_TITLES[True]

    def __init__(self, problems: list, **extra: Any) -> None:
        high, self.title, detail = dose_refusal(problems)
        super().__init__(detail, too_high=high, **extra)


class WarningsToAcknowledge(BadRequest):
    """Warnings (the same drug twice, a drug the patient is already on, no age or weight) the doctor has
    not yet said they read."""
    status, title = 409, "Warnings to acknowledge"


def _now_iso() -> str:
    return datetime.fromtimestamp(wall_ms() / 1000, tz=timezone.utc).isoformat(timespec="milliseconds")


def actor(staff: Staff) -> str:
    return f"doctor:{staff.id}"


def content_sha256(sections: dict[str, list[str]]) -> str:
    """The box's hash of a note's content (appliance/soap/services.py): the signature names it."""
    canonical = json.dumps({name: sections.get(name, []) for name in chart.SECTIONS}, ensure_ascii=False,
                           separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _emit(store: HubStore, req: chart.Request, entity: str, entity_id: str, op: str, fields: dict[str, Any],
          staff: Staff, after_hlc: str | None = None) -> dict[str, Any]:
    return services.append_hub_event(store, req.clinic_id, entity, entity_id, op, fields, actor(staff),
                                     req.patient_id, after_hlc=after_hlc)


def _open_note(store: HubStore, req: chart.Request) -> dict[str, Any] | None:
    note = chart.chart(store, req.patient_id, req.encounter_id)["note"]
    if note and note["signed"]:
        raise BadRequest("the note is signed: nothing more can be changed (an addendum is written at the clinic)")
    return note


def set_status(store: HubStore, staff: Staff, req: chart.Request, status: str) -> dict[str, Any]:
    if status not in NEXT_STATUS.get(req.status, ()):
        raise BadRequest(f"a request that is {req.status} cannot become {status}")
    if req.doctor_id and req.doctor_id != staff.id:
        raise BadRequest("another doctor has taken this request")
    return _emit(store, req, "teleconsult", req.id, "updated",
                 {"encounter_id": req.encounter_id, "patient_id": req.patient_id, "status": status,
                  "doctor_id": staff.id, "doctor_name": staff.full_name}, staff, after_hlc=req.hlc)


def save_note(store: HubStore, staff: Staff, req: chart.Request, sections: dict[str, str],
              base_version: int, ai_draft: dict[str, Any] | None = None) -> dict[str, Any]:
    """A new SOAP version from the doctor's edit of the latest one (refused if it moved meanwhile).

    `ai_draft` is the draft the captions gave the doctor's screen (draft.caption_draft): when it says
    something the note's last AI draft did not, it is recorded first, as a version of its own by the AI
    author, so the signed note is later measured against what the AI offered (soap_diff)."""
    note = _open_note(store, req)
    latest = note["version"] if note else 0
    if base_version != latest:
        raise BadRequest(f"the note changed since you opened it (now version {latest}): reload and edit again")
    lines: dict[str, list[str]] = {}
    for name in chart.SECTIONS:
        text = (sections.get(name) or "").replace("\r\n", "\n")
        if len(text) > MAX_SECTION:
            raise BadRequest(f"{name}: at most {MAX_SECTION} characters")
        lines[name] = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if note and lines == note["sections"]:
        return {"unchanged": True, "version": latest}
    if not any(lines.values()):
        raise BadRequest("the note is empty")
    version, after = latest + 1, note and note["_hlc"]
    recorded_ai = note and note.get("ai_draft")
    if ai_draft and any(ai_draft["sections"].values()) and (
            recorded_ai is None or recorded_ai["sections"] != ai_draft["sections"]):
        fields = {"encounter_id": req.encounter_id, "patient_id": req.patient_id, "version": version,
                  "author": ai_draft["author"], "sections": ai_draft["sections"], "extras": ai_draft.get("extras"),
                  "transcript": ai_draft.get("transcript"), "created_at": _now_iso()}
        after = _emit(store, req, "soap_version", uuid7(wall_ms()), "drafted" if version == 1 else "edited",
                      fields, staff, after_hlc=after)["hlc"]
        version += 1
    fields = {"encounter_id": req.encounter_id, "patient_id": req.patient_id, "version": version,
              "author": actor(staff), "sections": lines, "extras": None, "transcript": None,
              "created_at": _now_iso()}
    return _emit(store, req, "soap_version", uuid7(wall_ms()), "drafted" if version == 1 else "edited", fields,
                 staff, after_hlc=after)


def sign_note(store: HubStore, staff: Staff, req: chart.Request, version: int) -> dict[str, Any]:
    note = _open_note(store, req)
    if note is None:
        raise BadRequest("there is no note to sign yet: write and save it first")
    if version != note["version"]:
        raise BadRequest(f"version {version} is not the latest (version {note['version']}): review it first")
    fields = {"encounter_id": req.encounter_id, "version_id": note["id"], "version": note["version"],
              "signed_by": actor(staff), "content_sha256": content_sha256(note["sections"]),
              "signed_at": _now_iso()}
    signature_id = uuid7(wall_ms())
    signed = _emit(store, req, "soap_signature", signature_id, "signed", fields, staff, after_hlc=note["_hlc"])
    draft = note.get("ai_draft")
    if draft is not None:
        # As the box records it (appliance/soap/services.sign_note): the AI draft against the signed note,
        # under the signature's id; the hub's analytics counts the drafts signed unchanged from these.
        diff = {"encounter_id": req.encounter_id, "draft_version": draft["version"], "draft_author": draft["author"],
                "final_version": note["version"], "final_author": note["author"], "signed": True,
                **diff_notes(draft["sections"], note["sections"])}
        _emit(store, req, "soap_diff", signature_id, "measured", diff, staff, after_hlc=signed["hlc"])
    _finish(store, staff, req)
    return signed


# A request no call was started on: signing its note is the end of the consult (a phone or chat consult).
# One in a call is finished by the doctor's "Finish the consult" when the call ends.
FINISHED_BY_SIGNING = ("waiting", "joining")


def _finish(store: HubStore, staff: Staff, req: chart.Request) -> None:
    """A signed note ends a consult that had no call: the request (this doctor's, or nobody's yet) becomes
    done, so the clinic's screen stops waiting for a call that will not come."""
    req = chart.request(store, req.id, [req.clinic_id]) or req     # as it is now, after this page's writes
    if req.status in FINISHED_BY_SIGNING and req.doctor_id in (None, staff.id):
        _emit(store, req, "teleconsult", req.id, "updated",
              {"encounter_id": req.encounter_id, "patient_id": req.patient_id, "status": "done",
               "doctor_id": staff.id, "doctor_name": staff.full_name}, staff, after_hlc=req.hlc)


def add_diagnosis(store: HubStore, staff: Staff, req: chart.Request, text: str, code: str | None,
                  certainty: str) -> dict[str, Any]:
    text, code = (text or "").strip(), (code or "").strip() or None
    if not 2 <= len(text) <= 200:
        raise BadRequest("diagnosis: 2 to 200 characters")
    if code is not None and not _CODE.match(code):
        raise BadRequest("code: up to 20 letters, digits or dots (ICD-10, e.g. J18.9)")
    if certainty not in CERTAINTIES:
        raise BadRequest("certainty: provisional or confirmed")
    fields = {"encounter_id": req.encounter_id, "text": text, "code": code, "certainty": certainty,
              "recorded_by": actor(staff), "recorded_at": _now_iso()}
    return _emit(store, req, "diagnosis", uuid7(wall_ms()), "recorded", fields, staff)


def check_item(raw: dict[str, str]) -> dict[str, Any]:
    """One prescription line from the form, checked as the box's PrescriptionItemIn checks it."""
    drug = (raw.get("drug") or "").strip()
    if not DRUG_NAME[0] <= len(drug) <= DRUG_NAME[1]:
        raise BadRequest(f"drug: {DRUG_NAME[0]} to {DRUG_NAME[1]} characters, not {len(drug)}")
    try:
        dose = parse_dose(raw.get("dose") or "")
    except ValueError as err:
        raise BadRequest(Message("drug_note", drug=drug, note=err.args[0])) from err
    try:
        days = int(raw.get("duration_days") or "")
    except ValueError as err:
        raise BadRequest(f"{drug}: days must be a whole number") from err
    unit, frequency, route = raw.get("unit") or "", raw.get("frequency") or "", raw.get("route") or "oral"
    if not frequency:
        raise BadRequest(f"{drug}: choose how often (frequency): there is no default")
    if unit not in UNITS or frequency not in FREQUENCIES or route not in ROUTES:
        raise BadRequest("choose the unit, frequency and route from the lists")
    problem = dose_problem(dose, unit, frequency, days)
    if problem:
        raise BadRequest(f"{drug}: {problem}")
    instructions = (raw.get("instructions") or "").strip() or None
    if instructions and len(instructions) > INSTRUCTIONS:
        raise BadRequest(f"{drug}: instructions at most {INSTRUCTIONS} characters, not {len(instructions)}")
    return {"id": uuid7(wall_ms()), "drug": drug, "dose": dose, "unit": unit, "route": route,
            "frequency": frequency, "duration_days": days, "instructions": instructions}


def prescribe(store: HubStore, staff: Staff, req: chart.Request, items: list[dict[str, str]],
              override_reason: str | None = None, acknowledged: bool = False, pregnancy_reason: str | None = None,
              pregnant: bool | None = None) -> dict[str, Any]:
    """A prescription for the visit, as on the box: refused beyond a drug's limit; refused (409) when a drug
    matches a recorded allergy, or is to be avoided in a known pregnancy (the clinic's triage, or the doctor's
    `pregnant`), unless the doctor gives that reason, or when there are warnings (duplicate therapy, no age or
    weight, a pregnancy not known) the doctor has not acknowledged. The clinic dispenses it from its own
    stock; the warnings and notes go with it, for whoever dispenses."""
    if not 1 <= len(items) <= MAX_ITEMS:
        raise BadRequest(f"a prescription has 1 to {MAX_ITEMS} lines")
    lines = [check_item(i) for i in items]
    override_reason, pregnancy_reason = _reason(override_reason, "an allergy"), _reason(pregnancy_reason, "pregnancy")
    ch = chart.chart(store, req.patient_id, req.encounter_id)
    if pregnant is True and ch["patient"].get("sex") == "male":
        raise BadRequest("pregnant: not possible for a male patient: check the answer or the patient's record")
    checked = _review(ch, lines, pregnant)
    if checked.dose_problems:
        raise DoseBlock(checked.dose_problems, dose_problems=checked.dose_problems)
    conflicts, in_pregnancy = checked.conflicts, checked.pregnancy_conflicts
    unanswered = [c["why"] for c in in_pregnancy] if not pregnancy_reason else []
    if conflicts and not override_reason:
        raise AllergyBlock("prescription needs a reason: " + "; ".join(_conflict_messages(conflicts) + unanswered),
                           allergy_conflicts=conflicts, conflict_messages=_conflict_messages(conflicts),
                           pregnancy_conflicts=in_pregnancy, pregnancy_messages=unanswered,
                           notes=checked.notes, warnings=checked.warnings)
    if unanswered:
        raise PregnancyBlock("prescription needs a reason: " + "; ".join(unanswered), pregnancy_conflicts=in_pregnancy,
                             pregnancy_messages=unanswered, notes=checked.notes, warnings=checked.warnings)
    if checked.warnings and not acknowledged:
        raise WarningsToAcknowledge("read and acknowledge before prescribing: " + "; ".join(checked.warnings),
                                    warnings=checked.warnings, notes=checked.notes)
    known, source = _pregnancy(ch, pregnant)
    fields = {"encounter_id": req.encounter_id, "patient_id": req.patient_id, "prescriber": actor(staff),
              "status": "active", "allergy_override_reason": override_reason if conflicts else None,
              "pregnant": known, "pregnancy_source": source,
              "pregnancy_override_reason": pregnancy_reason if in_pregnancy else None,
              "created_at": _now_iso(), "items": lines,
              "warnings": [str(w) for w in checked.warnings + [c["why"] for c in in_pregnancy] + checked.notes]}
    return {**_emit(store, req, "prescription", uuid7(wall_ms()), "written", fields, staff),
            "notes": checked.notes, "warnings": checked.warnings + [c["why"] for c in in_pregnancy]}


def _reason(text: str | None, what: str) -> str | None:
    """A reason to prescribe despite `what`, stripped; refused outside the box's length limits."""
    text = (text or "").strip() or None
    if text is not None and not OVERRIDE_REASON[0] <= len(text) <= OVERRIDE_REASON[1]:
        raise BadRequest(f"the reason to prescribe despite {what} is {OVERRIDE_REASON[0]} to {OVERRIDE_REASON[1]} "
                         "characters")
    return text


def _pregnancy(ch: dict[str, Any], pregnant: bool | None) -> tuple[bool | None, str | None]:
    """The pregnancy the checks go by: the clinic's triage answer for the visit with the doctor's own."""
    return pregnancy.known(ch.get("visit_pregnant"), pregnant)


def _conflict_messages(conflicts: list[dict[str, Any]]) -> list[Message]:
    return [Message("allergy_conflict", drug=c["drug"], allergy=c["allergy"], why=c["why"]) for c in conflicts]


def _review(ch: dict[str, Any], lines: list[dict[str, Any]], pregnant: bool | None = None) -> Review:
    """The shared checks (clinical/checks.py) with the chart's allergies, age, sex, this visit's weight and
    pregnancy, the medications the patient is on, and this visit's own prescriptions (a drug's lines added up)."""
    weight = (ch["visit_vitals"].get("weight_kg") or {}).get("value")
    today = datetime.now(timezone.utc).date()
    birth = ch["patient"].get("birth_date")
    known, source = _pregnancy(ch, pregnant)
    return review(lines, ch["allergies"], weight_kg=weight, age_years=age_in_years(birth, today),
                  age_months=age_in_months(birth, today), current=current_medications(ch["medications"], today),
                  sex=ch["patient"].get("sex"), pregnant=known, pregnancy_source=source,
                  same_visit=same_visit_lines(ch["medications"], (ch["visit"] or {}).get("id")))


def notes_for(ch: dict[str, Any], prescription: dict[str, Any]) -> list[str]:
    """A saved prescription's warnings (acknowledged) and notes (what the checks could not decide), worked out
    again as when it was written (the prescription itself is not a medication it duplicates), for the page
    after saving: Messages, so the console says them in the doctor's language."""
    before = {**ch, "medications": [m for m in ch["medications"] if m["id"] != prescription["id"]]}
    said = prescription.get("pregnant") if prescription.get("pregnancy_source") == "prescriber" else None
    checked = _review(before, prescription.get("items") or [], said)
    return checked.warnings + [c["why"] for c in checked.pregnancy_conflicts] + checked.notes


def known_clinics(store: HubStore) -> list[str]:
    """The clinics the hub knows: those with an enrolled box (a referral to one gives that box the patient)."""
    return sorted({d.clinic_id for d in store.devices() if d.device_id != services.HUB_ORIGIN})


def refer(store: HubStore, staff: Staff, req: chart.Request, to_clinic: str, reason: str,
          outside_facility: str | None = None) -> dict[str, Any]:
    """Refer the patient from this visit: to a clinic the hub knows (which then gets the patient's record), or
    to a facility outside the network, named in free text and marked so (no record goes anywhere)."""
    to_clinic, reason = (to_clinic or "").strip(), (reason or "").strip()
    facility = " ".join((outside_facility or "").split()) or None
    if facility is not None:
        if to_clinic:
            raise BadRequest("refer to a clinic of the network or to a facility outside it, not both")
        if not 3 <= len(facility) <= 120:
            raise BadRequest("facility outside the network: 3 to 120 characters (name and place)")
    else:
        if not _CLINIC.match(to_clinic):
            raise BadRequest("refer to: choose a clinic of the network, or name a facility outside it")
        if to_clinic.upper() == req.clinic_id.upper():
            raise BadRequest("a patient is referred to another clinic")
        known = {c.upper(): c for c in known_clinics(store)}
        if to_clinic.upper() not in known:
            raise BadRequest(f"refer to: {to_clinic} is not a clinic the hub knows "
                             f"(known: {', '.join(known.values()) or 'none'}); for a hospital outside the network, "
                             "name it as a facility outside")
        to_clinic = known[to_clinic.upper()]
    if not 3 <= len(reason) <= 300:
        raise BadRequest("reason: 3 to 300 characters")
    fields = {"patient_id": req.patient_id, "encounter_id": req.encounter_id, "to_clinic": to_clinic or None,
              "to_facility": facility, "outside": facility is not None, "reason": reason,
              "referred_at": _now_iso(), "referred_by": actor(staff)}
    return _emit(store, req, "referral", uuid7(wall_ms()), "created", fields, staff)
