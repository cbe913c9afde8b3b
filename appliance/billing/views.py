"""Billing over HTTP."""
from ..api import Api
from ..views_common import box, reading, writing
from . import services
from .schemas import (AccountOut, ChargeAdjustIn, ChargeIn, ChargeOut, FeeIn, FeeListOut, FeeOut, PaymentIn, PaymentOut,
                      ReceiptOut)

api = Api("billing", "billing")


@api.route("/charges", "POST", permission="billing.write", body=ChargeIn, status=201, summary="Add a charge",
           response=ChargeOut)
def add_charge(body: ChargeIn):
    with writing() as uow:
        return services.add_charge(uow, body, source="manual")


@api.route("/charges/<charge_id>/adjust", "POST", permission="billing.write", body=ChargeAdjustIn, status=201,
           summary="Change what a charge comes to, with a reason (an adjustment charge)", response=ChargeOut)
def adjust_charge(charge_id: str, body: ChargeAdjustIn):
    with writing() as uow:
        return services.adjust_charge(uow, charge_id, body)


@api.route("/fees", "GET", permission="billing.read", summary="The fee schedule (consultation by department)",
           response=FeeListOut)
def list_fees():
    with reading() as conn:
        return {"results": services.list_fees(conn)}


@api.route("/fees", "PUT", permission="billing.write", body=FeeIn,
           summary="Set a department's consultation fee (no department: the default)", response=FeeOut)
def set_fee(body: FeeIn):
    with writing() as uow:
        return services.set_fee(uow, body)


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
