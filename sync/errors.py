"""One error base for the sync engine; errors carry data (the HTTP edge maps them once)."""
from __future__ import annotations

from typing import Any


class SyncError(Exception):
    """Base of every error the sync engine raises on purpose."""

    status = 400
    title = "Sync error"

    def __init__(self, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extra = extra


class WaitingForParent(SyncError):
    """An event's parent record has not arrived yet; applied again when it does."""

    def __init__(self, entity: str, entity_id: str, parent: str) -> None:
        super().__init__(f"{entity} {entity_id} waits for {parent}", entity=entity, entity_id=entity_id, parent=parent)


class ClockAhead(SyncError):
    """A timestamp is further ahead of trusted time than the bound allows."""

    status, title = 409, "Clock ahead"

    def __init__(self, skew_ms: int, bound_ms: int) -> None:
        super().__init__(f"clock is {skew_ms / 1000:.0f} s ahead of the hub (bound {bound_ms / 1000:.0f} s)",
                         skew_ms=skew_ms, bound_ms=bound_ms)


class Unauthorised(SyncError):
    status, title = 401, "Unauthorised device"


class TooLarge(SyncError):
    status, title = 413, "Body too large"


class Forbidden(SyncError):
    status, title = 403, "Forbidden"


class SeqReused(SyncError):
    """A box sent a seq the hub already stores, with other content: refused, flagged, never indexed."""

    status, title = 409, "Seq already stored with other content"

    def __init__(self, origin: str, seq: int) -> None:
        super().__init__(f"seq {seq} of {origin} is stored with other content; an event never changes",
                         origin=origin, seq=seq)


class TooManyAttempts(SyncError):
    """Too many failed attempts from one address (enrolment); try again after `retry_after` seconds."""

    status, title = 429, "Too many attempts"


class BadRequest(SyncError):
    status, title = 400, "Bad sync request"


class NotEnrolled(SyncError):
    """This box has no hub enrolment yet (run `clinic sync enrol`)."""


class TransportError(SyncError):
    """The link failed (timeout, reset, 5xx); retried with backoff."""

    status, title = 503, "Link failed"


class LinkDead(TransportError):
    """The link carried no exchange for longer than the user's limit; what was committed is named."""


class HubNotTrusted(TransportError):
    """The hub's HTTPS certificate does not verify against the CA the box trusts for it."""

    title = "Hub not trusted"


class FieldTooLong(SyncError):
    """A pulled event holds a value longer than the box keeps (a drug name over 120 characters): the record
    is refused and parked with this error for the admin, never cut to fit."""

    status, title = 422, "Field too long"

    def __init__(self, table: str, column: str, length: int, limit: int) -> None:
        super().__init__(f"{table}.{column} is {length} characters, over the limit of {limit}; not applied, "
                         "nothing cut", table=table, column=column, length=length, limit=limit)
