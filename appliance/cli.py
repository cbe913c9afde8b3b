"""The `clinic` command: thin wrappers that parse options, call services, and print."""
from __future__ import annotations

import json
import os
import secrets
import sys
from pathlib import Path

import click
from pydantic import ValidationError

from .common import validation_errors
from .const import DEFAULT_CONFIG_PATH, EXIT_CHECK_FAILED, EXIT_SETTINGS
from .errors import ClinicError, StartupError
from .cli_settings import _config_path, _config_source, _settings  # noqa: F401  (commands elsewhere use them)
from .settings import Settings, load_settings, render_settings_toml


class ClinicGroup(click.Group):
    """Turns every StartupError into one line on stderr and its own exit code; a refusal of the
    domain (a conflict, bad input: `demo seed` on a box with patients, a duplicate client name) into
    one line and exit 1 — never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except StartupError as err:
            click.echo(f"clinic: {err.detail}", err=True)
            sys.exit(err.exit_code)
        except ClinicError as err:
            click.echo(f"clinic: {' '.join(str(err.detail).split())}", err=True)
            sys.exit(1)
        except ValidationError as err:
            first = validation_errors(err, "input")[0]
            click.echo(f"clinic: {first['field']}: {first['message']}", err=True)
            sys.exit(1)


@click.group(cls=ClinicGroup)
@click.option("--config", type=click.Path(dir_okay=False), default=None,
              help=f"Settings file (default $CLINIC_CONFIG or {DEFAULT_CONFIG_PATH}).")
def main(config: str | None) -> None:
    """clinic-edge: the clinic box, its store, and its tools."""


@main.command()
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), required=True)
@click.option("--device-id", default=None, help="Default: box-<random>.")
@click.option("--clinic-id", default="CLINIC-01", show_default=True)
@click.option("--clinic-name", default="Clinic", show_default=True)
@click.option("--port", default=8080, show_default=True, type=int)
@click.option("--admin-password", default=None, help="Password of the first admin account (prompted if absent).")
@click.pass_context
def init(ctx: click.Context, data_dir: Path, device_id: str | None, clinic_id: str, clinic_name: str, port: int,
         admin_password: str | None) -> None:
    """Create a box: settings file, database key, encrypted database, first admin."""
    from provisioning.box import init_box

    config_path = Path(_config_path(ctx))
    if config_path.exists():
        raise StartupError(f"{config_path} exists; this box is already initialised")
    if admin_password is None:
        admin_password = click.prompt("Password for the first admin account", hide_input=True,
                                      confirmation_prompt=True)
    data_dir = data_dir.resolve()
    text = render_settings_toml(device_id or f"box-{secrets.token_hex(4)}", clinic_id, clinic_name,
                                data_dir, data_dir / "db.key", port, kek_file=config_path.resolve().parent / "kek.key")
    settings = init_box(config_path, text, admin_password)
    click.echo(f"box {settings.box.device_id} created: {settings.db_path} (settings in {config_path})")


@main.command()
@click.pass_context
def serve(ctx: click.Context) -> None:
    """Serve the box: the API and the kiosk over HTTPS, until stopped.

    Before serving it verifies the database key, checks the store (quick check, unless
    store.check_on_start is false), applies pending schema migrations, moves audit records
    left in the journal, and makes the TLS certificate if there is none (its CA is
    DATA_DIR/tls/ca.crt: trust it in the kiosk's browser).

    \b
    Settings: the file given with --config (default $CLINIC_CONFIG, then
    /etc/clinic/appliance.toml), each overridable from the environment as
    CLINIC_<SECTION>__<KEY>, e.g.:
      CLINIC_SERVER__HOST=0.0.0.0   listen on the clinic LAN (default 127.0.0.1)
      CLINIC_SERVER__PORT=8443      port (default 8080)
      CLINIC_SERVER__WORKERS=2      worker processes, one per core
      CLINIC_LOGGING__FILE=PATH     JSON log file (default - : stderr, for journald)

    \b
    Stop with SIGTERM (or Ctrl-C): requests in flight finish first.
    Exit codes: 2 settings, 3 key file missing or unreadable, 4 wrong key,
    5 database corrupt (run `clinic db check`), 6 box busy (a rekey holds it).
    Under systemd it runs as clinic-appliance.service (see systemd/).
    """
    from sync.sdnotify import starting

    starting("loading the server")   # each phase of the start tells systemd how far it got
    from .box import open_box
    from .server import ClinicServer
    from .store.rekey import box_lock

    from provisioning.tls import ensure_tls

    from .logs import configure_logging

    settings = _settings(ctx)
    configure_logging(settings.logging.file, settings.logging.level)
    with box_lock(settings.box.data_dir, exclusive=False):
        starting("checking and migrating the store")
        open_box(settings).close()
        ensure_tls(settings.box.data_dir, settings.box.device_id, settings.server.tls_names)
        click.echo(f"clinic box {settings.box.device_id} serving on "
                   f"https://{settings.server.host}:{settings.server.port}/ (CA: {settings.box.data_dir}/tls/ca.crt)")
        advertiser = _advertise(settings, _config_path(ctx))
        try:
            ClinicServer(settings).run()
        finally:
            if advertiser is not None:
                advertiser.terminate()
                advertiser.wait(10)


def _advertise(settings: Settings, config: str):
    """mDNS on the clinic LAN in a process of its own (never for a box on loopback); serving goes on
    without it if it cannot start."""
    import subprocess

    if not settings.server.advertise or settings.server.host.startswith("127.") or settings.server.host == "::1":
        return None
    try:
        return subprocess.Popen([sys.executable, "-m", "provisioning.advertise", str(Path(config).resolve())])
    except OSError as err:
        click.echo(f"clinic: not advertised on the LAN: {err}", err=True)
        return None


@main.group()
def db() -> None:
    """The encrypted store: check, migrate, rotate the key."""


DB_CHECK_DETAIL_LINES = 5


@db.command("check")
@click.option("--json", "as_json", is_flag=True,
              help="Print the report as JSON: {ok, checks: {name: {ok, detail}}}, every detail in full.")
@click.pass_context
def db_check(ctx: click.Context, as_json: bool) -> None:
    """Full integrity check: pages (HMAC), b-tree, foreign keys, event sequences, the keyed audit chain,
    schema version."""
    from .box import keyring_for, open_store
    from .checks import check_store

    settings = _settings(ctx)
    store = open_store(settings)
    try:
        store.verify_key()  # a wrong key is its own error (exit 4), not a failed check
        report = check_store(store, settings.box.device_id, keyring_for(settings).read_audit_key())
    finally:
        store.dispose()
    if as_json:
        click.echo(json.dumps(report, indent=2))
    else:
        for name, result in report["checks"].items():
            first, *more = str(result["detail"]).splitlines() or [""]
            click.echo(f"{name:24} {'ok' if result['ok'] else 'FAILED'}  {first}")
            for line in more[:DB_CHECK_DETAIL_LINES]:
                click.echo(f"{'':24}         {line}")
            if len(more) > DB_CHECK_DETAIL_LINES:
                click.echo(f"{'':24}         … {len(more) - DB_CHECK_DETAIL_LINES} more lines (--json lists them all)")
    if not report["ok"]:
        sys.exit(EXIT_CHECK_FAILED)


@db.command("migrate")
@click.pass_context
def db_migrate(ctx: click.Context) -> None:
    """Apply pending schema migrations."""
    from .box import open_box
    from .store.migrate import current_revision

    box = open_box(_settings(ctx))
    click.echo(f"schema at {current_revision(box.store)}")
    box.close()


@db.command("rekey")
@click.pass_context
def db_rekey(ctx: click.Context) -> None:
    """Rotate the database key in place (the box must be stopped). Consult recordings are keyed from the
    recording master key, which this does not rotate; recordings of the first format (keyed from the
    database key) are rewritten under it first, while the old key still opens them."""
    from media.room.crypto import upgrade_recordings
    from media.room.export import recordings_dir

    from .box import keyring_for, retire_audit_journal
    from .store.rekey import box_lock, recover_interrupted_rekey, rekey

    settings = _settings(ctx)
    keyring = keyring_for(settings)
    with box_lock(settings.box.data_dir, exclusive=True):
        retire_audit_journal(settings)
        recover_interrupted_rekey(settings.db_path, keyring)   # the key in force, before recordings use it
        upgraded = upgrade_recordings(recordings_dir(settings), keyring.read_data_key(), keyring.recording_key())
        new_id = rekey(settings.db_path, keyring)
    if upgraded["upgraded"]:
        click.echo(f"{len(upgraded['upgraded'])} recording(s) rewritten under the recording key")
    if upgraded["unreadable"]:
        click.echo(f"recordings that did not open before the rekey (left as they were): "
                   f"{', '.join(upgraded['unreadable'])}", err=True)
    click.echo(f"database key rotated; new key id {new_id[:12]}; key file {settings.key_path()}")


@main.group()
def audit() -> None:
    """The audit log of accesses to personal and clinical data."""


@audit.command("verify")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def audit_verify(ctx: click.Context, as_json: bool) -> None:
    """Walk the keyed hash chain; name the first record changed, removed or moved (exit 7 if any)."""
    from .audit.services import verify_chain
    from .box import open_box

    box = open_box(_settings(ctx), migrate_schema=False, quick_check=False)
    try:
        with box.read() as conn:
            report = verify_chain(conn, box.audit_key)
    finally:
        box.close()
    if as_json:
        click.echo(json.dumps(report))
    elif report["ok"]:
        click.echo(f"audit chain ok: {report['records']} records")
    else:
        b = report["first_broken"]
        click.echo(f"audit chain BROKEN at record {b['seq']} ({b['id']}): {b['problem']}")
    if not report["ok"]:
        sys.exit(EXIT_CHECK_FAILED)


@main.group()
def oauth() -> None:
    """OAuth clients of this box: browsers (PKCE) and devices or services (client credentials)."""


@oauth.command("client-add")
@click.option("--name", required=True)
@click.option("--redirect-uri", "redirect_uris", multiple=True, help="A browser client's redirect URI (repeatable).")
@click.option("--role", default=None, help="A service client's role (client credentials).")
@click.pass_context
def oauth_client_add(ctx: click.Context, name: str, redirect_uris: tuple[str, ...], role: str | None) -> None:
    """Register a client; a service client's secret is printed once."""
    from .box import open_box
    from .oauth.services import register_client

    box = open_box(_settings(ctx), migrate_schema=False, quick_check=False)
    try:
        with box.store.write() as conn:
            made = register_client(conn, name, redirect_uris=list(redirect_uris), role=role,
                                   confidential=role is not None)
    finally:
        box.close()
    click.echo(json.dumps(made))


@main.group()
def keys() -> None:
    """Key rotation: the database key, token-signing keys, the TLS certificate, the TURN secret."""


@keys.command("rotate")
@click.argument("which", type=click.Choice(["kek", "db", "tokens", "tls", "turn"]))
@click.pass_context
def keys_rotate(ctx: click.Context, which: str) -> None:
    """Rotate one key now: kek rewraps the database key (instant), db re-encrypts the database with a
    new data key (box stopped), tokens keeps the previous signing key for a grace period, tls reissues,
    turn makes a new TURN secret (the old one is accepted for media.turn_secret_grace_s; no restart)."""
    from provisioning.tls import issue_server_cert, box_names, tls_dir

    from .box import keyring_for, retire_audit_journal
    from .oauth.keys import rotate_keys
    from .store.rekey import box_lock, recover_interrupted_rekey, rekey

    settings = _settings(ctx)
    if which == "kek":
        keyring = keyring_for(settings)
        # an interrupted `db rekey` left the new data key beside the old: finish it first (as
        # opening the box does), or the rewrapped key would be one the database no longer uses
        recover_interrupted_rekey(settings.db_path, keyring)
        click.echo(f"key-encryption key rotated; new id {keyring.rotate_kek()}")
    elif which == "db":
        with box_lock(settings.box.data_dir, exclusive=True):
            retire_audit_journal(settings)
            click.echo(f"database key rotated; key id {rekey(settings.db_path, keyring_for(settings))[:12]}")
    elif which == "turn":
        from media.turn.config import secret_store

        store = secret_store(settings)
        store.rotate()
        click.echo(f"TURN secret rotated; the previous one is accepted for {store.grace_s} s more")
    elif which == "tokens":
        click.echo(f"token-signing key rotated; new key id {rotate_keys(settings.box.data_dir)}")
    else:
        from media.turn.services import reload_turn_tls

        issue_server_cert(tls_dir(settings.box.data_dir), *box_names(settings.server.tls_names))
        turn = "the TURN relay serves it now" if reload_turn_tls(settings) else "no TURN relay running"
        click.echo(f"TLS server certificate reissued; restart clinic-appliance to serve it ({turn})")


@main.group()
def jobs() -> None:
    """Scheduled jobs: alert delivery, key rotation, certificate renewal, purges."""


@jobs.command("list")
@click.pass_context
def jobs_list(ctx: click.Context) -> None:
    """The schedule this box would run."""
    from .box import open_box
    from .jobs import job_table

    box = open_box(_settings(ctx), migrate_schema=False, quick_check=False)
    try:
        for name, _, trigger in job_table(box):
            click.echo(f"{name:28} {trigger}")
    finally:
        box.close()


@jobs.command("run")
@click.pass_context
def jobs_run(ctx: click.Context) -> None:
    """Run the schedule (the clinic-jobs service)."""
    from .box import open_box
    from .jobs import build_scheduler
    from .logs import configure_logging
    from sync.sdnotify import starting

    settings = _settings(ctx)
    configure_logging(settings.logging.file, settings.logging.level)
    starting("opening the store")
    box = open_box(settings, migrate_schema=False, quick_check=False)
    try:
        build_scheduler(box).start()
    finally:
        box.close()


@main.group()
def backup() -> None:
    """Encrypted backups: the store, its audit journal and its keys (sealed for the hub admin's recovery key)."""


@backup.command("keygen")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Where the recovery PRIVATE key is written (0600): the hub admin keeps it, off the box.")
def backup_keygen(out: Path) -> None:
    """Make the hub admin's recovery key pair; prints the public key for backup.recovery_public_key."""
    from .backup import recovery

    if out.exists():
        raise click.ClickException(f"{out} exists: a recovery key is never overwritten")
    click.echo(recovery.generate(out))


@backup.command("create")
@click.option("--to", "dest", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Target directory (default: backup.target).")
@click.option("--recovery-public-key", default=None, help="Default: backup.recovery_public_key.")
@click.pass_context
def backup_create(ctx: click.Context, dest: Path | None, recovery_public_key: str | None) -> None:
    """Write a consistent, encrypted backup of this box (it may keep serving meanwhile)."""
    from .backup import snapshot

    settings = _settings(ctx)
    dest = dest or settings.backup.target
    key = recovery_public_key or settings.backup.recovery_public_key
    if dest is None or not key:
        raise click.UsageError("give --to and --recovery-public-key, or set backup.target and backup.recovery_public_key")
    made = snapshot.create(settings, dest, key)
    click.echo(f"backup {made.path}: {made.tables} tables, {made.rows} rows in {made.seconds:.2f} s")


_backup_dir = click.argument("backup_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
_recovery_key = click.option("--recovery-key", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                             help="The hub admin's recovery private key file (`clinic backup keygen`).")


@backup.command("verify")
@_backup_dir
@_recovery_key
def backup_verify(backup_dir: Path, recovery_key: Path | None) -> None:
    """Check a backup's files against its manifest; with --recovery-key also its keys and every table."""
    from .backup import snapshot

    m = snapshot.verify(backup_dir, recovery_key)
    rows = sum(t["rows"] for t in m["tables"].values())
    click.echo(f"backup of {m['device_id']} ({m['clinic_id']}, {m['created_at']}): {len(m['files'])} files intact"
               + (f", keys open, {len(m['tables'])} tables / {rows} rows as recorded" if recovery_key else ""))


@backup.command("restore")
@_backup_dir
@click.option("--recovery-key", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The hub admin's recovery private key file.")
@click.option("--force", is_flag=True, help="Replace an existing store (stop the box first).")
@click.pass_context
def backup_restore(ctx: click.Context, backup_dir: Path, recovery_key: Path, force: bool) -> None:
    """Restore a verified backup as this box's store, keys and audit journal (same clinic only);
    then `clinic sync now` brings what the clinic did since the backup from the hub."""
    from .backup import snapshot
    from .store.rekey import box_lock

    settings = _settings(ctx)
    settings.box.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    with box_lock(settings.box.data_dir, exclusive=True):
        m = snapshot.restore(settings, backup_dir, recovery_key, force=force)
    click.echo(f"restored the backup of {m['device_id']} from {m['created_at']} into {settings.db_path}")


@backup.command("drill")
@_backup_dir
@click.option("--recovery-key", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
def backup_drill(backup_dir: Path, recovery_key: Path) -> None:
    """Restore into a scratch directory and compare every table's row count and hash with the backup's
    manifest; nothing on the box is touched."""
    from .backup import snapshot

    got = snapshot.drill(backup_dir, recovery_key)
    click.echo(f"drill passed: {got['tables']} tables, {got['rows']} rows restored and matching, "
               f"in {got['seconds']:.2f} s")


@main.group()
def alerts() -> None:
    """Abnormal-access alerts: deliver the queue to the webhook."""


def _deliver_once(settings: Settings) -> dict[str, int]:
    from .alerts.services import deliver_due
    from .box import open_box

    if not settings.alerts.webhook_url:
        raise StartupError("setting alerts.webhook_url: not set; alerts stay queued on the box")
    box = open_box(settings, migrate_schema=False, quick_check=False)
    try:
        return deliver_due(box, settings.alerts.webhook_url, max_attempts=settings.alerts.max_attempts)
    finally:
        box.close()


@alerts.command("deliver")
@click.pass_context
def alerts_deliver(ctx: click.Context) -> None:
    """Try every due alert once (retries back off; too many failures go to the dead letter)."""
    click.echo(json.dumps(_deliver_once(_settings(ctx))))


@alerts.command("run")
@click.option("--every", default=15.0, show_default=True, type=click.FloatRange(1, 3600))
@click.pass_context
def alerts_run(ctx: click.Context, every: float) -> None:
    """Deliver alerts in a loop (the clinic-alerts service)."""
    import time

    settings = _settings(ctx)
    while True:
        _deliver_once(settings)
        time.sleep(every)


@main.group()
def demo() -> None:
    """Demo data for a laptop box."""


@demo.command("seed")
@click.option("--patients", default=500, show_default=True, type=click.IntRange(1, 100000))
@click.option("--days", default=7, show_default=True, type=click.IntRange(1, 60))
@click.option("--seed", default=7, show_default=True, type=int)
@click.pass_context
def demo_seed(ctx: click.Context, patients: int, days: int, seed: int) -> None:
    """Make a believable clinic: staff, patients, a week of visits, stock."""
    from .box import open_box
    from .demo.seed import DEMO_LOGINS, seed_clinic

    box = open_box(_settings(ctx))
    try:
        summary = seed_clinic(box, patients=patients, days=days, seed=seed)
    finally:
        box.close()
    click.echo(json.dumps(summary))
    for username, password, role in DEMO_LOGINS:
        click.echo(f"  {role:14} {username} / {password}")


@demo.command("logins")
def demo_logins() -> None:
    """Print the demo accounts."""
    from .demo.seed import DEMO_LOGINS, DEMO_PIN

    click.echo(f"Demo accounts (kiosk PIN {DEMO_PIN} for each):")
    for username, password, role in DEMO_LOGINS:
        click.echo(f"  {role:14} {username} / {password}")


@main.group()
def bench() -> None:
    """Benchmarks that print figures."""


@bench.command("store")
@click.option("--patients", default=10000, show_default=True, type=click.IntRange(100, 1_000_000))
@click.option("--clients", default=10, show_default=True, type=click.IntRange(1, 1000))
@click.option("--seconds", default=12.0, show_default=True, type=click.FloatRange(1, 3600),
              help="Load per store and phase.")
@click.option("--rounds", default=6, show_default=True, type=click.IntRange(1, 20),
              help="The seconds are split into this many rounds, alternating between the stores.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 16))
@click.option("--client", type=click.Choice(["wrk", "python"]), default=None,
              help="Load generator [default: wrk when installed, else python].")
@click.option("--json", "as_json", is_flag=True)
def bench_store(patients: int, clients: int, seconds: float, rounds: int, workers: int, client: str | None,
                as_json: bool) -> None:
    """HTTP registration and search, SQLCipher vs plain SQLite, in the same run."""
    from .bench.store import print_report, run_store_bench

    try:
        report = run_store_bench(patients=patients, clients=clients, seconds=seconds, workers=workers, client=client,
                                 rounds=rounds)
    except RuntimeError as err:
        raise click.ClickException(str(err)) from err
    click.echo(json.dumps(report, indent=2) if as_json else print_report(report))


@bench.command("reminders")
@click.option("--messages", default=500, show_default=True, type=click.IntRange(1, 100_000),
              help="Reminders due at 09:00 on vaccination day.")
@click.option("--storm-messages", default=200, show_default=True, type=click.IntRange(1, 100_000))
@click.option("--kills", default=20, show_default=True, type=click.IntRange(0, 1000))
@click.option("--only", type=click.Choice(["vaccination_day", "vaccination_day_with_hub", "kill_storm"]),
              default=None, help="Run one part only.")
@click.option("--json", "as_json", is_flag=True)
def bench_reminders(messages: int, storm_messages: int, kills: int, only: str | None, as_json: bool) -> None:
    """SMS reminders: vaccination day (modem dead an hour; then again with the hub's gateway failing too)
    and a SIGKILL storm, counted by the modem and gateway simulators."""
    from sync.bench_sms import start_hub_for_bench, start_hub_process

    from .bench.reminders import print_report, run_reminders_bench

    try:
        report = run_reminders_bench(messages=messages, storm_messages=storm_messages, kills=kills,
                                     start_hub=start_hub_for_bench, start_storm_hub=start_hub_process, only=only)
    except RuntimeError as err:
        raise click.ClickException(str(err)) from err
    click.echo(json.dumps(report, indent=2) if as_json else print_report(report))


def _register_commands() -> None:
    from .cli_devices import devices
    from kiosk.bench import bench_kiosk
    from media.room.cli import recording_group
    from media.turn.cli import bench_media, media_group
    from models.soap.cli import soap
    from models.speech.cli import bench_speech, transcribe
    from models.triage.cli import bench_triage_command, triage
    from provisioning.cli import discover, provision
    from sync.bench_cli import bench_sync
    from sync.cli import sync_group
    from sync.hub.cli import hub_group

    main.add_command(devices)
    main.add_command(triage)
    main.add_command(provision)
    main.add_command(discover)
    main.add_command(transcribe)
    main.add_command(soap)
    bench.add_command(bench_speech, "speech")
    bench.add_command(bench_triage_command, "triage")
    main.add_command(sync_group)
    main.add_command(hub_group)
    media_group.add_command(recording_group)
    main.add_command(media_group)
    bench.add_command(bench_sync)
    bench.add_command(bench_kiosk)
    bench.add_command(bench_media)


_register_commands()

if __name__ == "__main__":
    main()
