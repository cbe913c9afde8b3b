"""Constants of the reminders module: outbox states and the modem's error codes."""

# The outbox state machine (appliance/reminders/outbox.py):
#   queued -> storing -> stored -> sent -> delivered
#   any attempt that fails goes back with a later next_attempt_at; after the last one, dead.
QUEUED, STORING, STORED, SENT, DELIVERED, DEAD, CANCELLED = (
    "queued", "storing", "stored", "sent", "delivered", "dead", "cancelled")
STATES = (QUEUED, STORING, STORED, SENT, DELIVERED, DEAD, CANCELLED)

MAX_ATTEMPTS = 8
AT_TIMEOUT_S = 5.0

# TS 27.005 §3.2.5 <err> values the driver names; the rest are reported by number.
CMS_ERRORS = {
    300: "ME failure", 302: "operation not allowed", 304: "invalid PDU mode parameter",
    305: "invalid text mode parameter", 310: "SIM not inserted", 311: "SIM PIN required",
    321: "invalid memory index", 322: "memory full", 330: "SMSC address unknown",
    331: "no network service", 332: "network timeout", 500: "unknown error",
}
