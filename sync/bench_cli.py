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
@click.option("--patients", default=None, type=click.IntRange(1, 100000),
              help="With --link: 1000, with --replacement: 20000.")
@click.option("--days", default=None, type=click.IntRange(1, 366), help="With --link: 6, with --replacement: 365.")
@click.option("--replacement", is_flag=True, help="With --link: a clinic's history (--patients, a year of visits "
              "through the box's services, its audit) and two other clinics' on the hub; a fresh box enrolled "
              "as the clinic's replacement rebuilds it with ONE `clinic sync now`: minutes, wire bytes, events, "
              "exchanges, its progress, every event of the clinic checked against the hub's. Histories are "
              "cached under /var/tmp/clinic-bench-replacement.")
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
@click.option("--all", "everything", is_flag=True, help="Everything issue 19 asks, in one run (root): the codecs, "
              "bytes per event and hub ingest as without options, then issue 19's clinic day over 2G (one run), "
              "then the replacement box over 3G (one run, --patients/--days as with --replacement).")
@click.pass_context
def bench_sync(ctx: click.Context, events: int, batch: int, link: str | None, runs: int, patients: int | None,
               days: int | None, replacement: bool, pg_url: str, day: bool, quick: bool, clinic_day: bool,
               train_dict: str | None, everything: bool) -> None:
    """Compression ratio and speed of zlib, lzma and zstd on real event batches; with --link, a
    clinic's push over an emulated 2G/3G link: seconds, bytes on the wire, retries, runs."""
    if train_dict:
        from sync.bench import train_dictionary
        from sync.bench_day import build_day

        data = train_dictionary(build_day(patients=80, days=3))
        Path(train_dict).write_bytes(data)
        click.echo(f"{len(data):,} bytes written to {train_dict}")
        return
    if everything and (link or replacement or train_dict or not day):
        raise click.UsageError("--all runs every part itself: give it without --link, --replacement, --train-dict, --no-day")
    if replacement and not link:
        raise click.UsageError("--replacement goes with --link 2g|3g")
    if replacement:
        from sync.bench_replacement import format_run, run_replacement
        from sync.linkemu import PROFILES

        repeat = 1 if ctx.get_parameter_source("runs") is click.core.ParameterSource.DEFAULT else runs
        try:
            for _ in range(repeat):      # one run unless --runs is given: a full-size run takes minutes
                run = run_replacement(patients or 20000, days or 365, PROFILES[link], pg_url, click.echo)
                click.echo(format_run(run))
        except RuntimeError as err:
            raise click.ClickException(str(err)) from err
        return
    if link:
        from sync.bench_link import bench_link

        try:
            bench_link(link, runs, patients or 1000, days or 6, pg_url, click.echo, clinic_day=clinic_day)
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
    if everything:
        from sync.bench_link import bench_link
        from sync.bench_replacement import format_run, run_replacement
        from sync.linkemu import PROFILES

        try:
            click.echo("issue 19's clinic day over 2G:")
            bench_link("2g", 1, 1000, 6, pg_url, click.echo, clinic_day=True)
            click.echo("the replacement box over 3G:")
            click.echo(format_run(run_replacement(patients or 20000, days or 365, PROFILES["3g"], pg_url, click.echo)))
        except RuntimeError as err:
            raise click.ClickException(str(err)) from err
