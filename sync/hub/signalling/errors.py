"""The signalling's errors: SyncErrors, so the hub's edge answers them as problem+json like any other."""
from ...errors import SyncError


class UnknownRoom(SyncError):
    status, title = 404, "Unknown room"


class JoinRefused(SyncError):
    """A join token that is unknown, spent or expired (401), or for another room (403)."""

    status, title = 401, "Join refused"


class WrongRoom(JoinRefused):
    status = 403


class CallClosed(SyncError):
    """The call's key is unknown or expired, or the call has ended."""

    status, title = 401, "Call closed"


class BadSignal(SyncError):
    status, title = 400, "Bad signalling message"
