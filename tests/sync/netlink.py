"""The bad link of the sync tests (it lives in sync/linkemu.py, shared with `clinic bench sync --link`)."""
from sync.linkemu import PROFILE_2G, TUNLINK, BadLink, unavailable_reason  # noqa: F401
