"""`clinic sync …` and `clinic bench sync`: thin wrappers over the sync client and services."""
from __future__ import annotations

import random
import time

import click

from .errors import HubNotTrusted, SyncError


def _client(ctx: click.Context, hub: str | None = None, timeout_s: float = 30.0, hub_ca: str | None = None):
    from appliance.box import open_box
    from appliance.cli import _settings

    from . import checkpoints
    from .client import HttpLink, SyncClient, load_or_create_key, pending_key_path

    settings = _settings(ctx)
    box = open_box(settings)
    with box.read() as conn:
        url = hub or checkpoints.get(conn, "hub_url")
        hub_ca = hub_ca or checkpoints.get(conn, "hub_ca") or None
    if not url:
        raise click.ClickException("no hub URL: run `clinic sync enrol --hub URL --token T` first")
    client = SyncClient(box.store, settings.box.device_id, load_or_create_key(settings.box.data_dir),
                        HttpLink(url, timeout_s, hub_ca))
    if pending_key_path(settings.box.data_dir).exists():
        try:
            client.recover_key(settings.box.data_dir)
        except SyncError:
            pass  # the hub is out of reach: the old key stays until a later run can tell
    return box, client, url


@click.group("sync")
def sync_group() -> None:
    """Synchronise this box with the central hub."""


_timeout = click.option("--timeout", "timeout_s", default=30.0, show_default=True, type=click.FloatRange(0.5),
                        help="Seconds without a byte from the hub before an exchange counts as a cut link.")


@sync_group.command("enrol")
@click.option("--hub", "hub_url", required=True, help="Base URL of the hub, e.g. https://hub.example/")
@click.option("--token", required=True, help="One-time enrolment token from `clinic hub token create`.")
@click.option("--hub-ca", type=click.Path(exists=True, dir_okay=False), default=None,
              help="CA certificate the hub's HTTPS certificate is checked against (default: the system's).")
@_timeout
@click.pass_context
def enrol(ctx: click.Context, hub_url: str, token: str, hub_ca: str | None, timeout_s: float) -> None:
    """Enrol this box with the hub (its Ed25519 key is created on first use)."""
    import os

    from . import checkpoints

    hub_ca = os.path.abspath(hub_ca) if hub_ca else None
    box, client, _ = _client(ctx, hub_url, timeout_s, hub_ca)
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
        box.close()


def _print_status(st) -> None:
    word = "synced" if st.synced else ("not enrolled" if not st.enrolled else f"{st.waiting} events waiting")
    click.echo(f"{word}; last seq {st.last_seq}, hub ack {st.acked}, pull cursor {st.cursor}, "
               f"records waiting for parents {st.pending}, clock skew {st.skew_ms / 1000:.1f} s"
               + (f"; last error: {st.last_error}" if st.last_error else ""))


@sync_group.command("now")
@click.option("--progress/--no-progress", default=True, help="Show a progress bar while pulling.")
@_timeout
@click.pass_context
def now(ctx: click.Context, progress: bool, timeout_s: float) -> None:
    """Push and pull once, until caught up (also rebuilds a replacement box, resumably)."""
    box, client, _ = _client(ctx, timeout_s=timeout_s)
    bar = _pull_bar(client) if progress else None
    try:
        try:
            st = client.sync_now()
        finally:
            if bar is not None:
                bar.close()
        if bar is not None:
            click.echo(f"pulled {bar.received} events for this clinic")
        _print_status(st)
    except SyncError as err:
        raise click.ClickException(err.detail) from err
    finally:
        box.close()


def _pull_bar(client):
    """A bar over how far the hub's log has been read (cursor of head), on stderr, with the events
    this clinic actually received beside it: the hub reads past other clinics' events, so a clinic
    that received nothing still reads to the head (it showed "pull 4000/4000", as if 4000 came).
    A resumed rebuild starts where it stopped."""
    from tqdm import tqdm

    from . import checkpoints

    with client.store.read() as conn:
        cursor, head = checkpoints.get_int(conn, "hub_cursor"), checkpoints.get_int(conn, "hub_head")
    bar = tqdm(unit=" log pos", desc="reading hub log", initial=cursor, total=max(head, cursor) or None,
               mininterval=0.5)
    bar.received = 0
    bar.set_postfix_str("received 0 events", refresh=False)

    def show(cursor: int, head: int, received: int) -> None:
        bar.received += received
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
    from appliance.cli import _settings

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
    """What the hub has committed, what is waiting, clock skew, last error."""
    box, client, _ = _client(ctx)
    try:
        _print_status(client.status())
    finally:
        box.close()


@sync_group.command("run")
@click.option("--interval", default=30.0, show_default=True, help="Seconds between rounds when idle.")
@click.option("--backoff-cap", default=300.0, show_default=True, type=click.FloatRange(0.1),
              help="Longest pause after failures, seconds (full jitter below it).")
@click.option("--breaker-cool", default=120.0, show_default=True, type=click.FloatRange(0.1),
              help="Seconds the circuit stays open after repeated failures before one trial.")
@_timeout
@click.pass_context
def run(ctx: click.Context, interval: float, backoff_cap: float, breaker_cool: float, timeout_s: float) -> None:
    """Sync forever: backoff with jitter on failures, a circuit breaker, a random first delay."""
    from .backoff import Backoff, CircuitBreaker

    box, client, _ = _client(ctx, timeout_s=timeout_s)
    backoff, breaker = Backoff(cap_s=backoff_cap), CircuitBreaker(cool_s=breaker_cool)
    time.sleep(backoff.first_contact_delay(min(60.0, interval)))
    try:
        while True:
            if breaker.allow():
                try:
                    _print_status(client.sync_now())
                    breaker.success()
                    backoff.reset()
                    time.sleep(interval * random.uniform(0.8, 1.2))
                    continue
                except SyncError as err:
                    breaker.failure()
                    click.echo(f"sync failed: {err.detail}", err=True)
            time.sleep(backoff.next_delay())
    finally:
        box.close()


@click.command("sync")
@click.option("--events", default=2000, show_default=True, help="Events to generate when the box has too few.")
@click.option("--batch", default=200, show_default=True)
@click.pass_context
def bench_sync(ctx: click.Context, events: int, batch: int) -> None:
    """Compression ratio and speed of zlib, lzma and zstd on real event batches."""
    from .bench import bench_codecs
    from .bench_data import event_batches

    for row in bench_codecs(event_batches(ctx, events, batch)):
        click.echo(f"{row['codec']:8} ratio {row['ratio']:5.2f}  compress {row['compress_mb_s']:7.1f} MB/s  "
                   f"decompress {row['decompress_mb_s']:7.1f} MB/s  {row['s_per_batch_at_64kbit']:.2f} s/batch at 64 kbit/s")
