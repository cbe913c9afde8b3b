"""`clinic sync …`: thin wrappers over the sync client and services (`clinic bench sync` is sync/bench_cli.py)."""
from __future__ import annotations

import json
import time
from pathlib import Path

import click

from .backoff import MAX_BATCH, START_BATCH
from .errors import HubNotTrusted, SyncError

LINK_FIGURES = "link_figures"       # the link as last measured (sync_state): the next run starts there


def _close(box, client) -> None:
    """Keep what the link measured for the next run, then let go of the connection and the box."""
    from . import checkpoints

    meter = getattr(client.link, "meter", None)
    if meter is not None and client.link.stats.exchanges:
        with box.store.write() as conn:
            checkpoints.put(conn, LINK_FIGURES, json.dumps(meter.figures()))
    client.link.close()
    box.close()


def _client(ctx: click.Context, hub: str | None = None, timeout_s: float = 60.0, hub_ca: str | None = None,
            give_up_s: float | None = None, first_batch: int = START_BATCH):
    from appliance.box import open_box
    from appliance.cli_settings import _settings

    from . import checkpoints
    from .backoff import Patience
    from .client import HttpLink, SyncClient, load_or_create_key, pending_key_path
    from .link import LinkMeter

    settings = _settings(ctx)
    box = open_box(settings)
    with box.read() as conn:
        url = hub or checkpoints.get(conn, "hub_url")
        hub_ca = hub_ca or checkpoints.get(conn, "hub_ca") or None
        try:
            figures = json.loads(checkpoints.get(conn, LINK_FIGURES, "{}"))
        except ValueError:
            figures = {}
    if not url:
        raise click.ClickException("no hub URL: run `clinic sync enrol --hub URL --token T` first")
    link = HttpLink(url, timeout_s, hub_ca,
                    meter=LinkMeter.from_figures(figures if isinstance(figures, dict) else {}, timeout_s))
    client = SyncClient(box.store, settings.box.device_id, load_or_create_key(settings.box.data_dir), link,
                        patience=Patience(give_up_s) if give_up_s else None, first_batch=first_batch,
                        say=lambda msg: click.echo(msg, err=True))
    if pending_key_path(settings.box.data_dir).exists():
        try:
            client.recover_key(settings.box.data_dir)
        except SyncError:
            pass  # the hub is out of reach: the old key stays until a later run can tell
    return box, client, url


@click.group("sync")
def sync_group() -> None:
    """Synchronise this box with the central hub."""


_timeout = click.option("--timeout", "timeout_s", default=60.0, show_default=True, type=click.FloatRange(2.0),
                        help="Longest any one wait on the hub may last, seconds; below it every wait is "
                             "sized to the link as measured (round trip, bytes per second).")


def _give_up(default: float):
    return click.option("--give-up-after", "give_up_s", default=default, show_default=True,
                        type=click.FloatRange(1.0),
                        help="Seconds the link may carry nothing at all before this run stops; a slow "
                             "or lossy link that still carries exchanges is tried again, not given up.")


@sync_group.command("enrol")
@click.option("--hub", "hub_urls", required=True, multiple=True,
              help="Base URL of the hub, e.g. https://hub.example/; give it again for each hub worker (separate "
                   "machines over one database): a failed exchange moves to the next.")
@click.option("--token", required=True, help="One-time enrolment token from `clinic hub token create`.")
@click.option("--hub-ca", type=click.Path(exists=True, dir_okay=False), default=None,
              help="CA certificate the hub's HTTPS certificate is checked against (default: the system's).")
@_timeout
@_give_up(300.0)
@click.pass_context
def enrol(ctx: click.Context, hub_urls: tuple[str, ...], token: str, hub_ca: str | None, timeout_s: float,
          give_up_s: float) -> None:
    """Enrol this box with the hub (its Ed25519 key is created on first use)."""
    import os

    from . import checkpoints
    from .link import hub_urls as split_urls

    try:
        hub_url = ",".join(split_urls(hub_urls))
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--hub") from err

    hub_ca = os.path.abspath(hub_ca) if hub_ca else None
    box, client, _ = _client(ctx, hub_url, timeout_s, hub_ca, give_up_s)
    try:
        data = client.enrol(token)
        with box.store.write() as conn:
            checkpoints.put_many(conn, {"hub_url": hub_url, "hub_ca": hub_ca or ""})
        click.echo(f"enrolled {data['device_id']} for clinic {data['clinic_id']} at {hub_url}")
    except HubNotTrusted as err:
        hint = ("check that --hub-ca is the CA that issued the hub's certificate" if hub_ca else
                "give the CA certificate that issued the hub's certificate with --hub-ca PATH (it is kept for "
                "later syncs)")
        raise click.ClickException(f"{err.detail}; {hint}") from err
    except SyncError as err:
        raise click.ClickException(err.detail) from err
    finally:
        _close(box, client)


def _print_status(st) -> None:
    word = "synced" if st.synced else ("not enrolled" if not st.enrolled else f"{st.waiting} events waiting")
    click.echo(f"{word}; last seq {st.last_seq}, hub ack {st.acked}, pull cursor {st.cursor}, "
               f"records waiting for parents {st.pending}, clock skew {st.skew_ms / 1000:.1f} s"
               + (f"; last error: {st.last_error}" if st.last_error else ""))


_first_batch = click.option("--batch", "first_batch", default=START_BATCH, show_default=True,
                            type=click.IntRange(1, MAX_BATCH),
                            help="Events in the first push; pushes then grow to the hub's 2,000 while the link "
                                 "keeps up and halve on a slow or cut one.")


@sync_group.command("now")
@click.option("--progress/--no-progress", default=True, help="Show a progress bar while pulling.")
@_timeout
@_give_up(900.0)
@_first_batch
@click.pass_context
def now(ctx: click.Context, progress: bool, timeout_s: float, give_up_s: float, first_batch: int) -> None:
    """Push and pull until caught up, through timeouts, resets and loss (Ctrl-C stops; a later run
    goes on from what the hub committed). Also rebuilds a replacement box, resumably."""
    from .client import committed

    box, client, _ = _client(ctx, timeout_s=timeout_s, give_up_s=give_up_s, first_batch=first_batch)
    bar = _pull_bar(client) if progress else None
    client.pushed = lambda acked, total: click.echo(f"{acked:,} of {total:,} events committed at the hub", err=True)
    try:
        try:
            st = client.sync_now()
        finally:
            if bar is not None:
                bar.close()
        if bar is not None:
            click.echo(f"pulled {bar.received} events for this clinic")
        _print_status(st)
        _print_link(client.link)
    except KeyboardInterrupt:
        click.echo(f"stopped: {committed(client.status())}; `clinic sync now` goes on from there", err=True)
        ctx.exit(130)
    except SyncError as err:
        _print_link(client.link)
        raise click.ClickException(err.detail) from err
    finally:
        _close(box, client)


def _print_link(link) -> None:
    s = getattr(link, "stats", None)
    if s is not None:
        m = link.meter
        click.echo(f"link: {s.exchanges} exchanges, {s.failures} failed, {s.connects} connections "
                   f"({s.resumed} TLS resumed{f', {s.failovers} moves to another hub' if s.failovers else ''}), "
                   f"{s.bytes_out:,} bytes out, {s.bytes_in:,} bytes in; "
                   f"round trip {m.rtt_s:.2f} s, {m.rate_bps * 8 / 1000:.0f} kbit/s, "
                   f"a byte awaited {m.idle_timeout():.0f} s")


def _pull_bar(client):
    """A bar on stderr over this clinic's share of the hub's log: the events the hub counted still to
    send when the pulls began, received page by page, with how far the log is read beside it. Until
    that count comes (and from a hub that does not count) it is over the log read (cursor of head) with
    the events received beside: the hub reads past other clinics' events, so a clinic that received
    nothing still reads to the head. A resumed rebuild starts where it stopped."""
    from tqdm import tqdm

    from . import checkpoints

    with client.store.read() as conn:
        cursor, head = checkpoints.get_int(conn, "hub_cursor"), checkpoints.get_int(conn, "hub_head")
    bar = tqdm(unit=" log pos", desc="reading hub log", initial=cursor, total=max(head, cursor) or None,
               mininterval=0.5)
    bar.received = 0
    bar.set_postfix_str("received 0 events", refresh=False)
    share = {"counting": False}

    def show(cursor: int, head: int, received: int) -> None:
        bar.received += received
        if client.share is not None and not share["counting"]:
            share["counting"] = True
            bar.unit = " events"
            bar.set_description_str("this clinic's events received", refresh=False)
            bar.set_postfix_str(f"hub log {cursor:,}/{head:,}", refresh=False)
            bar.reset(total=client.share)
        if share["counting"]:
            bar.total = max(bar.total or 0, bar.received)      # events appended since the count
            bar.set_postfix_str(f"hub log {cursor:,}/{head:,}", refresh=False)
            bar.update(bar.received - bar.n)
            return
        bar.set_postfix_str(f"received {bar.received} events", refresh=False)
        bar.total = head
        bar.update(cursor - bar.n)

    client.progress = show
    return bar


@sync_group.command("rotate-key")
@_timeout
@click.pass_context
def rotate_key(ctx: click.Context, timeout_s: float) -> None:
    """Replace this box's Ed25519 device key (the hub accepts only the new one from then on)."""
    from appliance.cli_settings import _settings

    box, client, _ = _client(ctx, timeout_s=timeout_s)
    try:
        click.echo(f"device key rotated; new public key {client.rotate_key(_settings(ctx).box.data_dir)}…")
    except SyncError as err:
        raise click.ClickException(f"the hub did not take the new key ({err.detail}); the old key stays") from err
    finally:
        box.close()


@sync_group.command("status")
@click.pass_context
def status(ctx: click.Context) -> None:
    """What the hub has committed, what is waiting, clock skew, last error, the link as measured."""
    from . import checkpoints

    box, client, _ = _client(ctx)
    try:
        _print_status(client.status())
        m = client.link.meter
        with box.read() as conn:
            measured = checkpoints.get(conn, LINK_FIGURES) is not None
        if measured:
            click.echo(f"link as last measured: round trip {m.rtt_s:.2f} s, {m.rate_bps * 8 / 1000:.0f} kbit/s, "
                       f"hub {m.hub_s:.2f} s a request")
    finally:
        box.close()


@sync_group.command("run")
@click.option("--interval", default=30.0, show_default=True, help="Seconds between rounds when idle.")
@click.option("--backoff-cap", default=300.0, show_default=True, type=click.FloatRange(0.1),
              help="Longest pause after failed rounds, seconds (full jitter below it).")
@click.option("--breaker-cool", default=120.0, show_default=True, type=click.FloatRange(0.1),
              help="Seconds the circuit stays open after repeated failed rounds before one trial.")
@_timeout
@_give_up(300.0)
@_first_batch
@click.pass_context
def run(ctx: click.Context, interval: float, backoff_cap: float, breaker_cool: float, timeout_s: float,
        give_up_s: float, first_batch: int) -> None:
    """Sync forever: each round rides out a slow link; rounds that fail outright back off (jitter) and
    open a circuit breaker; a random first delay."""
    from .backoff import Backoff, CircuitBreaker
    from .loop import sync_forever

    box, client, _ = _client(ctx, timeout_s=timeout_s, give_up_s=give_up_s, first_batch=first_batch)
    backoff, breaker = Backoff(cap_s=backoff_cap), CircuitBreaker(cool_s=breaker_cool)
    time.sleep(backoff.first_contact_delay(min(60.0, interval)))
    try:
        sync_forever(client, interval_s=interval, backoff=backoff, breaker=breaker, synced=_print_status,
                     failed=lambda err: click.echo(f"sync failed: {err.detail}", err=True))
    finally:
        _close(box, client)


@sync_group.command("signal")
@click.option("--media-url", default="http://127.0.0.1:8479", show_default=True,
              help="clinic-media's loopback control interface.")
@click.option("--media-secret-file", type=click.Path(dir_okay=False), default=None,
              help="Its shared secret (default: DATA_DIR/media/control.secret, made by clinic-media).")
@click.pass_context
def signal(ctx: click.Context, media_url: str, media_secret_file: str | None) -> None:
    """Keep the teleconsult signalling connection to the hub (the clinic-signal service): one outbound,
    signed long-poll; each doctor's offer goes to clinic-media and its answer back."""
    import logging

    from appliance.box import open_box
    from appliance.cli_settings import _settings

    from . import checkpoints
    from .client import load_or_create_key
    from .signal import MediaControl, SignalClient

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    settings = _settings(ctx)
    box = open_box(settings)
    with box.read() as conn:
        url, hub_ca = checkpoints.get(conn, "hub_url"), checkpoints.get(conn, "hub_ca") or None
    box.close()
    if not url:
        raise click.ClickException("no hub URL: run `clinic sync enrol --hub URL --token T` first")
    from pathlib import Path

    from .link import hub_urls
    url = hub_urls(url)[0]       # the signalling channel keeps to the first hub address

    secret_path = Path(media_secret_file or Path(settings.box.data_dir) / "media" / "control.secret")
    secret = secret_path.read_text().strip() if secret_path.exists() else ""
    client = SignalClient(url, settings.box.device_id, load_or_create_key(settings.box.data_dir),
                          MediaControl(media_url, secret, secret_path), hub_ca=hub_ca)
    click.echo(f"signalling with {url} for device {settings.box.device_id}; rooms at {media_url}", err=True)
    client.run()
