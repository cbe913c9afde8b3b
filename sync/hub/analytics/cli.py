"""`clinic hub demo seed` and `clinic hub analytics eval` (thin over seed and services)."""
from __future__ import annotations

import time

import click

from ..cli import _store, _url, hub_group


@hub_group.group("demo")
def demo() -> None:
    """Demonstration data for the hub."""


@demo.command("seed")
@_url
@click.option("--clinics", default=20, show_default=True, type=click.IntRange(1, 200))
@click.option("--days", default=365, show_default=True, type=click.IntRange(7, 3 * 365))
@click.option("--per-day", default=10, show_default=True, type=click.IntRange(1, 200),
              help="Appointments a clinic books a day.")
@click.option("--seed", default=21, show_default=True, type=int, help="The RNG seed: the same seed, the same world.")
def demo_seed(url: str | None, clinics: int, days: int, per_day: int, seed: int) -> None:
    """Append a generated year of clinics (appointments, visits, SOAP signatures and diffs, triage
    decisions, stock moves) to the hub's log, one enrolled box per clinic. A clinic seeded before
    is left as it is."""
    from .seed import seed_hub

    started = time.perf_counter()
    r = seed_hub(_store(url), clinics=clinics, days=days, per_day=per_day, seed=seed)
    click.echo(f"{r.clinics} clinics, {r.days} days: {r.events:,} events, {r.appointments:,} appointments "
               f"({r.no_shows:,} no-shows) in {time.perf_counter() - started:.1f} s")


@hub_group.group("analytics")
def analytics() -> None:
    """Analytics over the hub's log."""


@analytics.command("eval")
@_url
def analytics_eval(url: str | None) -> None:
    """Print the no-show model's held-out AUC against the base rate, and the restock forecast's
    back-tested error against a naive last-value forecast."""
    from .services import build_report

    started = time.perf_counter()
    r = build_report(_store(url))
    if r.model is None:
        raise click.ClickException("too few finished appointments to train the no-show model: "
                                   "run `clinic hub demo seed` first")
    m = r.model
    click.echo(f"no-show model (logistic regression): trained on {m.trained_on:,} appointments, "
               f"tested on the later {m.tested_on:,}")
    click.echo(f"  held-out AUC {m.auc:.3f}  vs  base rate {m.base_rate:.1%} (a constant guess: AUC {m.base_auc:.3f})")
    if r.forecast_error:
        holt, naive = r.forecast_error
        scored = sum(f.mae is not None for f in r.forecasts)
        click.echo(f"restock forecast (Holt exponential smoothing), {scored} clinic-drug series, 7-day use:")
        click.echo(f"  back-tested MAE {holt:.1f} units  vs  naive last-value {naive:.1f} units "
                   f"({1 - holt / naive:.0%} lower)" if naive else f"  back-tested MAE {holt:.1f} units")
    click.echo(f"({r.appointments:,} finished appointments, {time.perf_counter() - started:.1f} s)")
