"""Clinic and receipt numbers: the next number is exact past a new digit, skips numbers that are
taken, and ignores numbers kept from other boxes (tagged "…@box")."""
from __future__ import annotations

from sqlalchemy import text

from appliance.billing.schemas import ChargeIn, PaymentIn
from appliance.billing.services import add_charge, take_payment
from appliance.common import today
from appliance.patients.schemas import PatientIn
from appliance.patients.services import register_patient


def _register(box, name: str) -> dict:
    with box.write("test") as uow:
        return register_patient(uow, PatientIn(given_name=name, sex="female", age_years=30), "TST")


def _renumber(box, table: str, column: str, row_id: str, number: str) -> None:
    with box.write("test") as uow:
        uow.conn.execute(text(f"UPDATE {table} SET {column} = :n WHERE id = :id"), {"n": number, "id": row_id})


def _forget_series(box) -> None:  # as on a box whose rows were numbered before the series table
    with box.write("test") as uow:
        uow.conn.execute(text("DELETE FROM number_series"))


def test_clinic_numbers_go_on_past_99999_and_skip_taken_and_tagged_numbers(init_box):
    assert _register(init_box, "Asha")["clinic_number"] == "TST-00001"
    assert _register(init_box, "Bela")["clinic_number"] == "TST-00002"
    a, b, c = (_register(init_box, n) for n in ("Chitra", "Devi", "Esha"))
    _renumber(init_box, "patients", "clinic_number", a["id"], "TST-99999")
    _renumber(init_box, "patients", "clinic_number", b["id"], "TST-100000")  # text-sorts below TST-99999
    _renumber(init_box, "patients", "clinic_number", c["id"], "TST-100003@box-other")
    _forget_series(init_box)
    assert _register(init_box, "Farah")["clinic_number"] == "TST-100001"
    _renumber(init_box, "patients", "clinic_number", c["id"], "TST-100002")  # arrived from another box
    assert _register(init_box, "Gita")["clinic_number"] == "TST-100003"


def test_receipt_numbers_go_on_past_9999_and_a_tagged_number_does_not_stop_payments(init_box):
    patient = _register(init_box, "Asha")
    with init_box.write("test") as uow:
        add_charge(uow, ChargeIn(patient_id=patient["id"], description="Consultation", unit_price_minor=10_000))

    def pay() -> dict:
        with init_box.write("test") as uow:
            return take_payment(uow, PaymentIn(patient_id=patient["id"], amount_minor=100, method="cash"))

    prefix = "R" + today().strftime("%Y%m%d") + "-"
    first, second = pay(), pay()
    assert (first["receipt_number"], second["receipt_number"]) == (prefix + "0001", prefix + "0002")
    _renumber(init_box, "payments", "receipt_number", first["id"], prefix + "9999")
    _renumber(init_box, "payments", "receipt_number", second["id"], prefix + "0003@box-remote01")
    _forget_series(init_box)
    assert pay()["receipt_number"] == prefix + "10000"
    assert pay()["receipt_number"] == prefix + "10001"
