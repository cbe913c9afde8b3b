"""The reminders API: consent at the desk, a patient's reminders, dead letters and counts."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from appliance.common import today
from appliance.reminders.services import receive_reply
from appliance.reminders.tables import sms_outbox


def test_consent_reminders_dead_letters_and_requeue(init_box, client, hw, staff_factory, department):
    admin = staff_factory("admin", "boss")
    pid = client.post("/api/v1/patients", json={"given_name": "Asha", "sex": "female", "age_years": 30},
                      headers=hw).json["id"]
    bad = client.put(f"/api/v1/patients/{pid}/sms-consent", json={"number": "98123", "consent": True,
                                                                   "language": "fr"}, headers=hw)
    assert bad.status_code == 422
    assert client.put("/api/v1/patients/nobody/sms-consent", json={"number": "9812345678", "consent": True},
                      headers=hw).status_code == 404
    r = client.put(f"/api/v1/patients/{pid}/sms-consent", json={"number": "9812345678", "consent": True,
                                                                 "language": "hi"}, headers=hw)
    assert r.status_code == 200 and r.json == {"patient_id": pid, "language": "hi", "consent": True}
    client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                              "day": (today() + timedelta(days=2)).isoformat()}, headers=hw)
    [rem] = client.get(f"/api/v1/patients/{pid}/reminders", headers=hw).json["results"]
    assert rem["kind"] == "appointment" and rem["status"] == "queued" and rem["language"] == "hi"
    assert client.get("/api/v1/sms/dead", headers=hw).status_code == 403
    assert client.post(f"/api/v1/sms/{rem['id']}/requeue", headers=admin).status_code == 404
    with init_box.store.write() as conn:
        conn.execute(update(sms_outbox).values(status="dead", attempts=8, last_error="+CMS ERROR: 500"))
    [dead] = client.get("/api/v1/sms/dead", headers=admin).json["results"]
    assert dead["id"] == rem["id"] and dead["last_error"] == "+CMS ERROR: 500"
    assert client.post(f"/api/v1/sms/{rem['id']}/requeue", headers=admin).json["status"] == "queued"
    assert client.get("/api/v1/sms/dead", headers=admin).json["results"] == []
    counts = client.get("/api/v1/sms/counts", headers=admin).json["results"]
    assert [(c["status"], c["count"]) for c in counts] == [("queued", 1)]
    with init_box.write("modem") as uow:
        assert receive_reply(uow, "+919812345678", "STOP") == 1
    counts = client.get("/api/v1/sms/counts", headers=admin).json["results"]
    assert sorted((c["status"], c["channel"], c["count"]) for c in counts) == [("cancelled", None, 1),
                                                                               ("opted_out", None, 1)]


def test_registration_with_sms_consent_is_one_request_all_or_nothing(client, hw):
    body = {"given_name": "Sunita", "sex": "female", "age_years": 30, "phone": "9812345670"}
    r = client.post("/api/v1/patients", json={**body, "sms_consent": True, "sms_language": "hi"}, headers=hw)
    assert r.status_code == 201
    contact = client.get(f"/api/v1/patients/{r.json['id']}/sms-consent", headers=hw).json["contact"]
    assert (contact["number"], contact["language"], contact["consent"]) == ("+919812345670", "hi", True)
    # a bad consent (too few digits for an SMS number, no phone, unknown language): refused, nobody registered
    before = len(client.get("/api/v1/patients?q=Meena", headers=hw).json["results"])
    for bad in ({**body, "given_name": "Meena", "phone": "98123", "sms_consent": True},
                {**body, "given_name": "Meena", "phone": None, "sms_consent": True},
                {**body, "given_name": "Meena", "sms_consent": True, "sms_language": "fr"}):
        assert client.post("/api/v1/patients", json=bad, headers=hw).status_code in (400, 422)
    assert len(client.get("/api/v1/patients?q=Meena", headers=hw).json["results"]) == before
    # without the consent fields: registered, never asked; the old route still records it afterwards
    pid = client.post("/api/v1/patients", json={**body, "given_name": "Kamla"}, headers=hw).json["id"]
    assert client.get(f"/api/v1/patients/{pid}/sms-consent", headers=hw).json["contact"] is None
    assert client.put(f"/api/v1/patients/{pid}/sms-consent", json={"number": "9812345670", "consent": False},
                      headers=hw).status_code == 200
    assert client.get(f"/api/v1/patients/{pid}/sms-consent", headers=hw).json["contact"]["consent"] is False


def test_sms_numbers_with_a_trunk_0_or_the_international_00_become_e164(client, hw):
    """The README: numbers "with or without +91 or a trunk 0". A trunk 0 was kept as a digit of the
    country code (+09812345678) and 00 as two more (+00919811122233): texts to nobody."""
    pid = client.post("/api/v1/patients", json={"given_name": "Asha", "sex": "female", "age_years": 30},
                      headers=hw).json["id"]
    for typed, stored in (("09812345678", "+919812345678"), ("0091 98111 22233", "+919811122233"),
                          ("+91 98765 43210", "+919876543210"), ("98765-43210", "+919876543210"),
                          ("+44 7911 123456", "+447911123456")):
        assert client.put(f"/api/v1/patients/{pid}/sms-consent", json={"number": typed, "consent": True},
                          headers=hw).status_code == 200
        assert client.get(f"/api/v1/patients/{pid}/sms-consent", headers=hw).json["contact"]["number"] == stored
    # still not a number an SMS can reach: refused, naming the field
    for bad in ("0981234567", "+0981234567890", "+91 98765 4321", "0091 9876"):
        r = client.put(f"/api/v1/patients/{pid}/sms-consent", json={"number": bad, "consent": True}, headers=hw)
        assert r.status_code == 422 and r.json["errors"][0]["field"] == "number", (bad, r.json)
    r = client.post("/api/v1/patients", json={"given_name": "Meena", "sex": "female", "age_years": 30,
                                              "phone": "0981234567", "sms_consent": True}, headers=hw)
    assert r.status_code == 422 and r.json["errors"][0]["field"] == "phone"
    assert r.json["detail"].startswith("phone: ")


def test_a_phone_is_shown_the_same_however_it_was_typed(client, hw):
    """"+91 98765 43210" came back as 919876543210 and "98765 43210" as 9876543210."""
    ids = [client.post("/api/v1/patients", json={"given_name": name, "sex": "female", "age_years": 30,
                                                 "phone": phone}, headers=hw).json["id"]
           for name, phone in (("Radha", "+91 98765 43210"), ("Gita", "98765 43210"), ("Lata", "098765 43210"))]
    for pid in ids:
        assert client.get(f"/api/v1/patients/{pid}", headers=hw).json["phone"] == "+919876543210"
    found = client.get("/api/v1/patients?q=9876543210", headers=hw).json["results"]
    assert {p["id"]: p["phone"] for p in found} == {pid: "+919876543210" for pid in ids}
    # a landline too short to be a mobile number stays as it was stored
    pid = client.post("/api/v1/patients", json={"given_name": "Uma", "sex": "female", "age_years": 30,
                                                "phone": "2345678"}, headers=hw).json
    assert pid["phone"] == "2345678"
