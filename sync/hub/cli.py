"""`clinic hub …`: serve the hub, make enrolment tokens, revoke devices (thin over services)."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import click

DEFAULT_URL = "sqlite:///hub.db"
ADMIN_TOKEN_ENV = "CLINIC_HUB_ADMIN_TOKEN"
ADMIN_TOKEN_CREDENTIAL = "hub-admin-token"   # systemd: LoadCredential=hub-admin-token:/etc/…
ADMIN_TOKEN_MIN_CHARS = 16


def read_admin_token(path: str | None) -> str:
    """The dashboard's token from a file (mode 0600), $CLINIC_HUB_ADMIN_TOKEN, or a systemd credential —
    never from the command line, where every user of the machine reads it in `ps`."""
    credentials = os.environ.get("CREDENTIALS_DIRECTORY")
    if path is None and credentials and (Path(credentials) / ADMIN_TOKEN_CREDENTIAL).is_file():
        path = str(Path(credentials) / ADMIN_TOKEN_CREDENTIAL)
    if path is not None:
        mode = os.stat(path).st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise click.UsageError(f"{path} is readable by others (mode {stat.S_IMODE(mode):o}): chmod 600 it")
        token = Path(path).read_text().strip()
    else:
        token = os.environ.get(ADMIN_TOKEN_ENV, "").strip()
    if not token:
        raise click.UsageError(f"give the dashboard's admin token in a file (--admin-token-file, mode 0600), "
                               f"in ${ADMIN_TOKEN_ENV}, or as the systemd credential {ADMIN_TOKEN_CREDENTIAL}")
    if len(token) < ADMIN_TOKEN_MIN_CHARS:
        raise click.UsageError(f"the admin token must have at least {ADMIN_TOKEN_MIN_CHARS} characters")
    return token


def _refuse_token_argument(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:
        raise click.UsageError("--admin-token on the command line is visible in `ps`: use --admin-token-file "
                               f"(mode 0600) or ${ADMIN_TOKEN_ENV}", ctx)


def _store(url: str | None):
    from .store import open_hub_store

    return open_hub_store(url or os.environ.get("CLINIC_HUB_URL", DEFAULT_URL), create=True)


@click.group("hub")
def hub_group() -> None:
    """The central hub: device registry, push/pull, admin dashboard."""


_url = click.option("--db", "url", default=None,
                    help=f"SQLAlchemy URL of the hub store (default $CLINIC_HUB_URL or {DEFAULT_URL}); "
                         "postgresql+psycopg://… in production.")


@hub_group.command("serve")
@_url
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8443, show_default=True, type=int)
@click.option("--admin-token-file", type=click.Path(exists=True, dir_okay=False), default=None,
              help=f"File (mode 0600) holding the /admin dashboard's bearer token; or ${ADMIN_TOKEN_ENV}, "
                   f"or the systemd credential {ADMIN_TOKEN_CREDENTIAL}.")
@click.option("--admin-token", hidden=True, expose_value=False, callback=_refuse_token_argument)
@click.option("--certfile", type=click.Path(exists=True, dir_okay=False), default=None, help="TLS certificate (PEM).")
@click.option("--keyfile", type=click.Path(exists=True, dir_okay=False), default=None, help="TLS private key (PEM).")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64))
def serve(url: str | None, host: str, port: int, admin_token_file: str | None, certfile: str | None,
          keyfile: str | None, workers: int) -> None:
    """Serve the hub (migrates its store first): HTTPS (TLS 1.2+) with gunicorn when given a
    certificate; without one, plain HTTP for development and tests only."""
    from .app import create_hub_app

    admin_token = read_admin_token(admin_token_file)
    store = _store(url)
    if certfile and keyfile:
        from .server import HubServer

        click.echo(f"clinic hub on https://{host}:{port}/ (console at /, sign in as hub staff)")
        HubServer(lambda: create_hub_app(store, admin_token=admin_token), host=host, port=port,
                  certfile=certfile, keyfile=keyfile, workers=workers).run()
        return
    from werkzeug.serving import run_simple

    click.echo(f"clinic hub on http://{host}:{port}/ (console at /) — plain HTTP: development only; "
               "give --certfile and --keyfile for HTTPS", err=True)
    run_simple(host, port, create_hub_app(store, admin_token=admin_token), threaded=True)


@hub_group.group("token")
def token() -> None:
    """One-time enrolment tokens."""


@token.command("create")
@_url
@click.option("--clinic", required=True, help="Clinic id the enrolled box will serve.")
@click.option("--hours", default=72, show_default=True, type=click.IntRange(1, 30 * 24),
              help="Hours the token stays valid (1 to 720).")
def token_create(url: str | None, clinic: str, hours: int) -> None:
    """Make a one-time enrolment token (printed once)."""
    from ..errors import SyncError
    from .services import issue_token

    try:
        click.echo(issue_token(_store(url), clinic, hours))
    except SyncError as err:
        raise click.UsageError(err.detail) from err


@hub_group.command("revoke")
@_url
@click.argument("device_id")
def revoke(url: str | None, device_id: str) -> None:
    """Refuse every further request of a device, at once."""
    from .services import _iso

    store = _store(url)
    if store.device(device_id) is None:
        raise click.ClickException(f"unknown device {device_id}")
    store.revoke(device_id, _iso())
    click.echo(f"{device_id} revoked")


@hub_group.command("devices")
@_url
def devices(url: str | None) -> None:
    """List enrolled devices."""
    for d in _store(url).devices():
        click.echo(f"{d.clinic_id}\t{d.device_id}\t{'revoked ' + d.revoked_at if d.revoked_at else 'active'}")


@hub_group.command("anchors")
@_url
@click.option("--device", default=None, help="Only this device's anchors.")
@click.option("--mismatches", is_flag=True, help="Only anchors that did not match; exit 1 when there are any.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 100000))
def anchors(url: str | None, device: str | None, mismatches: bool, limit: int) -> None:
    """Each box's audit chain head (seq, MAC) as anchored at its syncs, newest first, and whether
    the box later confirmed it (pending, confirmed, mismatch: its audit chain was rewritten)."""
    rows = _store(url).anchors(device, "mismatch" if mismatches else None, limit=limit)
    for a in rows:
        click.echo(f"{a['clinic_id']}\t{a['device_id']}\tseq {a['seq']}\t{(a['mac'] or '-')[:16]}\t"
                   f"{a['received_at']}\t{a['status']}" + (f"\t{a['detail']}" if a["detail"] else ""))
    if mismatches and rows:
        raise SystemExit(1)


@hub_group.command("stress")
@click.option("--seconds", default=60.0, show_default=True, type=click.FloatRange(1, 3600))
@click.option("--threads", default=32, show_default=True, type=click.IntRange(1, 256))
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64))
@click.option("--db", "url", default=None,
              help="Store of the hub under test (default: a throw-away SQLite file); use a throw-away database.")
def stress(seconds: float, threads: int, workers: int, url: str | None) -> None:
    """Start a hub (gunicorn, TLS) and hammer it from many threads with every codec on time, pull and
    push; print requests, crashes, 5xx and dropped connections (exit 1 if any)."""
    from .stress import print_report, run_stress

    report = run_stress(seconds=seconds, threads=threads, workers=workers, db_url=url)
    print_report(report, click.echo)
    if report["crashes"] or report["server_errors"] or report["dropped"]:
        raise SystemExit(1)


from .console import cli as _console_cli  # noqa: E402,F401  (registers `clinic hub staff`)
