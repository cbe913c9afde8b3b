"""Typed settings: one TOML file plus CLINIC_* environment overrides, validated once at start.

Environment names are ``CLINIC_<SECTION>__<KEY>``, e.g. ``CLINIC_STORE__CACHE_MB=32``.
"""
from __future__ import annotations

import ipaddress
import os
import re
import tomllib
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
from typing import Any, Literal, Mapping

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .const import CREDENTIAL_NAME, DB_FILENAME, ENV_PREFIX, EXIT_SETTINGS
from .errors import StartupError

_LABEL = r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_HOSTNAME = re.compile(rf"^(?=.{{1,253}}$){_LABEL}(\.{_LABEL})*$")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{2,63}$")


def _comma_list(v: Any) -> Any:
    """A list the environment gives as one comma-separated string, split; any other value as it is."""
    if isinstance(v, str):
        v = [item.strip() for item in v.split(",") if item.strip()]
    return v


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class BoxSettings(_Section):
    device_id: str = Field(description="Stable id of this box; the origin of its events.")
    clinic_id: str = Field(description="Id of the clinic this box serves.")
    clinic_name: str = Field(default="Clinic", min_length=1, max_length=120,
                             description="Shown on receipts and screens.")
    data_dir: Path = Field(description="Directory holding the encrypted database.")

    @field_validator("device_id", "clinic_id")
    @classmethod
    def _ident(cls, v: str) -> str:
        if not _ID.match(v):
            raise ValueError("must be 3-64 characters of letters, digits, '.', '_' or '-'")
        return v

    @field_validator("device_id")
    @classmethod
    def _short(cls, v: str) -> str:
        if len(v) > 31:
            raise ValueError("must be at most 31 characters (the hub keys every request of the box by it)")
        return v


class StoreSettings(_Section):
    key_file: Path | None = Field(
        default=None,
        description="0600 file holding the 256-bit database key as 64 hex digits. "
        f"Ignored when $CREDENTIALS_DIRECTORY/{CREDENTIAL_NAME} exists (systemd credentials).",
    )
    kek_file: Path | None = Field(
        default=None,
        description="0600 file holding the key-encryption key that wraps the database key; ignored when "
        "$CREDENTIALS_DIRECTORY/kek exists. Unset: the key file holds the database key unwrapped.")
    cache_mb: int = Field(default=64, ge=2, le=4096, description="Page cache per connection, MiB.")
    pool_size: int = Field(default=8, ge=1, le=64, description="Connections kept per process.")
    busy_timeout_ms: int = Field(default=15000, ge=100, le=600000,
                                 description="How long a connection waits for a lock held by another process.")
    check_on_start: bool = Field(default=True, description="Run PRAGMA quick_check before serving.")


class ServerSettings(_Section):
    host: str = Field(default="127.0.0.1", description="Address to listen on (0.0.0.0 for the clinic LAN).")
    port: int = Field(default=8080, ge=1, le=65535, description="TCP port of the API.")
    workers: int = Field(default=2, ge=1, le=32, description="Worker processes (one per core).")
    threads: int = Field(default=8, ge=1, le=128, description="Threads per worker.")
    max_body_kb: int = Field(default=256, ge=1, le=65536, description="Largest JSON body accepted.")
    tls_names: list[str] = Field(default_factory=list, max_length=20,
                                 description="Extra DNS names or IPs for the box's TLS certificate "
                                             "(in the environment: comma-separated).")
    advertise: bool = Field(default=True, description="Advertise the box on the LAN over mDNS "
                                                      "(_clinic-edge._https._tcp, with its certificate fingerprint); "
                                                      "never when listening on loopback.")
    ready_wait_s: float = Field(default=300.0, ge=5, le=3600,
                                description="Seconds `clinic provision`'s self-test waits for a box it started "
                                            "to answer /api/v1/health (a slow box's first start loads the "
                                            "models in every worker).")

    @field_validator("tls_names", mode="before")
    @classmethod
    def _names(cls, v: Any) -> Any:
        return _comma_list(v)

    @field_validator("tls_names")
    @classmethod
    def _valid_names(cls, v: list[str]) -> list[str]:
        for name in v:
            try:
                ipaddress.ip_address(name)
            except ValueError:
                if not _HOSTNAME.match(name):
                    raise ValueError(f"{name!r} is neither an IP address nor a DNS name") from None
        return v


class AuthSettings(_Section):
    session_idle_minutes: int = Field(default=15, ge=1, le=240,
                                      description="A session unused this long is locked.")
    session_max_hours: int = Field(default=12, ge=1, le=72, description="Absolute session lifetime.")
    max_failed_signins_per_hour: int = Field(default=100, ge=1, le=1000,
                                             description="Failed sign-ins per account per hour before refusal.")


class KioskSettings(_Section):
    lock_minutes: int = Field(default=5, ge=1, le=15,
                              description="Kiosk screens lock after this many idle minutes (sessions at 15).")


class TriageSettings(_Section):
    check_symptoms_per_minute: int = Field(
        default=30, ge=1, le=10000,
        description="Requests a minute one client address may make to the public POST /check-symptoms "
                    "(counted for the box, across its worker processes); more are answered 429 with Retry-After.")


class DevicesSettings(_Section):
    oximeter_port: str | None = Field(default=None, max_length=200,
                                      description="Serial port of the CMS50D+ pulse oximeter, best a udev name "
                                                  "(/dev/oximeter); unset: no oximeter is watched.")
    oximeter_room: str = Field(default="intake", pattern=r"^[a-z0-9_.-]{1,40}$",
                               description="The room whose visit screen is offered the oximeter's readings.")
    scale_port: str | None = Field(default=None, max_length=200,
                                   description="Serial port of an MT-SICS weighing scale (/dev/scale); unset: none.")
    scale_room: str = Field(default="intake", pattern=r"^[a-z0-9_.-]{1,40}$",
                            description="The room whose visit screen is offered the scale's weights.")
    bp_port: str | None = Field(default=None, max_length=200,
                                description="Serial port of a blood-pressure monitor speaking the ACCUTORR PC "
                                            "interface (/dev/bp); unset: none.")
    bp_room: str = Field(default="intake", pattern=r"^[a-z0-9_.-]{1,40}$",
                         description="The room whose visit screen is offered the blood pressures.")
    thermometer_port: str | None = Field(default=None, max_length=200,
                                         description="Serial port of a SureTemp Plus thermometer module "
                                                     "(/dev/thermometer); unset: none.")
    thermometer_room: str = Field(default="intake", pattern=r"^[a-z0-9_.-]{1,40}$",
                                  description="The room whose visit screen is offered the temperatures.")
    stable_frames: int = Field(default=120, ge=2, le=6000,
                               description="Consecutive good frames within the band before a reading is "
                                           "offered (the oximeter sends 60 a second).")


class PrinterSettings(_Section):
    uri: str | None = Field(default=None, max_length=200, pattern=r"^(serial:/\S+|usb:(0x)?[0-9A-Fa-f]{1,4}:(0x)?[0-9A-Fa-f]{1,4})$",
                            description="ESC/POS receipt printer: serial:/dev/ttyUSB1[@BAUD] or usb:VID:PID; "
                                        "unset: no printer (receipts are shown, not printed).")
    width_mm: Literal[58, 80] = Field(default=58, description="Paper width: 58 or 80 mm.")
    auto_print: bool = Field(default=False, description="Print the token slip at check-in and the receipt after "
                                                        "payment without the Print button.")
    text_font: bool = Field(default=False, description="The printer has a font for the clinic's script "
                                                       "(false: Devanagari and other non-ASCII text go as an image).")


class BackupSettings(_Section):
    target: Path | None = Field(default=None,
                                description="Directory the scheduled backup writes to (a mounted USB stick, e.g. "
                                            "/media/clinic-backup); unset: no scheduled backup.")
    recovery_public_key: str | None = Field(default=None, max_length=60,
                                            description="The hub admin's recovery public key (`clinic backup "
                                                        "keygen` prints it): backups seal the box's keys to it.")
    keep: int = Field(default=7, ge=1, le=365, description="Backups of this box kept in the target; older ones "
                                                           "are deleted after each new one.")
    hour: int = Field(default=1, ge=0, le=23, description="Hour of the day (the clinic's time zone) of the backup.")


class LoggingSettings(_Section):
    file: str = Field(default="-", min_length=1, max_length=300,
                      description="Where JSON logs go: a file path, or - for stderr (journald).")
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(default="INFO", description="Lowest level written.")


class AlertSettings(_Section):
    webhook_url: str | None = Field(default=None, pattern=r"^https?://\S+$",
                                    description="Slack-compatible webhook for abnormal-access alerts.")
    timezone: str = Field(default="UTC", description="The box's local time zone: working hours, and the clinic's "
                                                     "day (tokens, receipt numbers, bookings) turns at its midnight.")
    work_start: str = Field(default="07:00", pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$",
                            description="Start of working hours.")
    work_end: str = Field(default="20:00", pattern=r"^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$",
                          description="End of working hours (24:00: the end of the day).")
    many_patients_threshold: int = Field(default=30, ge=2, le=10000,
                                         description="Distinct patients one user may read in the window.")
    many_patients_minutes: int = Field(default=10, ge=1, le=1440, description="That window, in minutes.")
    failed_signins_burst: int = Field(default=20, ge=2, le=10000,
                                      description="Failed sign-ins (all accounts) in 5 minutes that raise an alert.")
    max_attempts: int = Field(default=12, ge=1, le=100, description="Webhook attempts before the dead-letter list.")

    @field_validator("timezone")
    @classmethod
    def _zone(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {v!r}") from None
        return v


class MediaSettings(_Section):
    turn_listen_ips: list[str] = Field(
        default_factory=list, max_length=8,
        description="Clinic LAN addresses coturn listens and relays on (in the environment: comma-separated). "
                    "Empty: server.host, unless that is a wildcard.")
    turn_port: int = Field(default=3478, ge=1, le=65535, description="TURN over UDP and TCP.")
    turns_port: int = Field(default=5349, ge=1, le=65535, description="TURN over TLS (turns:), with the box's certificate.")
    turn_relay_min_port: int = Field(default=49160, ge=1024, le=65535, description="Lowest UDP port of the relays.")
    turn_relay_max_port: int = Field(default=49359, ge=1024, le=65535, description="Highest UDP port of the relays.")
    turn_realm: str | None = Field(default=None, max_length=120,
                                   description="TURN realm. Empty: <clinic_id>.clinic-edge.")
    turn_allowed_peers: list[str] = Field(
        default_factory=list, max_length=32,
        description="Addresses or CIDR ranges a relay may reach although reserved (the peers a consult needs, "
                    "e.g. the hub's coturn on a private link); never one holding a box address "
                    "(in the environment: comma-separated).")
    turn_credential_ttl_s: int = Field(default=600, ge=60, le=86400,
                                       description="Lifetime of a TURN credential handed out by the API.")
    turn_secret_grace_s: int = Field(default=1800, ge=60, le=7 * 86400,
                                     description="How long a rotated TURN secret is still accepted "
                                                 "(at least the credential lifetime).")
    turn_user_quota: int = Field(default=4, ge=1, le=100, description="Relays one credential may hold at once.")
    turn_total_quota: int = Field(default=40, ge=1, le=10000, description="Relays the box holds at once.")
    turn_max_bps: int = Field(default=192000, ge=8000, le=125_000_000,
                              description="Bandwidth cap of one relay session, bytes/s (192000 = 1.5 Mbit/s).")
    # clinic-media, the room's WebRTC endpoint (media/room)
    control_port: int = Field(default=8479, ge=1, le=65535,
                              description="clinic-media's control interface, on 127.0.0.1 only.")
    camera: str | None = Field(default="/dev/video0", description="The room's camera (V4L2 device); none: no video.")
    camera_size: str = Field(default="640x480", pattern=r"^\d{2,4}x\d{2,4}$", description="Camera frame size.")
    microphone: str | None = Field(default="default", description="The room's microphone (ALSA device name).")
    speaker: str | None = Field(default=None, description="Where the doctor's audio is played (ALSA device); "
                                                          "none: recorded only.")
    source_file: str | None = Field(default=None, description="A media file played as the room's camera and "
                                                              "microphone instead of the devices (tests, demos).")
    opus_bitrate: int = Field(default=16000, ge=6000, le=128000,
                              description="Opus bitrate of the room's audio, bit/s (audio goes first on a bad link).")
    video_max_kbps: int = Field(default=600, ge=50, le=4000, description="The room's video bitrate ceiling.")
    video_floor_kbps: int = Field(default=120, ge=10, le=2000,
                                  description="Below this bandwidth estimate the room's video stops (audio, "
                                              "captions and chat continue).")
    video_restore_s: float = Field(default=8.0, ge=1, le=300,
                                   description="Seconds of a good link (estimate above twice the floor, "
                                               "low loss) before video comes back.")
    quality_sample_s: float = Field(default=30.0, ge=1, le=3600,
                                    description="How often a consult's quality (RTT, loss, bitrate) is "
                                                "sampled into its events.")
    captions: bool = Field(default=True, description="Live captions of the room's audio.")
    caption_engine: str = Field(default="whisper", pattern=r"^(whisper|vosk)$",
                                description="Speech engine of the live captions.")
    recording: bool = Field(default=True, description="Record consults (encrypted, attached to the encounter).")
    recording_video_fps: float = Field(default=2.0, ge=0, le=10,
                                       description="Frames a second of the doctor's video kept in a consult's "
                                                   "recording (320x240 VP8, ~48 kbit/s); 0: sound only.")
    recording_retention_days: int = Field(default=90, ge=1, le=3650,
                                          description="Days a consult's recording is kept before the purge job "
                                                      "deletes it.")

    @field_validator("turn_listen_ips", "turn_allowed_peers", mode="before")
    @classmethod
    def _split(cls, v: Any) -> Any:
        return _comma_list(v)

    @field_validator("turn_listen_ips")
    @classmethod
    def _ips(cls, v: list[str]) -> list[str]:
        for ip in v:
            try:
                addr = ipaddress.ip_address(ip)
            except ValueError:
                raise ValueError(f"{ip!r} is not an IP address") from None
            if addr.is_unspecified:
                raise ValueError("give the clinic LAN address, not a wildcard")
        return v

    @field_validator("turn_allowed_peers")
    @classmethod
    def _ranges(cls, v: list[str]) -> list[str]:
        for item in v:
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError:
                raise ValueError(f"{item!r} is not an IP address or CIDR range") from None
        return v

    @field_validator("turn_realm")
    @classmethod
    def _realm(cls, v: str | None) -> str | None:
        if v is not None and not _HOSTNAME.match(v):
            raise ValueError("must be a DNS-style name")
        return v

    @model_validator(mode="after")
    def _consistent(self) -> "MediaSettings":
        if self.turn_relay_min_port > self.turn_relay_max_port:
            raise ValueError("turn_relay_min_port must not exceed turn_relay_max_port")
        if self.turn_secret_grace_s < self.turn_credential_ttl_s:
            raise ValueError("turn_secret_grace_s must be at least turn_credential_ttl_s "
                             "(credentials signed by a rotated secret stay valid that long)")
        return self
class SmsSettings(_Section):
    modem_port: str | None = Field(default=None, pattern=r"^/dev/\S+$",
                                   description="Serial port of the GSM modem for SMS reminders (none: no SMS).")
    max_attempts: int = Field(default=8, ge=1, le=100, description="SMS attempts before the dead-letter list.")
    hub_channel: bool = Field(default=True, description="When enrolled with a hub, also send SMS through the "
                              "hub's gateway (the cheapest channel that is up is used).")
    modem_cost_per_sms: float = Field(default=0.25, ge=0, description="What one SMS by the modem costs, in the "
                                      "unit of the hub's --sms-cost (routing picks the cheaper channel).")


class Settings(_Section):
    box: BoxSettings
    store: StoreSettings = StoreSettings()
    server: ServerSettings = ServerSettings()
    auth: AuthSettings = AuthSettings()
    logging: LoggingSettings = LoggingSettings()
    alerts: AlertSettings = AlertSettings()
    kiosk: KioskSettings = KioskSettings()
    triage: TriageSettings = TriageSettings()
    devices: DevicesSettings = DevicesSettings()
    printer: PrinterSettings = PrinterSettings()
    backup: BackupSettings = BackupSettings()
    media: MediaSettings = MediaSettings()
    sms: SmsSettings = SmsSettings()

    @property
    def db_path(self) -> Path:
        return self.box.data_dir / DB_FILENAME

    def kek_path(self, environ: Mapping[str, str] | None = None) -> Path | None:
        """Where the key-encryption key lives: systemd credentials first, then the KEK file."""
        environ = os.environ if environ is None else environ
        creds = environ.get("CREDENTIALS_DIRECTORY")
        if creds and (Path(creds) / "kek").exists():
            return Path(creds) / "kek"
        return self.store.kek_file

    def key_path(self, environ: Mapping[str, str] | None = None) -> Path:
        """Where the database key lives: systemd credentials first, then the key file."""
        environ = os.environ if environ is None else environ
        creds = environ.get("CREDENTIALS_DIRECTORY")
        if creds and (Path(creds) / CREDENTIAL_NAME).exists():
            return Path(creds) / CREDENTIAL_NAME
        if self.store.key_file is not None:
            return self.store.key_file
        return self.box.data_dir / "db.key"


def _env_overrides(environ: Mapping[str, str]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for name, value in environ.items():
        if not name.startswith(ENV_PREFIX) or "__" not in name:
            continue
        section, _, key = name[len(ENV_PREFIX):].lower().partition("__")
        out.setdefault(section, {})[key] = value
    return out


def _merge(base: dict[str, Any], over: dict[str, dict[str, str]]) -> dict[str, Any]:
    merged = {k: (dict(v) if isinstance(v, dict) else v) for k, v in base.items()}
    for section, values in over.items():
        target = merged.setdefault(section, {})
        if not isinstance(target, dict):
            raise StartupError(f"setting {section}: must be a table", EXIT_SETTINGS)
        target.update(values)
    return merged


def _one_line(err: ValidationError) -> str:
    first = err.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "settings"
    msg = first["msg"]
    if first["type"] == "missing":
        msg = "missing (set it in the config file or the environment)"
    elif first["type"] == "extra_forbidden":
        msg = "unknown setting"
    return f"setting {where}: {msg}"


def load_settings(path: str | Path | None, environ: Mapping[str, str] | None = None) -> Settings:
    """Read, merge and validate settings; any problem raises StartupError with one line naming it."""
    environ = os.environ if environ is None else environ
    data: dict[str, Any] = {}
    if path is not None:
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise StartupError(f"config file {path} not found", EXIT_SETTINGS) from None
        except tomllib.TOMLDecodeError as err:
            raise StartupError(f"config file {path} is not valid TOML: {err}", EXIT_SETTINGS) from err
        except (OSError, UnicodeDecodeError) as err:
            raise StartupError(f"config file {path} cannot be read: {err}", EXIT_SETTINGS) from err
    data = _merge(data, _env_overrides(environ))
    try:
        settings = Settings.model_validate(data)
    except ValidationError as err:
        raise StartupError(_one_line(err), EXIT_SETTINGS) from err
    if not settings.box.data_dir.is_absolute() and path is not None:
        settings.box.data_dir = (path.parent / settings.box.data_dir).resolve()
    for name in ("key_file", "kek_file"):
        value = getattr(settings.store, name)
        if value is not None and not value.is_absolute() and path is not None:
            setattr(settings.store, name, (path.parent / value).resolve())
    return settings


def render_settings_toml(device_id: str, clinic_id: str, clinic_name: str, data_dir: Path,
                         key_file: Path, port: int, kek_file: Path | None = None) -> str:
    """The config file `clinic init` writes."""
    return (
        "# clinic-edge appliance settings; CLINIC_<SECTION>__<KEY> environment variables override.\n"
        "[box]\n"
        f'device_id = "{device_id}"\n'
        f'clinic_id = "{clinic_id}"\n'
        f"clinic_name = {_toml_str(clinic_name)}\n"
        f"data_dir = {_toml_str(str(data_dir))}\n\n"
        "[store]\n"
        f"key_file = {_toml_str(str(key_file))}\n"
        + (f"kek_file = {_toml_str(str(kek_file))}\n" if kek_file else "") +
        "cache_mb = 64\n\n"
        "[server]\n"
        'host = "127.0.0.1"\n'
        f"port = {port}\n"
    )


def _toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def settings_table() -> str:
    """The Markdown table of every setting, for the README (a test keeps the copy current)."""
    rows = ["| setting | environment | default | meaning |", "|---|---|---|---|"]
    for section, field in Settings.model_fields.items():
        for key, f in field.annotation.model_fields.items():
            value = f.default_factory() if f.default_factory is not None else f.default
            default = "required" if f.is_required() else f"`{value}`"
            rows.append(f"| `{section}.{key}` | `{ENV_PREFIX}{section.upper()}__{key.upper()}` | {default} | "
                        f"{f.description or ''} |")
    return "\n".join(rows)
