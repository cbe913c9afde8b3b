"""`clinic devices`: the serial medical devices on the box (watch them) and, for a technician without the
hardware, simulators on socat pseudo-terminals (thin over appliance/devices and appliance/bench/sims)."""
from __future__ import annotations

from pathlib import Path

import click

from .cli_settings import _settings


@click.group()
def devices() -> None:
    """Serial medical devices."""


@devices.command("watch")
@click.pass_context
def devices_watch(ctx: click.Context) -> None:
    """Watch the configured devices and offer their stable readings (the clinic-devices service)."""
    import signal
    import threading
    import time

    from .box import open_box
    from .devices.runner import start_watchers
    from .logs import configure_logging
    from sync.sdnotify import Heartbeat

    settings = _settings(ctx)
    configure_logging(settings.logging.file, settings.logging.level)
    box = open_box(settings, migrate_schema=False, quick_check=False)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    def say(line: str) -> None:
        click.echo(f"{time.strftime('%H:%M:%S')} {line}")

    try:
        threads = start_watchers(box, stop, say=say)
        if not threads:
            raise click.ClickException("no device configured (set devices.oximeter_port, devices.bp_port, "
                                       "devices.thermometer_port or devices.scale_port)")
        beat = Heartbeat()   # clinic-devices.service: Type=notify, WatchdogSec=
        beat.ready(f"watching {len(threads)} devices")
        click.echo(f"watching {', '.join(t.name.removeprefix('device-') for t in threads)} (Ctrl-C stops)")
        while not stop.wait(1.0):
            dead = [t.name for t in threads if not t.is_alive()]
            if dead:   # a watcher never should die; if one does, say so and stop rather than look alive
                stop.set()
                raise click.ClickException(f"{', '.join(dead)} stopped unexpectedly (see the log); restart "
                                           "`clinic devices watch`")
            beat.beat()
        for t in threads:
            t.join(5)
    except KeyboardInterrupt:
        stop.set()
    finally:
        box.close()


@devices.command("simulate")
@click.argument("kind", type=click.Choice(["oximeter", "bp", "thermometer", "scale", "printer", "modem"]))
@click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where the pseudo-terminal links go (default: a new temporary directory).")
@click.option("--spo2", default=97, show_default=True, type=click.IntRange(50, 100))
@click.option("--pulse", default=72, show_default=True, type=click.IntRange(30, 250))
@click.option("--bp", "bp_value", default="120/80", show_default=True, help="SYSTOLIC/DIASTOLIC in mmHg.")
@click.option("--temperature", default=37.0, show_default=True, type=click.FloatRange(30, 44), help="°C.")
@click.option("--weight", default=61.5, show_default=True, type=click.FloatRange(0.5, 300), help="kg.")
@click.option("--seconds", default=None, type=click.FloatRange(0.1), help="Stop after this long (default: Ctrl-C).")
def devices_simulate(kind: str, directory: Path | None, spo2: int, pulse: int, bp_value: str, temperature: float,
                     weight: float, seconds: float | None) -> None:
    """Start a simulated device on a socat pseudo-terminal pair and print the port to configure:
    an oximeter, blood-pressure monitor, thermometer or scale (each speaking its real protocol and
    showing a steady reading), a receipt printer or a GSM modem. For trying a box without the
    hardware: `clinic provision --serial-port PORT` finds it, `clinic devices watch` reads it.
    Runs until Ctrl-C (or --seconds)."""
    import shutil
    import signal
    import tempfile
    import threading

    from .bench.sims.run import start

    if shutil.which("socat") is None:
        raise click.ClickException("socat is not installed (apt-get install socat)")
    sys_, _, dia = bp_value.partition("/")
    if not (sys_.isdigit() and dia.isdigit() and 40 <= int(dia) < int(sys_) <= 300):
        raise click.BadParameter("SYSTOLIC/DIASTOLIC, e.g. 120/80", param_hint="--bp")
    directory = directory or Path(tempfile.mkdtemp(prefix=f"clinic-sim-{kind}-"))
    running = start(kind, directory, spo2=spo2, pulse=pulse, systolic=int(sys_), diastolic=int(dia),
                    celsius=temperature, kg=weight)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    click.echo(f"{kind} simulator on {running.port}: {running.showing}")
    click.echo(f"  set {running.setting}" + ("  (sms.modem_port must be under /dev: link it there)"
                                            if kind == "modem" else ""))
    try:
        stop.wait(seconds)
    except KeyboardInterrupt:
        pass
    finally:
        running.stop()
    click.echo(f"{kind} simulator stopped")
