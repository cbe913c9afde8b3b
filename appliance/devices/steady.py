"""Stable readings: N consecutive good frames within a band, each plausible; otherwise a reason."""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from ..encounters.const import VITALS
from .const import PULSE_BAND, SPO2_BAND, STABLE_FRAMES
from .driver import Sample

BANDS = {"spo2": SPO2_BAND, "pulse": PULSE_BAND}


@dataclass(frozen=True)
class Verdict:
    """What the frames so far say: a stable reading (values) or why there is none (reason)."""
    values: dict[str, float] | None
    reason: str | None = None


class Steadier:
    """Feeds on Samples; a reading is offered only when the last `frames` samples are all good,
    plausible (the encounter's own ranges) and within the bands. The offered value is the median."""

    def __init__(self, frames: int = STABLE_FRAMES, bands: dict[str, float] | None = None) -> None:
        self.frames = frames
        self.bands = bands or BANDS
        self._window: deque[dict[str, float]] = deque(maxlen=frames)

    def reset(self, reason: str) -> Verdict:
        self._window.clear()
        return Verdict(None, reason)

    def add(self, sample: Sample) -> Verdict:
        if sample.fault:
            return self.reset(sample.fault)
        for kind in self.bands:
            unit, low, high = VITALS[kind]
            value = sample.values.get(kind)
            if value is None or not low <= value <= high:
                return self.reset(f"implausible {kind} {value:g} {unit} (outside {low:g}-{high:g})"
                                  if value is not None else f"no {kind} in the frame")
        self._window.append({k: sample.values[k] for k in self.bands})
        if len(self._window) < self.frames:
            return Verdict(None, f"steadying ({len(self._window)}/{self.frames} frames)")
        for kind, band in self.bands.items():
            seen = [w[kind] for w in self._window]
            if max(seen) - min(seen) > band:
                return Verdict(None, f"unstable {kind}: {min(seen):g}-{max(seen):g} in the last "
                                     f"{self.frames} frames (band {band:g})")
        return Verdict({k: sorted(w[k] for w in self._window)[self.frames // 2] for k in self.bands})
