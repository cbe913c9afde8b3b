"""The in-memory name index answers as the database does, whoever changed the database.

Two boxes open on one file stand for two worker processes: one writes, the other searches.
"""
from __future__ import annotations

import pytest
from sqlalchemy import text

from appliance.box import open_box
from appliance.patients.name_index import name_index
from appliance.patients.schemas import PatientIn, PatientPatch
from appliance.patients.services import find_patients, register_patient, retire_patient, update_patient
from appliance.settings import load_settings


@pytest.fixture
def two_boxes(box_config):
    writer = open_box(load_settings(box_config, environ={}))
    reader = open_box(load_settings(box_config, environ={}), migrate_schema=False)
    yield writer, reader
    writer.close()
    reader.close()


def _register(box, given, family):
    with box.write("test") as uow:
        return register_patient(uow, PatientIn(given_name=given, family_name=family, sex="female", age_years=30),
                                "TST")["id"]


def _names(box, query):
    with box.read() as conn:
        return [f"{p['given_name']} {p['family_name']}" for p in find_patients(conn, query, 10)]


def test_other_process_sees_registrations_edits_and_retirements(two_boxes):
    writer, reader = two_boxes
    sunita = _register(writer, "Sunita", "Devi")
    assert _names(reader, "suneeta devi") == ["Sunita Devi"]  # loads the index

    _register(writer, "Kavita", "Rao")
    assert _names(reader, "kavitha") == ["Kavita Rao"]  # a registration after loading

    with writer.write("test") as uow:
        update_patient(uow, sunita, PatientPatch(given_name="Anita"))
    assert _names(reader, "anita devi") == ["Anita Devi"]
    assert "Anita Devi" not in _names(reader, "sunita")  # the old name's keys are gone

    with writer.write("test") as uow:
        retire_patient(uow, sunita, "registered twice")
    assert _names(reader, "anita devi") == []


def test_rows_written_outside_the_services_are_seen(two_boxes):
    """Sync and rebuilds write rows directly; triggers log them all the same."""
    writer, reader = two_boxes
    kept, dup = _register(writer, "Meena", "Kumari"), _register(writer, "Meena", "Kumari")
    assert len(_names(reader, "meena kumari")) == 2
    with writer.store.write() as conn:
        conn.execute(text("UPDATE patients SET merged_into = :k WHERE id = :d"), {"k": kept, "d": dup})
    assert _names(reader, "meena kumari") == ["Meena Kumari"]
    with writer.store.write() as conn:  # a patient arriving by sync: one row, no keys written anywhere
        conn.execute(text("INSERT INTO patients (id, clinic_number, given_name, family_name, search_name, "
                          "search_skeleton, sex, birth_date_estimated, created_at, updated_at) VALUES "
                          "('p-synced', 'OTH-00001', 'Shabnam', 'Begum', 'shabnam begum', 'sbnm bgm', 'female', "
                          "0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"))
    assert _names(reader, "shabnam begum") == ["Shabnam Begum"]
    assert _names(reader, "sabnam") == ["Shabnam Begum"]  # its keys were derived from the stored name


def test_pruned_log_makes_the_index_reload(two_boxes):
    writer, reader = two_boxes
    _register(writer, "Rekha", "Singh")
    assert _names(reader, "rekha") == ["Rekha Singh"]
    _register(writer, "Geeta", "Bai")
    with writer.store.write() as conn:  # the rows the reader has not replayed yet are gone
        conn.execute(text("DELETE FROM patient_search_log WHERE seq < (SELECT max(seq) FROM patient_search_log)"))
    assert _names(reader, "geeta bai") == ["Geeta Bai"]
    with reader.read() as conn:
        assert len(name_index(conn)) == 2


def test_connections_of_a_process_share_one_index(box_config):
    box = open_box(load_settings(box_config, environ={}))
    try:
        _register(box, "Lalita", "Joshi")
        assert _names(box, "lalita") == ["Lalita Joshi"]
        with box.read() as conn:
            index = name_index(conn)
        with box.read() as conn:
            assert name_index(conn) is index  # shared by the process's connections
    finally:
        box.close()
