"""Must show (issue 22), small: the production sender — the router of clinic-jobs' SMS job
(appliance.jobs.sms_router), with BOTH channels live: the modem simulator on a socat pty, and the hub's
gateway through a real hub process posting to the gateway simulator — SIGKILLed at random moments during
a send storm and restarted each time, its lives preferring the modem and the hub in turn, half the kills
aimed between the channel's send and the box's commit (the simulators answer late; the sender dies as
soon as the modem or the gateway counted the message): every message
is delivered exactly once across both channels, none lost (the two simulators count).
The senders are forked from one process that imported the box once (the kill is the same; the imports
are not paid each time). The full size (200 messages, 20 fresh processes killed) is
`clinic bench reminders --only kill_storm`."""
from __future__ import annotations

from appliance.bench.reminders import run_kill_storm
from sync.bench_sms import start_hub_process

N, KILLS = 40, 8


def test_sigkill_storm_over_both_channels_delivers_each_message_exactly_once(box_config, modem_sim):
    r = run_kill_storm(box_config, modem_sim, N, KILLS, max_wait_s=0.6, drain_timeout_s=150, fork=True,
                       start_hub=start_hub_process)
    print(f"\nsigkill storm: {r}")
    assert r["duplicates"] == 0 and r["lost"] == 0
    assert r["sent"] == N
    assert r["modem_sent"] > 0 and r["gateway_sent"] > 0          # both channels carried the storm
    assert r["kills_between_send_and_commit"] >= 2                  # the aimed kills hit the window
    # every message settled on the box too: a row sent by a sender killed inside the modem's late answer is
    # reconciled from the modem's memory (test_kill_inside_late_answer.py), none left "stored" or "handed"
    assert r["outbox"].get("sent", 0) + r["outbox"].get("delivered", 0) == N, r["outbox"]
