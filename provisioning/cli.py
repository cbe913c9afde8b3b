"""`clinic provision`: the field technician's wizard, a thin layer over provisioning/steps.py and
provisioning/selftest.py. Every question is also a flag; `--non-interactive` never asks."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .report import render_json, render_text

EXIT_PROVISION_FAILED = 8
EXIT_NOT_APPLIED = 10      # a provisioned box, flags that differ from it given without --force

# the options that name a setting or an action of the plan (Plan field names): on a provisioned box only
# those given on the command line are applied (--force) or reported as not applied (without it)
PLAN_FLAGS = {"clinic_id": "clinic_id", "clinic_name": "clinic_name", "device_id": "device_id",
              "timezone": "timezone", "lan_names": "lan_names", "host": "host", "port": "port",
              "credstore": "credstore", "printer": "printer", "printer_width": "printer_width_mm",
              "models": "model_sources", "serial_ports": "serial_ports", "hub_url": "hub_url"}


def _configured_data_dir(config: Path) -> Path | None:
    """The data directory of a box the settings file already describes (`clinic provision` run again
    with no --data-dir finds the box it provisioned), or None when there is no readable settings file."""
    from appliance.errors import StartupError
    from appliance.settings import load_settings

    if not config.exists():
        return None
    try:
        return load_settings(config).box.data_dir
    except StartupError:
        return None


def _ask(value, prompt: str, interactive: bool, **kw):
    if value not in (None, "", ()) or not interactive:
        return value
    return click.prompt(prompt, **kw)


def _model_source(spec: str) -> tuple[Path, str | None]:
    path, _, sha = spec.partition("#sha256=")
    return Path(path), (sha or None)


@click.command("provision")
@click.option("--non-interactive", is_flag=True, help="Ask nothing: every value from the flags (scripted installs).")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where the encrypted database, keys and TLS go (e.g. /var/lib/clinic).")
@click.option("--clinic-id", default=None, help="The clinic's id at the hub (3-64 letters, digits, . _ -).")
@click.option("--clinic-name", default=None, help="Shown on receipts and screens.")
@click.option("--device-id", default=None, help="This box's id (default box-<random>).")
@click.option("--timezone", default=None, help="The clinic's time zone, e.g. Asia/Kolkata (default UTC).")
@click.option("--lan-name", "lan_names", multiple=True, help="A LAN name or address of the box (repeat).")
@click.option("--host", default="0.0.0.0", show_default=True, help="Address the box listens on.")
@click.option("--port", default=8443, show_default=True, type=int)
@click.option("--credstore", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Directory of systemd credential files where the KEK goes (e.g. /etc/credstore; default "
                   "credstore/ beside the settings file).")
@click.option("--admin-password-file", type=click.File("r"), default=None,
              help="File holding the first admin's password (prompted when interactive).")
@click.option("--hub-url", default=None, help="The hub, e.g. https://hub.example:8443.")
@click.option("--hub-token", default=None, help="One-time enrolment token (`clinic hub token create`).")
@click.option("--hub-ca", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="CA certificate of the hub's HTTPS certificate.")
@click.option("--hub-give-up-after", "hub_give_up_s", default=60.0, show_default=True, type=click.FloatRange(1.0),
              help="Seconds the link to the hub may carry nothing before enrolment and the hub checks give up.")
@click.option("--model", "models", multiple=True,
              help="A model file or wheel to install (a USB path), optionally PATH#sha256=HEX (repeat).")
@click.option("--serial-port", "serial_ports", multiple=True,
              help="A serial port to probe with every device driver (repeat; default /dev/oximeter, /dev/scale, "
                   "/dev/bp, /dev/thermometer, ttyUSB*, ttyACM*); found ports are written to devices.*_port.")
@click.option("--printer", default=None, help="Receipt printer: serial:/dev/ttyUSB1[@19200] or usb:VID:PID.")
@click.option("--printer-width", type=click.Choice(["58", "80"]), default="58", show_default=True)
@click.option("--turn-host", default="127.0.0.1", show_default=True, help="Where the self-test asks coturn.")
@click.option("--skip-models-test", is_flag=True, help="Do not load the models in the self-test.")
@click.option("--skip-selftest", is_flag=True, help="No self-test (it runs alone with `clinic provision` again).")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the report here (text; JSON beside it as .json).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--force", is_flag=True, help="On a provisioned box: enrol, install models and detect devices again "
                                            "and apply the settings given as flags; every setting not given is "
                                            "kept (keys and database too).")
@click.pass_context
def provision(ctx: click.Context, non_interactive: bool, data_dir: Path | None, clinic_id: str | None,
              clinic_name: str | None, device_id: str | None, timezone: str | None, lan_names: tuple[str, ...],
              host: str, port: int, credstore: Path | None, admin_password_file, hub_url: str | None,
              hub_token: str | None, hub_ca: Path | None, hub_give_up_s: float, models: tuple[str, ...],
              serial_ports: tuple[str, ...], printer: str | None, printer_width: str, turn_host: str,
              skip_models_test: bool, skip_selftest: bool, report_path: Path | None, as_json: bool, force: bool) -> None:
    """Take a bare box to a serving clinic: identity, keys, TLS, first admin, hub enrolment, models,
    devices, TURN relay, then a self-test ending in a printable report. Exit 0 only when every check
    passed (8: something failed); a provisioned box is left as it is unless --force (10: flags that
    differ from the box were given without --force, and were not applied)."""
    from click.core import ParameterSource

    from appliance.cli import _config_path

    from .selftest import run_selftest
    from .steps import Plan, provision as run_steps, provisioned

    interactive = not non_interactive and sys.stdin.isatty()
    config = Path(_config_path(ctx))
    say = (lambda m: click.echo(m, err=True))
    if data_dir is None:
        data_dir = _configured_data_dir(config)
    plan_probe = Plan(config=config.resolve(), data_dir=(data_dir or Path(".")).resolve(), clinic_id="", clinic_name="",
                      admin_password="")
    already = provisioned(plan_probe) if data_dir else None
    given = frozenset(field for option, field in PLAN_FLAGS.items()
                      if ctx.get_parameter_source(option) in (ParameterSource.COMMANDLINE, ParameterSource.ENVIRONMENT))
    password = ""
    if already and force:
        # a provisioned box: nothing is asked, what is not given is kept as the box has it
        password = admin_password_file.read().strip() if admin_password_file is not None else ""
    elif not already:
        data_dir = _ask(data_dir, "Data directory", interactive, type=click.Path(file_okay=False, path_type=Path),
                        default="/var/lib/clinic")
        clinic_id = _ask(clinic_id, "Clinic id (as the hub knows it)", interactive)
        clinic_name = _ask(clinic_name, "Clinic name", interactive, default="Clinic")
        timezone = _ask(timezone, "Time zone", interactive, default="UTC")
        if not lan_names and interactive:
            names = click.prompt("LAN names of the box (comma-separated, empty for none)", default="")
            lan_names = tuple(n.strip() for n in names.split(",") if n.strip())
        if admin_password_file is not None:
            password = admin_password_file.read().strip()
        elif interactive:
            password = click.prompt("Password for the first admin account", hide_input=True, confirmation_prompt=True)
        else:
            password = ""
        hub_url = _ask(hub_url, "Hub URL (empty: no hub)", interactive, default="")
        if hub_url:
            hub_token = _ask(hub_token, "One-time enrolment token", interactive)
        missing = [flag for flag, value in (("--data-dir", data_dir), ("--clinic-id", clinic_id),
                                            ("--admin-password-file", password or already)) if not value]
        if missing:
            raise click.UsageError(f"{', '.join(missing)} required with --non-interactive")
    plan = Plan(config=config, data_dir=data_dir, clinic_id=clinic_id or "", clinic_name=clinic_name or "Clinic",
                admin_password=password if not already or force else "", device_id=device_id,
                timezone=timezone or "UTC", lan_names=list(lan_names), host=host, port=port, credstore=credstore,
                hub_url=hub_url or None, hub_token=hub_token, hub_ca=hub_ca, hub_give_up_s=hub_give_up_s,
                model_sources=[_model_source(m) for m in models], serial_ports=list(serial_ports) or None,
                printer=printer, printer_width_mm=int(printer_width), turn_host=turn_host, force=force, given=given)
    bars: dict[str, object] = {}

    def progress_for(name: str):
        from tqdm import tqdm

        def update(done: int, total: int) -> None:
            bar = bars.get(name) or bars.setdefault(name, tqdm(total=total, unit="B", unit_scale=True, desc=name,
                                                                file=sys.stderr, leave=True))
            bar.update(done - bar.n)
            if done >= total:
                bar.close()
        return update

    steps, settings = run_steps(plan, say=say, progress_for=progress_for)
    checks = []
    not_applied = any(s.name == "flags" and not s.ok for s in steps)
    if skip_selftest:
        from .selftest import Check

        checks = [Check("self-test", True, "not run (--skip-selftest)", skipped=True)]
    elif settings is not None and all(s.ok or s.name == "flags" for s in steps):
        say("self-test …")
        checks = run_selftest(settings, config.resolve(), turn_host=turn_host, hub_give_up_s=hub_give_up_s,
                              models=not skip_models_test, say=say)
    elif settings is not None:
        say("provisioning stopped at a failed step; self-test of what there is …")
        checks = run_selftest(settings, config.resolve(), turn_host=turn_host, hub_give_up_s=min(hub_give_up_s, 10),
                              models=False, serving=False, say=say)
    text, data = render_text(steps, checks, settings), render_json(steps, checks, settings)
    click.echo(json.dumps(data, indent=2) if as_json else text)
    if report_path is not None:
        report_path.write_text(text)
        report_path.with_suffix(".json").write_text(json.dumps(data, indent=2))
    if not_applied and all(s.ok or s.name == "flags" for s in steps) and all(c.ok for c in checks):
        sys.exit(EXIT_NOT_APPLIED)
    if not data["ok"]:
        sys.exit(EXIT_PROVISION_FAILED)


EXIT_PIN_REFUSED = 9


@click.command("discover")
@click.option("--seconds", default=3.0, show_default=True, type=click.FloatRange(0.5, 60), help="How long to listen.")
@click.option("--pins", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Trust-on-first-use store (default ~/.config/clinic-edge/known_boxes.json).")
@click.option("--forget", default=None, metavar="DEVICE_ID", help="Remove a box's pin (its certificate was remade).")
@click.option("--json", "as_json", is_flag=True)
def discover(seconds: float, pins: Path | None, forget: str | None, as_json: bool) -> None:
    """List the clinic boxes on the LAN (mDNS `_clinic-edge._https._tcp`) and pin each certificate
    fingerprint on first use. A box whose fingerprint changed is refused: exit 9. Only URLs whose host
    the box's certificate names are listed (the certificate is read and matched to the advertised
    fingerprint); an advertised address it does not name is reported with how to re-issue it."""
    from .discovery import DEFAULT_PINS, PinStore, as_dict, browse, reissue_hint

    store = PinStore(pins or DEFAULT_PINS)
    if forget:
        if not store.forget(forget):
            raise click.ClickException(f"no pin for {forget} in {store.path}")
        store.save()
        click.echo(f"pin of {forget} removed; the next `clinic discover` pins what it finds")
        return
    boxes = browse(seconds)
    refused = [b for b in boxes if store.judge(b) == "REFUSED"]
    store.save()
    if as_json:
        click.echo(json.dumps([as_dict(b) for b in boxes], indent=2))
    else:
        if not boxes:
            click.echo(f"no clinic box answered within {seconds:g} s")
        for b in boxes:
            urls = " ".join(b.urls) or "(no URL the certificate covers)"
            click.echo(f"{b.device_id:20} clinic {b.clinic_id:12} {urls:28} sha256 {b.fingerprint[:16]}…  {b.trust}")
            if b.cert_note:
                click.echo(f"  {b.cert_note}")
    for b in boxes:
        if b.uncovered:
            click.echo(f"clinic: {reissue_hint(b)}", err=True)
    for b in refused:
        click.echo(f"clinic: REFUSED {b.device_id} at {b.url}: its certificate fingerprint {b.fingerprint} is not the "
                   f"one pinned on first use ({store.pins[b.device_id]}). Another machine may be posing as the box. "
                   f"If the box's certificate was remade on purpose: clinic discover --forget {b.device_id}", err=True)
    if refused:
        sys.exit(EXIT_PIN_REFUSED)
