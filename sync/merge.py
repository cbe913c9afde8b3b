"""Merge rules: ONE declarative table giving every synced entity and field its policy, and the fold.

The fold turns all events of one record (local and remote, in any order, with duplicates) into
one state: events are de-duplicated by (origin, seq) and ordered by (hlc, origin, seq), so the
result depends only on the *set* of events. `sync/MERGE_RULES.md` is generated from this table.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Iterable, Mapping


class Policy(StrEnum):
    LWW = "lww"          # highest (hlc, origin) wins
    SET = "set"          # add-wins set member: an add is never removed by a remove it did not see
    APPEND = "append"    # insert-only rows, never conflict
    COUNTER = "counter"  # deltas, summed, never overwritten
    REVIEW = "review"    # deterministic winner (lww) AND a conflict record with both values


class Shape(StrEnum):
    RECORD = "record"    # one row folded from all its events
    MEMBER = "member"    # one element of a parent's add-wins set (e.g. an allergy of a patient)
    LOG = "log"          # every event inserts rows, keyed by their own ids


@dataclass(frozen=True)
class EntityRule:
    entity: str
    shape: Shape
    fields: Mapping[str, Policy]
    parent: tuple[str, str] | None = None   # (field, entity) that must exist before this applies
    implies: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # op -> fields it sets
    note: str = ""

    def policy(self, name: str) -> Policy | None:
        return self.fields.get(name)


def _all(policy: Policy, *names: str) -> dict[str, Policy]:
    return {n: policy for n in names}


L, S, A, C, R = Policy.LWW, Policy.SET, Policy.APPEND, Policy.COUNTER, Policy.REVIEW

# THE table. Retiring is a field (retired_at / status), never a hard delete.
RULES: dict[str, EntityRule] = {r.entity: r for r in (
    EntityRule("patient", Shape.RECORD, {
        **_all(L, "clinic_number", "given_name", "family_name", "sex", "birth_date", "birth_date_estimated",
               "phone", "village", "address", "national_id", "guardian_name", "created_at", "updated_at",
               "retired_at", "merged_into")},
        note="demographics; a duplicate is joined by `merged` (merged_into), never deleted"),
    EntityRule("patient_allergy", Shape.MEMBER, {
        **_all(S, "patient_id", "substance", "reaction", "severity", "recorded_at", "recorded_by"),
        "retired_at": L},
        parent=("patient_id", "patient"),
        note="add-wins: a retire removes only the allergy it saw; a concurrent add survives"),
    EntityRule("referral", Shape.RECORD, _all(L, "patient_id", "encounter_id", "to_clinic", "to_facility", "outside",
                                              "reason", "referred_at", "referred_by"),
               parent=("patient_id", "patient"),
               note="to a clinic of the network (which the hub then gives the patient) or a facility outside it"),
    EntityRule("department", Shape.RECORD, _all(L, "name", "created_at"), note="reference data"),
    EntityRule("staff", Shape.RECORD, _all(L, "username", "full_name", "role", "department_id", "phone",
                                          "registration_number", "active", "created_at", "updated_at",
                                          "shifts"),
               note="credentials never leave the box"),
    EntityRule("inventory_item", Shape.RECORD, _all(L, "sku", "name", "unit", "unit_price_minor",
                                                    "reorder_level", "created_at")),
    EntityRule("appointment", Shape.RECORD, _all(L, "patient_id", "department_id", "doctor_id", "day",
                                                 "slot_time", "reason", "status", "token_number", "booked_at",
                                                 "checked_in_at", "called_at", "updated_at", "triage_level",
                                                 "triage_source", "triage_raised_at", "call_reason",
                                                 "called_by", "call_key"),
               parent=("patient_id", "patient")),
    EntityRule("encounter", Shape.RECORD, _all(L, "patient_id", "appointment_id", "department_id", "doctor_id",
                                               "status", "complaint", "opened_at", "closed_at"),
               parent=("patient_id", "patient"), implies={"closed": {"status": "closed"}}),
    EntityRule("diagnosis", Shape.RECORD, {
        **_all(R, "text", "code", "certainty"),
        **_all(L, "encounter_id", "recorded_by", "recorded_at", "retired_at")},
        parent=("encounter_id", "encounter"), note="signed clinical record: concurrent edits go to review"),
    EntityRule("prescription", Shape.RECORD, {
        **_all(L, "encounter_id", "patient_id", "prescriber", "status", "allergy_override_reason",
               "created_at", "dispensed_at", "warnings", "pregnant", "pregnancy_source", "pregnancy_override_reason"),
        "items": R},
        parent=("encounter_id", "encounter"), implies={"dispensed": {"status": "dispensed"}},
        note="drug and dose (items) go to review when edited concurrently"),
    EntityRule("soap_version", Shape.LOG, _all(A, "encounter_id", "patient_id", "version", "author", "sections",
                                               "extras", "transcript", "created_at"),
               parent=("encounter_id", "encounter"),
               note="insert-only note versions; a remote one whose number is taken becomes the next version"),
    EntityRule("soap_signature", Shape.LOG, _all(A, "encounter_id", "version_id", "version", "signed_by",
                                                 "content_sha256", "signed_at"),
               parent=("encounter_id", "encounter"), note="one a note: the first signature stays"),
    EntityRule("teleconsult", Shape.RECORD, _all(L, "encounter_id", "patient_id", "specialty", "urgency", "note",
                                                 "status", "requested_at", "doctor_id", "doctor_name"),
               parent=("encounter_id", "encounter"),
               note="a visit's request for a remote doctor; the hub's doctor moves its status"),
    EntityRule("vitals", Shape.LOG, _all(A, "readings", "source", "recorded_at"),
               parent=("entity_id", "encounter"), note="entity_id is the encounter"),
    EntityRule("encounter_note", Shape.LOG, _all(A, "encounter_id", "author", "text", "created_at"),
               parent=("encounter_id", "encounter"), note="notes and addenda"),
    EntityRule("charge", Shape.LOG, {**_all(A, "patient_id", "encounter_id", "description", "quantity",
                                            "unit_price_minor", "source", "reason", "created_at", "created_by"),
                                     "amount_minor": C},
               parent=("patient_id", "patient"),
               note="balance = sum(charges) - sum(payments); an adjustment is a charge (source adjust:<id>)"),
    EntityRule("fee", Shape.RECORD, _all(L, "kind", "department_id", "amount_minor", "updated_at", "updated_by"),
               note="the fee schedule (reference data; id derived from kind and department)"),
    EntityRule("payment", Shape.LOG, {**_all(A, "patient_id", "method", "reference", "receipt_number",
                                             "received_at", "received_by"), "amount_minor": C},
               parent=("patient_id", "patient")),
    EntityRule("stock", Shape.LOG, {**_all(A, "movement_id", "reason", "reference"), "delta": C},
               parent=("entity_id", "inventory_item"), note="entity_id is the item; level = sum of deltas"),
    EntityRule("video_consult", Shape.RECORD, _all(L, "encounter_id", "patient_id", "doctor_id", "status", "video",
                                                   "requested_at", "started_at", "ended_at", "setup_s",
                                                   "duration_s", "degraded_s", "degradations", "quality",
                                                   "recording_id"),
               parent=("encounter_id", "encounter"),
               note="a doctor's video join of the room; the recording itself never leaves the box"),
)}

BASE_FIELD = "base_hlc"   # on an edit: the newest version of the record its author had seen
CONFLICT_NAMESPACE = uuid.UUID("6f1d2c1e-8a59-4d1e-9c57-3b0c7f0e5a11")


def rule_for(entity: str) -> EntityRule | None:
    return RULES.get(entity)


def event_key(ev: Mapping[str, Any]) -> tuple[str, str, int]:
    """Total order of events: HLC, then device id (ties), then the device's own seq."""
    return (ev["hlc"], ev["origin"], ev["seq"])


def canonical(events: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The events as a set: one per (origin, seq), in total order."""
    unique = {(e["origin"], e["seq"]): e for e in events}
    return sorted(unique.values(), key=event_key)


@dataclass(frozen=True)
class Version:
    hlc: str
    origin: str
    seq: int
    actor: str = ""


@dataclass
class FieldConflict:
    """Two concurrent values of a review field: the winner applied, both kept for a human."""

    id: str
    entity: str
    entity_id: str
    field: str
    winner_value: Any
    winner: Version
    loser_value: Any
    loser: Version
    patient_id: str | None = None
    resolved_by: Version | None = None
    resolved_value: Any = None


@dataclass
class Folded:
    entity: str
    entity_id: str
    values: dict[str, Any] = field(default_factory=dict)
    versions: dict[str, Version] = field(default_factory=dict)
    conflicts: list[FieldConflict] = field(default_factory=list)
    patient_id: str | None = None

    @property
    def exists(self) -> bool:
        return bool(self.values)


def _conflict_id(entity: str, entity_id: str, name: str, loser: Version, winner: Version) -> str:
    text = f"{entity}:{entity_id}:{name}:{loser.origin}:{loser.seq}:{winner.origin}:{winner.seq}"
    return str(uuid.uuid5(CONFLICT_NAMESPACE, text))


def fold(entity: str, entity_id: str, events: Iterable[Mapping[str, Any]]) -> Folded:
    """The state of one record/member from the set of its events (order and duplicates do not matter)."""
    rule = RULES[entity]
    out = Folded(entity, entity_id)
    for ev in canonical(events):
        ver = Version(ev["hlc"], ev["origin"], ev["seq"], ev.get("actor", ""))
        writes = {**ev["fields"], **rule.implies.get(ev["op"], {})}
        base = ev["fields"].get(BASE_FIELD)
        out.patient_id = ev.get("patient_id") or out.patient_id
        for name, value in writes.items():
            policy = rule.policy(name)
            if policy is None:
                continue
            prev = out.versions.get(name)
            if policy is Policy.SET and prev is not None:
                continue          # a member's attributes are fixed when it is added
            if policy is Policy.REVIEW and prev is not None:
                _review(out, name, value, ver, prev, base)
            out.values[name] = value
            out.versions[name] = ver
    return out


def _review(out: Folded, name: str, value: Any, ver: Version, prev: Version, base: str | None) -> None:
    """Record a conflict when this write did not see the previous one; mark older ones resolved."""
    saw_prev = prev.origin == ver.origin or (base is not None and base >= prev.hlc)
    for c in out.conflicts:
        if c.field == name and c.resolved_by is None and base is not None \
                and base >= max(c.winner.hlc, c.loser.hlc):
            c.resolved_by, c.resolved_value = ver, value
    if not saw_prev and out.values.get(name) != value:
        out.conflicts.append(FieldConflict(
            _conflict_id(out.entity, out.entity_id, name, prev, ver), out.entity, out.entity_id, name,
            value, ver, out.values.get(name), prev, out.patient_id))


def newest_version(folded: Folded) -> str | None:
    """What an editor passes as `base_hlc`: the newest version of the record it was shown."""
    return max((v.hlc for v in folded.versions.values()), default=None)


def merge_table_markdown() -> str:
    """The merge table as Markdown (sync/MERGE_RULES.md is this text; a test keeps it current)."""
    lines = ["# Merge rules (generated from `sync/merge.py`; do not edit)", "",
             "| entity | shape | policy | fields | note |", "|---|---|---|---|---|"]
    for rule in RULES.values():
        by_policy: dict[Policy, list[str]] = {}
        for name, pol in rule.fields.items():
            by_policy.setdefault(pol, []).append(name)
        for i, (pol, names) in enumerate(by_policy.items()):
            lines.append(f"| {rule.entity if i == 0 else ''} | {rule.shape.value if i == 0 else ''} | "
                         f"{pol.value} | {', '.join(names)} | {rule.note if i == 0 else ''} |")
    return "\n".join(lines) + "\n"
