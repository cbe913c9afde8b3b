"""The analytics' view of the hub's log: each record's latest fields (events in HLC order), split
into plain rows. Patient names never leave this module: rows carry ids, ages and clinic ids only."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ...clock import HLCTimestamp
from ..store import HubStore

ENTITIES = ("patient", "department", "appointment", "encounter", "soap_signature", "soap_diff", "stock",
            "inventory_item", "triage", "staff")
# a clinician's triage decision (the box's "suggested" events are the checker's, not a decision)
DECISION_OPS = ("confirmed", "overridden")


@dataclass
class Dataset:
    appointments: list[dict[str, Any]] = field(default_factory=list)
    encounters: dict[str, dict[str, Any]] = field(default_factory=dict)
    departments: dict[str, str] = field(default_factory=dict)
    signatures: list[dict[str, Any]] = field(default_factory=list)
    diffs: list[dict[str, Any]] = field(default_factory=list)
    triage: list[dict[str, Any]] = field(default_factory=list)
    items: dict[str, dict[str, Any]] = field(default_factory=dict)
    staff_names: dict[str, str] = field(default_factory=dict)   # the clinics' staff, by id
    # (clinic, item_id) -> {day: summed delta}
    stock: dict[tuple[str, str], dict[date, int]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(int)))


def parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _age(birth: str | None, on: str) -> int | None:
    try:
        b, d = date.fromisoformat(birth[:10]), date.fromisoformat(on[:10])
    except (TypeError, ValueError):
        return None
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def person(actor: str | None) -> str | None:
    """A clinic staff member the same way wherever they appear: the box writes "staff:<id>" as an actor
    and "<id>" as an encounter's doctor_id. A hub doctor stays "doctor:<id>"."""
    if not actor:
        return None
    return actor[len("staff:"):] if actor.startswith("staff:") else actor


def _when(ev: dict[str, Any]) -> datetime:
    """When the box recorded the event: its own time, else its HLC's wall clock."""
    t = parse_time(ev.get("recorded_at"))
    if t is None:
        t = datetime.fromtimestamp(HLCTimestamp.decode(ev["hlc"]).wall_ms / 1000)
    return t


def load(store: HubStore, clinic_id: str | None = None) -> Dataset:
    events = store.clinic_events(clinic_id, ENTITIES)
    events.sort(key=lambda e: (e["hlc"], e["origin"], e["seq"]))
    records: dict[tuple[str, str], dict[str, Any]] = {}
    ds = Dataset()
    for ev in events:
        entity = ev["entity"]
        if entity == "stock":
            day = _when(ev).date()
            ds.stock[(ev["clinic_id"], ev["entity_id"])][day] += int(ev["fields"].get("delta") or 0)
            continue
        if entity == "triage" and ev.get("op") not in DECISION_OPS:
            continue
        if entity in ("soap_signature", "soap_diff", "triage"):
            row = {**ev["fields"], "clinic_id": ev["clinic_id"], "id": ev["entity_id"]}
            {"soap_signature": ds.signatures, "soap_diff": ds.diffs, "triage": ds.triage}[entity].append(row)
            continue
        rec = records.setdefault((entity, ev["entity_id"]), {"clinic_id": ev["clinic_id"], "id": ev["entity_id"]})
        rec.update(ev["fields"])
    births = {}
    for (entity, entity_id), rec in records.items():
        if entity == "patient":
            births[entity_id] = rec.get("birth_date")
        elif entity == "department":
            ds.departments[entity_id] = rec.get("name") or entity_id
        elif entity == "encounter":
            ds.encounters[entity_id] = rec
        elif entity == "inventory_item":
            ds.items[entity_id] = rec
        elif entity == "staff" and rec.get("full_name"):
            ds.staff_names[entity_id] = rec["full_name"]
    for (entity, _), rec in records.items():
        if entity == "appointment" and rec.get("day"):
            ds.appointments.append({**rec, "age": _age(births.get(rec.get("patient_id")), rec["day"])})
    return ds
