"""Errors of the SMS channels; each carries what the admin needs to see."""
from __future__ import annotations

from ..errors import ClinicError
from .const import CMS_ERRORS


class ChannelError(ClinicError):
    """A channel could not take a message; the message is retried later."""

    status = 503
    title = "SMS channel unavailable"
    type_slug = "sms-channel-unavailable"


class ModemTimeout(ChannelError):
    def __init__(self, command: str) -> None:
        super().__init__(f"the modem did not answer {command!r}")
        self.command = command


class ModemGone(ChannelError):
    def __init__(self, detail: str) -> None:
        super().__init__(f"the modem is gone: {detail}")


class ModemError(ChannelError):
    """+CMS ERROR / +CME ERROR / ERROR from the modem."""

    def __init__(self, kind: str, code: int | None) -> None:
        name = CMS_ERRORS.get(code, "") if kind == "CMS" else ""
        super().__init__(f"+{kind} ERROR: {code}" + (f" ({name})" if name else ""))
        self.kind, self.code = kind, code


class ModemNotReady(ChannelError):
    def __init__(self, reason: str) -> None:
        super().__init__(f"the modem cannot send: {reason}")
        self.reason = reason


class UnsendableText(ChannelError):
    """The channel cannot carry this text (a Hindi text on the modem before PDU mode is built)."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"this text cannot be sent on this channel: {reason}")
