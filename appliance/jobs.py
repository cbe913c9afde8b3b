"""Scheduled jobs of the box (APScheduler, one process: clinic-jobs): alert delivery, key rotation
on a schedule, certificate renewal, purge of expired credentials."""
from __future__ import annotations

import logging
import time
from typing import Callable

from apscheduler.schedulers.blocking import BlockingScheduler
from sqlalchemy import delete

from provisioning.tls import ensure_tls

from .alerts.services import deliver_due
from .auth.tables import sessions
from .box import Box, keyring_for
from .oauth.keys import rotate_keys
from .oauth.tables import oauth_codes, oauth_refresh_tokens

log = logging.getLogger("clinic.jobs")


def purge_expired(box: Box) -> int:
    """Expired sessions, codes and refresh tokens are of no further use (and not clinical data)."""
    now = int(time.time())
    with box.store.write() as conn:
        n = conn.execute(delete(sessions).where(sessions.c.expires_at < now - 86400)).rowcount
        n += conn.execute(delete(oauth_codes).where(oauth_codes.c.expires_at < now)).rowcount
        n += conn.execute(delete(oauth_refresh_tokens).where(oauth_refresh_tokens.c.expires_at < now - 86400)).rowcount
    return n


def purge_consult_recordings(box: Box) -> int:
    """Consult recordings past media.recording_retention_days: their files deleted, their rows marked."""
    from media.room.const import MEDIA_DIRNAME, RECORDINGS_DIRNAME

    from .consults.services import purge_recordings

    with box.write("system:jobs") as uow:
        return purge_recordings(uow, box.settings.box.data_dir / MEDIA_DIRNAME / RECORDINGS_DIRNAME)


def rotate_device_key(box: Box) -> str:
    """Monthly, when enrolled: a new Ed25519 device key, announced to the hub with the old one."""
    from sync import checkpoints
    from sync.client import HttpLink, SyncClient, load_or_create_key

    with box.read() as conn:
        url = checkpoints.get(conn, "hub_url")
        hub_ca = checkpoints.get(conn, "hub_ca") or None
    if not url:
        return "not enrolled"
    data_dir = box.settings.box.data_dir
    client = SyncClient(box.store, box.origin, load_or_create_key(data_dir), HttpLink(url, ca_file=hub_ca))
    return client.rotate_key(data_dir)


def sms_router(box: Box, *, clock: Callable[[], float] = time.time):
    """The SMS channels this box has: its modem (a port set) and the hub's gateway (unless turned off); None
    when it can have neither. The hub channel joins at the first round after the box's enrolment appears
    (one checkpoint read a round until then), so a box enrolled later needs no restart; the hub channel
    says at each round whether the hub has a gateway. `clock`: the bench's and tests' own time."""
    from .reminders.channels import ModemChannel, Router

    s = box.settings
    if not s.sms.modem_port and not s.sms.hub_channel:
        return None
    channels = []
    if s.sms.modem_port:
        channels.append(ModemChannel.on_port(box.store, s.sms.modem_port, max_attempts=s.sms.max_attempts,
                                             cost=s.sms.modem_cost_per_sms, clock=clock))
    discover = _hub_channel_once_enrolled(box, clock) if s.sms.hub_channel else None
    if discover is not None:
        channels += discover()         # enrolled already
    return Router(box.store, channels, zone=s.alerts.timezone, clock=clock, discover=discover)


def _hub_channel_once_enrolled(box: Box, clock: Callable[[], float]) -> Callable[[], list]:
    """[] until the box is enrolled (the hub's address is in its checkpoints), then the hub channel once."""
    from sync import checkpoints
    from sync.client import HttpLink, SyncClient, load_or_create_key
    from sync.sms_channel import HubChannel

    found: list = []

    def discover() -> list:
        if found:
            return []
        with box.read() as conn:
            url, hub_ca = checkpoints.get(conn, "hub_url"), checkpoints.get(conn, "hub_ca") or None
        if not url:
            return []
        s = box.settings
        client = SyncClient(box.store, box.origin, load_or_create_key(s.box.data_dir),
                            HttpLink(url, timeout_s=30.0, ca_file=hub_ca))
        found.append(HubChannel(box.store, client, zone=s.alerts.timezone, clock=clock))
        log.info("SMS: the box is enrolled with %s; the hub's gateway is a channel from now on", url)
        return list(found)
    return discover


def renew_tls(box: Box) -> str:
    """Renew the box's certificate when due; a renewed one is handed to the running TURN relay at once
    (the API picks it up at its next start)."""
    from media.turn.services import reload_turn_tls

    s = box.settings
    cert = s.box.data_dir / "tls" / "server.crt"
    before = cert.read_bytes() if cert.exists() else None
    ensure_tls(s.box.data_dir, s.box.device_id, s.server.tls_names)
    if cert.read_bytes() == before:
        return "certificate current"
    return f"certificate renewed; TURN relay {'reloaded' if reload_turn_tls(s) else 'not running'}"


def _turn_secrets(box: Box):
    from media.turn.config import secret_store

    return secret_store(box.settings)


def job_table(box: Box) -> list[tuple[str, Callable[[], object], dict]]:
    """(name, function, APScheduler trigger arguments): the schedule, in one readable place."""
    s = box.settings
    jobs: list[tuple[str, Callable[[], object], dict]] = [
        ("renew-tls-certificate", lambda: renew_tls(box), {"trigger": "cron", "hour": 2, "minute": 30}),
        ("rotate-token-signing-key", lambda: rotate_keys(s.box.data_dir), {"trigger": "cron", "hour": 3}),
        ("purge-expired-credentials", lambda: purge_expired(box), {"trigger": "interval", "hours": 1}),
        ("rotate-device-key", lambda: rotate_device_key(box), {"trigger": "cron", "day": 1, "hour": 4}),
        ("purge-consult-recordings", lambda: purge_consult_recordings(box), {"trigger": "cron", "minute": 40}),
    ]
    turn = _turn_secrets(box)
    jobs += [("rotate-turn-secret", turn.rotate, {"trigger": "cron", "hour": 3, "minute": 15}),
             ("prune-turn-secrets", turn.prune, {"trigger": "interval", "minutes": 5})]
    if s.alerts.webhook_url:
        jobs.append(("deliver-alerts", lambda: deliver_due(box, s.alerts.webhook_url,
                                                           max_attempts=s.alerts.max_attempts),
                     {"trigger": "interval", "seconds": 30}))
    router = sms_router(box)
    if router is not None:
        jobs.append(("send-sms-reminders", router.send_due, {"trigger": "interval", "seconds": 20}))
    if s.backup.target is not None and s.backup.recovery_public_key:
        jobs.append(("backup", lambda: scheduled_backup(box), {"trigger": "cron", "hour": s.backup.hour}))
    if s.store.kek_file is not None and s.kek_path() == s.store.kek_file:
        jobs.append(("rotate-key-encryption-key", lambda: keyring_for(s).rotate_kek(),
                     {"trigger": "cron", "day": 1, "hour": 3, "minute": 30}))
    return jobs


def scheduled_backup(box: Box) -> str:
    """The nightly backup to the configured target, then retention (the oldest beyond `keep` deleted)."""
    from .backup import snapshot

    s = box.settings.backup
    made = snapshot.create(box.settings, s.target, s.recovery_public_key or "")
    pruned = snapshot.prune(s.target, box.settings.box.device_id, s.keep)
    return f"{made.path.name}: {made.tables} tables, {made.rows} rows in {made.seconds:.1f} s; {len(pruned)} pruned"


def build_scheduler(box: Box) -> BlockingScheduler:
    scheduler = BlockingScheduler(timezone=box.settings.alerts.timezone)
    for name, fn, trigger in job_table(box):
        scheduler.add_job(_logged(name, fn), id=name, name=name, coalesce=True, max_instances=1,
                          misfire_grace_time=3600, **trigger)
    supervised(scheduler)
    return scheduler


def supervised(scheduler: BlockingScheduler) -> None:
    """Under systemd (Type=notify, WatchdogSec=): READY=1 once the scheduler runs, and WATCHDOG=1 from
    a job of the scheduler itself, so a scheduler that stops running jobs stops the pings too."""
    from apscheduler.events import EVENT_SCHEDULER_STARTED

    from sync.sdnotify import Heartbeat

    beat = Heartbeat()
    scheduler.add_listener(lambda _event: beat.ready("running the schedule"), EVENT_SCHEDULER_STARTED)
    if beat.period is not None:
        scheduler.add_job(beat.beat, "interval", seconds=max(1.0, beat.period / 2), id="sd-watchdog",
                          name="sd-watchdog", coalesce=True, max_instances=1)


def _logged(name: str, fn: Callable[[], object]) -> Callable[[], None]:
    def run() -> None:
        try:
            result = fn()
            log.info("job %s done", name, extra={"fields": {"job": name, "result": str(result)[:200]}})
        except Exception:
            log.exception("job %s failed", name)
    return run
