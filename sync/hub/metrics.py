"""The hub's Prometheus gauges, read from its store at scrape time: each clinic's last contact,
events waiting at its boxes (as of that contact), sync lag, open conflicts; the hub log's size."""
from __future__ import annotations

from typing import Iterable

from prometheus_client.core import GaugeMetricFamily, Metric

from ..clock import wall_ms
from .console import glance
from .store import HubStore


def hub_collector(store: HubStore):
    def collect() -> Iterable[Metric]:
        now = wall_ms()
        contact = GaugeMetricFamily("clinic_hub_last_contact_timestamp_seconds",
                                    "Unix time of a clinic's last contact with the hub (boxes that ever synced)",
                                    labels=["clinic"])
        never = GaugeMetricFamily("clinic_hub_never_synced", "1 when no box of the clinic has ever synced",
                                  labels=["clinic"])
        waiting = GaugeMetricFamily("clinic_hub_events_waiting",
                                    "Events held back at a clinic's boxes, as of their last contact", labels=["clinic"])
        lag = GaugeMetricFamily("clinic_hub_sync_lag_seconds",
                                "Age of the oldest event a clinic's boxes still hold back (0: caught up)",
                                labels=["clinic"])
        conflicts = GaugeMetricFamily("clinic_hub_open_conflicts", "Conflicts waiting for a decision",
                                      labels=["clinic"])
        for c in glance.clinics(store, now):
            active = [d for d in c.devices if not d.revoked_at]
            if not active:
                continue
            if c.last_contact_ms is None:
                never.add_metric([c.clinic_id], 1)
            else:
                never.add_metric([c.clinic_id], 0)
                contact.add_metric([c.clinic_id], c.last_contact_ms / 1000)
            waiting.add_metric([c.clinic_id], c.waiting)
            oldest = [d.waiting_since_ms for d in active if d.waiting_since_ms]
            lag.add_metric([c.clinic_id], max(0.0, (now - min(oldest)) / 1000) if oldest else 0.0)
            conflicts.add_metric([c.clinic_id], c.open_conflicts)
        head = GaugeMetricFamily("clinic_hub_log_events", "Events in the hub's log")
        head.add_metric([], store.head())
        return [contact, never, waiting, lag, conflicts, head]
    return collect
