"""The kiosk and the receipt printer: the receipt's "Print on the receipt printer" prints through the
box's queue; out of paper, the desk sees why and a Retry, and the slip is printed once after."""
from __future__ import annotations

import os
from unittest import mock

import pytest

from appliance.bench.sims.printer import PrinterSimulator
from tests.conftest import require_tool
from tests.kiosk.conftest import KioskServer
from tests.kiosk.test_kiosk_flows import sign_in, strings


@pytest.fixture(scope="module")
def printer(tmp_path_factory):
    require_tool("socat", "socat")
    sim = PrinterSimulator(tmp_path_factory.mktemp("kiosk-printer"))
    sim.plug_in()
    yield sim
    sim.unplug()


@pytest.fixture(scope="module")
def printing_server(kiosk_config, printer):
    """The kiosk's box served again, this time with a receipt printer on a simulator."""
    with mock.patch.dict(os.environ, {"CLINIC_PRINTER__URI": f"serial:{printer.port}"}):
        server = KioskServer(kiosk_config)
    try:
        server.wait()
        yield server
    finally:
        server.stop()


def test_the_receipt_prints_on_the_printer_and_paper_out_is_retried(kiosk_context, printing_server, printer):
    T = strings("en")
    asha = printing_server.api("asha")
    patient = asha("POST", "/patients", {"given_name": "Parvati", "family_name": "Print", "sex": "female",
                                         "age_years": 50})["id"]
    asha("POST", "/charges", {"patient_id": patient, "description": "Dressing", "unit_price_minor": 4000})
    pay = asha("POST", "/payments", {"patient_id": patient, "amount_minor": 4000, "method": "cash"})
    page = kiosk_context().new_page()
    page.goto(printing_server.url + "/kiosk/")
    sign_in(page, T, "asha")
    page.goto(f"{printing_server.url}/kiosk/receipt/{pay['id']}")
    page.get_by_test_id("print-on-printer").click()
    page.get_by_test_id("printer-status").get_by_text(T["printer.printed"]).wait_for()
    printer.wait_idle()
    assert len(printer.slips) == 1 and any(pay["receipt_number"] in line for line in printer.slips[0].text_lines)

    printer.paper_out = True
    page.get_by_test_id("print-on-printer").click()
    trouble = page.get_by_test_id("printer-trouble")
    trouble.wait_for()
    assert "out of paper" in trouble.inner_text() and T["printer.kept"] in trouble.inner_text()
    printer.paper_out = False
    page.get_by_test_id("printer-retry").click()
    page.get_by_test_id("printer-status").get_by_text(T["printer.printed"]).wait_for()
    printer.wait_idle()
    assert len(printer.slips) == 2 and printer.errors == []
