"""`clinic media …`: the TURN relay's generated config."""
from __future__ import annotations

import click


@click.group("media")
def media_group() -> None:
    """Teleconsult media: the box's TURN relay (coturn)."""


@media_group.command("turn-config")
@click.option("--stdout", "to_stdout", is_flag=True, help="Print the config instead of writing it.")
@click.pass_context
def turn_config(ctx: click.Context, to_stdout: bool) -> None:
    """Write coturn's config (data_dir/turn/turnserver.conf) and its secret database from the settings."""
    from appliance.cli import _settings

    from .config import render_turn_config, write_turn_config

    settings = _settings(ctx)
    if to_stdout:
        click.echo(render_turn_config(settings), nl=False)
        return
    paths = write_turn_config(settings)
    click.echo(f"coturn config written to {paths.conf} (secrets in {paths.db}); "
               f"start it with: turnserver -c {paths.conf}")


@media_group.command("turn-serve")
@click.option("--turnserver", default="/usr/bin/turnserver", show_default=True, help="coturn's binary.")
@click.pass_context
def turn_serve(ctx: click.Context, turnserver: str) -> None:
    """Write coturn's config from the settings, then become turnserver with it (the clinic-turn service)."""
    import os

    from appliance.cli import _settings

    from .config import write_turn_config

    paths = write_turn_config(_settings(ctx))
    os.execv(turnserver, [turnserver, "-c", str(paths.conf)])
