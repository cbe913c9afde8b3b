"""Prescriptions over HTTP."""
from ..api import Api
from ..views_common import reading, writing
from . import services
from .schemas import (CoursesOut, DispenseIn, DoseLimitProblem, PrescriptionConflictProblem, PrescriptionIn,
                      PrescriptionOut, PrescriptionsOut)

api = Api("prescriptions", "prescriptions")


@api.route("/encounters/<encounter_id>/prescriptions", "POST", permission="prescriptions.write",
           body=PrescriptionIn, status=201, summary="Write a prescription (400 beyond a drug's dose limit; "
                                                    "409 on an allergy match or a serious cross-reaction "
                                                    "unless a reason is given)", response=PrescriptionOut,
           problems={400: DoseLimitProblem, 409: PrescriptionConflictProblem})
def write_prescription(encounter_id: str, body: PrescriptionIn):
    with writing() as uow:
        return services.write_prescription(uow, encounter_id, body)


@api.route("/prescriptions/<prescription_id>", "GET", permission="prescriptions.read", summary="Read a prescription",
           response=PrescriptionOut)
def get_prescription(prescription_id: str):
    with reading() as conn:
        return services.get_prescription(conn, prescription_id)


@api.route("/patients/<patient_id>/prescriptions", "GET", permission="prescriptions.read",
           summary="A patient's prescriptions, newest first", response=PrescriptionsOut)
def prescriptions_for_patient(patient_id: str):
    with reading() as conn:
        return {"results": services.prescriptions_for_patient(conn, patient_id)}


@api.route("/prescriptions/<prescription_id>/courses", "GET", permission="prescriptions.read",
           summary="For each stock item of the prescription's drugs: the course's quantity and the most dispensed "
                   "without a reason", response=CoursesOut)
def dispense_courses(prescription_id: str):
    with reading() as conn:
        return {"results": services.dispense_courses(conn, prescription_id)}


@api.route("/prescriptions/<prescription_id>/dispense", "POST", permission="prescriptions.dispense",
           body=DispenseIn, summary="Dispense from stock (moves stock, adds charges; 409 on an allergy match, an "
                                    "item not prescribed or more than the course needs, unless a reason is given)",
           response=PrescriptionOut)
def dispense(prescription_id: str, body: DispenseIn):
    with writing() as uow:
        return services.dispense(uow, prescription_id, body)
