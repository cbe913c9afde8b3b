"""Department delays, doctor efficiency and triage overrides from the analytics dataset."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from statistics import median
from typing import Any

from .dataset import Dataset, parse_time, person


def p90(values: list[float]) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(0.9 * (len(s) - 1))))]


@dataclass
class Delay:
    department: str
    visits: int
    wait_median: float      # check-in → call, minutes
    wait_p90: float
    consult_median: float   # call → close, minutes
    consult_p90: float


def department_delays(ds: Dataset) -> list[Delay]:
    waits: dict[str, list[float]] = defaultdict(list)
    consults: dict[str, list[float]] = defaultdict(list)
    by_appt = {e.get("appointment_id"): e for e in ds.encounters.values() if e.get("appointment_id")}
    for a in ds.appointments:
        checked, called = parse_time(a.get("checked_in_at")), parse_time(a.get("called_at"))
        enc = by_appt.get(a["id"])
        closed = parse_time(enc.get("closed_at")) if enc else None
        dept = ds.departments.get(a.get("department_id"), "unknown")
        if checked and called:
            waits[dept].append((called - checked).total_seconds() / 60)
            if closed:
                consults[dept].append((closed - called).total_seconds() / 60)
    return [Delay(d, len(waits[d]), median(waits[d]), p90(waits[d]), median(consults[d] or [0]),
                  p90(consults[d] or [0])) for d in sorted(waits)]


@dataclass
class DoctorEfficiency:
    doctor: str                   # staff id (a hub doctor: doctor:<id>)
    name: str                     # their name where the hub knows it, else the id
    clinic_id: str
    consults: int
    per_hour: float               # consults per hour of consulting (summed call → close time)
    sign_median_min: float | None  # close → signed note, minutes
    unchanged_share: float | None  # share of AI drafts signed unchanged


def doctor_efficiency(ds: Dataset) -> list[DoctorEfficiency]:
    hours: dict[str, float] = defaultdict(float)
    count: dict[str, int] = defaultdict(int)
    clinic: dict[str, str] = {}
    for e in ds.encounters.values():
        opened, closed, doctor = parse_time(e.get("opened_at")), parse_time(e.get("closed_at")), person(e.get("doctor_id"))
        if opened and closed and doctor:
            hours[doctor] += (closed - opened).total_seconds() / 3600
            count[doctor] += 1
            clinic[doctor] = e["clinic_id"]
    sign: dict[str, list[float]] = defaultdict(list)
    for s in ds.signatures:
        enc = ds.encounters.get(s.get("encounter_id"))
        closed, signed = (parse_time(enc.get("closed_at")) if enc else None), parse_time(s.get("signed_at"))
        if closed and signed and s.get("signed_by"):
            sign[person(s["signed_by"])].append((signed - closed).total_seconds() / 60)
    unchanged: dict[str, list[bool]] = defaultdict(list)
    for d in ds.diffs:
        if d.get("signed") and d.get("final_author"):
            unchanged[person(d["final_author"])].append(bool(d.get("unchanged")))
    return [DoctorEfficiency(doc, ds.staff_names.get(doc, doc), clinic[doc], count[doc], count[doc] / hours[doc] if hours[doc] else 0.0,
                             median(sign[doc]) if sign[doc] else None,
                             sum(unchanged[doc]) / len(unchanged[doc]) if unchanged[doc] else None)
            for doc in sorted(count)]


def triage_overrides(ds: Dataset) -> list[dict[str, Any]]:
    """Per checker rule that set the suggested level: how often clinicians changed the level, and to what.
    A decision counts once for each rule that set its suggestion; a decision recorded before boxes sent
    their rules counts under its suggested level ("level: urgent")."""
    seen: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    to: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for t in ds.triage:
        level = t.get("suggested_level") or "unknown"
        rules = t.get("suggested_rules") or [f"level: {level}"]
        for rule in dict.fromkeys(rules):
            key = (rule, level)
            seen[key][1] += 1
            if t.get("overrode"):
                seen[key][0] += 1
                to[key][t.get("level") or "?"] += 1
    rows = [{"rule": r, "level": lv, "decisions": n, "overridden": o, "share": o / n,
             "to": dict(sorted(to[(r, lv)].items(), key=lambda kv: -kv[1]))} for (r, lv), (o, n) in seen.items()]
    return sorted(rows, key=lambda row: (-row["overridden"], row["rule"]))
