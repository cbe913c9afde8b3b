"""`clinic bench sync`: the wire, the hub's ingest and a clinic day over an emulated link, measured in one
run. A top-level tool (it drives the box, the client and a hub together), so it sits beside the CLI's
wiring rather than in the client's layer."""
from __future__ import annotations

from pathlib import Path

import click


@click.command("sync")
@click.option("--events", default=2000, show_default=True, help="Events to generate when the box has too few.")
@click.option("--batch", default=200, show_default=True)
@click.option("--link", "link", type=click.Choice(["2g", "3g"]), default=None,
              help="Instead: push a seeded clinic with ONE `clinic sync now` over this emulated link "
                   "(2g: 64 kbit/s, 200 ms, 5 % loss; 3g: 1 Mbit/s, 100 ms, 1 %) to a hub on PostgreSQL "
                   "over HTTPS; root only.")
@click.option("--runs", default=3, show_default=True, type=click.IntRange(1, 20), help="With --link.")
@click.option("--patients", default=1000, show_default=True, type=click.IntRange(1, 100000), help="With --link.")
@click.option("--days", default=6, show_default=True, type=click.IntRange(1, 60), help="With --link.")
@click.option("--pg", "pg_url", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres", show_default=True,
              envvar="CLINIC_BENCH_PG", help="With --link: PostgreSQL where each run's hub database is made.")
@click.option("--day/--no-day", default=True, show_default=True,
              help="Also: bytes per event after each step of the compact protocol, and hub ingest on PostgreSQL "
                   "and SQLite (set-wise against one INSERT per event), on a clinic day built through the box's services.")
@click.option("--train-dict", "train_dict", type=click.Path(dir_okay=False), default=None,
              help="Instead: train a zstd dictionary for c1 batches on a clinic day and write it here "
                   "(ship it as sync/dictionaries/c1-N.zdict under a new N).")
@click.option("--quick", is_flag=True, help="A small day and one box for the ingest: a smoke test, not the figures.")
@click.option("--clinic-day", is_flag=True, help="With --link: issue 19's clinic day (made through the box's "
              "services, with its audit trail) instead of --patients/--days of demo seed.")
@click.pass_context
def bench_sync(ctx: click.Context, events: int, batch: int, link: str | None, runs: int, patients: int, days: int,
               pg_url: str, day: bool, quick: bool, clinic_day: bool, train_dict: str | None) -> None:
    """Compression ratio and speed of zlib, lzma and zstd on real event batches; with --link, a
    clinic's push over an emulated 2G/3G link: seconds, bytes on the wire, retries, runs."""
    if train_dict:
        from sync.bench import train_dictionary
        from sync.bench_day import build_day

        data = train_dictionary(build_day(patients=80, days=3))
        Path(train_dict).write_bytes(data)
        click.echo(f"{len(data):,} bytes written to {train_dict}")
        return
    if link:
        from sync.bench_link import bench_link

        try:
            bench_link(link, runs, patients, days, pg_url, click.echo, clinic_day=clinic_day)
        except RuntimeError as err:
            raise click.ClickException(str(err)) from err
        return
    from sync.bench import bench_codecs, bench_wire
    from sync.bench_data import event_batches

    for row in bench_codecs(event_batches(ctx, events, batch)):
        click.echo(f"{row['codec']:8} ratio {row['ratio']:5.2f}  compress {row['compress_mb_s']:7.1f} MB/s  "
                   f"decompress {row['decompress_mb_s']:7.1f} MB/s  {row['s_per_batch_at_64kbit']:.2f} s/batch at 64 kbit/s")
    if not day:
        return
    from sync.bench_day import CLINIC_DAY, build_day
    from sync.bench_ingest import bench_ingest

    shape = {"patients": 30, "days": 1, "reads_per_write": 0} if quick else CLINIC_DAY
    click.echo(f"building a clinic day through the box's services ({shape['patients']} patients, "
               f"{shape['days']} days of demo seed, an audit record per write) …")
    day_events = build_day(**shape)
    click.echo(f"bytes per event on the wire's payload, {len(day_events):,} events:")
    for row in bench_wire(day_events):
        click.echo(f"  {row['per_event']:8.1f} B/event  {row['bytes'] / 1000:9,.1f} KB  {row['step']}")
    bench_ingest(day_events, pg_url, boxes=1 if quick else 4, batch=batch, say=click.echo)
    if batch != 2000:
        bench_ingest(day_events, pg_url, boxes=1 if quick else 4, batch=2000,
                     paths=("one transaction", "per step"), say=click.echo)
