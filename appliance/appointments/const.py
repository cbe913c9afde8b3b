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
