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


@media_group.command("serve")
@click.pass_context
def media_serve(ctx: click.Context) -> None:
    """Run clinic-media, the clinic room's WebRTC endpoint (the clinic-media service)."""
    import asyncio
    import logging

    from appliance.cli import _settings

    from media.room.main import run

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    asyncio.run(run(_settings(ctx)))


@click.command("media")
@click.option("--profile", "profiles", multiple=True, type=click.Choice(["3g", "2g"]), default=["3g", "2g"],
              show_default=True, help="Link emulator profiles to run.")
@click.option("--seconds", default=20.0, show_default=True, help="How long each call is watched once connected.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def bench_media(profiles: tuple[str, ...], seconds: float, as_json: bool) -> None:
    """A consult through the real coturn over the link emulator: setup, latency, captions, bitrate, CPU, RSS (root)."""
    import json

    from media.room.bench import print_report, run_media_bench

    try:
        report = run_media_bench(list(profiles), seconds)
    except RuntimeError as err:
        raise click.ClickException(str(err)) from err
    click.echo(json.dumps(report, indent=2) if as_json else print_report(report))
