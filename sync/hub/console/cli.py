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
@click.password_option("--password", envvar="CLINIC_HUB_STAFF_PASSWORD",
                       help="At least 12 characters (prompted; or $CLINIC_HUB_STAFF_PASSWORD).")
def staff_create(url: str | None, username: str, full_name: str, role: str, password: str) -> None:
    """Make a console account and print its TOTP secret once: add it to an authenticator app."""
    from ...errors import BadRequest
    from .accounts import create_staff

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
