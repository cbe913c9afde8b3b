"""Everything the analytics page and `clinic hub analytics eval` show, computed from the hub's log.
The report is kept per process until the log grows (a year of 20 clinics takes seconds to read)."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..store import HubStore
from . import dataset, noshow, reports, restock


@dataclass
class Report:
    head: int
    appointments: int
    no_show_rate: float | None
    by_clinic: dict[str, tuple[float, int]]
    by_weekday: dict[str, tuple[float, int]]
    by_lead: dict[str, tuple[float, int]]
    model: noshow.NoShowModel | None
    delays: list[reports.Delay]
    doctors: list[reports.DoctorEfficiency]
    forecasts: list[restock.Forecast]
    forecast_error: tuple[float, float] | None
    overrides: list[dict[str, Any]]
    extra: dict[str, Any] = field(default_factory=dict)


_cache: dict[int, tuple[int, Report]] = {}
_lock = threading.Lock()


def build_report(store: HubStore) -> Report:
    ds = dataset.load(store)
    done = noshow.finished(ds.appointments)
    rate = sum(a["status"] == "no_show" for a in done) / len(done) if done else None
    weekday = noshow.rates(ds.appointments, lambda a: noshow.WEEKDAYS[date.fromisoformat(a["day"]).weekday()])
    lead = noshow.rates(ds.appointments, lambda a: noshow.lead_band(noshow.lead_days(a)))
    fs = restock.forecasts(ds.stock, ds.items)
    return Report(store.head(), len(done), rate, noshow.rates(ds.appointments, lambda a: a["clinic_id"]),
                  {d: weekday[d] for d in noshow.WEEKDAYS if d in weekday},
                  {b: lead[b] for *_, b in noshow.LEAD_BANDS if b in lead},
                  noshow.train(ds.appointments), reports.department_delays(ds), reports.doctor_efficiency(ds),
                  fs, restock.overall_error(fs), reports.triage_overrides(ds))


def report(store: HubStore) -> Report:
    """The report for the log as it is now (recomputed when new events arrived)."""
    head = store.head()
    with _lock:
        cached = _cache.get(id(store))
        if cached and cached[0] == head:
            return cached[1]
        built = build_report(store)
        _cache[id(store)] = (head, built)
        return built
