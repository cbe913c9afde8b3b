"""The print queue: a slip is queued in the same transaction that asks for it, then printed outside
any transaction; a job goes queued -> printing (claimed by one printer at a time) -> printed, or back
to queued with the printer's reason. Nothing marks a slip printed unless the printer had paper
before and after it, so a receipt is never lost; a claimed job is printed by one caller only."""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, insert, select, update

from ..appointments.services import get_appointment
from ..billing.services import receipt
from ..common import as_dict, as_dicts, new_id, utc_now
from ..errors import Conflict, NotFound
from ..events.unit import UnitOfWork
from ..patients.services import require_patient
from ..staff.services import require_department
from .escpos import CHARS, Line, PrinterError, Slip, open_printer
from .tables import print_jobs

RETRYABLE = ("queued", "failed", "printing")
SYSTEM_ACTOR = "system:printer"


def _money(minor: int) -> str:
    return f"{minor / 100:,.2f}"


def _row(left: str, right: str, width: int) -> str:
    room = width - len(right) - 1
    return f"{left[:room]:<{room}} {right}"


def receipt_slip(conn: Connection, payment_id: str, clinic_name: str, width_mm: int) -> Slip:
    r = receipt(conn, payment_id, clinic_name)
    w = CHARS[width_mm]
    p = r["patient"]
    lines = [Line(clinic_name, "center", bold=True, big=True), Line(f"Receipt {r['receipt_number']}", "center"),
             Line(r["payment"]["received_at"][:16].replace("T", " "), "center"), Line("-" * w),
             Line(f"{p['given_name']} {p['family_name'] or ''}".strip()), Line(f"Clinic no. {p['clinic_number']}"),
             Line("-" * w)]
    for item in r["items"]:
        qty = f"{item['quantity']} x " if item.get("quantity") not in (None, 1) else ""
        lines.append(Line(_row(f"{qty}{item['description']}", _money(item["amount_minor"]), w)))
    lines += [Line("-" * w), Line(_row("Paid", _money(r["payment"]["amount_minor"]), w), bold=True),
              Line(_row("Balance", _money(r["balance_after_minor"]), w)), Line(""), Line("धन्यवाद", "center")]
    return Slip(lines)


def token_slip(conn: Connection, appointment_id: str, clinic_name: str, width_mm: int) -> Slip:
    appt = get_appointment(conn, appointment_id)
    if appt.get("token_number") is None:
        raise Conflict("this appointment has no token yet: check the patient in first")
    p = require_patient(conn, appt["patient_id"])
    dept = require_department(conn, appt["department_id"])
    w = CHARS[width_mm]
    return Slip([Line(clinic_name, "center", bold=True), Line("-" * w), Line("TOKEN", "center"),
                 Line(str(appt["token_number"]), "center", bold=True, big=True), Line(dept.get("name", ""), "center"),
                 Line(f"{p['given_name']} {p['family_name'] or ''}".strip(), "center"),
                 Line(f"{appt['day']}  {(appt.get('checked_in_at') or '')[11:16]}", "center"), Line("-" * w),
                 Line("कृपया अपनी बारी की प्रतीक्षा करें", "center")])


def enqueue(uow: UnitOfWork, kind: str, ref_id: str, slip: Slip) -> dict[str, Any]:
    row = {"id": new_id(), "kind": kind, "ref_id": ref_id, "slip": json.dumps(slip.as_json(), ensure_ascii=False),
           "status": "queued", "attempts": 0, "created_at": utc_now(), "created_by": uow.actor}
    uow.conn.execute(insert(print_jobs), row)
    return _out(row)


def _out(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k != "slip"}


def get_job(conn: Connection, job_id: str) -> dict[str, Any]:
    row = as_dict(conn.execute(select(print_jobs).where(print_jobs.c.id == job_id)).first())
    if row is None:
        raise NotFound(f"print job {job_id} not found")
    return row


def list_jobs(conn: Connection, status: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    q = select(print_jobs).order_by(print_jobs.c.created_at.desc(), print_jobs.c.id.desc()).limit(limit)
    if status:
        q = q.where(print_jobs.c.status == status)
    return [_out(r) for r in as_dicts(conn.execute(q))]


def _claim(box, job_id: str, allowed: tuple[str, ...]) -> dict[str, Any] | None:
    with box.store.write() as conn:
        job = get_job(conn, job_id)
        if job["status"] == "printed":
            return None
        if job["status"] not in allowed:
            return None
        res = conn.execute(update(print_jobs).where(print_jobs.c.id == job_id, print_jobs.c.status == job["status"])
                           .values(status="printing", attempts=print_jobs.c.attempts + 1))
        return job if res.rowcount == 1 else None


def _finish(box, job_id: str, error: PrinterError | None) -> dict[str, Any]:
    values = ({"status": "printed", "printed_at": utc_now(), "last_error": None, "error_kind": None} if error is None
              else {"status": "queued", "last_error": error.detail[:300], "error_kind": error.kind})
    with box.store.write() as conn:
        conn.execute(update(print_jobs).where(print_jobs.c.id == job_id).values(**values))
        return _out(get_job(conn, job_id))


def print_job(box, printer_settings, job_id: str, *, retry: bool = False) -> dict[str, Any]:
    """Print one job now. Already printed: nothing happens (never twice); printer trouble: the job
    stays queued with the reason, for a retry."""
    job = _claim(box, job_id, RETRYABLE if retry else ("queued",))
    if job is None:
        with box.store.read() as conn:
            return _out(get_job(conn, job_id))
    try:
        if not printer_settings.uri:
            raise PrinterError("bad_config", "no receipt printer is set up on this box (printer.uri)")
        with open_printer(printer_settings.uri, printer_settings.width_mm, printer_settings.text_font) as printer:
            printer.print_slip(Slip.from_json(json.loads(job["slip"])))
    except PrinterError as err:
        return _finish(box, job_id, err)
    except BaseException:
        _finish(box, job_id, PrinterError("offline", "printing was interrupted"))
        raise
    return _finish(box, job_id, None)


def print_pending(box, printer_settings) -> list[dict[str, Any]]:
    """Every queued job, oldest first; stops at the first printer trouble (the rest stay queued)."""
    with box.store.read() as conn:
        ids = [r.id for r in conn.execute(select(print_jobs.c.id).where(print_jobs.c.status == "queued")
                                          .order_by(print_jobs.c.created_at, print_jobs.c.id))]
    done = []
    for job_id in ids:
        out = print_job(box, printer_settings, job_id)
        done.append(out)
        if out["status"] != "printed":
            break
    return done
