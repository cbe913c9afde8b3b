"""The box's Prometheus gauges, read at scrape time: events waiting for the hub and the age of the
oldest (the box's sync lag), the SMS queue by state (dead letters among them), the SMS channels'
circuit breakers. Requests and latencies (the triage and SOAP models' routes among them) come from
sync/metrics.py."""
from __future__ import annotations

from typing import Iterable

from prometheus_client.core import GaugeMetricFamily, Metric

from sync import checkpoints
from sync.clock import HLCTimestamp, wall_ms

from .events.outbox import events_after, last_seq
from .reminders.breaker import OPEN, breaker_states
from .reminders.const import DEAD, STATES
from .reminders.outbox import count_by_status


def box_collector(box):
    def collect() -> Iterable[Metric]:
        with box.read() as conn:
            last = last_seq(conn, box.origin)
            ack = int(checkpoints.get(conn, "hub_ack") or 0)
            oldest = events_after(conn, box.origin, ack, limit=1)
            sms = count_by_status(conn)
        waiting = GaugeMetricFamily("clinic_box_events_waiting", "Events this box wrote that the hub has not acked")
        waiting.add_metric([], max(0, last - ack))
        lag = GaugeMetricFamily("clinic_box_sync_lag_seconds",
                                "Age of the oldest event the hub has not acked (0: caught up)")
        lag.add_metric([], max(0.0, (wall_ms() - HLCTimestamp.decode(oldest[0]["hlc"]).wall_ms) / 1000)
                       if oldest else 0.0)
        queue = GaugeMetricFamily("clinic_sms_queue", "SMS reminders by state", labels=["state"])
        for state in STATES:
            queue.add_metric([state], sms.get(state, 0))
        dead = GaugeMetricFamily("clinic_sms_dead_letters", "SMS given up after every attempt (dead letters)")
        dead.add_metric([], sms.get(DEAD, 0))
        breakers = GaugeMetricFamily("clinic_sms_breaker_open",
                                     "1 while an SMS channel's circuit breaker is open (in this process)",
                                     labels=["channel"])
        for name, state in breaker_states().items():
            breakers.add_metric([name], 1 if state == OPEN else 0)
        return [waiting, lag, queue, dead, breakers]
    return collect
