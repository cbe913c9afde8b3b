"""`clinic bench sync --link 3g --replacement`: a burnt box replaced over an emulated link (issue 19).

The hub (PostgreSQL, HTTPS, in a network namespace behind sync/linkemu.py, as in sync/bench_link.py)
holds a clinic's history made through the box's own services (sync/bench_day.build_day on a scratch
box: registrations, a year of visits, an audit record per write) and other clinics' generated years
(the hub's demo seed). A fresh box enrolled for the clinic rebuilds it with ONE `clinic sync now`:
minutes, bytes on the wire, events received, exchanges, the progress lines it showed, and every event
of its clinic checked by id against the hub's. Root only. Generated histories are cached under
/var/tmp, keyed by their size and the generator's source.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Iterator

from .bench_link import HUB_PORT, PG_SOCKET_DIR, Processes, _run, clinic_command, serve_hub

CACHE = Path("/var/tmp/clinic-bench-replacement")
CLINIC, OLD_BOX, NEW_BOX = "CLA", "bench-burnt", "bench-replacement"
OTHER_CLINICS, OTHER_PER_DAY = 2, 24     # two more clinics on the hub, about as busy as this one
LOAD_BATCH = 2000
PROGRESS_LINES = 12                      # of the bar's updates, shown evenly spaced (the last always)


@dataclass
class ReplacementRun:
    patients: int
    days: int
    clinic_events: int          # the hub's events of this clinic (what the burnt box had pushed)
    reference_events: int       # other clinics' reference data every clinic pulls (departments)
    other_events: int           # other clinics' events the replacement must not receive
    received: int               # events the replacement holds from the hub
    seconds: float
    wire_bytes: int
    exchanges: str
    exit_code: int
    progress: list[str] = field(default_factory=list)
    link_line: str = ""
    missing: int = 0            # of the clinic's events, not on the replacement
    foreign: int = 0            # other clinics' (non-reference) events on the replacement
    generate_s: float = 0.0
    load_s: float = 0.0

    @property
    def complete(self) -> bool:
        return (self.exit_code == 0 and not self.missing and not self.foreign
                and self.received == self.clinic_events + self.reference_events)


# -- the histories ---------------------------------------------------------------------------------
def _generator_version() -> str:
    """A digest of the code that makes a clinic's history and shapes its events (the seed, ids, the
    outbox, the audit trail): a change there makes a new cache entry."""
    from appliance import common
    from appliance.audit import services as audit
    from appliance.demo import data, seed
    from appliance.events import outbox, unit

    from . import bench_day

    digest = hashlib.sha256()
    for module in (seed, data, bench_day, common, audit, outbox, unit):
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()[:12]


def clinic_history(patients: int, days: int, say: Callable[[str], None], cache: Path = CACHE) -> Path:
    """The burnt box's own events (demo seed through the box's services, an audit record per write),
    as zstd-compressed JSON lines, made once per size and generator version."""
    import zstandard

    from .bench_day import build_day

    path = cache / f"{CLINIC}-p{patients}-d{days}-{_generator_version()}.jsonl.zst"
    if path.exists():
        say(f"the clinic's history: {path} (cached)")
        return path
    cache.mkdir(parents=True, exist_ok=True)
    say(f"making the clinic's history through the box's services: {patients:,} patients, {days} days "
        f"(once; cached as {path}) …")
    scratch = Path(tempfile.mkdtemp(prefix="clinic-bench-history-", dir=cache))
    try:
        events = build_day(scratch, patients=patients, days=days, reads_per_write=0, device_id=OLD_BOX)
        partial = path.with_suffix(".part")
        with zstandard.open(partial, "wt", cctx=zstandard.ZstdCompressor(level=3)) as out:
            for ev in events:
                out.write(json.dumps(ev, separators=(",", ":")) + "\n")
        os.replace(partial, path)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return path


def read_history(path: Path) -> Iterator[list[dict]]:
    import zstandard

    batch: list[dict] = []
    with zstandard.open(path, "rt") as lines:
        for line in lines:
            batch.append(json.loads(line))
            if len(batch) == LOAD_BATCH:
                yield batch
                batch = []
    if batch:
        yield batch


def fill_hub(store, history: Path, days: int, others: int = OTHER_CLINICS) -> str:
    """The burnt box's events and `others` clinics' generated years into the hub's log (bulk),
    interleaved as a hub of several clinics receives them, the burnt box revoked; returns an
    enrolment token for the replacement."""
    import zstandard
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from .hub import services
    from .hub.analytics.seed import generate
    from .protocol import public_key_bytes

    def load(device, events: list[dict]) -> None:
        """As a push stores them: the events, the box's ack (without it every batch re-read the
        origin's whole log for the ack: 432 s for this year), each registered patient in its scope."""
        ack = store.load_events(device, events)
        store.record_contact(device.device_id, services._iso(), acked_seq=ack, waiting=0)
        store.add_scopes([(ev["entity_id"], device.clinic_id) for ev in events
                          if ev["entity"] == "patient" and ev["op"] == "registered"])

    def enrol(clinic_id: str, device_id: str):
        key = public_key_bytes(Ed25519PrivateKey.generate())
        return services.enrol_device(store, services.issue_token(store, clinic_id), device_id, key)

    burnt = enrol(CLINIC, OLD_BOX)
    end = datetime.now(timezone.utc).date()
    other = []
    for n in range(others):
        clinic_id, device_id = f"CL{chr(ord('B') + n)}", f"bench-other-{n + 1}"
        year = [ev for box in generate(clinic_id, device_id, 19 + n, end - timedelta(days=days), days, OTHER_PER_DAY)
                for ev in box.events]
        other.append((enrol(clinic_id, device_id), year, [0]))
    with zstandard.open(history, "rt") as lines:
        total = sum(1 for _ in lines)
    loaded = 0
    for batch in read_history(history):
        load(burnt, batch)
        loaded += len(batch)
        for device, year, done in other:      # the other clinics' events up to the same share of their year
            upto = len(year) * loaded // total
            for start in range(done[0], upto, LOAD_BATCH):
                load(device, year[start:min(upto, start + LOAD_BATCH)])
            done[0] = max(done[0], upto)
    store.revoke(OLD_BOX, services._iso())         # the box burnt: the hub refuses it from now on
    return services.issue_token(store, CLINIC)


# -- the check -------------------------------------------------------------------------------------
@dataclass
class Holdings:
    clinic: set[str]
    reference: set[str]
    other: set[str]


def hub_holdings(store) -> Holdings:
    """The ids of the hub's events: this clinic's, other clinics' reference data, and the rest."""
    from sqlalchemy import select

    from .hub.store.protocol import REFERENCE_ENTITIES
    from .hub.tables import hub_events

    out = Holdings(set(), set(), set())
    with store.engine.connect() as conn:
        for ev_id, clinic_id, entity in conn.execute(select(hub_events.c.id, hub_events.c.clinic_id,
                                                            hub_events.c.entity)):
            (out.clinic if clinic_id == CLINIC else out.reference if entity in REFERENCE_ENTITIES
             else out.other).add(ev_id)
    return out


def box_event_ids(config: Path) -> set[str]:
    """The ids of the events a box holds from other origins (what it received)."""
    from sqlalchemy import select

    from appliance.box import open_box
    from appliance.events.tables import events
    from appliance.settings import load_settings

    box = open_box(load_settings(config))
    try:
        with box.read() as conn:
            return {r[0] for r in conn.execute(select(events.c.id).where(events.c.origin != NEW_BOX))}
    finally:
        box.close()


def progress_lines(stderr: str, keep: int = PROGRESS_LINES) -> list[str]:
    """The bar's renderings (tqdm redraws with a carriage return), `keep` of them evenly spaced."""
    lines = [ln.strip() for ln in re.split(r"[\r\n]+", stderr) if "received" in ln and "|" in ln]
    if len(lines) <= keep:
        return lines
    step = (len(lines) - 1) / (keep - 1)
    return [lines[round(i * step)] for i in range(keep)]


# -- one run ---------------------------------------------------------------------------------------
def run_replacement(patients: int, days: int, profile: dict, pg_admin_url: str, say: Callable[[str], None],
                    others: int = OTHER_CLINICS) -> ReplacementRun:
    from sqlalchemy.engine import make_url

    from .hub.store import open_hub_store
    from .hub.store.scratch import throwaway_database
    from .linkemu import BadLink, unavailable_reason

    reason = unavailable_reason()
    if reason:
        raise RuntimeError(f"the link emulator cannot run here: {reason}")
    started = time.monotonic()
    history = clinic_history(patients, days, say)
    generated = time.monotonic() - started
    work = Path(tempfile.mkdtemp(prefix="clinic-bench-replacement-"))
    with throwaway_database(pg_admin_url, "clinic_bench_repl") as url:
        store = None
        procs = Processes()
        link = None
        try:
            say(f"filling the hub (PostgreSQL) with the clinic's history and {others} other clinics' …")
            started = time.monotonic()
            store = open_hub_store(url, create=True)
            token = fill_hub(store, history, days, others)
            held = hub_holdings(store)
            loaded = time.monotonic() - started
            say(f"hub: {len(held.clinic):,} events of {CLINIC}, {len(held.other):,} of other clinics, "
                f"{len(held.reference):,} reference ({loaded:.0f} s)")
            config = work / "box.toml"
            _run(clinic_command("init", "--data-dir", str(work / "data"), "--device-id", NEW_BOX,
                                "--clinic-id", CLINIC, "--admin-password", "bench-admin-pass-1", config=config))
            link = BadLink(procs, work, **profile)
            hub_db = f"postgresql+psycopg://postgres@/{make_url(url).database}?host={PG_SOCKET_DIR}"
            ca = serve_hub(procs, link, work, hub_db)
            _run(clinic_command("sync", "enrol", "--hub", f"https://{link.hub_ip}:{HUB_PORT}", "--token", token,
                                "--hub-ca", str(ca), config=config, netns=link.box_ns))
            say("the replacement box: ONE `clinic sync now` over the link …")
            before = link.wire_bytes()
            started = time.monotonic()
            res = subprocess.run(clinic_command("sync", "now", config=config, netns=link.box_ns),
                                 capture_output=True, text=True, timeout=4 * 3600)
            seconds = time.monotonic() - started
            wire = link.wire_bytes() - before
            line = next((ln for ln in res.stdout.splitlines() if ln.startswith("link:")), "")
            exchanges = re.search(r"(\d+) exchanges, (\d+) failed", line)
            got = box_event_ids(config)
            return ReplacementRun(
                patients=patients, days=days, clinic_events=len(held.clinic), reference_events=len(held.reference),
                other_events=len(held.other), received=len(got), seconds=seconds, wire_bytes=wire,
                exchanges=f"{exchanges.group(1)} ({exchanges.group(2)} failed)" if exchanges else "?",
                exit_code=res.returncode, progress=progress_lines(res.stderr),
                link_line=line or res.stderr.strip()[-300:], missing=len(held.clinic - got),
                foreign=len(got & held.other), generate_s=generated, load_s=loaded)
        finally:
            procs.stop_all()
            if link is not None:
                link.close()
            if store is not None:
                store.engine.dispose()
            shutil.rmtree(work, ignore_errors=True)


def format_run(r: ReplacementRun) -> str:
    verdict = ("every event of the clinic, none of another's" if r.complete else
               f"INCOMPLETE: {r.missing:,} of the clinic's events missing, {r.foreign:,} of other clinics' held, "
               f"exit {r.exit_code}")
    return "\n".join([
        f"replacement box for {CLINIC}: {r.patients:,} patients, {r.days} days of visits; the hub held "
        f"{r.clinic_events:,} events of {CLINIC}, {r.other_events:,} of {OTHER_CLINICS} other clinics and "
        f"{r.reference_events:,} of their reference data",
        f"  {r.seconds / 60:.1f} minutes ({r.seconds:.0f} s) for ONE `clinic sync now`; {r.wire_bytes / 1e6:,.1f} MB "
        f"on the wire ({r.wire_bytes / max(1, r.received):.0f} B/event); {r.received:,} events received; "
        f"{r.exchanges} exchanges; exit {r.exit_code}",
        f"  check against the hub: {verdict}",
        f"  (history generated or read in {r.generate_s:.0f} s; hub filled in {r.load_s:.0f} s)",
        "  progress it showed:", *(f"    {ln}" for ln in r.progress), f"  {r.link_line}"])
