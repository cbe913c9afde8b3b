"""A blood-pressure monitor speaking the Datascope ACCUTORR PC interface (see const.py and
docs/devices.md): the driver sends "P" and reads one line  P:aaa,bbb,ccc,ddd,eee,fff,ggg,hhh,iii CR LF.

The monitor answers with its last determination for as long as it holds it; the driver offers it
only when it is recent (BP_FRESH_MINUTES), plausible (systolic above diastolic by a pulse pressure
of at least BP_MIN_PULSE_PRESSURE, each in the encounter's range) and answered the same twice. The
mean is not checked: the manual's own example line (P:--,85,120, 45, 80,...) has a "mean" of 45
under a diastolic of 80."""
from __future__ import annotations

import re

from .const import (ACCUTORR_BAUD, ACCUTORR_MAX_LINE, ACCUTORR_PATIENT_DATA, BP_FRESH_MINUTES,
                    BP_MIN_PULSE_PRESSURE, POLL_SECONDS)
from .driver import PolledLineDriver, Sample, Trouble

_FIELD = re.compile(r"^(?:\d{1,3}|--)$")
FIELDS = ("spo2", "pulse", "systolic", "mean", "diastolic", "status0", "status1", "status2", "elapsed_min")


def parse_patient_data(line: bytes) -> Sample | Trouble:
    """One answer to "P" (without CR LF, the prompt before it stripped) as a Sample or a Trouble."""
    try:
        text = line.decode("ascii").strip()
    except UnicodeDecodeError:
        return Trouble("unreadable answer from the blood-pressure monitor: wrong baud rate or wrong device")
    if not text.startswith("P:"):
        return Trouble(f"unexpected answer from the blood-pressure monitor: {text[:30]!r}")
    parts = [p.strip() for p in text[2:].split(",")]
    if len(parts) != len(FIELDS) or not all(_FIELD.match(p) for p in parts):
        return Trouble(f"malformed patient data from the blood-pressure monitor: {text[:40]!r}")
    f = {name: (None if v == "--" else int(v)) for name, v in zip(FIELDS, parts)}
    sys_, dia, elapsed = f["systolic"], f["diastolic"], f["elapsed_min"]
    if sys_ is None or dia is None:
        return Sample({}, "no blood pressure measured yet")
    values = {"systolic_bp": float(sys_), "diastolic_bp": float(dia)}
    if elapsed is None or elapsed > BP_FRESH_MINUTES:
        return Sample(values, f"the last measurement is {'of unknown age' if elapsed is None else f'{elapsed} minutes old'}"
                              "; take a new one")
    if sys_ - dia < BP_MIN_PULSE_PRESSURE:
        return Sample(values, f"implausible blood pressure {sys_}/{dia} mmHg (pulse pressure under "
                              f"{BP_MIN_PULSE_PRESSURE})")
    return Sample(values)


def _unterminated(line: bytes) -> str:
    if any(b > 0x7E or (b < 0x20 and b not in b"\r\n") for b in line):
        return "unreadable answer from the blood-pressure monitor: wrong baud rate or wrong device"
    return "half or overlong answer from the blood-pressure monitor dropped"


class AccutorrMonitor(PolledLineDriver):
    """An ACCUTORR-protocol blood-pressure monitor on a serial port (/dev/bp)."""
    kind = "blood_pressure"
    default_baud = ACCUTORR_BAUD
    default_timeout = 1.0
    poll_seconds = POLL_SECONDS
    command = ACCUTORR_PATIENT_DATA
    max_line = ACCUTORR_MAX_LINE

    def parse_line(self, line: bytes) -> Sample | Trouble:
        return parse_patient_data(line.lstrip(b"> \r\n"))     # the monitor's ">" prompt may come first

    def unterminated(self, line: bytes) -> str:
        return _unterminated(line)
