"""Appointment states and how they may move."""

ENTITY = "appointment"
TRANSITIONS = {
    "booked": {"checked_in", "cancelled", "no_show"},
    "checked_in": {"called", "no_show", "cancelled"},
    "called": {"completed", "no_show", "checked_in"},
    "completed": set(),
    "no_show": set(),
    "cancelled": set(),
}
WAITING = ("checked_in", "called")
ACTIVE = ("booked", *WAITING)  # a place in the calendar or the queue
BOOKING_HORIZON_DAYS = 366

# The queue calls the sickest first: emergency, then urgent, then everyone else (routine, self-care, not yet
# triaged) in token order. Ranks sort ascending; a level not named here takes QUEUE_REST.
QUEUE_PRIORITY = {"emergency": 0, "urgent": 1}
QUEUE_REST = 2
# How urgent a level is, to tell a rise from a fall (no level yet counts as routine).
LEVEL_URGENCY = {"self_care": 0, "routine": 1, "urgent": 2, "emergency": 3}
# A level that rose this recently is marked on the queue board, even one opened after the rise.
RAISED_RECENTLY_MINUTES = 15
# A Call next's idempotency key: what the client makes once per intended call (the kiosk: a random UUID) and sends
# again on a retry. 16 to 64 URL-safe characters, so a guessable "1" or a pasted sentence is refused.
CALL_KEY_PATTERN = r"^[A-Za-z0-9_-]{16,64}$"
