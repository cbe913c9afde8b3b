"""One simulator started for a technician (`clinic devices simulate KIND`): on a socat pseudo-terminal
pair in `directory`, showing a steady reading, until stopped. Returns what to print and how to stop."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

KINDS = ("oximeter", "bp", "thermometer", "scale", "printer", "modem")
SETTING = {"oximeter": "devices.oximeter_port", "bp": "devices.bp_port", "thermometer": "devices.thermometer_port",
           "scale": "devices.scale_port", "printer": "printer.uri = serial:{port}", "modem": "sms.modem_port"}


@dataclass
class Running:
    kind: str
    port: str
    showing: str
    stop: Callable[[], None]
    sim: object

    @property
    def setting(self) -> str:
        s = SETTING[self.kind]
        return s.format(port=self.port) if "{port}" in s else f"{s} = {self.port}"


def start(kind: str, directory: Path, *, spo2: int = 97, pulse: int = 72, systolic: int = 120, diastolic: int = 80,
          celsius: float = 37.0, kg: float = 61.5) -> Running:
    directory.mkdir(parents=True, exist_ok=True)
    if kind == "oximeter":
        from .oximeter import OximeterSimulator
        sim = OximeterSimulator(directory)
        sim.plug_in()
        sim.show(spo2, pulse)
        return Running(kind, sim.port, f"SpO2 {spo2} %, pulse {pulse}/min (CMS50D+ stream)", sim.close, sim)
    if kind == "bp":
        from .bp import BpSimulator
        sim = BpSimulator(directory)
        sim.plug_in()
        sim.measured(systolic, diastolic, pulse)
        return Running(kind, sim.port, f"{systolic}/{diastolic} mmHg, pulse {pulse} (ACCUTORR PC interface)",
                       sim.unplug, sim)
    if kind == "thermometer":
        from .thermometer import ThermoSimulator
        sim = ThermoSimulator(directory)
        sim.plug_in()
        sim.measured(celsius)
        return Running(kind, sim.port, f"{celsius:.1f} °C (SureTemp Plus packets)", sim.unplug, sim)
    if kind == "scale":
        from .scale import ScaleSimulator
        sim = ScaleSimulator(directory)
        sim.plug_in()
        sim.weigh(kg)
        return Running(kind, sim.port, f"{kg:g} kg (MT-SICS)", sim.unplug, sim)
    if kind == "printer":
        from .printer import PrinterSimulator
        sim = PrinterSimulator(directory)
        sim.plug_in()
        return Running(kind, sim.port, "an ESC/POS receipt printer with paper", sim.unplug, sim)
    if kind == "modem":
        from ..gsm_sim import GsmModemSimulator
        sim = GsmModemSimulator(directory).plug_in()
        return Running(kind, sim.port, "a GSM modem with a SIM, registered (AT commands, PDU mode)", sim.unplug, sim)
    raise ValueError(f"unknown simulator {kind!r}; one of {', '.join(KINDS)}")
