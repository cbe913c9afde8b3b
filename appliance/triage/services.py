"""Triage services: run the symptom checker for a patient or an encounter, record the final decision."""
from __future__ import annotations

import json
import logging
import math
from datetime import date
from typing import Any

from sqlalchemy import Connection, insert, select

from models.triage.const import LEVEL_RANK, URGENT, VITAL_KEYS
from models.triage.errors import TriageInputError

from ..common import as_dict, new_id, today, utc_now
from ..encounters.services import get_encounter, require_open_encounter
from ..errors import Conflict, InvalidInput, NotFound, RateLimited
from ..events.unit import UnitOfWork
from ..patients.services import get_patient
from .changes import describe_change, queue_level
from .const import PREGNANCY_MAX_AGE_YEARS, PREGNANCY_MIN_AGE_YEARS
from .limits import RateLimiter, retry_after
from .schemas import DecisionIn
from .tables import triage_decisions, triage_suggestions

log = logging.getLogger(__name__)


def _age_years(birth_date: str | None) -> float | None:
    if not birth_date:
        return None
    born = date.fromisoformat(birth_date)
    return round((today() - born).days / 365.25, 2)


def _patient_context(conn: Connection, patient_id: str) -> dict[str, Any]:
    p = get_patient(conn, patient_id)
    return {"age_years": _age_years(p["birth_date"]), "sex": p["sex"] if p["sex"] in ("female", "male") else None}


def pregnancy_conflict(context: dict[str, Any]) -> str | None:
    """Why the patient (age, sex) cannot be pregnant, or None: a man, or an age in completed years outside
    PREGNANCY_MIN_AGE_YEARS–PREGNANCY_MAX_AGE_YEARS (an unknown sex or age stands in the way of nothing)."""
    if context.get("sex") == "male":
        return "the patient is male"
    age = context.get("age_years")
    if age is None:
        return None
    years = math.floor(age)
    if years < PREGNANCY_MIN_AGE_YEARS:
        return f"the patient is {years} years old, below {PREGNANCY_MIN_AGE_YEARS}"
    if years > PREGNANCY_MAX_AGE_YEARS:
        return f"the patient is {years} years old, above {PREGNANCY_MAX_AGE_YEARS}"
    return None


def check_pregnancy(pregnant: bool | None, context: dict[str, Any]) -> None:
    """Refuse (422) a pregnancy given for a patient who cannot be pregnant: a slip at the desk, which would
    otherwise put pregnancy rules (and obstetrics) on a man's or a child's triage."""
    if pregnant is True and (why := pregnancy_conflict(context)):
        message = f"true cannot be given: {why}"
        raise InvalidInput(f"pregnant: {message}",
                           errors=[{"field": "pregnant", "message": message, "type": "pregnancy_impossible"}])


def refuse_impossible_pregnancy(conn: Connection, patient_id: str, pregnant: bool | None) -> None:
    """check_pregnancy against the patient's record: for a pregnancy stated outside triage (a prescriber's)."""
    check_pregnancy(pregnant, _patient_context(conn, patient_id))


def stated_pregnancy(conn: Connection, encounter_id: str, patient_id: str) -> bool | None:
    """The pregnancy as the health worker last gave it at this visit's triage (None: not triaged, not asked,
    or not known), unless the patient's record has since been corrected to one who cannot be pregnant."""
    last = _latest(conn, triage_suggestions, encounter_id)
    pregnant = json.loads(last["change"]).get("pregnant") if last and last["change"] else None
    if pregnant and pregnancy_conflict(_patient_context(conn, patient_id)):
        return None
    return pregnant


def triage_complaint(text: str, **context: Any) -> dict[str, Any]:
    """The symptom checker (models/triage), imported on first use: every process that opens the box
    loads this module through the event subscriptions, and spaCy under it cost each of them (`clinic
    init` at first boot, the jobs, the sync loop) seconds natively, a minute on an emulated box.
    The server loads the checker before its workers fork (appliance/server.py)."""
    from models.triage.services import triage_complaint as check

    return check(text, **context)


def triage_vital_signs(vitals: dict[str, float], **context: Any) -> dict[str, Any]:
    """The checker's verdict on vital signs alone (imported on first use, as triage_complaint)."""
    from models.triage.services import triage_vital_signs as check

    return check(vitals, **context)


def with_earlier_danger(result: dict[str, Any], earlier: list[dict[str, float]], **context: Any) -> dict[str, Any]:
    """The result floored at urgent by a danger reading earlier in the visit (imported on first use, as
    triage_complaint)."""
    from models.triage.services import with_earlier_danger as floor

    return floor(result, earlier, **context)


def present_symptom_names(text: str) -> list[str]:
    """The symptom checker's recognised symptoms (imported on first use, as triage_complaint)."""
    from models.triage.services import present_symptom_names as names

    return names(text)


def run_triage(text: str, **context: Any) -> dict[str, Any]:
    try:
        return triage_complaint(text, **context)
    except TriageInputError as err:
        raise InvalidInput(f"text: {err.reason}") from err


def limit_check_symptoms(limiter: RateLimiter, address: str | None) -> None:
    """Refuse (429) a client address over its rate for the public symptom checker."""
    wait = limiter.acquire(address or "unknown")
    if wait:
        raise RateLimited("too many symptom checks from this address; try again shortly",
                          retry_after=retry_after(wait))


def check_symptoms(text: str) -> list[str]:
    try:
        return present_symptom_names(text)
    except TriageInputError as err:
        raise InvalidInput(f"text: {err.reason}") from err


def triage_for_patient(conn: Connection, text: str, patient_id: str | None, pregnant: bool | None,
                       vitals: dict[str, float] | None) -> dict[str, Any]:
    context: dict[str, Any] = {"pregnant": pregnant, "vitals": vitals or None}
    if patient_id:
        context.update(_patient_context(conn, patient_id))
    check_pregnancy(pregnant, context)
    return run_triage(text, **context)


def _earlier_readings(encounter: dict[str, Any]) -> list[dict[str, float]]:
    """The visit's readings that a later one of their kind replaced, one dict each (with_earlier_danger)."""
    latest = {v["kind"]: v for v in encounter["vitals"]}  # ordered by time: the last of each kind stays
    return [{v["kind"]: v["value"]} for v in encounter["vitals"]
            if v["kind"] in VITAL_KEYS and v is not latest[v["kind"]]]


def _latest_vitals(encounter: dict[str, Any]) -> dict[str, float]:
    """The latest reading of each vital sign the checker reads; weight and height are the encounter's but not the
    checker's (given to it they made every triage of the visit a 422)."""
    latest: dict[str, float] = {}
    for v in encounter["vitals"]:  # ordered by time: later readings replace earlier ones
        if v["kind"] in VITAL_KEYS:
            latest[v["kind"]] = v["value"]
    return latest


def suggest_for_encounter(uow: UnitOfWork, encounter_id: str, text: str | None,
                          pregnant: bool | None) -> dict[str, Any]:
    """Triage the encounter's complaint with the patient's age and sex and the encounter's vitals."""
    require_open_encounter(uow.conn, encounter_id)
    enc = get_encounter(uow.conn, encounter_id)
    complaint = text or enc["complaint"]
    if not complaint:
        raise InvalidInput("text: the encounter has no complaint yet; record one or send text")
    context = _patient_context(uow.conn, enc["patient_id"])
    check_pregnancy(pregnant, context)
    result = _triage_encounter(uow.conn, enc, complaint, pregnant, context)
    if pregnant is None and result.get("pregnant") and not pregnancy_conflict(context):
        pregnant = True  # nobody answered, the complaint tells it ("pet se hoon 7 mahina"): recorded, as if answered
    return _suggest(uow, enc, complaint, result, "complaint", pregnant=pregnant)


def retriage_after_vitals(uow: UnitOfWork, event: dict[str, Any]) -> None:
    """Bus handler: new vital signs re-run the encounter's triage (on the text last triaged, else the
    complaint), saying what changed. Before there is a complaint, vital signs in a danger band are triaged on
    their own (SpO2 80 % is an emergency whatever the complaint will be: the visit moves up the queue at once);
    readings within limits wait for the complaint."""
    enc = get_encounter(uow.conn, event["entity_id"])
    if enc["status"] != "open":
        return
    last = _latest(uow.conn, triage_suggestions, enc["id"])
    complaint = (last["text"] if last else None) or enc["complaint"]  # (a vital-signs-only suggestion has no text)
    # what the health worker said of a pregnancy holds for the re-run (BP limits differ in pregnancy)
    pregnant = stated_pregnancy(uow.conn, enc["id"], enc["patient_id"])
    try:
        if complaint:
            result = _triage_encounter(uow.conn, enc, complaint, pregnant)
        else:
            context = _patient_context(uow.conn, enc["patient_id"])
            result = with_earlier_danger(triage_vital_signs(_latest_vitals(enc), pregnant=pregnant, **context),
                                         _earlier_readings(enc), pregnant=pregnant, **context)
    except Exception:  # noqa: BLE001 — the readings are saved whatever the checker does with them
        log.exception("re-triage after vitals failed; the vitals are saved, the triage is unchanged")
        return
    if not complaint and LEVEL_RANK[result["level"]] < LEVEL_RANK[URGENT]:
        return  # readings within limits: the complaint's triage will read them
    _suggest(uow, enc, complaint or "", result, "vitals", event["fields"]["readings"], pregnant)


def _triage_encounter(conn: Connection, enc: dict[str, Any], complaint: str, pregnant: bool | None,
                      context: dict[str, Any] | None = None) -> dict[str, Any]:
    """``context``: the patient's (_patient_context), where the caller has read it already. A danger reading earlier
    in the visit keeps it at urgent at least (with_earlier_danger)."""
    context = context if context is not None else _patient_context(conn, enc["patient_id"])
    result = run_triage(complaint, pregnant=pregnant, vitals=_latest_vitals(enc) or None, **context)
    return with_earlier_danger(result, _earlier_readings(enc), pregnant=pregnant, **context)


def _suggest(uow: UnitOfWork, enc: dict[str, Any], complaint: str, result: dict[str, Any], trigger: str,
             readings: list[dict[str, Any]] | None = None, pregnant: bool | None = None) -> dict[str, Any]:
    previous = _latest(uow.conn, triage_suggestions, enc["id"])
    change = describe_change(json.loads(previous["result"]) if previous else None, result, trigger, readings)
    change["pregnant"] = pregnant  # the context given, for the next re-run
    row = {"id": new_id(), "encounter_id": enc["id"], "patient_id": enc["patient_id"], "text": complaint,
           "result": json.dumps(result), "level": result["level"], "engine_version": result["engine_version"],
           "created_at": utc_now(), "created_by": uow.actor, "change": json.dumps(change)}
    uow.conn.execute(insert(triage_suggestions), row)
    fields = {**{k: v for k, v in row.items() if k not in ("id", "result", "change")}, "result": result,
              "change": change, **_queue_fields(uow.conn, enc)}
    uow.emit("triage", row["id"], "suggested", fields, patient_id=enc["patient_id"])
    return {"suggestion_id": row["id"], **result, "change": change, "pregnant": pregnant}


def _queue_fields(conn: Connection, enc: dict[str, Any]) -> dict[str, Any]:
    """The level the queue orders this visit by, for the appointments module (it reacts to the event)."""
    suggestion = _latest(conn, triage_suggestions, enc["id"])
    decision = _latest(conn, triage_decisions, enc["id"])
    decided_on = None
    if decision is not None:
        decided_on = conn.execute(select(triage_suggestions.c.level).where(
            triage_suggestions.c.id == decision["suggestion_id"])).scalar()
    level, source = queue_level(suggestion["level"] if suggestion else None, decision, decided_on)
    return {"appointment_id": enc["appointment_id"], "queue_level": level, "queue_level_source": source}


def _latest(conn: Connection, table, encounter_id: str) -> dict[str, Any] | None:
    col = table.c.created_at if table is triage_suggestions else table.c.decided_at
    return as_dict(conn.execute(select(table).where(table.c.encounter_id == encounter_id)
                                .order_by(col.desc(), table.c.id.desc()).limit(1)).first())


def decide(uow: UnitOfWork, encounter_id: str, data: DecisionIn) -> dict[str, Any]:
    """The clinician's final level and specialty; differing from the suggestion is an override event."""
    enc = require_open_encounter(uow.conn, encounter_id)
    suggestion = _latest(uow.conn, triage_suggestions, encounter_id)
    if suggestion is None:
        raise Conflict("run triage on this encounter before recording a decision")
    result = json.loads(suggestion["result"])
    overrode = data.level != result["level"] or data.specialty != (result["specialties"] or [None])[0]
    if overrode and not data.reason:
        raise InvalidInput("reason: say why the decision differs from the suggestion")
    row = {"id": new_id(), "encounter_id": encounter_id, "suggestion_id": suggestion["id"], "level": data.level,
           "specialty": data.specialty, "reason": data.reason, "overrode": overrode, "decided_by": uow.actor,
           "decided_at": utc_now()}
    uow.conn.execute(insert(triage_decisions), row)
    fields = {**{k: v for k, v in row.items() if k != "id"}, "suggested_level": result["level"],
              "suggested_specialty": (result["specialties"] or [None])[0],
              # the rules that set the suggested level: the hub counts overrides by rule
              "suggested_rules": [f["code"] for f in result.get("findings", []) if f.get("level") == result["level"]],
              "engine_version": result["engine_version"], **_queue_fields(uow.conn, enc)}
    uow.emit("triage", row["id"], "overridden" if overrode else "confirmed", fields, patient_id=enc["patient_id"])
    return {**row, "suggested_level": fields["suggested_level"], "suggested_specialty": fields["suggested_specialty"]}


def encounter_triage(conn: Connection, encounter_id: str) -> dict[str, Any]:
    get_encounter(conn, encounter_id)
    suggestion = _latest(conn, triage_suggestions, encounter_id)
    if suggestion is None:
        raise NotFound(f"encounter {encounter_id} has not been triaged")
    suggestion["result"] = json.loads(suggestion["result"])
    suggestion["change"] = json.loads(suggestion["change"]) if suggestion["change"] else None
    suggestion["pregnant"] = (suggestion["change"] or {}).get("pregnant")  # as the health worker gave it
    return {"suggestion": suggestion, "decision": _latest(conn, triage_decisions, encounter_id)}
