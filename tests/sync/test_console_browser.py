"""The hub console in a real browser (Debian Chromium via Playwright) over a PostgreSQL hub: the
first admin is made with `clinic hub staff create`, signs in with a TOTP code, sees a silent, a
never-synced and a conflicted clinic flagged, and resolves the conflict; the boxes receive it."""
from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest
from click.testing import CliRunner
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from appliance.encounters.schemas import DiagnosisIn
from appliance.encounters.services import add_diagnosis, open_encounter
from appliance.encounters.tables import encounter_diagnoses
from appliance.patients.schemas import PatientIn
from appliance.patients.services import register_patient
from sync.client import SyncClient
from sync.clock import wall_ms
from sync.hub import services as hub_services
from sync.hub.cli import hub_group
from sync.hub.console import totp
from sync.review import open_conflicts, revise_record
from tests.kiosk.conftest import CHROMIUM, SCREENSHOTS, launch, needed

from .conftest import FlaskLink
from .world import Replica, template

VIEWPORT = {"width": 1366, "height": 768}
PASSWORD = "a long hub admin password"


@pytest.fixture
def browser(playwright):
    b = launch(playwright)
    yield b
    b.close()


def _box(tmp_path, store, app, name, clinic):
    replica = Replica(name, tmp_path / f"{name}.db", template(tmp_path))
    client = SyncClient(replica.store, name, Ed25519PrivateKey.generate(), FlaskLink(app), codec="zstd")
    client.enrol(hub_services.issue_token(store, clinic))
    return replica, client


def _shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=False)


@pytest.mark.parametrize("hub_store", ["postgresql"], indirect=True)
def test_admin_signs_in_sees_clinics_flagged_and_resolves_a_conflict_that_reaches_the_boxes(
        served_hub, browser, tmp_path):
    store, app, url = served_hub
    db_url = store.engine.url.render_as_string(hide_password=False)
    made = CliRunner().invoke(hub_group, ["staff", "create", "--db", db_url, "--username", "nurse.manager",
                                          "--name", "Grace Wanjiru", "--role", "hub_admin"],
                              input=f"{PASSWORD}\n{PASSWORD}\n")
    assert made.exit_code == 0, made.output
    secret = re.search(r"TOTP secret: (\w+)", made.output).group(1)
    assert "otpauth://totp/" in made.output

    # Clinic CLA: two boxes edit the same diagnosis at once -> a conflict for review.
    a, ca = _box(tmp_path, store, app, "cla-box-a", "CLA")
    b, cb = _box(tmp_path, store, app, "cla-box-b", "CLA")
    with a.write("asha") as uow:
        p = register_patient(uow, PatientIn(given_name="Amina", family_name="Otieno", sex="female",
                                            phone="+254 712 345 678", age_years=30), "CLA")
    with a.write("drrao") as uow:
        dx = add_diagnosis(uow, open_encounter(uow, p["id"])["id"], DiagnosisIn(text="malaria"))
    ca.sync_now()
    cb.sync_now()
    with a.write("drrao") as uow:
        revise_record(uow, "diagnosis", dx["id"], {"text": "typhoid fever"})
    with b.write("drkim") as uow:
        revise_record(uow, "diagnosis", dx["id"], {"text": "pneumonia"})
    for c in (ca, cb, ca):
        c.sync_now()
    [conflict] = store.conflicts()
    other_value = conflict["loser_value"].strip('"')
    # Clinic CLS synced once, nine hours ago (its last contact is set as the hub would have recorded it).
    s, cs = _box(tmp_path, store, app, "cls-box", "CLS")
    cs.sync_now()
    nine_h = datetime.fromtimestamp(wall_ms() / 1000 - 9 * 3600, tz=timezone.utc).isoformat(timespec="milliseconds")
    store.record_contact("cls-box", nine_h)
    # Clinic CLN: an enrolment token, no box yet.
    hub_services.issue_token(store, "CLN")

    ctx = browser.new_context(viewport=VIEWPORT, locale="en-GB")
    ctx.set_default_timeout(30000)
    page = ctx.new_page()
    page.goto(url + "/")
    assert page.url.endswith("/console/sign-in")
    page.fill("input[name=username]", "nurse.manager")
    page.fill("input[name=password]", PASSWORD)
    page.fill("input[name=code]", "000000" if totp.now_code(secret, wall_ms() / 1000) != "000000" else "111111")
    page.click("button:has-text('Sign in')")
    assert "wrong" in page.inner_text("[role=alert]")
    _shot(page, "hub-01-sign-in")
    page.fill("input[name=username]", "nurse.manager")
    page.fill("input[name=password]", PASSWORD)
    page.fill("input[name=code]", totp.now_code(secret, wall_ms() / 1000))
    page.click("button:has-text('Sign in')")
    page.wait_for_selector("h1:has-text('Clinics at a glance')")
    _shot(page, "hub-02-clinics")
    rows = {r.query_selector("td").inner_text(): r.inner_text() for r in page.query_selector_all("tr:has(td)")}
    assert "silent" in rows["CLS"] and "no contact for 9 hours" in rows["CLS"]
    assert "never synced" in rows["CLN"] and "no box has enrolled yet" in rows["CLN"]
    assert "needs a decision" in rows["CLA"] and "1 conflict waiting" in rows["CLA"] and rows["CLA"].split("\t")[5] == "1"      # one open conflict
    order = [r.query_selector("td").inner_text() for r in page.query_selector_all("tr:has(td)")]
    assert order == ["CLS", "CLN", "CLA"]                                         # worst first

    page.click("a:has-text('CLA')")
    page.wait_for_selector("h1:has-text('Clinic CLA')")
    assert "cla-box-a" in page.inner_text("main") and "typhoid fever" in page.inner_text("main")
    _shot(page, "hub-03-clinic")

    page.click("header a:has-text('Conflicts')")
    page.wait_for_selector("h1:has-text('Conflicts waiting')")
    text = page.inner_text("main")
    assert "typhoid fever" in text and "pneumonia" in text and "drrao" in text and "drkim" in text
    assert "cla-box-a" in text and "cla-box-b" in text and "signed clinical record" in text
    _shot(page, "hub-04-conflict")
    page.check("input[name=choice][value=other]")
    page.click("button:has-text('Resolve')")                 # no reason: refused, nothing changes
    assert page.url.endswith("/console/conflicts") and len(store.conflicts()) == 1
    page.check("input[name=choice][value=other]")
    page.fill("textarea[name=reason]", "Chest X-ray confirms pneumonia")
    page.click("button:has-text('Resolve')")
    page.wait_for_selector("text=No conflicts")
    _shot(page, "hub-05-no-conflicts")
    assert store.conflicts() == []
    ctx.close()

    for client, box in ((ca, a), (cb, b)):
        client.sync_now()
        with box.store.read() as conn:
            assert open_conflicts(conn) == []
            assert conn.execute(select(encounter_diagnoses.c.text)
                                .where(encounter_diagnoses.c.id == dx["id"])).scalar() == other_value
    for box in (a, b, s):
        box.close()
