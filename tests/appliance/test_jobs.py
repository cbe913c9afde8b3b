"""The job schedule: what runs, and that each job does its work."""
import time

from appliance.auth.tables import sessions
from appliance.jobs import job_table, purge_expired


def test_schedule_has_renewal_rotation_and_purge(init_box):
    names = {name for name, _, _ in job_table(init_box)}
    assert {"renew-tls-certificate", "rotate-token-signing-key", "purge-expired-credentials",
            "rotate-key-encryption-key", "rotate-device-key", "rotate-turn-secret", "prune-turn-secrets"} <= names
    assert "deliver-alerts" not in names  # no webhook configured
    init_box.settings.alerts.webhook_url = "http://127.0.0.1:9/hook"
    assert "deliver-alerts" in {name for name, _, _ in job_table(init_box)}


def test_every_job_runs(init_box, staff_factory):
    staff_factory("nurse", "meena")
    with init_box.store.write() as conn:
        conn.execute(sessions.update().values(expires_at=int(time.time()) - 2 * 86400))
    assert purge_expired(init_box) >= 1
    for name, fn, _ in job_table(init_box):
        fn()  # none raises on a fresh box
    init_box.close()
    from appliance.box import open_box

    open_box(init_box.settings).close()  # rotated KEK and keys still open the box


def test_turn_secret_job_rotates_and_keeps_the_old_secret_for_its_grace(init_box):
    from media.turn.config import secret_store

    jobs = {name: fn for name, fn, _ in job_table(init_box)}
    first = secret_store(init_box.settings).ensure()
    jobs["rotate-turn-secret"]()
    jobs["prune-turn-secrets"]()
    accepted = secret_store(init_box.settings).accepted()
    assert [s.value for s in accepted][1:] == [first.value] and accepted[0].retired is None


def test_tls_renewal_job_says_whether_it_renewed(init_box):
    from appliance.jobs import renew_tls

    assert renew_tls(init_box) in ("certificate current", "certificate renewed; TURN relay not running")
    assert renew_tls(init_box) == "certificate current"
    (init_box.settings.box.data_dir / "tls" / "server.crt").unlink()
    assert renew_tls(init_box) == "certificate renewed; TURN relay not running"


def test_sms_routes_over_the_modem_and_the_hub_once_enrolled(init_box):
    from sync import checkpoints

    from appliance.jobs import sms_router

    init_box.settings.sms.hub_channel = False          # no modem, no hub channel: no SMS job
    assert sms_router(init_box) is None and "send-sms-reminders" not in {n for n, _, _ in job_table(init_box)}
    init_box.settings.sms.hub_channel = True           # not enrolled yet: the job runs, waiting for the hub
    assert sms_router(init_box).channels == [] and "send-sms-reminders" in {n for n, _, _ in job_table(init_box)}
    with init_box.store.write() as conn:
        checkpoints.put(conn, "hub_url", "https://hub.example:8443")
    init_box.settings.sms.modem_port = "/dev/ttyUSB9"
    router = sms_router(init_box)      # enrolled already: both channels from the start
    assert [(c.name, c.cost_per_sms()) for c in router.channels] == [("modem", 0.25), ("hub", 1.0)]
    init_box.settings.sms.hub_channel = False
    assert [c.name for c in sms_router(init_box).channels] == ["modem"]
    assert "send-sms-reminders" in {n for n, _, _ in job_table(init_box)}
