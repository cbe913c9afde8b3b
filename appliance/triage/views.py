"""Triage over HTTP: the API routes and the established /check-symptoms route."""
from flask import current_app, request

from ..api import Api, query_args
from ..api.routing import validate_as
from ..auth.rbac import PUBLIC
from ..errors import InvalidInput
from ..views_common import reading, writing
from . import services
from .schemas import (CheckSymptomsIn, CheckSymptomsOut, DecisionIn, DecisionOut, EncounterTriageIn,
                      EncounterTriageOut, SuggestionOut, TriageIn, TriageOut)

api = Api("triage", "triage")
legacy = Api("triage_legacy", "triage", url_prefix="")


@api.route("/triage", "POST", permission="encounters.intake", body=TriageIn,
           summary="Triage a complaint (with the patient's age and sex when patient_id is given)", response=TriageOut)
def triage(body: TriageIn):
    with reading() as conn:
        vitals = body.vitals.readings() if body.vitals else None
        return services.triage_for_patient(conn, body.text, body.patient_id, body.pregnant, vitals)


@legacy.route("/check-symptoms", "POST", permission=PUBLIC, body=CheckSymptomsIn, body_optional=True, query_text=True,
              summary="Present symptoms in a text (JSON body {text} or ?text=); reads and stores nothing",
              responses={429: "Too many requests from this address: wait the Retry-After seconds"},
           response=CheckSymptomsOut)
def check_symptoms(body: CheckSymptomsIn | None):
    services.limit_check_symptoms(current_app.extensions["clinic.check_symptoms_limiter"], request.remote_addr)
    args = query_args()
    if set(args) - {"text"}:
        raise InvalidInput(f"unknown query parameters: {', '.join(sorted(set(args) - {'text'}))}")
    if body is not None and "text" in args:
        raise InvalidInput("give text in the body or the query, not both")
    if body is None and "text" in args:
        body = validate_as(CheckSymptomsIn, {"text": args["text"]})  # the query meets the body's rules
    text = body.text if body is not None else None
    if not text:
        raise InvalidInput("text: give the complaint as a JSON body {\"text\": ...} or a text query parameter")
    return {"symptoms": services.check_symptoms(text)}


@api.route("/encounters/<encounter_id>/triage", "POST", permission="encounters.intake", body=EncounterTriageIn,
           status=201, summary="Triage the encounter's complaint and store the suggestion on the encounter",
           response=SuggestionOut)
def triage_encounter(encounter_id: str, body: EncounterTriageIn):
    with writing() as uow:
        return services.suggest_for_encounter(uow, encounter_id, body.text, body.pregnant)


@api.route("/encounters/<encounter_id>/triage", "GET", permission="encounters.read",
           summary="The latest triage suggestion and decision of an encounter", response=EncounterTriageOut)
def get_encounter_triage(encounter_id: str):
    with reading() as conn:
        return services.encounter_triage(conn, encounter_id)


@api.route("/encounters/<encounter_id>/triage/decision", "PUT", permission="encounters.intake", body=DecisionIn,
           summary="Record the clinician's final level and specialty (an override needs a reason)",
           response=DecisionOut)
def decide(encounter_id: str, body: DecisionIn):
    with writing() as uow:
        return services.decide(uow, encounter_id, body)
