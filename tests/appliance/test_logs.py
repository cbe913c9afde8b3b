"""Logs are JSON lines, and known personal data never reaches the log file."""
from __future__ import annotations

import json
import logging

from appliance.logs import MaskingFilter, configure_logging, mask_text
from tests.appliance.conftest import sign_in

PII = {"given": "Brijmohini", "family": "Kattamanchi", "phone": "9812345670", "aadhaar": "4321 8765 2109",
       "dob": "1987-06-05", "address": "14 Gulmohar Lane", "village": "Pipariyaghat"}


def test_session_with_known_pii_leaves_none_in_the_log(server, box_config, tmp_path):
    log_file = tmp_path / "clinic.log"
    server.env["CLINIC_LOGGING__FILE"] = str(log_file)
    server.env["CLINIC_LOGGING__LEVEL"] = "DEBUG"
    server.start()
    headers = sign_in(server, "asha")
    body = {"given_name": PII["given"], "family_name": PII["family"], "sex": "female", "phone": PII["phone"],
            "birth_date": PII["dob"], "address": PII["address"], "village": PII["village"],
            "national_id": PII["aadhaar"].replace(" ", "")}
    assert server.http.post(server.url + "/api/v1/patients", json=body, headers=headers, timeout=10).status_code == 201
    server.http.get(server.url + "/api/v1/patients", params={"q": PII["given"]}, headers=headers, timeout=10)
    server.http.get(server.url + "/api/v1/patients", params={"q": PII["phone"]}, headers=headers, timeout=10)
    # Errors: malformed JSON carrying PII, invalid fields, a failed sign-in, an unknown id.
    server.http.post(server.url + "/api/v1/patients", data='{"given_name": "%s", ' % PII["given"],
                  headers={**headers, "Content-Type": "application/json"}, timeout=10)
    server.http.post(server.url + "/api/v1/patients", json={**body, "sex": "?"}, headers=headers, timeout=10)
    server.http.post(server.url + "/api/v1/sessions", json={"username": "asha", "password": PII["phone"]}, timeout=10)
    server.http.get(server.url + f"/api/v1/patients/{PII['family']}", headers=headers, timeout=10)
    server.stop()

    text = log_file.read_text()
    lines = [json.loads(line) for line in text.splitlines() if line.strip()]
    assert any(line["logger"] == "clinic.access" for line in lines)
    token = headers["Authorization"].split()[1]
    for value in [*PII.values(), PII["aadhaar"].replace(" ", ""), token]:
        assert value not in text, f"{value!r} leaked into the log"


def test_any_logger_and_exception_text_is_masked(tmp_path):
    log_file = tmp_path / "x.log"
    configure_logging(str(log_file), "DEBUG")
    try:
        logging.getLogger("sqlalchemy.engine").info("[SQL: INSERT INTO patients] [parameters: ('%s', '%s')]",
                                                    PII["given"], PII["phone"])
        logging.getLogger("some.library").warning("patient %s %s called from %s", PII["given"], PII["family"],
                                                  PII["phone"])
        try:
            raise ValueError(f"bad value given_name={PII['given']} aadhaar {PII['aadhaar']} dob {PII['dob']}")
        except ValueError:
            logging.getLogger("clinic.api").exception("failed")
        logging.getLogger("clinic").info("structured", extra={"fields": {"phone": PII["phone"],
                                                                          "note": f"born {PII['dob']}"}})
    finally:
        for h in logging.getLogger().handlers:
            h.flush()
    text = log_file.read_text()
    for value in PII.values():
        if value in (PII["address"], PII["village"]):
            continue
        assert value not in text, value
    assert "ValueError" in text and '"phone": "***"' in text


def test_ids_and_timestamps_survive_masking():
    line = "GET /api/v1/patients/01a2133b-7b3e-742d-9e32-8ef309971ad1 at 2026-11-25T15:03:24.201+00:00"
    assert mask_text(line) == line
    assert MaskingFilter().filter(logging.LogRecord("x", 20, "f", 1, "ok %s", ("1",), None))
