"""`clinic hub …`: serve the hub, make enrolment tokens, revoke devices (thin over services)."""
from __future__ import annotations

import os
import shutil
import stat
import tempfile
from pathlib import Path

import click

DEFAULT_URL = "sqlite:///hub.db"
ADMIN_TOKEN_ENV = "CLINIC_HUB_ADMIN_TOKEN"
ADMIN_TOKEN_CREDENTIAL = "hub-admin-token"   # systemd: LoadCredential=hub-admin-token:/etc/…
ADMIN_TOKEN_MIN_CHARS = 16
LOAD_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"   # `hub load` makes its database there


def read_admin_token(path: str | None) -> str:
    """The hub's admin bearer token (teleconsult join tokens, the /fhir/ endpoint) from a file (mode 0600),
    $CLINIC_HUB_ADMIN_TOKEN, or a systemd credential — never from the command line, where every user of the machine reads it in `ps`."""
    credentials = os.environ.get("CREDENTIALS_DIRECTORY")
    if path is None and credentials and (Path(credentials) / ADMIN_TOKEN_CREDENTIAL).is_file():
        path = str(Path(credentials) / ADMIN_TOKEN_CREDENTIAL)
    if path is not None:
        mode = os.stat(path).st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise click.UsageError(f"{path} is readable by others (mode {stat.S_IMODE(mode):o}): chmod 600 it")
        token = Path(path).read_text().strip()
    else:
        token = os.environ.get(ADMIN_TOKEN_ENV, "").strip()
    if not token:
        raise click.UsageError(f"give the hub's admin token in a file (--admin-token-file, mode 0600), "
                               f"in ${ADMIN_TOKEN_ENV}, or as the systemd credential {ADMIN_TOKEN_CREDENTIAL}")
    if len(token) < ADMIN_TOKEN_MIN_CHARS:
        raise click.UsageError(f"the admin token must have at least {ADMIN_TOKEN_MIN_CHARS} characters")
    return token


def _refuse_token_argument(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:
        raise click.UsageError("--admin-token on the command line is visible in `ps`: use --admin-token-file "
                               f"(mode 0600) or ${ADMIN_TOKEN_ENV}", ctx)


def _store(url: str | None):
    from sqlalchemy.exc import OperationalError

    from .store import open_hub_store

    url = url or os.environ.get("CLINIC_HUB_URL", DEFAULT_URL)
    try:
        return open_hub_store(url, create=True)
    except OperationalError as err:
        # the database is missing or its server does not answer: one line, not a traceback
        raise _unreachable("hub store", url, err) from err


def _unreachable(what: str, url: str, err) -> click.ClickException:
    from sqlalchemy.engine import make_url

    reason = str(err.orig or err).strip().splitlines()[0]
    return click.ClickException(f"{what} {make_url(url).render_as_string(hide_password=True)}: {reason}")


@click.group("hub")
def hub_group() -> None:
    """The central hub: device registry, push/pull, the staff console."""


_url = click.option("--db", "url", default=None,
                    help=f"SQLAlchemy URL of the hub store (default $CLINIC_HUB_URL or {DEFAULT_URL}); "
                         "postgresql+psycopg://… in production.")


def _sms_options(fn):
    """The SMS gateway setting: its webhook URL, its bearer token (a file, never the command line), the
    cost of one SMS (the boxes route by it). $CLINIC_HUB_SMS_GATEWAY_URL and …_TOKEN_FILE also work."""
    fn = click.option("--sms-cost", type=click.FloatRange(min=0), default=1.0, show_default=True,
                      envvar="CLINIC_HUB_SMS_COST", help="What one SMS through the gateway costs (boxes "
                      "send by whichever channel is cheapest and up).")(fn)
    fn = click.option("--sms-gateway-token-file", type=click.Path(exists=True, dir_okay=False), default=None,
                      envvar="CLINIC_HUB_SMS_GATEWAY_TOKEN_FILE",
                      help="File (mode 0600) with the SMS gateway's bearer token.")(fn)
    return click.option("--sms-gateway-url", default=None, envvar="CLINIC_HUB_SMS_GATEWAY_URL",
                        help="The SMS gateway's webhook (http(s)://…); none: no hub SMS channel.")(fn)


@hub_group.command("serve")
@_url
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8443, show_default=True, type=int)
@click.option("--admin-token-file", type=click.Path(exists=True, dir_okay=False), default=None,
              help=f"File (mode 0600) holding the hub's admin bearer token (teleconsult join tokens, /fhir/); or ${ADMIN_TOKEN_ENV}, "
                   f"or the systemd credential {ADMIN_TOKEN_CREDENTIAL}.")
@click.option("--admin-token", hidden=True, expose_value=False, callback=_refuse_token_argument)
@click.option("--certfile", type=click.Path(exists=True, dir_okay=False), default=None, help="TLS certificate (PEM).")
@click.option("--keyfile", type=click.Path(exists=True, dir_okay=False), default=None, help="TLS private key (PEM).")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64))
@click.option("--turn-uri", "turn_uris", multiple=True,
              help="A TURN relay handed to both ends of a teleconsult (repeat), e.g. turn:hub.example:3478?transport=udp.")
@click.option("--turn-secret-file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="File (mode 0600) with the relays' shared TURN REST secret (coturn's static-auth-secret).")
@click.option("--nats-url", envvar="CLINIC_HUB_NATS_URL", default=None,
              help="Publish every accepted event to NATS JetStream here (nats://127.0.0.1:4222), after commit, "
                   "once per event id; default $CLINIC_HUB_NATS_URL, else off.")
@click.option("--nats-stream", default="CLINIC_EVENTS", show_default=True, help="With --nats-url: the JetStream stream.")
@click.option("--nats-prefix", default="clinic.events", show_default=True,
              help="With --nats-url: subjects are PREFIX.<clinic id>.")
@click.option("--nats-republish-every", "republish_s", default=30.0, show_default=True,
              type=click.FloatRange(0.5, 100.0),
              help="With --nats-url: seconds between the re-publisher's passes over the hub log (under the "
                   "stream's 120 s duplicate window).")
@_sms_options
def serve(url: str | None, host: str, port: int, admin_token_file: str | None, certfile: str | None,
          keyfile: str | None, workers: int, turn_uris: tuple[str, ...], turn_secret_file: str | None,
          nats_url: str | None, nats_stream: str, nats_prefix: str, republish_s: float,
          sms_gateway_url: str | None, sms_gateway_token_file: str | None, sms_cost: float) -> None:
    """Serve the hub (migrates its store first): HTTPS (TLS 1.2+) with gunicorn when given a
    certificate; without one, plain HTTP for development and tests only."""
    from .app import create_hub_app

    admin_token = read_admin_token(admin_token_file)
    turn = _turn(turn_uris, turn_secret_file)
    store = _store(url)
    make_stream = _stream(store, nats_url, nats_stream, nats_prefix, republish_s)
    sms = _sms(store, sms_gateway_url, sms_gateway_token_file, sms_cost)
    if certfile and keyfile:
        from ..serving import runtime_dir
        from .server import HubServer

        click.echo(f"clinic hub on https://{host}:{port}/ (console at /, sign in as hub staff)")
        # systemd's runtime directory (a tmpfs); else a fresh private one for this start, removed after it
        master, own = os.getpid(), None if runtime_dir() else Path(tempfile.mkdtemp(prefix="clinic-hub-"))
        try:
            HubServer(lambda: create_hub_app(store, admin_token=admin_token, turn=turn,
                                                     stream=make_stream(), sms=sms), host=host, port=port,
                      certfile=certfile, keyfile=keyfile, workers=workers,
                      metrics_dir=(runtime_dir() or own) / "metrics").run()
        finally:
            if own is not None and os.getpid() == master:    # a worker unwinds through here too, as it exits
                shutil.rmtree(own, ignore_errors=True)
        return
    from werkzeug.serving import run_simple

    click.echo(f"clinic hub on http://{host}:{port}/ (console at /) — plain HTTP: development only; "
               "give --certfile and --keyfile for HTTPS", err=True)
    run_simple(host, port, create_hub_app(store, admin_token=admin_token, turn=turn, stream=make_stream(),
                                              sms=sms), threaded=True)


def _stream(store, url: str | None, name: str, prefix: str, republish_s: float = 30.0):
    """A factory of the worker's NATS publisher (each gunicorn worker makes its own), or of None."""
    from .publisher import StreamPublisher, StreamSettings

    if not url:
        return lambda: None
    if not url.startswith(("nats://", "tls://")):
        raise click.UsageError("--nats-url must be nats://host:port or tls://host:port")
    settings = StreamSettings(url=url, stream=name, prefix=prefix, republish_every_s=republish_s)
    return lambda: StreamPublisher(store.engine, settings)


def _sms(store, url: str | None, token_file: str | None, cost: float):
    from .sms.gateway import GatewayConfig
    from .sms.services import HubSms

    if not url and not token_file:
        return HubSms(store.engine, None)
    if not url or not token_file:
        raise click.UsageError("give both --sms-gateway-url and --sms-gateway-token-file, or neither")
    mode = os.stat(token_file).st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise click.UsageError(f"{token_file} is readable by others (mode {stat.S_IMODE(mode):o}): chmod 600 it")
    try:
        return HubSms(store.engine, GatewayConfig(url, Path(token_file).read_text().strip(), cost))
    except ValueError as err:
        raise click.UsageError(str(err)) from err


@hub_group.command("sms-deliver")
@_url
@_sms_options
@click.option("--every", "every_s", type=click.FloatRange(min=1), default=30.0, show_default=True,
              help="Seconds between rounds.")
@click.option("--once", is_flag=True, help="One round, then exit (a systemd timer's way).")
def sms_deliver(url: str | None, sms_gateway_url: str | None, sms_gateway_token_file: str | None, sms_cost: float,
                every_s: float, once: bool) -> None:
    """Retry the SMS the gateway has not taken yet (backoff per message; dead letters after the last
    attempt). A box's own exchanges also retry its messages: this covers boxes that went quiet."""
    import time

    sms = _sms(_store(url), sms_gateway_url, sms_gateway_token_file, sms_cost)
    if sms.gateway is None:
        raise click.UsageError("no SMS gateway given (--sms-gateway-url and --sms-gateway-token-file)")
    while True:
        counts = sms.deliver_due(limit=500)
        click.echo(" ".join(f"{k}={v}" for k, v in counts.items() if v) or "nothing due")
        if once:
            return
        time.sleep(every_s)


def _turn(uris: tuple[str, ...], secret_file: str | None):
    from .signalling.services import TurnServers

    if not uris and not secret_file:
        return TurnServers()
    if not uris or not secret_file:
        raise click.UsageError("give both --turn-uri and --turn-secret-file, or neither")
    mode = os.stat(secret_file).st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise click.UsageError(f"{secret_file} is readable by others (mode {stat.S_IMODE(mode):o}): chmod 600 it")
    secret = Path(secret_file).read_text().strip()
    if len(secret) < 16:
        raise click.UsageError("the TURN secret must have at least 16 characters")
    return TurnServers(tuple(uris), secret)


@hub_group.command("join-token")
@_url
@click.option("--clinic", required=True, help="Clinic whose box holds the room.")
@click.option("--encounter", required=True, help="Encounter id: one room per encounter.")
@click.option("--doctor", required=True, help="The doctor's id (only they may use the token).")
def join_token(url: str | None, clinic: str, encounter: str, doctor: str) -> None:
    """A single-use join token for a doctor into an encounter's room (valid 120 s; printed with the
    call page's path)."""
    from ..errors import SyncError
    from .signalling.services import Signalling

    try:
        issued = Signalling(_store(url).engine).issue_join_token(doctor, clinic, encounter)
    except SyncError as err:
        raise click.UsageError(err.detail) from err
    click.echo(issued.token)
    click.echo(f"/call/{issued.room_id}#token={issued.token}")


@hub_group.group("token")
def token() -> None:
    """One-time enrolment tokens."""


@token.command("create")
@_url
@click.option("--clinic", required=True, help="Clinic id the enrolled box will serve.")
@click.option("--hours", default=72, show_default=True, type=click.IntRange(1, 30 * 24),
              help="Hours the token stays valid (1 to 720).")
def token_create(url: str | None, clinic: str, hours: int) -> None:
    """Make a one-time enrolment token (printed once)."""
    from ..errors import SyncError
    from .services import issue_token

    try:
        click.echo(issue_token(_store(url), clinic, hours))
    except SyncError as err:
        raise click.UsageError(err.detail) from err


@hub_group.command("contact")
@_url
@click.option("--clinic", required=True, help="Clinic id (one the hub knows: a box enrolled or a token made).")
@click.option("--phone", required=True, help="The clinic's phone number, e.g. 98123 45678 or +91 98123 45678; "
                                             "empty: the clinic has no phone at the hub.")
@click.option("--name", default="", help="Who answers it (optional), e.g. \"Sister Meena, nurse in charge\".")
def contact(url: str | None, clinic: str, phone: str, name: str) -> None:
    """Set the phone a doctor rings when the call cannot reach the clinic (kept as E.164; audited as cli)."""
    from ..errors import SyncError
    from .console.contact import set_clinic_contact

    store = _store(url)
    try:
        held = set_clinic_contact(store, store.engine, "cli", clinic, phone, name)
    except SyncError as err:
        raise click.UsageError(err.detail) from err
    click.echo(f"{clinic}\t{held.phone}\t{held.name or ''}" if held else f"{clinic}\tno phone")


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


@hub_group.command("anchors")
@_url
@click.option("--device", default=None, help="Only this device's anchors.")
@click.option("--mismatches", is_flag=True, help="Only anchors that did not match; exit 1 when there are any.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 100000))
def anchors(url: str | None, device: str | None, mismatches: bool, limit: int) -> None:
    """Each box's audit chain head (seq, MAC) as anchored at its syncs, newest first, and whether
    the box later confirmed it (pending, confirmed, mismatch: its audit chain was rewritten)."""
    rows = _store(url).anchors(device, "mismatch" if mismatches else None, limit=limit)
    for a in rows:
        click.echo(f"{a['clinic_id']}\t{a['device_id']}\tseq {a['seq']}\t{(a['mac'] or '-')[:16]}\t"
                   f"{a['received_at']}\t{a['status']}" + (f"\t{a['detail']}" if a["detail"] else ""))
    if mismatches and rows:
        raise SystemExit(1)


@hub_group.command("stress")
@click.option("--seconds", default=60.0, show_default=True, type=click.FloatRange(1, 3600))
@click.option("--threads", default=32, show_default=True, type=click.IntRange(1, 256))
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64))
@click.option("--db", "url", default=None,
              help="Store of the hub under test (default: a throw-away SQLite file); use a throw-away database.")
def stress(seconds: float, threads: int, workers: int, url: str | None) -> None:
    """Start a hub (gunicorn, TLS) and hammer it from many threads with every codec on time, pull and
    push; print requests, crashes, 5xx and dropped connections (exit 1 if any)."""
    from .stress import print_report, run_stress

    if url:
        _store(url).engine.dispose()   # a missing database or a silent server: one line before anything starts
    report = run_stress(seconds=seconds, threads=threads, workers=workers, db_url=url)
    print_report(report, click.echo)
    if report["crashes"] or report["server_errors"] or report["dropped"]:
        raise SystemExit(1)


@hub_group.command("load")
@click.option("--boxes", default=1000, show_default=True, type=click.IntRange(1, 5000))
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 8),
              help="Hub processes: each its own `clinic hub serve` (gunicorn, one worker of 8 threads) on its own port.")
@click.option("--seconds", default=60.0, show_default=True, type=click.FloatRange(1, 1800),
              help="At most this long driving the boxes (the figures count what was done by then).")
@click.option("--events-per-box", "events", default=200, show_default=True, type=click.IntRange(1, 20000))
@click.option("--batch", default=50, show_default=True, type=click.IntRange(1, 2000), help="Events per push.")
@click.option("--threads", default=32, show_default=True, type=click.IntRange(1, 256),
              help="Client threads the boxes are shared out over (in a process of their own).")
@click.option("--sample", default=100, show_default=True, type=click.IntRange(0, 100000),
              help="Acked batches pushed again to the other worker, for the check.")
@click.option("--kill-worker-after", "kill_after", type=click.IntRange(1), default=None,
              help="SIGKILL the last hub process (master and worker: a machine lost) after this many pushes.")
@click.option("--pg", "pg_url", default=LOAD_PG_URL, show_default=True,
              help="A PostgreSQL server's admin URL: a fresh database is made there for the run, and dropped.")
def load(boxes: int, workers: int, seconds: float, events: int, batch: int, threads: int, sample: int,
         kill_after: int | None, pg_url: str) -> None:
    """Many simulated boxes (each its own clinic and key) pushing compact signed batches and pulling,
    alternating between hub workers, on loopback; print ingest, latencies, PostgreSQL connections and
    the check that every event is stored exactly once (exit 1 if an event was lost or doubled)."""
    from .load import MAX_EVENTS, passed, print_report, run_load

    if boxes * events > MAX_EVENTS:    # every push is built in memory before the clock starts
        raise click.UsageError(f"--boxes x --events-per-box is at most {MAX_EVENTS:,}")
    from sqlalchemy import create_engine
    from sqlalchemy.exc import OperationalError

    engine = create_engine(pg_url)
    try:        # a silent server: one line before anything starts (nothing is written to its database)
        engine.connect().close()
    except OperationalError as err:
        raise _unreachable("PostgreSQL", pg_url, err) from err
    finally:
        engine.dispose()
    report = run_load(boxes=boxes, workers=workers, seconds=seconds, events=events, batch=batch, threads=threads,
                      sample=sample, pg_url=pg_url, kill_after=kill_after, say=click.echo)
    print_report(report, click.echo)
    if not passed(report):
        raise SystemExit(1)


from .console import cli as _console_cli  # noqa: E402,F401  (registers `clinic hub staff`)
from .fhir import cli as _fhir_cli  # noqa: E402,F401  (registers `clinic hub export fhir`)
from .analytics import cli as _analytics_cli  # noqa: E402,F401  (registers `clinic hub demo`, `analytics`)
