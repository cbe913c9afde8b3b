"""systemd's notify protocol in a few lines (no dependency): READY=1 once serving, WATCHDOG=1 from the
process's own loop, STOPPING=1 on the way out, EXTEND_TIMEOUT_USEC=+STATUS= for each phase of a long start. Outside systemd ($NOTIFY_SOCKET unset) every call is a
no-op returning False, so the same code runs under `make run`, in tests and in the units.

The datagram goes to $NOTIFY_SOCKET (a path, or an abstract socket when it starts with "@");
$WATCHDOG_USEC (and $WATCHDOG_PID, when set, naming this process) says how often systemd expects
WATCHDOG=1: the process pings at half that period (sd_watchdog_enabled(3)).
"""
from __future__ import annotations

import os
import socket
import threading
import time
from typing import Callable


def notify(*lines: str) -> bool:
    """Send `lines` (e.g. "READY=1", "STATUS=serving") to systemd; False when not under systemd or the
    socket is gone (never raises: a service must not fail because its supervisor went away)."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address or not lines:
        return False
    if address.startswith("@"):
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            sock.sendall("\n".join(lines).encode())
        return True
    except OSError:
        return False


# How long one start-up phase may take before the next says so (EXTEND_TIMEOUT_USEC=): a quick check
# of a large store on an SD card, or every phase of an emulated box's first start (the image under
# qemu's TCG: 134 s from start to ready), can outlast TimeoutStartSec= alone, and a start killed there
# restarts and is killed again, never serving.
STARTUP_PHASE_S = 180


def starting(status: str, budget_s: float = STARTUP_PHASE_S) -> bool:
    """Tell systemd that the start goes on: STATUS=`status` (shown by `systemctl status`) and `budget_s`
    more seconds for this phase (EXTEND_TIMEOUT_USEC, systemd >= 236). A live start is given the time it
    needs phase by phase; a hung phase still ends at its budget."""
    return notify(f"EXTEND_TIMEOUT_USEC={int(budget_s * 1_000_000)}", f"STATUS={status}")


def watchdog_period() -> float | None:
    """How often to send WATCHDOG=1 (half of WatchdogSec=), or None when the watchdog is off or is
    another process's."""
    usec = os.environ.get("WATCHDOG_USEC", "")
    pid = os.environ.get("WATCHDOG_PID", "")
    if not usec.isdigit() or int(usec) == 0 or (pid and pid != str(os.getpid())):
        return None
    return int(usec) / 2_000_000


class Heartbeat:
    """Pings WATCHDOG=1 at most once per half period when `beat()` is called from the process's loop;
    `ready()` sends READY=1. Cheap enough to call on every turn of a loop."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.period = watchdog_period()
        self._clock = clock
        self._last = float("-inf")

    def ready(self, status: str | None = None) -> bool:
        return notify("READY=1", *([f"STATUS={status}"] if status else []))

    def beat(self) -> bool:
        if self.period is None:
            return False
        now = self._clock()
        if now - self._last < self.period:
            return False
        self._last = now
        return notify("WATCHDOG=1")

    def sleep(self, seconds: float, sleep: Callable[[float], None] = time.sleep) -> None:
        """Sleep `seconds`, beating on the way (a loop's rest longer than the watchdog period)."""
        end = self._clock() + seconds
        while True:
            self.beat()
            left = end - self._clock()
            if left <= 0:
                return
            sleep(min(left, self.period or left))


def gunicorn_hooks(alive: Callable[[object], bool]) -> dict[str, Callable[..., None]]:
    """gunicorn server hooks: READY=1 when the arbiter is ready, then WATCHDOG=1 from a thread of the
    arbiter for as long as `alive(arbiter)` holds (it has live workers); STOPPING=1 on exit. (gunicorn's
    own main loop has no hook per turn; its worker timeout already restarts a hung worker.)"""
    def when_ready(arbiter) -> None:
        beat = Heartbeat()
        beat.ready("serving")
        if beat.period is None:
            return

        def loop() -> None:
            while True:
                if alive(arbiter):
                    beat.beat()
                time.sleep(min(beat.period or 1.0, 1.0))

        threading.Thread(target=loop, name="sd-watchdog", daemon=True).start()

    def on_exit(arbiter) -> None:
        notify("STOPPING=1")

    return {"when_ready": when_ready, "on_exit": on_exit}


def has_workers(arbiter) -> bool:
    return bool(getattr(arbiter, "WORKERS", None))
