"""Must show (issue 22): "vaccination day" — reminders due at 09:00, the modem dead for the first quarter
hour (the bench: an hour). The breaker opens within seconds, nothing goes in quiet hours, and when the
modem returns every reminder is delivered exactly once, none lost, no dead letters.
The second test adds the hub's gateway channel, failing (500s) through the same outage.
The full size (500, an hour) is `clinic bench reminders`."""
from __future__ import annotations

from appliance.bench.reminders import run_vaccination_day
from sync.bench_sms import start_hub_for_bench

N = 40


def test_vaccination_day(init_box, modem_sim):
    r = run_vaccination_day(init_box, modem_sim, N, outage_s=900)
    print(f"\nvaccination day (modem only): {r}")
    assert r["sent_in_quiet_hours"] == 0
    assert r["breaker_open_after_ticks_of_10s"] is not None and r["breaker_open_after_ticks_of_10s"] <= 3
    assert r["duplicates"] == 0 and r["lost"] == 0
    assert r["outbox"] == {"delivered": N}


def test_vaccination_day_with_the_hub_gateway_failing_too(init_box, modem_sim, tmp_path):
    hub = start_hub_for_bench(init_box, tmp_path)
    try:
        r = run_vaccination_day(init_box, modem_sim, N, outage_s=900, hub=hub)
    finally:
        hub.close()
    print(f"\nvaccination day (modem and hub gateway): {r}")
    assert r["sent_in_quiet_hours"] == 0
    assert r["breaker_open_after_ticks_of_10s"] is not None and r["breaker_open_after_ticks_of_10s"] <= 3
    assert r["hub_breaker_open_after_ticks_of_10s"] is not None and r["hub_breaker_open_after_ticks_of_10s"] <= 3
    assert r["handed_to_hub_in_outage"] >= 1          # the hub channel was tried, and held what it took
    assert r["duplicates"] == 0 and r["lost"] == 0     # both simulators' counts summed
    assert r["sent"] == N
    assert r["outbox"] == {"delivered": N}
    assert r["box_dead_letters"] == 0 and r["hub_dead_letters"] == 0
