"""A clinic's phone at the hub (sync/hub/contacts, console/contact.py): a hub admin sets it on the clinic's
console page, E.164 as the kiosk reads a patient's number (clinical/phones.py), audited; bad input is a 4xx naming
its field that changes nothing; the doctor's call page is handed it at the join and the consult screen shows it
as a tel: link. On the real hub app over SQLite and PostgreSQL (the hub_store fixture)."""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from sync.hub.app import create_hub_app
from sync.hub.console import accounts, doctors
from sync.hub.console.contact import set_clinic_contact
from sync.hub.contacts.services import InvalidContact, contact_of
from sync.hub.signalling.services import Signalling

from .staff import csrf, signed_in_staff
from .teleconsult_seed import SeedBox


@pytest.fixture
def hub(hub_store):
    """CLA with an enrolled box (and a patient waiting for a doctor), CLB with an enrolment token only."""
    from sync.hub import services

    cla = SeedBox(hub_store, "CLA", "cla-box")
    request = cla.request_doctor(given="Ravi", family="Kumar", sex="male", age=40, complaint="cough for a week",
                                 urgency="routine", minutes_ago=10)
    services.issue_token(hub_store, "CLB")
    return hub_store, create_hub_app(hub_store, admin_token="unused-here"), request


def _audited(store, action: str) -> list[dict]:
    return [a for a in accounts.audit_trail(store.engine) if a["action"] == action]


def test_a_hub_admin_sets_the_clinics_phone_as_e164_and_every_change_is_audited(hub):
    store, app, _ = hub
    admin = signed_in_staff(store, app)
    page = admin.get("/console/clinics/CLA").get_data(as_text=True)
    assert "No phone number" in page and "action='/console/clinics/CLA/contact'" in page

    resp = admin.post("/console/clinics/CLA/contact", data={"csrf": csrf(page), "phone": " 098123 45678 ",
                                                           "name": "  Sister   Meena, nurse in charge "})
    assert resp.status_code == 303 and resp.headers["Location"].endswith("/console/clinics/CLA")
    held = contact_of(store.engine, "CLA")
    assert (held.phone, held.name, held.updated_by) == ("+919812345678", "Sister Meena, nurse in charge", "asha")
    page = admin.get("/console/clinics/CLA").get_data(as_text=True)
    assert "<a href='tel:+919812345678' data-clinic-phone>+919812345678</a>" in page
    assert "Sister Meena, nurse in charge" in page
    listing = admin.get("/console/").get_data(as_text=True)
    assert "tel:+919812345678" in listing and "<th>Phone</th>" in listing
    [done] = _audited(store, "clinic contact set")
    assert done["username"] == "asha" and done["target"] == "CLA"
    assert json.loads(done["detail"]) == {"clinic": "CLA", "was": None,
                                          "now": {"phone": "+919812345678", "name": "Sister Meena, nurse in charge"}}

    # The same number typed another way is no change: nothing written, nothing audited.
    admin.post("/console/clinics/CLA/contact", data={"csrf": csrf(page), "phone": "+91 98123-45678",
                                                    "name": "Sister Meena, nurse in charge"})
    assert len(_audited(store, "clinic contact set")) == 1
    # A number abroad keeps its country code; the audit says what it was.
    admin.post("/console/clinics/CLA/contact", data={"csrf": csrf(page), "phone": "+44 20 7946 0958", "name": ""})
    assert (contact_of(store.engine, "CLA").phone, contact_of(store.engine, "CLA").name) == ("+442079460958", None)
    assert json.loads(_audited(store, "clinic contact set")[0]["detail"])["was"]["phone"] == "+919812345678"
    # A clinic with only an enrolment token is a clinic the hub knows: it may have a phone before its box.
    assert admin.post("/console/clinics/CLB/contact", data={"csrf": csrf(page), "phone": "9876543210"}
                      ).status_code == 303
    assert contact_of(store.engine, "CLB").phone == "+919876543210"
    # Both fields empty: the clinic has no phone at the hub any more.
    assert admin.post("/console/clinics/CLA/contact", data={"csrf": csrf(page), "phone": "", "name": ""}
                      ).status_code == 303
    assert contact_of(store.engine, "CLA") is None
    [removed] = _audited(store, "clinic contact removed")
    assert json.loads(removed["detail"])["was"] == {"phone": "+442079460958", "name": None}


BAD = [
    ({"phone": "call the nurse", "name": ""}, 422, "phone: not a phone number"),
    ({"phone": "12345", "name": ""}, 422, "phone: not a phone number"),                # too few digits
    ({"phone": "0 98123 4567", "name": ""}, 422, "phone: not a phone number"),         # a trunk 0, 9 digits
    ({"phone": "+91 98123 456789", "name": ""}, 422, "phone: not a phone number"),     # +91 and 11 digits
    ({"phone": "+1234567890123456", "name": ""}, 422, "phone: not a phone number"),    # 16 digits: past E.164
    ({"phone": "9812345678 ext 12", "name": ""}, 422, "phone: not a phone number"),
    ({"phone": "9" * 21, "name": ""}, 422, "phone: at most 20 characters"),
    ({"phone": "", "name": "Sister Meena"}, 422, "phone: give the clinic's phone number"),
    ({"phone": "9812345678", "name": "M" * 121}, 422, "name: at most 120 characters"),
    ({"phone": "9812345678", "name": "Meena\x07"}, 422, "name: control characters"),
    ({"phone": ["9812345678", "9876543210"], "name": ""}, 422, "phone: give it once"),
]


@pytest.mark.parametrize("form, status, says", BAD, ids=[b[2].split(":")[0] + str(i) for i, b in enumerate(BAD)])
def test_bad_input_is_a_4xx_naming_the_field_and_changes_nothing(hub, form, status, says):
    store, app, _ = hub
    admin = signed_in_staff(store, app)
    page = admin.get("/console/clinics/CLA").get_data(as_text=True)
    admin.post("/console/clinics/CLA/contact", data={"csrf": csrf(page), "phone": "9812345678", "name": "Meena"})
    before = contact_of(store.engine, "CLA")

    resp = admin.post("/console/clinics/CLA/contact", data={"csrf": csrf(page), **form})
    text = resp.get_data(as_text=True)
    assert resp.status_code == status, text
    assert re.search(r"<p class=error role=alert>[^<]*" + re.escape(says.replace("'", "&#x27;")), text), text
    assert contact_of(store.engine, "CLA") == before
    assert len(_audited(store, "clinic contact set")) == 1
    [refused] = _audited(store, "refused: clinic contact")
    assert refused["target"] == "CLA" and refused["detail"].startswith(says.split(":")[0] + ":")
    if isinstance(form["phone"], str) and form["phone"]:
        assert f"value='{form['phone']}'" in text, "what was typed is shown again to correct"


def test_the_wrong_type_unknown_clinics_and_other_roles_change_nothing(hub):
    store, app, _ = hub
    set_clinic_contact(store, store.engine, "cli", "CLA", "9812345678", "Meena")
    before = contact_of(store.engine, "CLA")
    for phone, name, field in ((9812345678, "", "phone"), (["9812345678"], "", "phone"),
                               ({"n": "9812345678"}, "", "phone"), ("9876543210", 42, "name"),
                               ("9876543210", ["Meena"], "name")):
        with pytest.raises(InvalidContact) as err:
            set_clinic_contact(store, store.engine, "cli", "CLA", phone, name)
        assert err.value.status == 422 and err.value.extra["field"] == field
        assert err.value.detail.startswith(f"{field}: must be")
    assert contact_of(store.engine, "CLA") == before

    admin = signed_in_staff(store, app)
    page = admin.get("/console/clinics/CLA").get_data(as_text=True)
    resp = admin.post("/console/clinics/NOWHERE/contact", data={"csrf": csrf(page), "phone": "9876543210"})
    assert resp.status_code == 404 and "knows no clinic NOWHERE" in resp.get_data(as_text=True)
    assert contact_of(store.engine, "NOWHERE") is None
    assert admin.post("/console/clinics/CLA/contact", data={"phone": "9876543210"}).status_code == 403  # no token

    manager = signed_in_staff(store, app, "ravi", "district_manager")
    page = manager.get("/console/clinics/CLA").get_data(as_text=True)
    assert "tel:+919812345678" in page and "/contact'" not in page       # sees the number, has no form
    assert manager.post("/console/clinics/CLA/contact", data={"csrf": csrf(page), "phone": "9876543210"}
                        ).status_code == 403
    doctor = signed_in_staff(store, app, "dr.mehta", "remote_doctor")
    page = doctor.get("/console/queue").get_data(as_text=True)
    assert doctor.post("/console/clinics/CLA/contact", data={"csrf": csrf(page), "phone": "9876543210"}
                       ).status_code == 403
    assert contact_of(store.engine, "CLA") == before
    assert [a["action"] for a in accounts.audit_trail(store.engine) if "contact" in a["action"]] == [
        "refused: clinic contact", "clinic contact set"]


def test_the_join_hands_the_call_page_the_clinics_phone(hub):
    store, app, _ = hub
    sig: Signalling = app.config["HUB_SIGNALLING"]
    client = app.test_client()

    def join(clinic: str) -> dict:
        issued = sig.issue_join_token("dr-mehta", clinic, "enc-1")
        resp = client.post(f"/v1/rooms/{issued.room_id}/join", json={"token": issued.token})
        assert resp.status_code == 201
        return resp.get_json()
    assert join("CLA")["clinic_contact"] is None                     # the page says the hub has no number
    set_clinic_contact(store, store.engine, "cli", "CLA", "0 98123 45678", "Sister Meena")
    assert join("CLA")["clinic_contact"] == {"clinic_id": "CLA", "phone": "+919812345678", "name": "Sister Meena"}


def test_the_doctors_consult_screen_shows_the_clinics_phone_beside_the_call(hub):
    store, app, request = hub
    doctor = signed_in_staff(store, app, "dr.mehta", "remote_doctor")
    doctors.link_clinics(store.engine, "dr.mehta", ("CLA",))
    path = f"/console/consult/{request['request_id']}"
    page = doctor.get(path).get_data(as_text=True)
    assert "The hub has no phone number for clinic CLA." in page and "tel:" not in page
    set_clinic_contact(store, store.engine, "cli", "CLA", "+91 98123 45678", "Sister Meena")
    page = doctor.get(path).get_data(as_text=True)
    panel = page[page.index("id=call-panel"):page.index("id=note")]
    assert ("If the call cannot reach the clinic, phone clinic CLA (Sister Meena): "
            "<a href='tel:+919812345678' data-clinic-phone>+919812345678</a>") in panel


def test_the_hub_command_line_sets_the_phone_and_audits_it_as_cli(hub):
    from sync.hub.cli import hub_group

    store, _, _ = hub
    url = store.engine.url.render_as_string(hide_password=False)
    res = CliRunner().invoke(hub_group, ["contact", "--db", url, "--clinic", "CLA", "--phone", "098123 45678",
                                         "--name", "Sister Meena"])
    assert res.exit_code == 0 and res.output == "CLA\t+919812345678\tSister Meena\n", res.output
    assert _audited(store, "clinic contact set")[0]["username"] == "cli"
    res = CliRunner().invoke(hub_group, ["contact", "--db", url, "--clinic", "CLA", "--phone", "12345"])
    assert res.exit_code == 2 and "phone: not a phone number" in res.output
    res = CliRunner().invoke(hub_group, ["contact", "--db", url, "--clinic", "NOWHERE", "--phone", "9812345678"])
    assert res.exit_code == 2 and "knows no clinic NOWHERE" in res.output
    assert contact_of(store.engine, "CLA").phone == "+919812345678" and contact_of(store.engine, "NOWHERE") is None


def test_box_and_hub_read_a_phone_number_with_one_function():
    """The hub's console reads a clinic's number as the kiosk reads a patient's: clinical/phones.py, not a copy."""
    from appliance.patients.schemas import PatientIn
    from appliance.reminders import services as reminders
    from clinical import phones
    from sync.hub.contacts import services as contacts

    assert reminders.msisdn is contacts.msisdn is phones.msisdn
    assert PatientIn.model_fields["phone"].metadata[-1].pattern == phones.PHONE_PATTERN
    assert contacts.check_phone("098123 45678") == reminders.msisdn("098123 45678") == "+919812345678"
