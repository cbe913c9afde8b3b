"""The doctor's call page (sync/hub/signalling/static/call.js) in Debian Chromium against the hub app, for what
needs no clinic at all: a box that is listening (the hub says "live") but never answers. The page says so after
ANSWER_WAIT_MS (25 s) instead of "calling" for ever, and Retry sends a new offer on the same call. No box
listening at all ("not connected") is said at once, with the clinic's phone to ring. The clinic side absent or
its video system down, with the real parts, is tests/sync/test_teleconsult_e2e.py."""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager

import pytest
from werkzeug.serving import make_server

from sync.hub.app import create_hub_app
from sync.hub.signalling.tables import hub_signals
from tests.kiosk.conftest import launch

from .processes import wait_for


@contextmanager
def _served(store):
    """The hub app over `store`, served on a free port: (store, signalling, URL)."""
    app = create_hub_app(store, admin_token="unused-here")
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield store, app.config["HUB_SIGNALLING"], f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()


@pytest.fixture
def served_hub(tmp_path):
    from sync.hub.store import open_hub_store

    store = open_hub_store(f"sqlite:///{tmp_path / 'hub.db'}", create=True)
    try:
        with _served(store) as served:
            yield served
    finally:
        store.engine.dispose()


@pytest.mark.parametrize("hub_store", ["postgresql"], indirect=True)
def test_a_clinic_not_connected_is_said_at_once_with_its_phone_as_a_tel_link(hub_store, playwright):
    """The tester's next step: the page said "phone the clinic" and the doctor had no number. Now the clinic's phone,
    as the hub admin set it, is under the problem as a tap-to-call link; a clinic without one says so."""
    from sync.hub import services
    from sync.hub.console.contact import set_clinic_contact

    for clinic_id in ("CLA", "CLB"):
        services.issue_token(hub_store, clinic_id)          # clinics the hub knows; no box of either polls
    set_clinic_contact(hub_store, hub_store.engine, "asha", "CLA", "098123 45678", "Sister Meena")
    browser = launch(playwright, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream")
    try:
        with _served(hub_store) as (store, sig, url):
            page = browser.new_page()
            issued = sig.issue_join_token("dr-asha", "CLA", "enc-1")
            page.goto(f"{url}/call/{issued.room_id}#token={issued.token}")
            problem = wait_for("the page to say the clinic is not connected",
                               lambda: page.evaluate("() => window.clinicCall && clinicCall.problem"), timeout=20)
            assert problem["kind"] == "not_connected" and page.evaluate("() => clinicCall.state") == "not connected"
            text = page.inner_text("[data-call-problem]")
            assert "The clinic is not connected to the call" in text
            assert "Phone clinic CLA (Sister Meena): +919812345678" in text
            link = page.locator("[data-call-problem] a[data-call-phone-link]")
            assert link.is_visible() and link.get_attribute("href") == "tel:+919812345678"

            other = browser.new_page()
            issued = sig.issue_join_token("dr-asha", "CLB", "enc-2")
            other.goto(f"{url}/call/{issued.room_id}#token={issued.token}")
            wait_for("the page to say CLB is not connected",
                     lambda: other.evaluate("() => window.clinicCall && clinicCall.problem"), timeout=20)
            assert "The hub has no phone number for clinic CLB" in other.inner_text("[data-call-problem]")
            assert other.locator("a[data-call-phone-link]").count() == 0
    finally:
        browser.close()


def test_a_listening_clinic_that_never_answers_is_said_after_25_s_and_retry_offers_again(served_hub, playwright):
    store, sig, url = served_hub
    stop = threading.Event()

    def listening():                    # a box of CLA polling for calls, which never answers one
        while not stop.is_set():
            sig.record_listener("box-cla-1", "CLA")
            stop.wait(5)
    threading.Thread(target=listening, daemon=True).start()
    from sync.hub import services
    from sync.hub.console.contact import set_clinic_contact

    services.issue_token(store, "CLA")
    set_clinic_contact(store, store.engine, "asha", "CLA", "+91 98123 45678", None)
    issued = sig.issue_join_token("dr-asha", "CLA", "enc-1")
    browser = launch(playwright, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream")
    try:
        page = browser.new_page()
        page.goto(f"{url}/call/{issued.room_id}#token={issued.token}")
        wait_for("the offer", lambda: page.evaluate("() => window.clinicCall && clinicCall.state") == "calling",
                 timeout=20)
        offered = time.monotonic()
        time.sleep(10)
        assert page.evaluate("() => clinicCall.problem") is None, "a live clinic is given its fair time"
        assert page.evaluate("() => clinicCall.clinic.state") == "live"
        problem = wait_for("the page to say the clinic has not answered",
                           lambda: page.evaluate("() => clinicCall.problem"), timeout=30)
        waited = time.monotonic() - offered
        assert problem["kind"] == "no_answer" and 24 <= waited <= 32, (problem, waited)
        assert "The clinic has not answered the call" in page.inner_text("[data-call-problem]")
        assert "Phone clinic CLA: +919812345678" in page.inner_text("[data-call-problem]")
        assert page.get_attribute("a[data-call-phone-link]", "href") == "tel:+919812345678"
        assert page.evaluate("() => clinicCall.state") == "not connected"

        def offers() -> int:
            with store.engine.connect() as conn:
                return len(conn.execute(hub_signals.select().where(hub_signals.c.kind == "offer")).all())
        before = offers()
        page.click("[data-call-retry]")
        wait_for("a new offer on the same call", lambda: offers() == before + 1, timeout=20)
        assert not page.is_visible("[data-call-problem]") and page.evaluate("() => clinicCall.retries") == 1
    finally:
        stop.set()
        browser.close()
