"""`clinic hub staff …`: console accounts (the first hub admin is made here)."""
from __future__ import annotations

import click

from ..cli import _store, _url, hub_group
from .accounts import ROLES


@hub_group.group("staff")
def staff() -> None:
    """Hub staff who sign in to the console (password + authenticator app)."""


@staff.command("create")
@_url
@click.option("--username", required=True)
@click.option("--name", "full_name", required=True, help="Full name, shown in the console and its audit.")
@click.option("--role", type=click.Choice(sorted(ROLES)), default="hub_admin", show_default=True)
@click.option("--password", envvar="CLINIC_HUB_STAFF_PASSWORD", default=None,
              help="At least 12 characters. Best from $CLINIC_HUB_STAFF_PASSWORD or piped on stdin (one line); "
                   "asked twice, hidden, at a terminal.")
def staff_create(url: str | None, username: str, full_name: str, role: str, password: str | None) -> None:
    """Make a console account and print its TOTP secret once: add it to an authenticator app.

    The password: $CLINIC_HUB_STAFF_PASSWORD, else the first line of stdin when it is piped
    (`printf '%s\\n' "$PW" | clinic hub staff create ...`), else asked at the terminal."""
    import sys

    from ...errors import BadRequest
    from .accounts import create_staff

    if password is None:
        if sys.stdin.isatty():
            password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
        else:   # piped: read it plainly (getpass would warn that it cannot hide what is not typed)
            password = sys.stdin.readline().rstrip("\r\n")
            if not password:
                raise click.ClickException("no password on stdin (pipe one line, or set $CLINIC_HUB_STAFF_PASSWORD)")
    try:
        made = create_staff(_store(url).engine, username, full_name, role, password)
    except BadRequest as err:
        raise click.ClickException(err.detail) from err
    click.echo(f"{username} ({ROLES[role]}) created. Add this to an authenticator app now; it is not shown again.")
    click.echo(f"TOTP secret: {made['totp_secret']}")
    click.echo(f"otpauth URI: {made['otpauth_uri']}")


@staff.command("list")
@_url
def staff_list(url: str | None) -> None:
    """Console accounts: username, name, role, created, disabled."""
    from .accounts import list_staff

    for r in list_staff(_store(url).engine):
        click.echo(f"{r['username']}\t{r['full_name']}\t{ROLES.get(r['role'], r['role'])}\t{r['created_at']}\t"
                   + (f"disabled {r['disabled_at']}" if r["disabled_at"] else "active"))


@staff.command("disable")
@_url
@click.argument("username")
def staff_disable(url: str | None, username: str) -> None:
    """Refuse the account's sign-ins from now on and end its sessions."""
    from ...errors import BadRequest
    from .accounts import disable_staff

    try:
        disable_staff(_store(url).engine, username)
    except BadRequest as err:
        raise click.ClickException(err.detail) from err
    click.echo(f"{username} disabled")


@staff.command("clinics")
@_url
@click.argument("username")
@click.argument("clinic_ids", nargs=-1)
def staff_clinics(url: str | None, username: str, clinic_ids: tuple[str, ...]) -> None:
    """Set the clinics a doctor serves (their queue and charts); no clinic ids: none."""
    from ...errors import BadRequest
    from .doctors import link_clinics

    try:
        clinics = link_clinics(_store(url).engine, username, clinic_ids)
    except BadRequest as err:
        raise click.ClickException(err.detail) from err
    click.echo(f"{username} serves {', '.join(clinics) or 'no clinic'}")


@staff.command("oauth-client")
@_url
@click.argument("client_id")
@click.option("--name", required=True, help="Shown on the consent page.")
@click.option("--redirect-uri", "redirect_uris", multiple=True, required=True,
              help="Exact redirect URI (https://, or http:// on loopback); repeatable.")
def staff_oauth_client(url: str | None, client_id: str, name: str, redirect_uris: tuple[str, ...]) -> None:
    """Register a public OAuth2 client (authorization code + PKCE) for hub staff: a doctor's app."""
    from ...errors import BadRequest
    from .oauth import register_client

    try:
        register_client(_store(url).engine, client_id, name, list(redirect_uris))
    except BadRequest as err:
        raise click.ClickException(err.detail) from err
    click.echo(f"{client_id} registered: authorize at /console/oauth/authorize, tokens at /console/oauth/token")
