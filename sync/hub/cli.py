"""`clinic hub …`: serve the hub, make enrolment tokens, revoke devices (thin over services)."""
from __future__ import annotations

import os

import click

DEFAULT_URL = "sqlite:///hub.db"


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
@click.option("--admin-token", envvar="CLINIC_HUB_ADMIN_TOKEN", required=True,
              help="Bearer token for the /admin dashboard (or $CLINIC_HUB_ADMIN_TOKEN).")
@click.option("--certfile", type=click.Path(exists=True, dir_okay=False), default=None, help="TLS certificate (PEM).")
@click.option("--keyfile", type=click.Path(exists=True, dir_okay=False), default=None, help="TLS private key (PEM).")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64))
def serve(url: str | None, host: str, port: int, admin_token: str, certfile: str | None, keyfile: str | None,
          workers: int) -> None:
    """Serve the hub (migrates its store first): HTTPS (TLS 1.2+) with gunicorn when given a
    certificate; without one, plain HTTP for development and tests only."""
    from .app import create_hub_app

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
@click.option("--hours", default=72, show_default=True, help="Hours the token stays valid.")
def token_create(url: str | None, clinic: str, hours: int) -> None:
    """Make a one-time enrolment token (printed once)."""
    from .services import issue_token

    click.echo(issue_token(_store(url), clinic, hours))


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


from .console import cli as _console_cli  # noqa: E402,F401  (registers `clinic hub staff`)
