"""Constants of the hub's SMS channel."""

# A message at the hub: queued -> sending -> sent -> delivered; dead after the last attempt (or a refusal
# no retry can help); opted_out when the gateway says the number replied STOP to it.
QUEUED, SENDING, SENT, DELIVERED, DEAD, OPTED_OUT = "queued", "sending", "sent", "delivered", "dead", "opted_out"
STATES = (QUEUED, SENDING, SENT, DELIVERED, DEAD, OPTED_OUT)
FINAL = (SENT, DELIVERED, DEAD, OPTED_OUT)

MAX_ATTEMPTS = 8
LEASE_S = 120.0               # a "sending" row older than this was left by a crash: posted again (same key)
GATEWAY_TIMEOUT_S = 10.0
MAX_MESSAGES = 100            # per hand-over request
MAX_ASK = 500                 # statuses asked for per request
MAX_BODY_CHARS = 1600         # ten concatenated parts of GSM 7-bit text
CHANNEL = "hub"
