"""The server's audit mover: one process of its own that moves the audit journal into the audit log.

Moving a second's worth of reads' records is ~0.15 ms of Python each; done by a thread of a server
worker, it held that worker's interpreter lock in bursts while requests waited, which showed in the
tail of their latency (measured with `clinic bench store`). In a process of its own it competes
only for a core, which the kernel shares in fine slices. The workers then only append (`journal.py`);
the box still drains on open and before any read of the audit log. The mover ends with the server:
when asked to, or when it finds its parent gone (a server killed outright).
"""
from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading

from .journal import DRAIN_INTERVAL_S

_log = logging.getLogger("clinic.audit")


def start_mover(settings, encrypted: bool = True) -> subprocess.Popen:
    """Start the mover for this server (call before the workers start); returns the process.

    A new interpreter (nothing of this process's state: open stores, threads), not a multiprocessing
    child, whose bookkeeping gunicorn's forked workers would inherit. The settings go through a pipe
    (they may hold a webhook URL, which does not belong in a process's environment)."""
    proc = subprocess.Popen([sys.executable, "-m", "appliance.audit.mover", str(os.getpid()),
                             "encrypted" if encrypted else "plain"], stdin=subprocess.PIPE)
    proc.stdin.write(settings.model_dump_json().encode())
    proc.stdin.close()
    return proc


def run_mover(settings, encrypted: bool, parent_pid: int) -> None:
    from ..box import open_box
    from ..logs import configure_logging

    configure_logging(settings.logging.file, settings.logging.level)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a ^C to the server reaches its whole group: the server ends us
    box = open_box(settings, migrate_schema=False, quick_check=False, encrypted=encrypted)
    try:
        while not stop.wait(DRAIN_INTERVAL_S) and os.getppid() == parent_pid:
            try:
                box.audit_journal.drain(box)
            except Exception:  # noqa: BLE001 - the records stay in the journal; the next round retries
                _log.exception("moving journalled audit records into the audit log failed; will retry")
    finally:
        box.close()  # a last drain


if __name__ == "__main__":
    from ..settings import Settings

    run_mover(Settings.model_validate_json(sys.stdin.read()), sys.argv[2] == "encrypted", int(sys.argv[1]))
