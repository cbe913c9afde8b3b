"""Invisible characters and duplicate JSON keys are refused; the data directory and log are private."""
from __future__ import annotations

import logging
import stat

import pytest

from appliance.box import open_box
from appliance.logs import make_handler
from appliance.settings import load_settings
from tests.conftest import event_count


def _patient(given_name, **extra):
    return {"given_name": given_name, "sex": "female", "age_years": 30, **extra}


@pytest.mark.parametrize("bad", ["Ra\u200bvi", "\ufeffRavi", "Ra\u2028vi", "Ra\u00advi", "Ra\u200dvi", "Ra\u2060vi",
                                 "Ra\u2029vi"])
def test_invisible_characters_in_a_name_are_refused_naming_the_field(client, init_box, hw, bad):
    before = event_count(init_box)
    r = client.post("/api/v1/patients", json=_patient("Sunita", family_name=bad), headers=hw)
    assert r.status_code == 422, r.json
    assert r.json["errors"][0]["field"] == "family_name" and "invisible" in r.json["detail"]
    assert "U+" in r.json["detail"]
    assert event_count(init_box) == before


def test_indic_joiners_are_kept_where_they_shape_a_letter(client, hw):
    name = "\u0915\u094d\u200d\u0937\u092e\u093e"  # क्‍षमा: the joiner after the virama picks the half form
    r = client.post("/api/v1/patients", json=_patient(name), headers=hw)
    assert r.status_code == 201 and r.json["given_name"] == name


def test_invisible_characters_in_a_note_are_refused(client, hw, doctor, department):
    pid = client.post("/api/v1/patients", json=_patient("Sunita"), headers=hw).json["id"]
    appt = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                      "check_in": True}, headers=hw).json
    eid = client.get(f"/api/v1/appointments/{appt['id']}/encounter", headers=hw).json["id"]
    r = client.post(f"/api/v1/encounters/{eid}/notes", json={"text": "Chest clear.\u2028Hidden line"}, headers=doctor)
    assert r.status_code == 422 and r.json["errors"][0]["field"] == "text"
    r = client.post(f"/api/v1/encounters/{eid}/notes", json={"text": "Chest clear.\nFollow up in a week."},
                    headers=doctor)
    assert r.status_code == 201


def test_a_key_given_twice_is_refused(client, init_box, hw):
    before = event_count(init_box)
    body = '{"given_name": "Sunita", "sex": "female", "age_years": 30, "given_name": "Other"}'
    r = client.post("/api/v1/patients", data=body, content_type="application/json", headers=hw)
    assert r.status_code == 400 and "given_name" in r.json["detail"] and "more than once" in r.json["detail"]
    nested = '{"given_name": "Sunita", "sex": "female", "age_years": 30, "allergies": ' \
             '[{"substance": "Sulfa", "substance": "None"}]}'
    r = client.post("/api/v1/patients", data=nested, content_type="application/json", headers=hw)
    assert r.status_code == 400 and "substance" in r.json["detail"]
    assert event_count(init_box) == before
    deep = "[" * 16000  # too deep for the duplicate check: refused as malformed, never a 500
    assert client.post("/api/v1/patients", data=deep, content_type="application/json", headers=hw).status_code == 400


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_data_directory_is_private_and_made_so_at_start(box_config):
    settings = load_settings(box_config, environ={})
    data_dir = settings.box.data_dir
    assert _mode(data_dir) == 0o700
    data_dir.chmod(0o755)  # a box made before the rule
    open_box(settings).close()
    assert _mode(data_dir) == 0o700


def test_the_log_file_is_private_and_made_so_at_start(tmp_path):
    log = tmp_path / "clinic.log"
    make_handler(str(log)).close()
    assert _mode(log) == 0o600
    log.chmod(0o644)
    handler = make_handler(str(log))
    handler.handle(logging.makeLogRecord({"msg": "started", "levelno": logging.INFO, "levelname": "INFO"}))
    handler.close()
    assert _mode(log) == 0o600 and "started" in log.read_text()
