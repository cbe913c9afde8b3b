"""The demo box as a newcomer first sees it: today's queue waits real minutes (no check-in is stamped
in the future), and closed visits were charged from the fee schedule."""
from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest

from appliance.box import open_box
from appliance.demo.seed import DEMO_PASSWORD, seed_clinic
from appliance.settings import load_settings, render_settings_toml
from provisioning import box as provision
from tests.conftest import ADMIN_PASSWORD
from tests.kiosk.conftest import KioskServer
from tests.kiosk.test_kiosk_flows import sign_in, strings


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo-box")
    config, data_dir = root / "appliance.toml", root / "data"
    provision.init_box(config, render_settings_toml("demo-box-1", "DEM", "Demo Clinic", data_dir, data_dir / "db.key",
                                                    8080), ADMIN_PASSWORD)
    box = open_box(load_settings(config, environ={}))
    try:
        seed_clinic(box, patients=60, days=1)
    finally:
        box.close()
    server = KioskServer(config)
    try:
        server.wait()
        yield server
    finally:
        server.stop()


def test_the_demo_queue_waits_real_minutes(kiosk_context, demo_server):
    page, T = kiosk_context().new_page(), strings("en")
    page.goto(demo_server.url + "/kiosk/")
    sign_in(page, T, "asha")
    page.get_by_role("link", name=T["nav.queue"], exact=True).click()
    page.locator(".queue-row").first.wait_for()
    waits = [int(re.search(r"\d+", w).group()) for w in page.locator(".queue-row .wait").all_inner_texts()]
    assert waits and max(waits) > 0, waits  # not all "0 min"
    http, url = demo_server.http, demo_server.url + "/api/v1"
    token = http.post(url + "/sessions", json={"username": "asha", "password": DEMO_PASSWORD}, timeout=10).json()["token"]
    queue = http.get(url + "/queue", headers={"Authorization": f"Bearer {token}"}, timeout=10).json()["results"]
    now = datetime.now(timezone.utc)
    stamped = [datetime.fromisoformat(r["checked_in_at"]) for r in queue if r.get("checked_in_at")]
    assert stamped and max(stamped) <= now, (max(stamped), now)


def test_a_demo_seeded_early_in_the_day_stamps_no_check_in_in_the_future(tmp_path):
    """Seeded at 00:40 UTC (06:10 in India), today's visits were stamped from 03:30 UTC on: hours
    ahead, so every wait read 0 min."""
    config, data_dir = tmp_path / "appliance.toml", tmp_path / "data"
    provision.init_box(config, render_settings_toml("demo-box-2", "DEE", "Demo Clinic", data_dir, data_dir / "db.key",
                                                    8080), ADMIN_PASSWORD)
    box = open_box(load_settings(config, environ={}))
    now = datetime.now(timezone.utc).replace(hour=0, minute=40, second=0, microsecond=0)
    try:
        seed_clinic(box, patients=40, days=1, now=now)
        with box.read() as conn:
            from appliance.appointments.services import queue
            from appliance.common import as_of
            stamps = [r[0] for r in conn.exec_driver_sql(
                "SELECT checked_in_at FROM appointments WHERE checked_in_at IS NOT NULL").fetchall()]
            registered = [r[0] for r in conn.exec_driver_sql("SELECT created_at FROM patients").fetchall()]
            with as_of(now):
                waiting = [r["waiting_minutes"] for r in queue(conn, None, None, None) if r["status"] == "checked_in"]
    finally:
        box.close()
    assert stamps and max(datetime.fromisoformat(s) for s in stamps) <= now
    assert max(datetime.fromisoformat(s) for s in registered) <= now
    assert waiting and max(waiting) > 0, waiting
