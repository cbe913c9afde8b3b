"""What moved between two triage results of one encounter, and which level the queue uses.

A re-triage after new vital signs names the readings that did it ("SpO2 84 % -> emergency"): those whose
value is quoted in the evidence of a rule that fired only now; if none is quoted, every reading saved.
"""
from __future__ import annotations

from typing import Any

from models.triage.const import LEVEL_RANK


def describe_change(previous: dict[str, Any] | None, result: dict[str, Any], trigger: str,
                    readings: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The change from the previous result (None: the first triage) to this one."""
    before = {f["code"] for f in (previous or {}).get("findings", [])}
    new = [f for f in result.get("findings", []) if f["code"] not in before]
    readings = [{k: r[k] for k in ("kind", "value", "unit")} for r in readings or []]
    evidence = " ".join(e for f in new for e in f.get("evidence", []))
    because = [r for r in readings if _quoted(r["value"], evidence)] or readings
    level_from = previous["level"] if previous else None
    return {"trigger": trigger, "from": level_from, "to": result["level"],
            "rose": level_from is not None and LEVEL_RANK[result["level"]] > LEVEL_RANK[level_from],
            "fell": level_from is not None and LEVEL_RANK[result["level"]] < LEVEL_RANK[level_from],
            "new_findings": [{"code": f["code"], "level": f["level"], "name": f["name"]} for f in new],
            "readings": readings, "because": because}


def _quoted(value: float, evidence: str) -> bool:
    number = f"{value:g}"
    return any(word.strip("()%,:;/") in (number, f"{number}%") for word in evidence.split())


def queue_level(suggestion_level: str | None, decision: dict[str, Any] | None,
                decided_on_level: str | None) -> tuple[str | None, str | None]:
    """(level, source) the queue orders by: the clinician's decision over the suggestion, unless the
    suggestion has since risen above both the decision and the suggestion the clinician decided on (new
    vital signs after the decision); then the risen suggestion, until the clinician decides again."""
    if decision is None:
        return suggestion_level, ("suggested" if suggestion_level else None)
    if suggestion_level is not None and decided_on_level is not None \
            and LEVEL_RANK[suggestion_level] > LEVEL_RANK[decided_on_level] \
            and LEVEL_RANK[suggestion_level] > LEVEL_RANK[decision["level"]]:
        return suggestion_level, "suggested"
    return decision["level"], "decided"
