"""The receipt printer: ESC/POS bytes checked by a simulator that parses them command by command on a
socat pty; paper out, a silent printer and an unplugged one leave the slip queued with a clear reason;
a retry prints it exactly once; Devanagari goes as a raster image."""
from __future__ import annotations

import pytest

from appliance.printing.escpos import Line, PrinterError, SerialPrinter, Slip, render
from tests.conftest import require_tool

from appliance.bench.sims.printer import PrinterSimulator


@pytest.fixture
def printer(tmp_path):
    require_tool("socat", "socat")
    sim = PrinterSimulator(tmp_path)
    sim.plug_in()
    yield sim
    sim.unplug()


@pytest.fixture
def billing_setup(client, staff_factory, init_box, printer):
    bill = staff_factory("billing", "sita")
    hw = staff_factory("health_worker", "asha")
    pid = client.post("/api/v1/patients", json={"given_name": "Kamala", "family_name": "Devi", "sex": "female",
                                                "age_years": 40}, headers=hw).json["id"]
    client.post("/api/v1/charges", json={"patient_id": pid, "description": "Consultation", "unit_price_minor": 15000},
                headers=bill)
    pay = client.post("/api/v1/payments", json={"patient_id": pid, "amount_minor": 10000, "method": "cash"},
                      headers=bill).json
    init_box.settings.printer.uri = f"serial:{printer.port}"
    return bill, hw, pid, pay


def test_the_simulator_reads_a_slip_text_raster_and_cut(printer):
    slip = Slip([Line("Test Clinic", "center", bold=True, big=True), Line("Paid 100.00"),
                 Line("धन्यवाद", "center")])
    with SerialPrinter(printer.port, timeout=0.5) as p:
        p.print_slip(slip)
    printer.wait_idle()
    assert printer.errors == []
    [printed] = printer.slips
    assert printed.text_lines[:2] == ["Test Clinic", "Paid 100.00"] and "Test Clinic" in printed.bold_lines
    [(width, height)] = printed.images                  # the Devanagari line, as GS v 0 raster
    assert width == 384 and height > 10 and printed.ink_dots > 100
    assert render(slip, 80).count(b"\x1dv0") == 1 and b"\x1dv0\x00\x48\x00" in render(slip, 80)   # 576 dots: 72 bytes


def test_a_receipt_prints_once_after_paper_out_and_retry(client, billing_setup, printer):
    bill, _hw, _pid, pay = billing_setup
    printer.paper_out = True
    job = client.post(f"/api/v1/receipts/{pay['id']}/print", headers=bill)
    assert job.status_code == 201, job.json
    assert job.json["status"] == "queued" and job.json["error_kind"] == "paper_out"
    assert "out of paper" in job.json["last_error"]
    printer.wait_idle()
    assert printer.slips == []
    queued = client.get("/api/v1/print-jobs?status=queued", headers=bill).json["results"]
    assert [j["id"] for j in queued] == [job.json["id"]]
    printer.paper_out = False
    again = client.post(f"/api/v1/print-jobs/{job.json['id']}/retry", headers=bill).json
    assert again["status"] == "printed" and again["attempts"] == 2
    third = client.post(f"/api/v1/print-jobs/{job.json['id']}/retry", headers=bill).json
    assert third["status"] == "printed" and third["attempts"] == 2          # never printed twice
    printer.wait_idle()
    assert len(printer.slips) == 1 and printer.errors == []
    text = "\n".join(printer.slips[0].text_lines)
    assert pay["receipt_number"] in text and "Kamala Devi" in text and "150.00" in text and "50.00" in text
    assert len(printer.slips[0].images) == 1                              # the Hindi thank-you line


def test_unplugged_and_silent_printers_keep_the_slip_queued(client, billing_setup, printer):
    bill, _hw, _pid, pay = billing_setup
    printer.unplug()
    gone = client.post(f"/api/v1/receipts/{pay['id']}/print", headers=bill).json
    assert gone["status"] == "queued" and gone["error_kind"] == "unplugged" and "plugged in" in gone["last_error"]
    printer.plug_in()
    printer.silent = True
    silent = client.post(f"/api/v1/print-jobs/{gone['id']}/retry", headers=bill).json
    assert silent["status"] == "queued" and silent["error_kind"] == "offline"
    printer.silent = False
    assert client.post(f"/api/v1/print-jobs/{gone['id']}/retry", headers=bill).json["status"] == "printed"
    printer.wait_idle()
    assert len(printer.slips) == 1


def test_a_token_slip_at_check_in_and_no_printer_is_a_clear_409(client, billing_setup, printer, department, init_box):
    _bill, hw, pid, _pay = billing_setup
    appt = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department}, headers=hw).json
    early = client.post(f"/api/v1/appointments/{appt['id']}/token-slip", headers=hw)
    assert early.status_code == 409 and "check the patient in" in early.json["detail"]
    client.post(f"/api/v1/appointments/{appt['id']}/check-in", headers=hw)
    slip = client.post(f"/api/v1/appointments/{appt['id']}/token-slip", headers=hw)
    assert slip.status_code == 201 and slip.json["status"] == "printed"
    printer.wait_idle()
    lines = printer.slips[-1].text_lines
    assert "TOKEN" in lines and "1" in lines and "General Medicine" in lines
    assert client.get("/api/v1/printer", headers=hw).json == {"configured": True, "width_mm": 58, "auto_print": False}
    init_box.settings.printer.uri = None
    none = client.post(f"/api/v1/appointments/{appt['id']}/token-slip", headers=hw)
    assert none.status_code == 409 and "no receipt printer" in none.json["detail"]
    assert len(client.get("/api/v1/print-jobs", headers=staff_bill(client, init_box)).json["results"]) == 1


def staff_bill(client, init_box):
    resp = client.post("/api/v1/sessions", json={"username": "sita", "password": _password()})
    return {"Authorization": f"Bearer {resp.json['token']}"}


def _password():
    from tests.conftest import STAFF_PASSWORD

    return STAFF_PASSWORD


def test_printer_error_kinds_are_told_apart(tmp_path):
    with pytest.raises(PrinterError) as err:
        with SerialPrinter(str(tmp_path / "no-such-port")):
            pass
    assert err.value.kind == "unplugged"
