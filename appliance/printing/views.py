"""The receipt printer over HTTP: print a payment's receipt or a visit's token slip (queued first, so a
printer fault loses nothing), the queue, a retry, and what the kiosk needs to know (auto print)."""
from ..api import Api
from ..errors import Conflict
from ..views_common import box, reading, writing
from . import services
from .schemas import PrinterOut, PrintJobListOut, PrintJobOut, PrintJobsQuery

api = Api("printing", "printing")


def _printer():
    settings = box().settings.printer
    if not settings.uri:
        raise Conflict("no receipt printer is set up on this box: the receipt is on screen only "
                       "(`clinic provision --printer …` or the printer.uri setting)")
    return settings


@api.route("/printer", "GET", permission="billing.read", summary="Whether a receipt printer is set up, its paper "
           "width, and whether the kiosk prints on its own", response=PrinterOut)
def printer():
    p = box().settings.printer
    return {"configured": bool(p.uri), "width_mm": p.width_mm, "auto_print": p.auto_print}


@api.route("/receipts/<payment_id>/print", "POST", permission="billing.write", status=201,
           summary="Queue the payment's receipt and print it now; printer trouble leaves it queued with the reason",
           response=PrintJobOut)
def print_receipt(payment_id: str):
    p = _printer()
    with writing() as uow:
        slip = services.receipt_slip(uow.conn, payment_id, box().settings.box.clinic_name, p.width_mm)
        job = services.enqueue(uow, "receipt", payment_id, slip)
    return services.print_job(box(), p, job["id"])


@api.route("/appointments/<appointment_id>/token-slip", "POST", permission="appointments.write", status=201,
           summary="Queue the visit's token slip and print it now; printer trouble leaves it queued with the reason",
           response=PrintJobOut)
def print_token(appointment_id: str):
    p = _printer()
    with writing() as uow:
        slip = services.token_slip(uow.conn, appointment_id, box().settings.box.clinic_name, p.width_mm)
        job = services.enqueue(uow, "token", appointment_id, slip)
    return services.print_job(box(), p, job["id"])


@api.route("/print-jobs", "GET", permission="billing.read", query=PrintJobsQuery,
           summary="The print queue, newest first", response=PrintJobListOut)
def jobs(query: PrintJobsQuery):
    with reading() as conn:
        return {"results": services.list_jobs(conn, query.status)}


@api.route("/print-jobs/<job_id>/retry", "POST", permission="billing.write",
           summary="Print a queued slip again (after new paper); a printed one is never printed twice",
           response=PrintJobOut)
def retry(job_id: str):
    return services.print_job(box(), _printer(), job_id, retry=True)
