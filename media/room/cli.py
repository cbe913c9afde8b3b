"""`clinic media recording …`: a consult recording, decrypted for an admin (audited)."""
from __future__ import annotations

from pathlib import Path

import click


@click.group("recording")
def recording_group() -> None:
    """Consult recordings (encrypted on the box)."""


@recording_group.command("export")
@click.argument("recording_id")
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--admin", "username", required=True, help="An admin's username (the export is audited as theirs).")
@click.option("--password", envvar="CLINIC_ADMIN_PASSWORD", default=None,
              help="The admin's password (prompted if absent; or CLINIC_ADMIN_PASSWORD).")
@click.pass_context
def export(ctx: click.Context, recording_id: str, out: Path, username: str, password: str | None) -> None:
    """Decrypt recording RECORDING_ID to OUT (Ogg: the room's and the doctor's audio, the doctor's video)."""
    from appliance.box import keyring_for, open_box
    from appliance.cli import _settings
    from appliance.errors import ClinicError

    from .export import export_recording

    if password is None:
        password = click.prompt(f"Password of {username}", hide_input=True)
    settings = _settings(ctx)
    box = open_box(settings)
    try:
        result = export_recording(box, keyring_for(settings), recording_id, out, username, password)
    except ClinicError as err:
        raise click.ClickException(str(err)) from None
    finally:
        box.close()
    click.echo(f"recording {recording_id} ({result['bytes']} bytes, encounter {result['encounter_id']}) "
               f"written to {out} (0600); the export is in the audit log")
