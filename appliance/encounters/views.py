"""Encounters over HTTP."""
from ..api import Api
from ..views_common import reading, writing
from . import services
from .schemas import (ComplaintIn, DiagnosisIn, DiagnosisOut, EncounterIn, EncounterListOut, EncounterOut,
                      NoteIn, NoteOut, VitalsIn, VitalsOut)

api = Api("encounters", "encounters")


@api.route("/encounters", "POST", permission="encounters.intake", body=EncounterIn, status=201,
           summary="Open an encounter without an appointment", response=EncounterOut)
def open_encounter(body: EncounterIn):
    with writing() as uow:
        return services.open_encounter(uow, body.patient_id, complaint=body.complaint)


@api.route("/encounters/<encounter_id>", "GET", permission="encounters.read", summary="Read an encounter",
           response=EncounterOut)
def get_encounter(encounter_id: str):
    with reading() as conn:
        return services.get_encounter(conn, encounter_id)


@api.route("/appointments/<appointment_id>/encounter", "GET", permission="encounters.read",
           summary="The encounter opened when the appointment was checked in", response=EncounterOut)
def encounter_for_appointment(appointment_id: str):
    with reading() as conn:
        return services.encounter_for_appointment(conn, appointment_id)


@api.route("/patients/<patient_id>/encounters", "GET", permission="encounters.read",
           summary="A patient's encounters, newest first", response=EncounterListOut)
def encounters_for_patient(patient_id: str):
    with reading() as conn:
        return {"results": services.encounters_for_patient(conn, patient_id)}


@api.route("/encounters/<encounter_id>/complaint", "PUT", permission="encounters.intake", body=ComplaintIn,
           summary="Record the presenting complaint", response=EncounterOut)
def set_complaint(encounter_id: str, body: ComplaintIn):
    with writing() as uow:
        return services.set_complaint(uow, encounter_id, body.complaint)


@api.route("/encounters/<encounter_id>/vitals", "POST", permission="encounters.intake", body=VitalsIn,
           status=201, summary="Record vital signs typed in by a staff member (source \"manual\")",
           response=VitalsOut)
def record_vitals(encounter_id: str, body: VitalsIn):
    with writing() as uow:
        return {"results": services.record_typed_vitals(uow, encounter_id, body)}


@api.route("/encounters/<encounter_id>/notes", "POST", permission="encounters.write", body=NoteIn, status=201,
           summary="Add a clinical note (an addendum once closed)", response=NoteOut)
def add_note(encounter_id: str, body: NoteIn):
    with writing() as uow:
        return services.add_note(uow, encounter_id, body.text)


@api.route("/encounters/<encounter_id>/diagnoses", "POST", permission="encounters.write", body=DiagnosisIn,
           status=201, summary="Record a diagnosis", response=DiagnosisOut)
def add_diagnosis(encounter_id: str, body: DiagnosisIn):
    with writing() as uow:
        return services.add_diagnosis(uow, encounter_id, body)


@api.route("/encounters/<encounter_id>/close", "POST", permission="encounters.write", summary="Close the visit",
           response=EncounterOut)
def close_encounter(encounter_id: str):
    with writing() as uow:
        return services.close_encounter(uow, encounter_id)
