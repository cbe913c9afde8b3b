"""GET /console/analytics: the analytics page (server-made SVG charts, no script, nothing fetched from
elsewhere). For hub admins and district managers: it shows clinics, departments, doctors and drugs,
never a patient's name or id."""
from __future__ import annotations

from html import escape

from flask import Flask, redirect, request

from ..console import accounts
from ..console.web import COOKIE, _page, _table
from ..store import HubStore
from . import charts, services


def _minutes(m: float | None) -> str:
    return "—" if m is None else f"{m:.0f} min" if m < 120 else f"{m / 60:.1f} h"


def render(r: services.Report) -> str:
    if not r.appointments:
        return "<p class=box>No finished appointments in the hub's log yet: nothing to analyse.</p>"
    out = [f"<p class=muted>From {r.appointments:,} finished appointments in the hub's log "
           f"(up to event {r.head:,}). Overall no-show rate {r.no_show_rate:.1%}.</p>"]
    m = r.model
    out.append("<h2>No-shows</h2><div class=box>" + (
        f"<p><strong>No-show prediction</strong> (logistic regression on lead time, weekday, age band, slot hour and "
        f"clinic; trained on the earlier {m.trained_on:,} appointments, tested on the later {m.tested_on:,}): "
        f"held-out AUC <strong>{m.auc:.3f}</strong> against {m.base_auc:.3f} for the base rate "
        f"({m.base_rate:.1%} no-shows).</p>" if m else "<p>Too few appointments to train the no-show model.</p>")
        + "<div class=side><div>" + charts.bar_chart("No-show rate by weekday", [(k, v[0]) for k, v in r.by_weekday.items()])
        + "</div><div>" + charts.bar_chart("No-show rate by lead time", [(k, v[0]) for k, v in r.by_lead.items()])
        + "</div></div>" + charts.bar_chart("No-show rate by clinic", sorted(
            ((k, v[0]) for k, v in r.by_clinic.items()), key=lambda kv: -kv[1]), width=900) + "</div>")
    out.append("<h2>Department delays</h2>" + charts.bar_chart(
        "Median wait from check-in to call (minutes)", [(d.department, d.wait_median) for d in r.delays],
        fmt="{:.0f}", unit=" min") + _table(
        ["Department", "Visits", "Check-in → call: median", "p90", "Call → close: median", "p90"],
        [[escape(d.department), f"{d.visits:,}", _minutes(d.wait_median), _minutes(d.wait_p90),
          _minutes(d.consult_median), _minutes(d.consult_p90)] for d in r.delays], "No visits yet."))
    out.append("<h2>Doctors</h2>" + _table(
        ["Doctor", "Clinic", "Consults", "Consults per hour", "Close → signed note (median)", "AI drafts signed unchanged"],
        [[escape(d.name), escape(d.clinic_id), f"{d.consults:,}", f"{d.per_hour:.1f}", _minutes(d.sign_median_min),
          "—" if d.unchanged_share is None else f"{d.unchanged_share:.0%}"] for d in r.doctors], "No consults yet."))
    err = r.forecast_error
    soonest = sorted((f for f in r.forecasts if f.days_to_stock_out is not None), key=lambda f: f.days_to_stock_out)
    out.append("<h2>Pharmacy restock forecast</h2>" + (
        f"<p class=muted>Daily use forecast by Holt's exponential smoothing; back-tested over 7-day windows: mean absolute "
        f"error {err[0]:.1f} units against {err[1]:.1f} for a naive last-value forecast.</p>" if err else "")
        + charts.bar_chart("Days until stock-out, soonest first", [(f"{f.clinic_id} {f.drug}", f.days_to_stock_out)
                                                                    for f in soonest[:12]], fmt="{:.0f}", unit=" d", width=900)
        + _table(["Clinic", "Drug", "In stock", "Forecast use a day", "Days to stock-out", "Back-tested error (7 d)", "Naive"],
                 [[escape(f.clinic_id), escape(f.drug), f"{f.level:,}", f"{f.daily_use:.1f}",
                   "—" if f.days_to_stock_out is None else f"{f.days_to_stock_out:.0f}",
                   "—" if f.mae is None else f"{f.mae:.1f}", "—" if f.naive_mae is None else f"{f.naive_mae:.1f}"]
                  for f in soonest[:40]], "No drug has stock movements on two or more days yet: nothing to forecast."))
    worst = sorted(r.overrides, key=lambda o: (-o["share"], -o["decisions"]))[:12]
    out.append("<h2>Triage overrides</h2><p class=muted>Where clinicians changed the level that the checker's rules "
               "suggested, by the rule that set it.</p>" + charts.bar_chart("Share overridden, by rule (12 most overridden)",
                                                   [(o["rule"], o["share"]) for o in worst], width=900) + _table(
        ["Rule", "Suggested level", "Decisions", "Overridden", "Changed to"],
        [[escape(o["rule"]), escape(o["level"]), f"{o['decisions']:,}", f"{o['overridden']:,} ({o['share']:.0%})",
          escape(", ".join(f"{k} {v}" for k, v in o["to"].items()))] for o in r.overrides[:40]],
        "No triage decisions yet."))
    return "".join(out)


def register_analytics(app: Flask, store: HubStore) -> None:
    @app.get("/console/analytics")
    def analytics_page():
        sess = accounts.session(store.engine, request.cookies.get(COOKIE))
        if sess is None:
            return redirect("/console/sign-in", 303)
        if not sess.staff.may("analytics"):
            accounts.audit(store.engine, sess.staff.username, "refused: role", request.path, None, request.remote_addr)
            return _page("Not for your role", "<p>Your role does not include this page.</p>", sess, 403)
        accounts.audit(store.engine, sess.staff.username, "viewed analytics", request.path, None, request.remote_addr)
        return _page("Analytics", render(services.report(store)), sess)
