"""schemathesis over the whole API document, bounded for CI (a fixed seed, a few examples per
operation): as admin and as a doctor, real ids, links followed. The full run is
`python -m tests.appliance.api.schemathesis_run --examples 100`."""
from __future__ import annotations

import json

from tests.appliance.api import schemathesis_run as fuzz

CI_EXAMPLES = 8  # per operation and role (~550 requests a role), plus the stateful pass
CI_SEQUENCES, CI_STEPS = 25, 10  # 5 sequences followed one link a role at most: too few to count on


def test_the_document_holds_under_schemathesis():
    out = fuzz.run_all(CI_EXAMPLES, CI_SEQUENCES, CI_STEPS)
    print(json.dumps(out, indent=1))  # the CI step's counts
    assert out["operations"] >= 68
    assert all(out["requests"][role] >= 68 * CI_EXAMPLES for role in fuzz.ROLES)
    assert all(out["calls_with_ids_from_links"].get(role, 0) > 0 for role in fuzz.ROLES)  # ids flowed
    assert sum(n for code, n in out["statuses"].items() if 200 <= code < 300) > 0
    assert out["failures"] == {name: 0 for name in fuzz.CHECKS}, out["examples"]


def test_the_checks_catch_an_answer_the_document_does_not_describe(tmp_path, monkeypatch):
    """The run is not vacuous: an answer outside its schema, or an undocumented status, is counted."""
    clinic = fuzz.Clinic(tmp_path)
    try:
        clinic.app.config["CLINIC_CHECK_RESPONSES"] = False
        from appliance.patients import views

        monkeypatch.setattr(views.services, "get_patient", lambda conn, pid: {"id": 7})
        tally = fuzz.Tally()
        operation = clinic.schema["/api/v1/patients/{patient_id}"]["GET"]
        case = operation.Case(path_parameters={"patient_id": clinic.ids["patient_id"]})
        tally.record("doctor", case, case.call(headers=clinic.headers["doctor"]))
        assert tally.failures["response_schema_conformance"] >= 1

        def teapot(conn, pid):
            from appliance.errors import ClinicError

            err = ClinicError("no")
            err.status = 418
            raise err

        monkeypatch.setattr(views.services, "get_patient", teapot)
        tally.record("doctor", case, case.call(headers=clinic.headers["doctor"]))
        assert tally.failures["status_code_conformance"] >= 1
    finally:
        clinic.close()
