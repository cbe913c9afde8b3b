"""The one interface every serial device driver implements, and the samples it yields."""
from __future__ import annotations

import time
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


class SerialDriver:
    """The port handling every pyserial driver shares, written once: `open` (a port that is not there
    is DeviceGone), `io` (a read or write that fails because the device vanished ends the stream with
    a Trouble(gone=True) instead of raising) and an idempotent `close`. A subclass sets `kind`, the
    serial settings (`baud`, `parity`) and writes `stream`."""
    kind = "device"
    default_baud = 9600
    default_timeout = 1.0
    parity = "N"

    def __init__(self, name: str, port: str, *, baud: int | None = None, timeout: float | None = None) -> None:
        self.name, self.port = name, port
        self.baud = baud or self.default_baud
        self.timeout = self.default_timeout if timeout is None else timeout
        self._serial = None

    def open(self) -> None:
        import termios

        import serial

        from .watch import DeviceGone, PortBusy, PortUnusable
        # A pseudo-terminal (a simulator, a serial-over-network bridge) has no parity: the kernel drops
        # PARENB when it is set and glibc then reports EINVAL for every later attempt to set it again,
        # so the port opened once and never again. Bytes on a pty carry no parity bit to check anyway.
        parity = serial.PARITY_NONE if is_pseudo_terminal(self.port) else self.parity
        try:
            # exclusive: a second reader (a probe while `clinic devices watch` runs) is told the port is
            # busy instead of stealing half the frames and calling them garbage
            self._serial = serial.Serial(self.port, self.baud, bytesize=serial.EIGHTBITS, parity=parity,
                                         stopbits=serial.STOPBITS_ONE, timeout=self.timeout, exclusive=True)
        except termios.error as err:   # not an OSError: the port is there but refuses its line settings
            raise PortUnusable(f"{self.name}: {self.port} refused its line settings ({self.baud} baud, "
                               f"parity {parity}): {err}") from err
        except (serial.SerialException, OSError, ValueError) as err:
            if "exclusively lock" in str(err):
                raise PortBusy(f"{self.name}: {self.port} is in use by {port_holder(self.port)}") from err
            raise DeviceGone(f"{self.name}: cannot open {self.port}: {err}") from err

    @property
    def is_open(self) -> bool:
        return self._serial is not None

    def io(self, fn, *args):
        """`fn(serial_port, *args)`, or a Trouble(gone=True) when the device vanished under it: pyserial
        raises SerialException, OSError, termios.error (and TypeError on a closed fd in some versions)."""
        import termios

        import serial
        try:
            return fn(self._serial, *args)
        except (serial.SerialException, OSError, TypeError, AttributeError, termios.error) as err:
            return Trouble(f"{self.name} unplugged: {err}", gone=True)

    def close(self) -> None:
        import serial

        port, self._serial = self._serial, None
        if port is not None:
            try:
                port.close()
            except (serial.SerialException, OSError):
                pass


def is_pseudo_terminal(port: str) -> bool:
    """Whether `port` (or what its link points to) is a Unix98 pseudo-terminal slave (majors 136-143)."""
    import os
    import stat
    try:
        st = os.stat(port)
    except OSError:
        return False
    return stat.S_ISCHR(st.st_mode) and 136 <= os.major(st.st_rdev) <= 143


def port_holder(port: str) -> str:
    """Who holds the exclusive lock on `port`: "pid 1234 (clinic)" from /proc/locks, or "another process"."""
    import os
    try:
        st = os.stat(port)
        wanted = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
        with open("/proc/locks") as f:
            for line in f:
                parts = line.split()
                if len(parts) > 5 and parts[1] == "FLOCK" and parts[5] == wanted:
                    pid = parts[4]
                    try:
                        with open(f"/proc/{pid}/cmdline", "rb") as c:
                            cmd = c.read().replace(b"\0", b" ").decode(errors="replace").strip()
                    except OSError:
                        cmd = ""
                    return f"pid {pid}" + (f" ({cmd[:80]})" if cmd else "")
    except OSError:
        pass
    return "another process"


class PolledDriver(SerialDriver):
    """A device that speaks only when asked, the read loop written once: `ask` the port (a command,
    then its answer), offer what `answer` makes of it, wait `poll_seconds`, ask again. A quiet ask
    yields None (no answer within the timeout: switched off, or measuring) and asks again at once;
    a vanished device ends the stream with its Trouble."""
    poll_seconds = 0.0

    def ask(self, port) -> bytes:
        raise NotImplementedError

    def answer(self, raw: bytes) -> Sample | Trouble:
        raise NotImplementedError

    def stream(self) -> Iterator[Sample | Trouble | None]:
        while self.is_open:
            raw = self.io(self.ask)
            if isinstance(raw, Trouble):
                yield raw
                return
            if not raw:
                yield None
                continue
            yield self.answer(raw)
            if self.poll_seconds:
                time.sleep(self.poll_seconds)


class PolledLineDriver(PolledDriver):
    """A polled device whose answer is one line ending CR LF: `command` asks for it, at most `max_line`
    bytes are read, and an answer cut short or overlong is a Trouble (`unterminated` says which)."""
    command = b""
    max_line = 80

    def ask(self, port) -> bytes:
        port.reset_input_buffer()   # a prompt, or a late answer to the last command, is not this answer
        port.write(self.command)
        return port.read_until(b"\r\n", self.max_line)

    def answer(self, raw: bytes) -> Sample | Trouble:
        if not raw.endswith(b"\r\n"):
            return Trouble(self.unterminated(raw))
        return self.parse_line(raw[:-2])

    def parse_line(self, line: bytes) -> Sample | Trouble:
        """One answer without its CR LF."""
        raise NotImplementedError

    def unterminated(self, line: bytes) -> str:
        return f"half or overlong answer from the {self.kind.replace('_', '-')} dropped"
