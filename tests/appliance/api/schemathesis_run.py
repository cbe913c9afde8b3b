"""schemathesis over the box's whole API document, in process, with real ids, as admin and as a doctor.

Two passes per role: every operation with generated input (path ids fixed to records of a seeded
clinic day, so requests reach past 404), then a stateful pass that follows the document's links,
so ids from one answer feed the next operation. Each answer is checked for: no server error, a
status code the document lists, a Content-Type it lists, the headers it lists, a body matching
its schema. Counts are kept, not stopped at the first failure.

    python -m tests.appliance.api.schemathesis_run --examples 100   # the full run; prints its counts
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import hypothesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import FlakyStrategyDefinition
from hypothesis import strategies as st

import schemathesis
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (content_type_conformance, response_headers_conformance,
                                               response_schema_conformance, status_code_conformance)

from appliance.app import create_app
from appliance.box import open_box
from appliance.settings import load_settings, render_settings_toml
from provisioning import box as provision
from tests.appliance.api.clinic_seed import seed_clinic

CHECKS = {"not_a_server_error": not_a_server_error, "status_code_conformance": status_code_conformance,
          "content_type_conformance": content_type_conformance,
          "response_headers_conformance": response_headers_conformance,
          "response_schema_conformance": response_schema_conformance}
ROLES = ("admin", "doctor")
ADMIN_PASSWORD = "fuzz-admin-password-1"
SEED = 15
AUDIO_TYPES = ["audio/wav", "audio/ogg", "audio/webm", "audio/mpeg"]
schemathesis.serializer.alias(AUDIO_TYPES, "application/octet-stream")  # the recording is sent as raw bytes


@dataclass
class Tally:
    """What a run did: requests per role, answers per status, failures per check (with examples)."""

    requests: collections.Counter = field(default_factory=collections.Counter)
    statuses: collections.Counter = field(default_factory=collections.Counter)
    failures: collections.Counter = field(default_factory=collections.Counter)
    examples: dict[str, list[str]] = field(default_factory=lambda: collections.defaultdict(list))
    operations: set[str] = field(default_factory=set)
    refused: collections.Counter = field(default_factory=collections.Counter)  # valid by the document, 400/422
    linked: collections.Counter = field(default_factory=collections.Counter)  # calls whose ids came from a link
    stateful_stopped: collections.Counter = field(default_factory=collections.Counter)  # see fuzz_links

    def note_refusal(self, role: str, case, response) -> None:
        """A request the document calls valid, refused as malformed or invalid: a rule it does not say."""
        meta = getattr(case, "meta", None)
        positive = meta is None or meta.generation.mode.is_positive
        if positive and response.status_code in (400, 422):
            self.refused[case.operation.label] += 1
            key = "valid_but_refused"
            if len(self.examples[key]) < 12:
                try:
                    detail = str(response.json().get("detail", ""))
                except Exception:  # noqa: BLE001 - not a JSON answer: show its start
                    detail = response.text[:200]
                self.examples[key].append(f"{role} {case.operation.label} -> {response.status_code}: {detail[:200]}")

    def record(self, role: str, case, response) -> None:
        self.requests[role] += 1
        self.statuses[response.status_code] += 1
        self.operations.add(case.operation.label)
        self.note_refusal(role, case, response)
        try:
            case.validate_response(response, checks=list(CHECKS.values()))
        except FailureGroup as group:
            for failure in group.exceptions:
                name = _check_name(failure)
                self.failures[name] += 1
                if len(self.examples[name]) < 5:
                    self.examples[name].append(f"{role} {case.operation.label} -> {response.status_code}: "
                                               f"{failure.title}: {str(failure.message)[:300]}")

    def summary(self) -> dict[str, Any]:
        return {"operations": len(self.operations), "requests": dict(self.requests),
                "calls_with_ids_from_links": dict(self.linked),
                "stateful_passes_stopped_by_hypothesis": dict(self.stateful_stopped),
                "statuses": dict(sorted(self.statuses.items())),
                "failures": {**{name: 0 for name in CHECKS}, **self.failures},
                "valid_but_refused": dict(self.refused.most_common()),
                "examples": dict(self.examples)}


def _check_name(failure) -> str:
    title = (getattr(failure, "title", "") or "").lower()
    for name, words in (("not_a_server_error", "server error"), ("status_code_conformance", "status code"),
                        ("content_type_conformance", "content-type"), ("response_headers_conformance", "header"),
                        ("response_schema_conformance", "schema")):
        if words in title:
            return name
    return type(failure).__name__


class Clinic:
    """A fresh box with a seeded clinic day, its app and the schema schemathesis reads from it."""

    def __init__(self, root: Path) -> None:
        config = root / "appliance.toml"
        provision.init_box(config, render_settings_toml("box-fuzz-1", "FZZ", "Fuzz Clinic", root / "data",
                                                        root / "data" / "db.key", 8080, kek_file=root / "kek.key"),
                           ADMIN_PASSWORD)
        self.box = open_box(load_settings(config, environ={}))
        self.app = create_app(self.box)
        self.app.config["CLINIC_CHECK_RESPONSES"] = True  # a mismatch is a 500 here, found either way
        seeded = seed_clinic(self.app.test_client(), self.box, ADMIN_PASSWORD)
        self.headers: dict[str, dict[str, str]] = seeded["headers"]
        self.ids: dict[str, str] = seeded["ids"]
        self.schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", self.app)

    def with_real_ids(self, case) -> None:
        """Ids in the path, the query and the body's top level become those of the seeded records."""
        for name in list(case.path_parameters or {}):
            if name in self.ids:
                case.path_parameters[name] = self.ids[name]
        for container in (case.query, case.body):
            if isinstance(container, dict):
                for name in list(container):
                    if name in self.ids and isinstance(container[name], str):
                        container[name] = self.ids[name]

    def close(self) -> None:
        self.box.close()

    def fresh_headers(self, role: str) -> dict[str, str]:
        """A session of its own, for an operation that ends the session it is called with (sign-out)."""
        username = "admin" if role == "admin" else f"seed{role}"
        password = ADMIN_PASSWORD if role == "admin" else "seed-password-1"
        r = self.app.test_client().post("/api/v1/sessions", json={"username": username, "password": password})
        return {"Authorization": f"Bearer {r.json['token']}"}


def _settings(examples: int) -> settings:
    """Generation only (no shrinking: every answer is counted, none is stopped on)."""
    return settings(max_examples=examples, deadline=None, database=None, print_blob=False,
                    phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))


SELF_ENDING = {"DELETE /api/v1/sessions/current"}  # ends the caller's session: called with one of its own


def fuzz_operations(clinic: Clinic, role: str, examples: int, tally: Tally, seed: int = SEED,
                    only: str = "") -> None:
    """Every operation (whose label contains `only`), `examples` generated requests each, as `role`."""
    for result in clinic.schema.get_all_operations():
        operation = result.ok()
        if only not in operation.label:
            continue

        @hypothesis.seed(seed)
        @_settings(examples)
        @given(case=operation.as_strategy(), real_ids=st.integers(0, 9))
        def run(case, real_ids: int) -> None:
            if real_ids < 8:  # mostly records that exist (to reach past 404), sometimes generated ids
                clinic.with_real_ids(case)
            headers = clinic.fresh_headers(role) if case.operation.label in SELF_ENDING else clinic.headers[role]
            tally.record(role, case, case.call(headers=headers))

        run()


def fuzz_links(clinic: Clinic, role: str, examples: int, steps: int, tally: Tally, seed: int = SEED) -> None:
    """The stateful pass: sequences of calls along the document's links (ids flow from answers)."""
    base = clinic.schema.as_state_machine()

    class Machine(base):  # type: ignore[misc, valid-type]
        def step(self, input):
            if input.transition is not None and input.is_applied:
                tally.linked[role] += 1
            return super().step(input)

        def get_call_kwargs(self, case):
            headers = clinic.fresh_headers(role) if case.operation.label in SELF_ENDING else clinic.headers[role]
            return {"headers": headers}

        def validate_response(self, response, case, **kwargs):
            tally.record(f"{role} stateful", case, response)

    try:
        Machine.run(settings=settings(max_examples=examples, stateful_step_count=steps, deadline=None, database=None,
                                      derandomize=True,
                                      phases=[Phase.generate], suppress_health_check=list(HealthCheck)))
    except FlakyStrategyDefinition:
        # The machine's bundles follow the box's state, which each sequence changes: hypothesis (6.170 on) may stop
        # generating when a sequence it meets again draws differently. Every answer given until then was checked
        # (validate_response); the stop is counted, and a role whose sequences followed no link still fails the run.
        tally.stateful_stopped[role] += 1


def run_all(examples: int, stateful_examples: int, steps: int, seed: int = SEED, only: str = "") -> dict[str, Any]:
    tally = Tally()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="clinic-fuzz-") as root:
        for role in ROLES:  # a fresh clinic per role: what one role changed does not blind the other
            clinic = Clinic(Path(root) / role)
            try:
                fuzz_operations(clinic, role, examples, tally, seed, only)
                if stateful_examples:
                    fuzz_links(clinic, role, stateful_examples, steps, tally, seed)
            finally:
                clinic.close()
    out = tally.summary()
    out["seconds"] = round(time.monotonic() - started, 1)
    out["examples_per_operation"] = examples
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=100, help="generated requests per operation and role")
    parser.add_argument("--stateful-examples", type=int, default=50, help="link-following sequences per role")
    parser.add_argument("--steps", type=int, default=10, help="calls per sequence at most")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--only", default="", help="only operations whose label (e.g. 'POST /oauth') contains this")
    args = parser.parse_args(argv)
    out = run_all(args.examples, args.stateful_examples, args.steps, args.seed, args.only)
    print(json.dumps(out, indent=1))
    return 0 if not any(out["failures"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
