"""Billing over HTTP."""
from ..api import Api
from ..views_common import box, reading, writing
from . import services
from .schemas import AccountOut, ChargeIn, ChargeOut, PaymentIn, PaymentOut, ReceiptOut

api = Api("billing", "billing")


@api.route("/charges", "POST", permission="billing.write", body=ChargeIn, status=201, summary="Add a charge",
           response=ChargeOut)
def add_charge(body: ChargeIn):
    with writing() as uow:
        return services.add_charge(uow, body, source="manual")


@api.route("/payments", "POST", permission="billing.write", body=PaymentIn, status=201,
           summary="Take a payment (issues a receipt number)", response=PaymentOut)
def take_payment(body: PaymentIn):
    with writing() as uow:
        return services.take_payment(uow, body)


@api.route("/patients/<patient_id>/account", "GET", permission="billing.read",
           summary="Charges, payments and balance of a patient", response=AccountOut)
def account(patient_id: str):
    with reading() as conn:
        return services.account(conn, patient_id)


@api.route("/receipts/<payment_id>", "GET", permission="billing.read", summary="Receipt data for printing",
           response=ReceiptOut)
def receipt(payment_id: str):
    with reading() as conn:
        return services.receipt(conn, payment_id, box().settings.box.clinic_name)
