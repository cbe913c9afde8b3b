"""A weighing scale speaking Mettler Toledo MT-SICS level 0 (the "S" stable-weight command).

The scale weighs and answers only when asked: the driver sends "S" CR LF and reads one line,
e.g. "S S      72.45 kg". The scale itself says whether the weight is stable; the driver still asks
again and offers a weight only after SCALE_STABLE_ANSWERS stable answers agree (a patient stepping
off between two answers is not a weight). See docs/devices.md."""
from __future__ import annotations

import re

from .const import SICS_BAUD, SICS_MAX_LINE, SICS_STABLE_WEIGHT, SICS_UNITS_TO_KG
from .driver import PolledLineDriver, Sample, Trouble

_STABLE = re.compile(r"^S S +(-?\d{1,6}(?:\.\d{1,4})?) +(kg|g|lb)$")
_FAULTS = {"S I": "the scale is busy (command not executable now)", "S +": "overload: over the scale's range",
           "S -": "underload: under the scale's zero", "ES": "the scale did not understand the command",
           "ET": "transmission error (check the baud rate)", "EL": "the scale refused the command (logic error)"}


def parse_answer(line: bytes) -> Sample | Trouble:
    """One answer line (without CR LF) as a Sample (weight_kg, or the scale's fault) or a Trouble."""
    try:
        text = line.decode("ascii").strip()
    except UnicodeDecodeError:
        return Trouble("unreadable answer from the scale: wrong baud rate or wrong device")
    m = _STABLE.match(text)
    if m:
        kg = float(m.group(1)) * SICS_UNITS_TO_KG[m.group(2)]
        return Sample({"weight_kg": round(kg, 3)})
    fault = _FAULTS.get(text)
    if fault:
        return Sample({}, fault)
    return Trouble(f"unexpected answer from the scale: {text[:30]!r}")


class SicsScale(PolledLineDriver):
    """An MT-SICS scale on a serial port."""
    kind = "scale"
    default_baud = SICS_BAUD
    default_timeout = 2.0
    command = SICS_STABLE_WEIGHT
    max_line = SICS_MAX_LINE

    def parse_line(self, line: bytes) -> Sample | Trouble:
        return parse_answer(line)
