"""One error base for the appliance; errors carry data and map to problem+json in one place."""
from __future__ import annotations

from typing import Any

from clinical.messages import DOSE_TITLES, dose_refusal


class ClinicError(Exception):
    """Base of every error the appliance raises on purpose."""

    status = 400
    title = "Bad request"
    type_slug = "bad-request"

    def __init__(self, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extra = extra


class InvalidInput(ClinicError):
    status, title, type_slug = 422, "Invalid input", "invalid-input"


class MalformedBody(ClinicError):
    status, title, type_slug = 400, "Malformed request body", "malformed-body"


class MalformedQuery(ClinicError):
    status, title, type_slug = 400, "Malformed query string", "malformed-query"


class DoseLimit(ClinicError):
    """A dose refused, nothing written: beyond the drug's own limit (clinical/drugs.tsv), or a dose that cannot be
    given as written (a weekly drug written daily, a strength missing from the name): worded by
    clinical.messages.dose_refusal."""
    status, title, type_slug = 400, DOSE_TITLES[True], "dose-limit"

    def __init__(self, problems: list, **extra: Any) -> None:
        high, self.title, detail = dose_refusal(problems)
        super().__init__(detail, too_high=high, **extra)


class NotFound(ClinicError):
    status, title, type_slug = 404, "Not found", "not-found"


class Conflict(ClinicError):
    status, title, type_slug = 409, "Conflict", "conflict"


class Unauthenticated(ClinicError):
    status, title, type_slug = 401, "Authentication required", "unauthenticated"


class Forbidden(ClinicError):
    status, title, type_slug = 403, "Forbidden", "forbidden"


class TooManyAttempts(ClinicError):
    """Sign-ins refused for an account (or its PIN) until ``retry_after`` seconds have passed."""

    status, title, type_slug = 429, "Too many attempts", "too-many-attempts"

    def __init__(self, detail: str, *, retry_after: int) -> None:
        super().__init__(detail, retry_after=retry_after)
        self.headers = {"Retry-After": str(retry_after)}


class RateLimited(ClinicError):
    """Too many requests from one client address; ``retry_after`` seconds until the next is taken."""

    status, title, type_slug = 429, "Too many requests", "rate-limited"

    def __init__(self, detail: str, *, retry_after: int) -> None:
        super().__init__(detail, retry_after=retry_after)
        self.headers = {"Retry-After": str(retry_after)}


class AuditUnavailable(ClinicError):
    """An access could not be audited (disk full, I/O error): its answer is withheld."""

    status, title, type_slug = 503, "Audit log unavailable", "audit-unavailable"


class StartupError(ClinicError):
    """A condition that stops the process before it serves; carries its exit code."""

    exit_code = 1

    def __init__(self, detail: str, exit_code: int | None = None, **extra: Any) -> None:
        super().__init__(detail, **extra)
        if exit_code is not None:
            self.exit_code = exit_code
