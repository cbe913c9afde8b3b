"""SMS consent and language at registration on the kiosk, and the patient's reminders on their
screen: a baby registered with consent in Hindi gets the next UIP vaccinations reminded; a patient
registered without consent gets none."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select, update

from appliance.auth.services import set_pin
from appliance.box import open_box
from appliance.reminders.outbox import enqueue_sms
from appliance.reminders.tables import sms_outbox
from appliance.staff.schemas import StaffIn
from appliance.staff.services import create_staff
from tests.conftest import STAFF_PASSWORD
from tests.kiosk.conftest import KIOSK_PIN
from appliance.reminders.services import patient_reminders
from appliance.settings import load_settings
from tests.kiosk.test_kiosk_flows import choose_language, sign_in, strings


def _register(page, T, given, *, birth_date, phone, consent, language="en"):
    page.get_by_role("link", name=T["nav.patients"], exact=True).click()
    page.locator("input.search-input").fill(given)
    page.get_by_role("link", name=T["patients.register"]).click()
    form = page.locator("form.register")
    form.locator("input[name=given_name]").fill(given)
    form.get_by_text(T["sex.female"], exact=True).click()
    year, month, day = birth_date.split("-")
    form.locator("input[name=bd_day]").fill(str(int(day)))
    form.locator("select[name=bd_month]").select_option(str(int(month)))
    form.locator("input[name=bd_year]").fill(year)
    form.locator("input[name=phone]").fill(phone)
    if consent:
        form.get_by_test_id("sms-consent").check()
        form.get_by_text("हिन्दी" if language == "hi" else "English", exact=True).click()
    form.get_by_role("button", name=T["register.submit"]).click()
    page.locator(".patient-banner").wait_for()
    return page.get_by_test_id("reminders")


def test_consent_and_language_at_registration_and_the_reminders_on_the_patient_screen(kiosk_page, kiosk_server,
                                                                                    kiosk_config):
    page, T = kiosk_page, strings("en")
    page.goto(kiosk_server.url + "/kiosk/")
    choose_language(page, "en")
    sign_in(page, T, "asha")
    baby = (date.today() - timedelta(weeks=7)).isoformat()
    reminders = _register(page, T, "Gudiya", birth_date=baby, phone="98111 22201", consent=True, language="hi")
    reminders.locator("li").first.wait_for()
    items = reminders.locator("li").all_inner_texts()
    assert len(items) >= 5 and all(T["reminders.kind.vaccination"] in i and T["reminders.status.queued"] in i
                                   for i in items)
    pid = page.url.split("/kiosk/patients/")[1].split("?")[0]
    box = open_box(load_settings(kiosk_config, environ={}), migrate_schema=False)
    try:
        with box.read() as conn:
            assert {r["language"] for r in patient_reminders(conn, pid)} == {"hi"}
    finally:
        box.close()
    reminders = _register(page, T, "Chinki", birth_date=baby, phone="98111 22202", consent=False)
    reminders.locator("p.hint").wait_for()
    assert reminders.inner_text().endswith(T["reminders.none"])


def test_the_admin_sees_the_counts_and_sends_a_dead_sms_again(kiosk_page, kiosk_server, kiosk_config):
    """Both channels' states as the router leaves them: a modem dead letter, a hub dead letter (channel
    "hub"), a message handed to the hub; shown in Hindi, each requeued with one tap."""
    box = open_box(load_settings(kiosk_config, environ={}), migrate_schema=False)
    try:
        with box.write("test:setup") as uow:
            admin = create_staff(uow, StaffIn(username="smsadmin", full_name="Sunil Admin", role="admin",
                                              password=STAFF_PASSWORD))
            set_pin(uow.conn, admin["id"], STAFF_PASSWORD, KIOSK_PIN)
            msg, hub_msg, handed = (enqueue_sms(uow, number=f"+91981112220{i}", kind="follow_up",
                                                body="Your follow-up at Kiosk Test Clinic is on 03-12-2026.")["id"]
                                    for i in (3, 4, 5))
        with box.store.write() as conn:
            conn.execute(update(sms_outbox).where(sms_outbox.c.id == msg).values(
                status="dead", channel="modem", attempts=8, last_error="+CMS ERROR: 500 (unknown error)"))
            conn.execute(update(sms_outbox).where(sms_outbox.c.id == hub_msg).values(
                status="dead", channel="hub", attempts=8, last_error="hub: the gateway answered 500"))
            conn.execute(update(sms_outbox).where(sms_outbox.c.id == handed).values(status="handed", channel="hub"))
        page, T = kiosk_page, strings("hi")
        page.goto(kiosk_server.url + "/kiosk/")
        choose_language(page, "hi")
        sign_in(page, T, "smsadmin")
        page.get_by_role("link", name=T["nav.sms"], exact=True).click()
        counts = page.get_by_test_id("sms-counts")
        counts.wait_for()
        rows = counts.locator("tbody tr").all_inner_texts()
        assert any(T["sms.via.hub"] in r and T["reminders.status.handed"] in r for r in rows), rows
        assert any(T["sms.via.hub"] in r and T["reminders.status.dead"] in r for r in rows), rows
        assert any(T["sms.via.modem"] in r and T["reminders.status.dead"] in r for r in rows), rows
        assert not any("reminders.status." in r or "sms.via." in r for r in rows), rows    # no raw keys
        dead = page.get_by_test_id("sms-dead")
        text = dead.inner_text()
        assert "+CMS ERROR: 500" in text and "hub: the gateway answered 500" in text
        assert T["sms.via.hub"] in text and T["sms.via.modem"] in text
        for left in (1, 0):
            dead.get_by_test_id("requeue").first.click()
            if left:
                page.wait_for_function("() => document.querySelectorAll('[data-testid=requeue]').length === 1")
        dead.locator("p.hint", has_text=T["sms.no_dead"]).wait_for()
        with box.read() as conn:
            got = dict(conn.execute(select(sms_outbox.c.id, sms_outbox.c.status).where(
                sms_outbox.c.id.in_((msg, hub_msg, handed)))).all())
        assert got == {msg: "queued", hub_msg: "queued", handed: "handed"}
    finally:
        box.close()
