"""Teleconsult request states, urgencies, and what the box itself may do with a request."""

ENTITY = "teleconsult"
# The urgency the hub's doctor console orders by is the visit's triage level (the clinician's decision
# over the suggestion), named as the triage module names its levels.
URGENCIES = ("emergency", "urgent", "routine", "self_care")
STATUSES = ("waiting", "joining", "in_call", "done", "cancelled")
# A visit has at most one open request; the box may cancel one until the doctor is in the call.
OPEN = ("waiting", "joining", "in_call")
CANCELLABLE = ("waiting", "joining")
NOTE_MAX = 500
# The prefix of a remote (hub) doctor's actor on the events they write: "doctor:<hub staff id>".
REMOTE_DOCTOR_PREFIX = "doctor:"
