"""The one interface every serial device driver implements, and the samples it yields."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Protocol


@dataclass(frozen=True)
class Sample:
    """One good frame from a device: its values, or why the device says it has none (fault)."""
    values: dict[str, float] = field(default_factory=dict)
    fault: str | None = None


@dataclass(frozen=True)
class Trouble:
    """Something wrong with the link rather than the patient: bad frames, an unreadable stream, a
    device gone. Yielded in the stream so the watcher can say why no reading is offered."""
    reason: str
    gone: bool = False


class Driver(Protocol):
    """A serial medical device. `open` raises DeviceGone when the port is not there; `stream` yields
    Samples and Troubles until the device vanishes (a final Trouble with gone=True), never raising
    for bad bytes, and None after each quiet read (so a watcher can stop); `close` is safe to call
    twice."""
    name: str
    kind: str

    def open(self) -> None: ...

    def stream(self) -> Iterator[Sample | Trouble | None]: ...

    def close(self) -> None: ...
