"""Constants of the reminders module: outbox states and the modem's error codes."""

# The outbox state machine (appliance/reminders/outbox.py):
#   queued -> storing -> stored -> sent -> delivered
#   any attempt that fails goes back with a later next_attempt_at; after the last one, dead.
# The hub's gateway channel (appliance/reminders/channels.py, sync/sms_channel.py):
#   queued -> handed (committed before the hand-over; the hub then owns the retries) -> sent -> delivered
#   or dead when the hub gives up. A message handed to the hub stays with the hub (requeued there too):
#   only its idempotency key there can keep a retry from becoming a second SMS.
QUEUED, STORING, STORED, HANDED, SENT, DELIVERED, DEAD, CANCELLED = (
    "queued", "storing", "stored", "handed", "sent", "delivered", "dead", "cancelled")
STATES = (QUEUED, STORING, STORED, HANDED, SENT, DELIVERED, DEAD, CANCELLED)

CHANNEL_MODEM, CHANNEL_HUB = "modem", "hub"
MODEM_COST_PER_SMS = 0.25       # the SIM's tariff, in the same unit as the hub gateway's cost (a setting)

SMS_DIGITS = (10, 15)           # a number that can be texted: 10 digits (+91 added) up to E.164's 15

MAX_ATTEMPTS = 8
AT_TIMEOUT_S = 5.0

# TS 27.005 §3.2.5 <err> values the driver names; the rest are reported by number.
CMS_ERRORS = {
    300: "ME failure", 302: "operation not allowed", 304: "invalid PDU mode parameter",
    305: "invalid text mode parameter", 310: "SIM not inserted", 311: "SIM PIN required",
    321: "invalid memory index", 322: "memory full", 330: "SMSC address unknown",
    331: "no network service", 332: "network timeout", 500: "unknown error",
}
