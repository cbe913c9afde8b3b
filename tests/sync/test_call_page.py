"""The doctor's call page (sync/hub/signalling/static/call.js) in Debian Chromium against the hub app, for what
needs no clinic at all: a box that is listening (the hub says "live") but never answers. The page says so after
ANSWER_WAIT_MS (25 s) instead of "calling" for ever, and Retry sends a new offer on the same call. The clinic
side absent or its video system down, with the real parts, is tests/sync/test_teleconsult_e2e.py."""
from __future__ import annotations

import threading
import time

import pytest
from werkzeug.serving import make_server

from sync.hub.app import create_hub_app
from sync.hub.signalling.tables import hub_signals
from tests.kiosk.conftest import launch

from .processes import wait_for


@pytest.fixture
def served_hub(tmp_path):
    from sync.hub.store import open_hub_store

    store = open_hub_store(f"sqlite:///{tmp_path / 'hub.db'}", create=True)
    app = create_hub_app(store, admin_token="unused-here")
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield store, app.config["HUB_SIGNALLING"], f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        store.engine.dispose()


def test_a_listening_clinic_that_never_answers_is_said_after_25_s_and_retry_offers_again(served_hub, playwright):
    store, sig, url = served_hub
    stop = threading.Event()

    def listening():                    # a box of CLA polling for calls, which never answers one
        while not stop.is_set():
            sig.record_listener("box-cla-1", "CLA")
            stop.wait(5)
    threading.Thread(target=listening, daemon=True).start()
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
