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
def serve(url: str | None, host: str, port: int, admin_token: str) -> None:
    """Serve the hub (migrates its store first). Put TLS in front (gunicorn --certfile or a proxy)."""
    from werkzeug.serving import run_simple

    from .app import create_hub_app

    app = create_hub_app(_store(url), admin_token=admin_token)
    click.echo(f"clinic hub on http://{host}:{port}/ (dashboard at /admin)")
    run_simple(host, port, app, threaded=True)


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
