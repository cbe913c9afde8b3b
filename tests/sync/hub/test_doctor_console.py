"""The remote doctor's console at the hub: doctors linked to the clinics they serve, the queue by
acuity then waiting time, the chart from the hub's copy, writes as hub-origin events in the box's
formats with the box's own allergy and dose checks, the hash-chained audit of patient reads, and
RBAC: a route × role matrix (a doctor sees only the clinics they serve)."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import update

from clinical import allergies as shared_allergies
from clinical import doses
from sync.clock import wall_ms
from sync.errors import BadRequest
from sync.hub.app import create_hub_app
from sync.hub.console import accounts, chart, consult, doctors, i18n, totp
from sync.hub.console.tables import hub_patient_audit
from sync.hub.signalling.errors import JoinRefused

from .teleconsult_seed import SeedBox

PASSWORD = "a long doctor password"
SQLITE = pytest.mark.parametrize("hub_store", ["sqlite"], indirect=True)


def test_box_and_hub_share_one_allergy_and_dose_check():
    from appliance.prescriptions import allergies as box_allergies
    from appliance.prescriptions.schemas import DOSE_LIMITS, PrescriptionItemIn

    assert box_allergies.matches is shared_allergies.matches and DOSE_LIMITS is doses.DOSE_LIMITS
    assert shared_allergies.matches("Amoxycillin 500 mg", "Penicillin") == "both are penicillins"
    assert doses.dose_problem(30, "tablet", "TDS", 5) == "a single dose of 30 tablet is more than 10 tablet"
    with pytest.raises(ValueError, match="more than 10 tablet"):
        PrescriptionItemIn(drug="Paracetamol", dose=30, unit="tablet", frequency="TDS", duration_days=5)


def test_every_console_string_has_english_and_hindi():
    for key, (en, hi) in i18n.STRINGS.items():
        assert en.strip() and hi.strip() and en != hi or key in {"soap_note", "vital_spo2"}, key
        assert set(_fields(en)) == set(_fields(hi)), key


def _fields(text: str) -> list[str]:
    import string
    return [f for _, f, _, _ in string.Formatter().parse(text) if f]


def _staff(store, username: str, role: str, clinics: tuple[str, ...] = ()) -> tuple[accounts.Staff, str]:
    made = accounts.create_staff(store.engine, username, username.title(), role, PASSWORD)
    if clinics:
        doctors.link_clinics(store.engine, username, clinics)
    # Each sign-in needs a fresh TOTP step: claim the current one for this new account.
    token = accounts.sign_in(store.engine, username, PASSWORD, totp.now_code(made["totp_secret"], wall_ms() / 1000))
    return accounts.session(store.engine, token), token


def _signed_in_at_consult(store, request: dict):
    """Dr Mehta, CLA's remote doctor, signed in to a hub app's console at the request's consult page:
    (app, console session, test client, the page's path)."""
    app = create_hub_app(store, admin_token="unused")
    sess, token = _staff(store, "dr.mehta", "remote_doctor", ("CLA",))
    client = app.test_client()
    client.set_cookie("hub_console", token)
    return app, sess, client, f"/console/consult/{request['request_id']}"


@pytest.fixture
def world(hub_store):
    cla, clb = SeedBox(hub_store, "CLA", "cla-box"), SeedBox(hub_store, "CLB", "clb-box")
    routine = cla.request_doctor(given="Ravi", family="Kumar", sex="male", age=40, complaint="cough for a week",
                                 urgency="routine", minutes_ago=40)
    emergency = clb.request_doctor(given="Sunita", family="Devi", sex="female", age=30,
                                   complaint="chest pain and breathlessness", urgency="emergency", minutes_ago=5,
                                   allergies=("Penicillin",), vitals={"spo2": 89, "pulse": 122},
                                   past_diagnosis="asthma",
                                   draft={"subjective": ["Chest pain since morning."], "objective": [],
                                          "assessment": [], "plan": []})
    return hub_store, cla, clb, routine, emergency


@SQLITE
def test_queue_orders_by_acuity_then_waiting_and_only_the_doctors_clinics(world):
    store, cla, clb, routine, emergency = world
    urgent_old = cla.request_doctor(given="Meena", family="Bai", sex="female", age=70, complaint="fever",
                                    urgency="urgent", minutes_ago=90)
    urgent_new = cla.request_doctor(given="Arjun", family="Lal", sex="male", age=8, complaint="vomiting",
                                    urgency="urgent", minutes_ago=10)
    order = [r.id for r in chart.queue(store, ["CLA", "CLB"])]
    assert order == [emergency["request_id"], urgent_old["request_id"], urgent_new["request_id"],
                     routine["request_id"]]
    first = chart.queue(store, ["CLA", "CLB"])[0]
    assert (first.clinic_id, first.age, first.patient["sex"], first.complaint) == (
        "CLB", 30, "female", "chest pain and breathlessness")
    assert first.vitals["spo2"]["value"] == 89
    assert [r.clinic_id for r in chart.queue(store, ["CLA"])] == ["CLA"] * 3


@SQLITE
def test_chart_allergy_blocks_amoxicillin_paracetamol_goes_to_the_clinic_as_hub_events(world):
    store, cla, clb, routine, emergency = world
    sess, _ = _staff(store, "dr.mehta", "remote_doctor", ("CLB",))
    req = chart.request(store, emergency["request_id"], ["CLB"])
    ch = chart.chart(store, req.patient_id, req.encounter_id)
    assert [a["substance"] for a in ch["allergies"]] == ["Penicillin"]
    assert [d["text"] for d in ch["history"]] == ["asthma"] and ch["note"]["version"] == 1

    line = {"dose": "500", "unit": "mg", "route": "oral", "frequency": "TDS", "duration_days": "5"}
    with pytest.raises(consult.AllergyBlock, match="Amoxicillin vs allergy to Penicillin"):
        consult.prescribe(store, sess.staff, req, [{"drug": "Amoxicillin", **line}])
    with pytest.raises(BadRequest, match="more than 10 tablet"):
        consult.prescribe(store, sess.staff, req, [{**line, "drug": "Paracetamol", "dose": "30", "unit": "tablet"}])
    rx = consult.prescribe(store, sess.staff, req, [{"drug": "Paracetamol", **line}])
    consult.set_status(store, sess.staff, req, "joining")
    consult.save_note(store, sess.staff, req, {"subjective": "Chest pain since morning.\nWorse on exertion.",
                                               "assessment": "Suspected pneumonia"}, base_version=1)
    with pytest.raises(BadRequest, match="changed since you opened it"):
        consult.save_note(store, sess.staff, req, {"plan": "x"}, base_version=1)
    sig = consult.sign_note(store, sess.staff, req, 2)
    with pytest.raises(BadRequest, match="signed"):
        consult.save_note(store, sess.staff, req, {"plan": "more"}, base_version=2)

    pulled = [e for e in clb.pull_all() if e["origin"] == "hub"]
    kinds = {(e["entity"], e["op"]) for e in pulled}
    assert {("prescription", "written"), ("soap_version", "edited"), ("soap_signature", "signed"),
            ("teleconsult", "updated")} <= kinds
    assert all(e["actor"] == f"doctor:{sess.staff.id}" and e["patient_id"] == req.patient_id for e in pulled)
    got_rx = next(e for e in pulled if e["entity"] == "prescription")
    assert got_rx["id"] == rx["id"] and got_rx["fields"]["items"][0]["drug"] == "Paracetamol"
    assert got_rx["fields"]["encounter_id"] == req.encounter_id and got_rx["fields"]["status"] == "active"
    signed = next(e for e in pulled if e["entity"] == "soap_signature")["fields"]
    assert signed["version"] == 2 and signed["content_sha256"] == sig["fields"]["content_sha256"]
    assert not [e for e in cla.pull_all() if e["origin"] == "hub"]        # another clinic's patient: not sent
    assert chart.request(store, req.id, ["CLB"]).status == "done"         # the signed note finished the consult


@SQLITE
def test_patient_reads_are_audited_in_a_hash_chain_that_shows_tampering(world):
    store, *_ = world
    for n in range(3):
        doctors.record_access(store.engine, "dr.mehta", "read chart", f"p{n}", "CLB")
    assert doctors.verify_chain(store.engine) == {"ok": True, "rows": 3, "broken_at": None}
    with store.engine.begin() as conn:
        conn.execute(update(hub_patient_audit).where(hub_patient_audit.c.seq == 2).values(patient_id="someone-else"))
    assert doctors.verify_chain(store.engine)["broken_at"] == 2


ROLES = ("hub_admin", "district_manager", "doctor_of_none", "doctor_of_CLA", "doctor_of_CLB")
# route -> expected status for each role above (303: done and sent on; 404: not this doctor's clinic)
MATRIX = {
    ("GET", "/console/"): (200, 200, 303, 303, 303),
    ("GET", "/console/conflicts"): (200, 403, 403, 403, 403),
    ("GET", "/console/audit"): (200, 403, 403, 403, 403),
    ("GET", "/console/queue"): (403, 403, 200, 200, 200),
    ("GET", "/console/consult/{rid}"): (403, 403, 404, 200, 404),
    ("GET", "/console/consult/{rid}/draft"): (403, 403, 404, 200, 404),
    ("POST", "/console/consult/{rid}/diagnosis"): (403, 403, 404, 303, 404),
    ("POST", "/console/consult/{rid}/prescription"): (403, 403, 404, 303, 404),
    ("POST", "/console/consult/{rid}/status"): (403, 403, 404, 303, 404),
}


@SQLITE
def test_route_by_role_matrix_a_doctor_sees_only_the_clinics_they_serve(world):
    store, cla, clb, routine, emergency = world
    app = create_hub_app(store, admin_token="unused")
    sessions = {}
    for role in ROLES:
        real = "remote_doctor" if role.startswith("doctor") else role
        clinics = (role.rsplit("_", 1)[1],) if real == "remote_doctor" else ()
        sessions[role] = _staff(store, role.replace("_", "-").lower(), real, clinics)
    forms = {"diagnosis": {"text": "Community-acquired pneumonia", "certainty": "provisional"},
             "prescription": {"drug_0": "Paracetamol 500 mg", "dose_0": "1", "unit_0": "tablet", "route_0": "oral",
                              "frequency_0": "TDS", "days_0": "3"},
             "status": {"status": "joining"}}
    seen = {}
    for (method, route), expected in MATRIX.items():
        for role, want in zip(ROLES, expected):
            sess, token = sessions[role]
            client = app.test_client()
            client.set_cookie("hub_console", token)
            path = route.format(rid=routine["request_id"])
            if method == "GET":
                resp = client.get(path)
            else:
                resp = client.post(path, data={"csrf": sess.csrf, **forms[path.rsplit("/", 1)[1]]})
            seen[(method, route, role)] = resp.status_code
            if role == "doctor_of_CLB" and route == "/console/queue":
                assert "Sunita" in resp.get_data(as_text=True) and "Ravi" not in resp.get_data(as_text=True)
    wrong = {k: v for k, v in seen.items() if v != MATRIX[k[:2]][ROLES.index(k[2])]}
    assert wrong == {}
    # The writes that were allowed happened once each, as hub events; the refused ones left nothing.
    ch = chart.chart(store, routine["patient_id"], routine["encounter_id"])
    assert [d["text"] for d in ch["visit_diagnoses"]] == ["Community-acquired pneumonia"]
    assert [i["drug"] for m in ch["medications"] for i in m["items"]] == ["Paracetamol 500 mg"]
    actions = {(a["username"], a["action"]) for a in doctors.accesses(store.engine)}
    assert ("doctor-of-cla", "read chart") in actions and ("doctor-of-cla", "prescription") in actions
    assert not any(u == "doctor-of-clb" and a == "read chart" for u, a in actions)
    assert doctors.verify_chain(store.engine)["ok"]


@SQLITE
def test_bad_input_is_a_clear_4xx_and_changes_nothing(world):
    store, cla, clb, routine, emergency = world
    app, sess, client, base = _signed_in_at_consult(store, routine)
    before = store.head()
    for action, form in (("prescription", {"drug_0": "Paracetamol", "dose_0": "abc", "unit_0": "mg",
                                          "frequency_0": "TDS", "days_0": "3"}),
                         ("prescription", {}),
                         ("diagnosis", {"text": "x"}),
                         ("note", {"base_version": "7", "plan": "rest"}),
                         ("sign", {"version": "1"}),
                         ("status", {"status": "done"}),
                         ("referral", {"to_clinic": "CLA", "reason": "same clinic"})):
        resp = client.post(f"{base}/{action}", data={"csrf": sess.csrf, **form})
        assert resp.status_code == 400, (action, form, resp.status_code)
        assert "role=alert" in resp.get_data(as_text=True)
    assert client.post(f"{base}/diagnosis", data={"text": "flu"}).status_code == 403      # no form token
    assert store.head() == before
    manager = _staff(store, "mgr", "district_manager")[0].staff.username
    with pytest.raises(BadRequest, match="not a doctor"):
        doctors.link_clinics(store.engine, manager, ["CLA"])
    with pytest.raises(BadRequest, match="no hub staff"):
        doctors.link_clinics(store.engine, "nobody", ["CLA"])


@SQLITE
def test_joining_the_call_issues_a_single_use_token_for_the_visits_room(world):
    store, cla, clb, routine, emergency = world
    app, sess, client, base = _signed_in_at_consult(store, routine)
    assert client.post(f"{base}/call", data={"csrf": sess.csrf}).status_code == 400     # not taken yet
    assert client.post(f"{base}/status", data={"csrf": sess.csrf, "status": "joining"}).status_code == 303
    resp = client.post(f"{base}/call", data={"csrf": sess.csrf})
    assert resp.status_code == 303
    room_id, call_token = re.fullmatch(r"/call/([0-9a-f-]{36})#token=(jt_[\w-]+)", resp.headers["Location"]).groups()
    sig = app.config["HUB_SIGNALLING"]
    assert room_id == sig.room_for("CLA", routine["encounter_id"])
    assert sig.join(room_id, call_token)["call_id"]
    with pytest.raises(JoinRefused, match="used already"):
        sig.join(room_id, call_token)                                  # single use
    assert chart.request(store, routine["request_id"], ["CLA"]).status == "in_call"
    assert client.get(resp.headers["Location"].split("#")[0]).status_code == 200   # the hub's call page


@SQLITE
def test_oauth_code_with_pkce_gives_a_doctor_app_the_queue_of_their_clinics_only(world):
    from urllib.parse import parse_qs, urlencode, urlparse

    from sync.hub.console import oauth

    store, cla, clb, routine, emergency = world
    app = create_hub_app(store, admin_token="unused")
    oauth.register_client(store.engine, "doctor-tablet", "Doctor's tablet app", ["http://127.0.0.1:8765/cb"])
    with pytest.raises(BadRequest):
        oauth.register_client(store.engine, "evil", "Evil", ["http://evil.example/cb"])     # https only off loopback
    sess, token = _staff(store, "dr.mehta", "remote_doctor", ("CLA",))
    browser = app.test_client()
    browser.set_cookie("hub_console", token)
    verifier, challenge = oauth.pkce_pair()
    query = {"response_type": "code", "client_id": "doctor-tablet", "redirect_uri": "http://127.0.0.1:8765/cb",
             "state": "s1", "code_challenge": challenge, "code_challenge_method": "S256"}
    url = "/console/oauth/authorize?" + urlencode(query)
    assert app.test_client().get(url).status_code == 303                  # not signed in: to the sign-in page
    page = browser.get(url)
    assert page.status_code == 200 and "Doctor&#x27;s tablet app" in page.get_data(as_text=True)
    assert "form-action 'self' http://127.0.0.1:8765" in page.headers["Content-Security-Policy"]
    no_pkce = browser.get("/console/oauth/authorize?" + urlencode(
        {k: v for k, v in query.items() if not k.startswith("code_")}))
    assert no_pkce.status_code == 400 and "PKCE is required" in no_pkce.get_data(as_text=True)
    assert browser.post(url, data={"decision": "allow"}).status_code == 403         # no form token
    approved = browser.post(url, data={"csrf": sess.csrf, "decision": "allow"})
    assert approved.status_code == 302
    back = parse_qs(urlparse(approved.headers["Location"]).query)
    assert back["state"] == ["s1"]
    code = back["code"][0]

    api = app.test_client()
    exchange = {"grant_type": "authorization_code", "code": code, "redirect_uri": query["redirect_uri"],
                "client_id": "doctor-tablet"}
    wrong = api.post("/console/oauth/token", data={**exchange, "code_verifier": oauth.pkce_pair()[0]})
    assert wrong.status_code == 400 and wrong.json["error"] == "invalid_grant"
    assert api.post("/console/oauth/token", data={**exchange, "code_verifier": verifier}).json["error"] == \
        "invalid_grant"                                                  # a wrong verifier spent the code
    verifier, challenge = oauth.pkce_pair()
    url = "/console/oauth/authorize?" + urlencode({**query, "code_challenge": challenge})
    code = parse_qs(urlparse(browser.post(url, data={"csrf": sess.csrf, "decision": "allow"})
                             .headers["Location"]).query)["code"][0]
    got = api.post("/console/oauth/token", data={**exchange, "code": code, "code_verifier": verifier})
    assert got.status_code == 200 and got.json["token_type"].lower() == "bearer" and "refresh_token" not in got.json
    assert api.post("/console/oauth/token", data={**exchange, "code": code, "code_verifier": verifier}
                    ).status_code == 400                                # a code works once
    assert api.get("/v1/doctor/queue").status_code == 401
    queue = api.get("/v1/doctor/queue", headers={"Authorization": f"Bearer {got.json['access_token']}"})
    assert queue.status_code == 200
    assert [r["request_id"] for r in queue.json["results"]] == [routine["request_id"]]     # CLA only
    denied = browser.post(url, data={"csrf": sess.csrf, "decision": "deny"})
    assert "error=access_denied" in denied.headers["Location"]
    assert ("dr.mehta", "viewed queue (api)") in {(a["username"], a["action"]) for a in doctors.accesses(store.engine)}


@SQLITE
def test_the_console_refuses_a_dose_beyond_the_drugs_limit_and_has_no_default_frequency(world):
    store, cla, clb, routine, emergency = world
    app, sess, client, base = _signed_in_at_consult(store, routine)
    page = client.get(base).get_data(as_text=True)
    freq = re.search(r"<select name=frequency_0>(.*?)</select>", page).group(1)
    assert "selected" not in freq and freq.startswith("<option value=''>")  # nothing chosen for the doctor
    before = store.head()
    line = {"drug_0": "Paracetamol", "dose_0": "5000", "unit_0": "mg", "route_0": "oral", "days_0": "3"}
    resp = client.post(f"{base}/prescription", data={"csrf": sess.csrf, **line, "frequency_0": "TDS"})
    body = resp.get_data(as_text=True)
    assert resp.status_code == 400 and "role=alert" in body and "beyond the drug" in body
    resp = client.post(f"{base}/prescription", data={"csrf": sess.csrf, **line, "dose_0": "500"})  # no frequency
    assert resp.status_code == 400 and "frequency" in resp.get_data(as_text=True)
    assert store.head() == before
    resp = client.post(f"{base}/prescription", data={"csrf": sess.csrf, **line, "dose_0": "500", "frequency_0": "QID"})
    assert resp.status_code == 303 and store.head() != before
    resp = client.post(f"{base}/prescription", data={"csrf": sess.csrf, **line, "drug_0": "Frobnicillane",
                                                     "dose_0": "500", "frequency_0": "BD"})
    assert resp.status_code == 303 and "rx=" in resp.headers["Location"]
    shown = client.get(resp.headers["Location"]).get_data(as_text=True)
    assert "unknown drug" in shown and "Frobnicillane" in shown


@SQLITE
def test_the_console_adds_a_drugs_lines_across_this_visits_prescriptions(world):
    """Written one drug at a time, as the console's form invites, paracetamol 1 g four times a day and then 500 mg
    three times a day each passed alone; together they are 5.5 g a day. The box added this visit's earlier
    prescriptions; the hub's console did not."""
    store, cla, clb, routine, emergency = world
    app, sess, client, base = _signed_in_at_consult(store, routine)
    line = {"drug_0": "Paracetamol", "unit_0": "mg", "route_0": "oral", "days_0": "3"}
    first = client.post(f"{base}/prescription", data={"csrf": sess.csrf, **line, "dose_0": "1000", "frequency_0": "QID"})
    assert first.status_code == 303
    before = store.head()
    again = client.post(f"{base}/prescription", data={"csrf": sess.csrf, **line, "dose_0": "500", "frequency_0": "TDS"})
    body = again.get_data(as_text=True)
    assert again.status_code == 400 and "role=alert" in body, body[:500]
    assert "together give 5500 mg a day" in body
    assert store.head() == before
