"""Patients over HTTP: thin, parse → service → JSON."""
from ..api import Api
from ..reminders.services import record_sms_consent
from ..views_common import box, disclose, reading, writing
from . import services
from .merge import merge_patient
from .schemas import (AllergyIn, AllergyOut, DuplicatesOut, MergeIn, PatientOut, PatientPatch,
                      PatientSearchOut, ReferralIn, ReferralOut, ReferralsOut, RegisteredPatientOut, RegistrationIn,
                      RetireIn, SearchQuery)

api = Api("patients", "patients")


@api.route("/patients", "POST", permission="patients.write", body=RegistrationIn, status=201,
           summary="Register a patient (with the answer on SMS reminders, in one transaction)",
           response=RegisteredPatientOut)
def register_patient(body: RegistrationIn):
    with reading() as conn:
        duplicates = services.possible_duplicates(conn, body)
    with writing() as uow:
        patient = services.register_patient(uow, body, box().settings.box.clinic_id)
        if body.sms_consent is not None and body.phone:
            record_sms_consent(uow, patient["id"], number=body.phone, language=body.sms_language,
                               consent=body.sms_consent, field="phone")
        disclose(d["id"] for d in duplicates)  # shown in the answer: named in this write's audit record
    return {**patient, "possible_duplicates": duplicates}


@api.route("/patients/duplicates", "POST", permission="patients.write", body=RegistrationIn,
           summary="Before registering: patients who may be this one (same phone, or same name and age)",
           response=DuplicatesOut)
def check_duplicates(body: RegistrationIn):
    with reading() as conn:
        return {"possible_duplicates": services.possible_duplicates(conn, body)}


@api.route("/patients", "GET", permission="patients.read", query=SearchQuery,
           summary="Search patients by name, phone or clinic number (typo-tolerant)", response=PatientSearchOut)
def search_patients(query: SearchQuery):
    with reading() as conn:
        return {"results": services.find_patients(conn, query.q, query.limit)}


@api.route("/patients/<patient_id>", "GET", permission="patients.read", summary="Read a patient", response=PatientOut)
def get_patient(patient_id: str):
    with reading() as conn:
        return services.get_patient(conn, patient_id)


@api.route("/patients/<patient_id>", "PATCH", permission="patients.write", body=PatientPatch,
           summary="Change demographics", response=PatientOut)
def update_patient(patient_id: str, body: PatientPatch):
    with writing() as uow:
        return services.update_patient(uow, patient_id, body)


@api.route("/patients/<patient_id>/retire", "POST", permission="patients.write", body=RetireIn,
           summary="Retire a patient record (never deleted)", response=PatientOut)
def retire_patient(patient_id: str, body: RetireIn):
    with writing() as uow:
        return services.retire_patient(uow, patient_id, body.reason)


@api.route("/patients/<patient_id>/merge", "POST", permission="patients.write", body=MergeIn,
           summary="Merge a duplicate record into the one to keep (never deleted; audited)", response=PatientOut)
def merge_patient_into(patient_id: str, body: MergeIn):
    with writing() as uow:
        kept = merge_patient(uow, patient_id, body.into, body.reason)
        disclose([body.into])  # the record kept is named in the merge's audit record too
    return kept


@api.route("/patients/<patient_id>/allergies", "POST", permission="patients.write", body=AllergyIn, status=201,
           summary="Record an allergy", response=AllergyOut)
def add_allergy(patient_id: str, body: AllergyIn):
    with writing() as uow:
        return services.add_allergy(uow, patient_id, body)


@api.route("/patients/<patient_id>/allergies/<allergy_id>/retire", "POST", permission="patients.write",
           body=RetireIn, summary="Retire an allergy entered in error", response=PatientOut)
def retire_allergy(patient_id: str, allergy_id: str, body: RetireIn):
    with writing() as uow:
        services.retire_allergy(uow, patient_id, allergy_id, body.reason)
        return services.get_patient(uow.conn, patient_id)


@api.route("/patients/<patient_id>/referrals", "POST", permission="patients.write", body=ReferralIn, status=201,
           summary="Refer a patient to another clinic (that clinic receives the record with sync)",
           response=ReferralOut)
def refer_patient(patient_id: str, body: ReferralIn):
    with writing() as uow:
        return services.refer_patient(uow, patient_id, body, box().settings.box.clinic_id)


@api.route("/patients/<patient_id>/referrals", "GET", permission="encounters.read",
           summary="A patient's referrals (to a clinic of the network or a facility outside it), oldest first",
           response=ReferralsOut)
def referrals_for_patient(patient_id: str):
    with reading() as conn:
        return {"results": services.referrals_for_patient(conn, patient_id)}
