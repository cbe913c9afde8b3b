"""Hub analytics (and the sparklines of the clinics' rows) on a small generated world (3 clinics, 120 days, seeded): the no-show model beats
the base rate on held-out appointments, the restock forecast beats a naive one in back-test, the
planted delays and doctor habits are found, `clinic hub analytics eval` prints both figures, and a
district manager sees the page (SVG charts) with no patient's name, in a real browser too."""
from __future__ import annotations

import re
import threading

import pytest
from click.testing import CliRunner
from werkzeug.serving import make_server

from sync.clock import wall_ms
from sync.hub.analytics import restock, seed, services
from sync.hub.analytics.seed import seed_hub
from sync.hub.app import create_hub_app
from sync.hub.cli import hub_group
from sync.hub.console import accounts, totp
from sync.hub.store import open_hub_store
from tests.kiosk.conftest import SCREENSHOTS, launch

PASSWORD = "a long district password"
NAMES = ("Amina", "Ravi", "Grace", "Tomas", "Leila", "Sunil", "Okafor", "Mensah", "Haddad")


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    path = tmp_path_factory.mktemp("analytics") / "hub.db"
    store = open_hub_store(f"sqlite:///{path}", create=True)
    seeded = seed_hub(store, clinics=3, days=120, per_day=8, seed=7)
    yield store, seeded, f"sqlite:///{path}"
    store.engine.dispose()


@pytest.fixture(scope="module")
def report(world):
    return services.report(world[0])


def test_the_seed_is_repeatable_and_not_loaded_twice(world):
    store, seeded, _ = world
    assert seeded.appointments > 2000 and 0.1 < seeded.no_shows / seeded.appointments < 0.6
    head = store.head()
    again = seed_hub(store, clinics=3, days=120, per_day=8, seed=7)
    assert again.events == 0 and store.head() == head


def test_the_no_show_model_beats_the_base_rate_on_held_out_appointments(report):
    m = report.model
    assert m.tested_on > 300 and 0.1 < m.base_rate < 0.6
    assert m.auc > 0.58            # planted: lead time, weekday, age, clinic
    lead = list(report.by_lead.values())
    assert lead[0][0] < lead[-1][0]  # booked the same day: fewer no-shows than 15+ days ahead


def test_holt_beats_the_naive_forecast_and_finds_a_trend():
    series = [10 + 0.5 * d + (4 if d % 7 == 0 else 0) for d in range(60)]
    holt_err, naive_err = restock.backtest(series)
    assert holt_err < naive_err
    assert restock.holt_forecast(series, 7) > 7 * 35   # the trend carried forward


def test_forecasts_delays_and_doctors_follow_the_planted_world(report):
    assert len(report.forecasts) == 3 * 5 and all(f.level >= 0 for f in report.forecasts)
    holt_err, naive_err = report.forecast_error
    assert holt_err < naive_err
    delays = {d.department: d for d in report.delays}
    assert delays["dental"].wait_median > delays["general"].wait_median
    assert all(d.wait_p90 >= d.wait_median for d in report.delays)
    doctors = {d.doctor: d for d in report.doctors}
    assert doctors["demo-01-dr0"].sign_median_min < doctors["demo-01-dr1"].sign_median_min   # signs faster
    assert all(0 <= d.unchanged_share <= 1 and d.per_hour > 0 for d in report.doctors)
    by_rule = {o["rule"]: o for o in report.overrides}
    assert set(by_rule) == {rule for rules in seed.RULES.values() for rule in rules}
    assert by_rule["low_spo2"]["level"] == "urgent"
    assert by_rule["low_spo2"]["share"] > 0.3 and max(by_rule["low_spo2"]["to"], key=by_rule["low_spo2"]["to"].get) == "routine"
    assert all(0.03 < o["share"] < 0.3 for r, o in by_rule.items() if r != "low_spo2")


def test_eval_prints_the_auc_against_the_base_rate_and_the_forecast_against_naive(world):
    out = CliRunner().invoke(hub_group, ["analytics", "eval", "--db", world[2]])
    assert out.exit_code == 0, out.output
    assert re.search(r"held-out AUC 0\.\d{3}\s+vs\s+base rate \d+\.\d%", out.output)
    assert re.search(r"back-tested MAE [\d.]+ units\s+vs\s+naive last-value [\d.]+ units", out.output)


def test_a_district_manager_reads_the_analytics_page_without_patient_names(world, playwright):
    store = world[0]
    secret = accounts.create_staff(store.engine, "district.mgr", "Dina District", "district_manager",
                                   PASSWORD)["totp_secret"]
    app = create_hub_app(store, admin_token="unused-here-123")
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    browser = launch(playwright)
    try:
        page = browser.new_context(viewport={"width": 1366, "height": 768}, locale="en-GB").new_page()
        page.set_default_timeout(60000)
        url = f"http://127.0.0.1:{server.server_port}"
        assert app.test_client().get("/console/analytics").status_code == 303       # signed out: to sign-in
        page.goto(url + "/console/sign-in")
        page.fill("input[name=username]", "district.mgr")
        page.fill("input[name=password]", PASSWORD)
        page.fill("input[name=code]", totp.now_code(secret, wall_ms() / 1000))
        page.click("button:has-text('Sign in')")
        page.wait_for_selector("h1:has-text('Clinics at a glance')")
        row = page.locator("tr:has(td:has-text('demo-01'))")
        assert row.locator("svg.spark").count() == 2                 # events and bytes a day
        assert re.search(r"[\d,]+ events\s+[\d,]+ kB", row.inner_text())
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "hub-analytics-0-clinics.png"))
        page.click("a:has-text('Analytics')")
        page.wait_for_selector("h1:has-text('Analytics')")
        text = page.inner_text("main")
        assert "held-out AUC" in text and "Days to stock-out" in text and "Triage overrides" in text
        assert page.locator("svg.chart").count() >= 6
        assert not any(n in page.content() for n in NAMES)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "hub-analytics.png"))
        page.locator("h2:has-text('Pharmacy restock forecast')").scroll_into_view_if_needed()
        page.screenshot(path=str(SCREENSHOTS / "hub-analytics-2.png"))
        assert "Conflicts" not in page.inner_text("header")       # the district manager's role stays narrow
        assert any(a["action"] == "viewed analytics" and a["username"] == "district.mgr"
                   for a in accounts.audit_trail(store.engine))
    finally:
        browser.close()
        server.shutdown()


def test_the_report_reads_events_as_real_boxes_write_them(hub_store, hub_app):
    """The seed writes what analytics expects; a box writes "staff:<id>" as the signer, the checker's
    "suggested" triage events beside the clinicians' decisions, and its staff names in staff records."""
    from datetime import datetime, timezone

    from sync.clock import HLCTimestamp
    from sync.hub.analytics import dataset, reports

    from .boxes import RawBox

    box = RawBox(hub_store, hub_app, "box-real", "clinic-r")
    day = 86_400_000
    start = wall_ms() - 10 * day

    def at(ev, ms):
        ev["hlc"] = HLCTimestamp(ms, ev["seq"]).encode()
        ev["recorded_at"] = datetime.fromtimestamp(ms / 1000, timezone.utc).isoformat()
        return ev

    evs = [box.event("staff", "s-1", "created", {"username": "asha", "full_name": "Dr Asha Rao", "role": "doctor"}),
           box.event("encounter", "e-1", "opened", {"patient_id": "p-1", "doctor_id": "s-1", "status": "open",
                                                    "opened_at": "2026-11-01T09:00:00+00:00"}, patient_id="p-1"),
           box.event("encounter", "e-1", "closed", {"closed_at": "2026-11-01T09:20:00+00:00"}, patient_id="p-1"),
           box.event("soap_signature", "sig-1", "signed", {"encounter_id": "e-1", "signed_by": "staff:s-1",
                                                           "signed_at": "2026-11-01T09:50:00+00:00"}, patient_id="p-1"),
           box.event("triage", "t-1", "suggested", {"encounter_id": "e-1", "level": "urgent"}, patient_id="p-1"),
           box.event("triage", "d-1", "overridden", {"encounter_id": "e-1", "level": "routine", "overrode": True,
                                                     "suggested_level": "urgent", "suggested_rules": ["low_spo2"]},
                     patient_id="p-1"),
           box.event("inventory_item", "i-1", "added", {"name": "ORS sachet", "level": 0})]
    evs += [at(box.event("stock", "i-1", "moved", {"delta": d}), start + n * day)
            for n, d in enumerate([100, -10, -12, -9, -11])]
    r = box.push(*evs)
    assert r.status_code == 200, r.get_data(as_text=True)
    ds = dataset.load(hub_store, "clinic-r")
    doctor, = reports.doctor_efficiency(ds)
    assert (doctor.doctor, doctor.name, doctor.consults, doctor.sign_median_min) == ("s-1", "Dr Asha Rao", 1, 30.0)
    overrides = reports.triage_overrides(ds)
    assert [(o["rule"], o["decisions"], o["overridden"]) for o in overrides] == [("low_spo2", 1, 1)]  # no "unknown"
    forecast, = restock.forecasts(ds.stock, ds.items)
    assert forecast.drug == "ORS sachet" and forecast.level == 58 and 8 < forecast.daily_use < 13
