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
from .reminders.outbox import ModemJob
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
    ]
    turn = _turn_secrets(box)
    jobs += [("rotate-turn-secret", turn.rotate, {"trigger": "cron", "hour": 3, "minute": 15}),
             ("prune-turn-secrets", turn.prune, {"trigger": "interval", "minutes": 5})]
    if s.alerts.webhook_url:
        jobs.append(("deliver-alerts", lambda: deliver_due(box, s.alerts.webhook_url,
                                                           max_attempts=s.alerts.max_attempts),
                     {"trigger": "interval", "seconds": 30}))
    if s.sms.modem_port:
        jobs.append(("send-sms-reminders", ModemJob(box.store, s.sms.modem_port, max_attempts=s.sms.max_attempts,
                                                    zone=s.alerts.timezone),
                     {"trigger": "interval", "seconds": 20}))
    if s.store.kek_file is not None and s.kek_path() == s.store.kek_file:
        jobs.append(("rotate-key-encryption-key", lambda: keyring_for(s).rotate_kek(),
                     {"trigger": "cron", "day": 1, "hour": 3, "minute": 30}))
    return jobs


def build_scheduler(box: Box) -> BlockingScheduler:
    scheduler = BlockingScheduler(timezone=box.settings.alerts.timezone)
    for name, fn, trigger in job_table(box):
        scheduler.add_job(_logged(name, fn), id=name, name=name, coalesce=True, max_instances=1,
                          misfire_grace_time=3600, **trigger)
    return scheduler


def _logged(name: str, fn: Callable[[], object]) -> Callable[[], None]:
    def run() -> None:
        try:
            result = fn()
            log.info("job %s done", name, extra={"fields": {"job": name, "result": str(result)[:200]}})
        except Exception:
            log.exception("job %s failed", name)
    return run
