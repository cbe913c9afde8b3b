"""Prescription services: write (with the allergy, dose and pregnancy checks), read, dispense (stock and billing
react)."""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, insert, select, update

from clinical import pregnancy
from clinical.checks import Review, age_in_months, age_in_years, current_medications, review, same_visit_lines
from clinical.doses import allergy_conflicts as shared_allergy_conflicts
from clinical.messages import as_data, num
from clinical.quantity import course
from clinical.stock import is_same_drug

from ..common import as_dict, as_dicts, new_id, today, utc_now
from ..encounters.services import get_encounter, require_open_encounter
from ..errors import Conflict, DoseLimit, InvalidInput, NotFound
from ..events.unit import UnitOfWork
from ..inventory.services import get_item, list_items
from ..patients.services import get_patient, list_allergies, require_patient
from ..triage.services import refuse_impossible_pregnancy, stated_pregnancy
from .allergies import matches as allergy_match
from .schemas import DispenseIn, PrescriptionIn
from .tables import prescription_items, prescriptions


def allergy_conflicts(conn: Connection, patient_id: str, drugs: list[str]) -> list[dict[str, str]]:
    """Drugs that match a recorded allergy: the same or a near spelling, or the same class
    (clinical/allergies.py, shared with the hub)."""
    return shared_allergy_conflicts(list_allergies(conn, patient_id), drugs)


def write_prescription(uow: UnitOfWork, encounter_id: str, data: PrescriptionIn) -> dict[str, Any]:
    enc = require_open_encounter(uow.conn, encounter_id)
    patient = get_patient(uow.conn, enc["patient_id"])
    refuse_impossible_pregnancy(uow.conn, enc["patient_id"], data.pregnant)
    pregnant, source = pregnancy.known(stated_pregnancy(uow.conn, encounter_id, enc["patient_id"]), data.pregnant)
    born = patient.get("birth_date")
    earlier = prescriptions_for_patient(uow.conn, enc["patient_id"])
    checked = review([i.model_dump() for i in data.items], list_allergies(uow.conn, enc["patient_id"]),
                     age_years=age_in_years(born, today()), age_months=age_in_months(born, today()),
                     weight_kg=_latest_weight(uow.conn, encounter_id),
                     current=current_medications(earlier, today()),
                     same_visit=same_visit_lines(earlier, encounter_id),
                     sex=patient.get("sex"), pregnant=pregnant, pregnancy_source=source)
    if checked.dose_problems:
        raise DoseLimit(checked.dose_problems, dose_problems=checked.dose_problems,
                        dose_messages=_keyed(checked.dose_problems))
    conflicts, in_pregnancy = checked.conflicts, checked.pregnancy_conflicts
    # An allergy match and a drug to avoid in a known pregnancy each need the prescriber's own reason: one
    # 409 lists both kinds (answered or not), so a screen asks for every reason still missing at once.
    unanswered = [f"{c['drug']} vs allergy to {c['allergy']} ({c['why']})"
                  for c in conflicts if not data.allergy_override_reason]
    unanswered += [str(c["why"]) for c in in_pregnancy if not data.pregnancy_override_reason]
    # the drugs for which a screen asks "pregnant?" (a patient who may be, of no known pregnancy)
    ask = [w.values["drug"] for w in checked.warnings if getattr(w, "key", None) == "pregnancy_unknown"]
    if unanswered:
        raise Conflict("prescription needs a reason: " + "; ".join(unanswered),
                       allergy_conflicts=[{**c, "why_message": as_data(c["why"])} for c in conflicts],
                       pregnancy_conflicts=in_pregnancy, pregnancy_unknown=ask, **_said(checked))
    if checked.warnings and not data.warnings_acknowledged:
        raise Conflict("read and acknowledge before prescribing: " + "; ".join(checked.warnings),
                       pregnancy_unknown=ask, **_said(checked))
    # what the dispenser is shown: the warnings read, a pregnancy prescribed into, the notes
    said = [str(w) for w in checked.warnings + [c["why"] for c in in_pregnancy] + checked.notes]
    row = {"id": new_id(), "encounter_id": encounter_id, "patient_id": enc["patient_id"],
           "prescriber": uow.actor, "status": "active",
           "allergy_override_reason": data.allergy_override_reason if conflicts else None,
           "pregnant": pregnant, "pregnancy_source": source,
           "pregnancy_override_reason": data.pregnancy_override_reason if in_pregnancy else None,
           "created_at": utc_now(), "warnings": json.dumps(said, ensure_ascii=False) if said else None}
    uow.conn.execute(insert(prescriptions), row)
    items = [{"id": new_id(), "prescription_id": row["id"], **i.model_dump()} for i in data.items]
    uow.conn.execute(insert(prescription_items), items)
    uow.emit("prescription", row["id"], "written",
             {**{k: v for k, v in row.items() if k != "id"}, "warnings": said,
              "items": [{k: v for k, v in i.items() if k != "prescription_id"} for i in items]},
             patient_id=enc["patient_id"])
    return {**get_prescription(uow.conn, row["id"]), "notes": checked.notes, "note_messages": _keyed(checked.notes)}


def _keyed(sentences: list[str]) -> list[dict[str, Any] | None]:
    """The checks' sentences as keys and values, index for index (a screen in another language words them
    itself; English clients keep reading the sentences)."""
    return [as_data(s) for s in sentences]


def _said(checked: Review) -> dict[str, Any]:
    """A refusal's warnings and notes, in English and as keys and values."""
    return {"warnings": checked.warnings, "warning_messages": _keyed(checked.warnings),
            "notes": checked.notes, "note_messages": _keyed(checked.notes)}


def _latest_weight(conn: Connection, encounter_id: str) -> float | None:
    """This visit's latest weight (a child's mg/kg limits need it), or None."""
    weights = [v["value"] for v in get_encounter(conn, encounter_id)["vitals"] if v["kind"] == "weight_kg"]
    return weights[-1] if weights else None


def get_prescription(conn: Connection, prescription_id: str) -> dict[str, Any]:
    row = as_dict(conn.execute(select(prescriptions).where(prescriptions.c.id == prescription_id)).first())
    if row is None:
        raise NotFound(f"prescription {prescription_id} not found")
    row["items"] = as_dicts(conn.execute(select(prescription_items).where(
        prescription_items.c.prescription_id == prescription_id)))
    row["warnings"] = json.loads(row["warnings"]) if row.get("warnings") else []
    return row


def prescriptions_for_patient(conn: Connection, patient_id: str) -> list[dict[str, Any]]:
    require_patient(conn, patient_id)  # an unknown id is a 404, not an empty list
    ids = [r.id for r in conn.execute(select(prescriptions.c.id).where(prescriptions.c.patient_id == patient_id)
                                      .order_by(prescriptions.c.created_at.desc()))]
    return [get_prescription(conn, i) for i in ids]


def ready_from(conn: Connection, encounter_id: str, prescriber: str) -> list[dict[str, Any]]:
    """A visit's prescriptions by one prescriber still waiting at the pharmacy: ids and times only (no drug),
    for a notice that anyone following the visit may see."""
    rows = conn.execute(select(prescriptions.c.id, prescriptions.c.created_at).where(
        prescriptions.c.encounter_id == encounter_id, prescriptions.c.prescriber == prescriber,
        prescriptions.c.status == "active").order_by(prescriptions.c.created_at, prescriptions.c.id))
    return [{"prescription_id": r.id, "created_at": r.created_at} for r in rows]


def _check_allergies_at_dispensing(conn: Connection, rx: dict[str, Any], names: list[str],
                                   override: str | None) -> list[dict[str, str]]:
    """The allergies are read again when the medicine leaves the shelf: one may have been recorded
    since the prescription, or the item handed out may not be the drug prescribed. A match the
    prescriber already overrode (that allergy, known then, and that drug) stands; any other needs
    the dispenser's own reason."""
    prescribed = [i["drug"] for i in rx["items"]]

    def overridden(c: dict[str, str]) -> bool:
        return bool(rx["allergy_override_reason"]) and c["allergy_recorded_at"] <= rx["created_at"] \
            and any(allergy_match(c["drug"], p) for p in prescribed)

    open_ = [c for c in allergy_conflicts(conn, rx["patient_id"], names) if not overridden(c)]
    if open_ and not override:
        raise Conflict("dispensing matches a recorded allergy: " +
                       "; ".join(f"{c['drug']} vs allergy to {c['allergy']}" for c in open_),
                       allergy_conflicts=open_)
    return open_


def _check_lines_are_the_prescription(rx: dict[str, Any], lines: list[dict[str, Any]],
                                      reason: str | None) -> list[str]:
    """Every stock item handed out is a prescribed drug, and every prescribed drug is handed out: else a
    409 naming what differs, unless the pharmacist gives a reason (a generic for a brand, a stock-out),
    which the dispense event records. Returns what differed (empty when nothing did)."""
    drugs = [item["drug"] for item in rx["items"]]
    differs = [f"{line['name']} is not a prescribed drug ({', '.join(drugs)})" for line in lines
               if not any(is_same_drug(drug, line["name"]) for drug in drugs)]
    differs += [f"{drug} is prescribed but not handed out" for drug in drugs
                if not any(is_same_drug(drug, line["name"]) for line in lines)]
    if differs and not reason:
        raise Conflict("the items do not match the prescription: " + "; ".join(differs) +
                       " (give a substitution reason to dispense them anyway)", differences=differs)
    return differs


def _course(rx: dict[str, Any], item: dict[str, Any]) -> dict[str, Any] | None:
    """What the prescription's lines for this stock item's drug need of it (clinical/quantity.py), or None when
    it is not a prescribed drug or its course cannot be counted in the item's unit."""
    mine = [i for i in rx["items"] if is_same_drug(i["drug"], item["name"])]
    courses = [course(i["drug"], i["dose"], i["unit"], i["frequency"], i["duration_days"], item["name"], item["unit"])
               for i in mine]
    if not courses or None in courses:
        return None
    return {"item_id": item["id"], "name": item["name"], "unit": courses[0].unit,
            "doses": sum(c.doses for c in courses), "per_dose": [c.per_dose for c in courses],
            "suggested": sum(c.suggested for c in courses), "most": sum(c.most for c in courses)}


def dispense_courses(conn: Connection, prescription_id: str) -> list[dict[str, Any]]:
    """For each stock item that is a drug of the prescription, the course's quantity of it and the most handed
    out without a reason: what the kiosk's dispense form suggests."""
    rx = get_prescription(conn, prescription_id)
    return [c for c in (_course(rx, item) for item in list_items(conn)) if c is not None]


def _check_quantities(rx: dict[str, Any], items: list[dict[str, Any]], lines: list[dict[str, Any]],
                      reason: str | None) -> list[dict[str, Any]]:
    """No line hands out much more than the course needs (1,000 tablets for 12 doses): beyond a dose rounded up
    to a whole unit and a whole strip or bottle, a 409 says the course, unless the pharmacist gives a reason (a
    patient who lives far, a course repeated), which the dispense event records. Returns the lines beyond."""
    over = []
    for item, line in zip(items, lines, strict=True):
        need = _course(rx, item)
        if need is not None and line["quantity"] > need["most"]:
            over.append({**need, "quantity": line["quantity"]})
    if over and not reason:
        raise Conflict("more than the course needs: " + "; ".join(
            f"{o['name']}: {o['quantity']} {o['unit']} for {o['doses']} doses of "
            f"{' + '.join(num(p) for p in o['per_dose'])} {o['unit']} (the course is {o['suggested']}, at most "
            f"{o['most']} without a reason)" for o in over) + " (give a quantity reason to dispense it anyway)",
            over_course=over)
    return over


def dispense(uow: UnitOfWork, prescription_id: str, data: DispenseIn) -> dict[str, Any]:
    """Mark dispensed; inventory takes the stock and billing charges it, in this same transaction."""
    rx = get_prescription(uow.conn, prescription_id)
    if rx["status"] != "active":
        raise Conflict(f"prescription is {rx['status']}")
    if len({line.item_id for line in data.lines}) != len(data.lines):
        raise InvalidInput("each inventory item may appear once")
    lines, items = [], []
    for line in data.lines:
        item = get_item(uow.conn, line.item_id)
        items.append(item)
        lines.append({"item_id": item["id"], "name": item["name"], "quantity": line.quantity,
                      "unit_price_minor": item["unit_price_minor"]})
    overridden = _check_allergies_at_dispensing(uow.conn, rx, [line["name"] for line in lines],
                                                data.allergy_override_reason)
    substituted = _check_lines_are_the_prescription(rx, lines, data.substitution_reason)
    over_course = _check_quantities(rx, items, lines, data.quantity_reason)
    now = utc_now()
    uow.conn.execute(update(prescriptions).where(prescriptions.c.id == prescription_id)
                     .values(status="dispensed", dispensed_at=now))
    uow.emit("prescription", prescription_id, "dispensed",
             {"lines": lines, "dispensed_at": now, "encounter_id": rx["encounter_id"],
              "patient_id": rx["patient_id"],
              **({"dispense_override_reason": data.allergy_override_reason, "dispense_allergy_conflicts": overridden}
                 if overridden else {}),
              **({"substitution_reason": data.substitution_reason, "substitutions": substituted}
                 if substituted else {}),
              **({"quantity_reason": data.quantity_reason, "over_course": over_course} if over_course else {})},
             patient_id=rx["patient_id"])
    return get_prescription(uow.conn, prescription_id)
