"""A seeded world (VOPR-style): boxes with wrong clocks write through the real services, a hub
relays, and the network drops, duplicates, reorders, partitions and restarts. One seed = one
exact replay (ids, clocks and faults all come from the seed)."""
from __future__ import annotations

import copy
import random
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from unittest import mock

import sync.clock
from appliance import common
from appliance.triage import services as triage_services
from models.triage.normalise import get_corrector
from models.triage.pipeline import get_nlp
from models.triage.services import triage_complaint
from appliance.billing.schemas import ChargeIn
from appliance.billing.services import add_charge
from appliance.encounters.schemas import DiagnosisIn, VitalsIn
from appliance.encounters.services import add_diagnosis, add_note, close_encounter, open_encounter, record_vitals
from appliance.encounters.tables import encounter_diagnoses, encounters
from appliance.errors import ClinicError
from appliance.inventory.schemas import ItemIn
from appliance.inventory.services import add_item, move_stock
from appliance.inventory.tables import inventory_items
from appliance.patients.schemas import AllergyIn, PatientIn, PatientPatch
from appliance.patients.services import add_allergy, register_patient, retire_allergy, update_patient
from appliance.patients.tables import patient_allergies, patients
from sqlalchemy import select
from sync.duplicates import merge_duplicates
from sync.ids import seeded
from sync.review import revise_record

from .world import Replica, template

NAMES = [("Amina", "Otieno"), ("Brian", "Mwangi"), ("Chloe", "Njeri"), ("David", "Kamau")]
PHONES = ["+254 712 345 678", "+254 722 000 111", "+254 733 999 888"]  # Kenyan mobiles, with their country code
SUBSTANCES = ["penicillin", "sulfa", "peanuts", "latex"]
DIAGNOSES = ["malaria", "typhoid fever", "pneumonia", "gastroenteritis"]
BASE_MS = 1_780_000_000_000
STREAM_WINDOW = 40        # steps a Nats-Msg-Id is remembered (JetStream's duplicate window)
REPUBLISH_EVERY = 10      # the re-publisher runs on a timer ...
REPUBLISH_GRACE = 2       # ... and takes outbox rows at least this old (a live worker clears its own first)


_TRIAGED: dict[str, dict] = {}


def remembered_triage(text: str, **context) -> dict:
    """The real triage, computed once per (complaint, context): the worlds ask the same few thousand times."""
    key = repr((text, sorted(context.items())))
    if key not in _TRIAGED:
        _TRIAGED[key] = triage_complaint(text, **context)
    return copy.deepcopy(_TRIAGED[key])


def warm_up() -> None:
    """Build the triage pipeline and its spelling corrector as a worker process starts, so the
    first world's vitals do not pay for it (~0.5 s)."""
    get_nlp()
    get_corrector()


class SimLog:
    """The hub's PostgreSQL in memory: the log, idempotent by (origin, seq), and the publish outbox."""

    def __init__(self) -> None:
        self.log: list[dict] = []
        self.seen: dict[str, dict[int, dict]] = {}
        self.outbox: dict[str, int] = {}             # msg id -> step it was committed at, until published


class SimStream:
    """JetStream in memory: a message with a Nats-Msg-Id seen within the window is dropped."""

    def __init__(self, window_steps: int) -> None:
        self.window = window_steps
        self.messages: list[tuple[str, dict]] = []
        self.recent: dict[str, int] = {}

    def publish(self, msg_id: str, event: dict, step: int) -> None:
        self.recent = {k: v for k, v in self.recent.items() if step - v < self.window}
        if msg_id in self.recent:
            return
        self.recent[msg_id] = step
        self.messages.append((msg_id, event))


def msg_id(ev: dict) -> str:
    return f"{ev['origin']}:{ev['seq']}"


class SimHub:
    """One stateless hub worker over the shared log: commit, then publish, then clear the outbox rows.
    It may die between any two of those (`crash` = after commit, after publish)."""

    def __init__(self, db: SimLog, stream: SimStream, name: str) -> None:
        self.db, self.stream, self.name = db, stream, name

    @property
    def log(self) -> list[dict]:
        return self.db.log

    @property
    def seen(self) -> dict[str, dict[int, dict]]:
        return self.db.seen

    def push(self, origin: str, batch: list[dict], step: int = 0, crash: str | None = None) -> int:
        mine = self.db.seen.setdefault(origin, {})
        fresh = []
        for ev in batch:
            assert ev["origin"] == origin, "a box may push only its own origin"
            if ev["seq"] not in mine:
                mine[ev["seq"]] = ev
                self.db.log.append(ev)
                self.db.outbox[msg_id(ev)] = step
                fresh.append(ev)
        ack = 0
        while ack + 1 in mine:
            ack += 1
        if crash == "after commit":
            raise ConnectionError(f"{self.name} died after commit")
        for ev in fresh:
            self.stream.publish(msg_id(ev), ev, step)
        if crash == "after publish":
            raise ConnectionError(f"{self.name} died after publish")
        for ev in fresh:
            self.db.outbox.pop(msg_id(ev), None)
        return ack

    def pull(self, origin: str, cursor: int, limit: int) -> tuple[list[dict], int]:
        part = self.db.log[cursor:cursor + limit]
        return [e for e in part if e["origin"] != origin], cursor + len(part)


def republish(db: SimLog, stream: SimStream, step: int, grace: int) -> int:
    """The re-publisher: outbox rows older than `grace` steps are published again (the stream de-duplicates)."""
    due = [k for k, at in db.outbox.items() if step - at >= grace]
    by_id = {msg_id(e): e for e in db.log} if due else {}
    for k in due:
        stream.publish(k, by_id[k], step)
        del db.outbox[k]
    return len(due)


@dataclass
class Box:
    replica: Replica
    clinic: str
    offset_ms: int
    acked: int = 0
    cursor: int = 0
    partitioned: int = 0
    stats: dict = field(default_factory=dict)


class World:
    def __init__(self, seed: int, root: Path, n_boxes: int = 3) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.db = SimLog()
        self.stream = SimStream(window_steps=STREAM_WINDOW)
        self.workers = [SimHub(self.db, self.stream, f"hub-{i}") for i in range(self.rng.randint(2, 3))]
        self.hub = self.workers[0]                  # any worker sees the same log
        self.step_no = 0
        self.crashes = self.republished = 0
        self.trace: list[str] = []
        tmpl = template(root)
        # Box 0 keeps good time; box 1 booted in 1970; box 2 runs a day ahead.
        offsets = [0, -BASE_MS + 5_000, 86_400_000] + [self.rng.randint(-60_000, 60_000) for _ in range(n_boxes)]
        self.boxes = [Box(Replica(f"box-{seed}-{i}", root / f"s{seed}-b{i}.db", tmpl), f"C{i}", offsets[i])
                      for i in range(n_boxes)]

    # -- time and randomness -------------------------------------------------------------------
    @contextmanager
    def as_box(self, box: Box):
        ms = max(0, BASE_MS + box.offset_ms + self.step_no * 1000 + self.rng.randint(0, 999))
        moment = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
        with ExitStack() as stack:
            stack.enter_context(mock.patch.object(sync.clock, "wall_ms", lambda: ms))
            stack.enter_context(mock.patch.object(common, "wall_ms", lambda: ms))
            stack.enter_context(common.as_of(moment))
            stack.enter_context(seeded(self.rng.getrandbits))
            stack.enter_context(mock.patch.object(triage_services, "triage_complaint", remembered_triage))
            yield

    def note(self, text: str) -> None:
        self.trace.append(f"{self.step_no}: {text}")

    # -- the run -------------------------------------------------------------------------------
    def run(self, steps: int) -> None:
        with self.as_box(self.boxes[0]), self.boxes[0].replica.write("setup") as uow:
            add_item(uow, ItemIn(sku="AMX-500", name="Amoxicillin 500", unit="tab", unit_price_minor=50,
                                 opening_stock=100))
        for self.step_no in range(1, steps + 1):
            if self.step_no % REPUBLISH_EVERY == 0:
                self.republish()
            box = self.rng.choice(self.boxes)
            roll = self.rng.random()
            if box.partitioned:
                box.partitioned -= 1
            if roll < 0.55:
                self.local_write(box)
            elif roll < 0.68:
                self.push(box)
            elif roll < 0.86:
                self.pull(box)
            elif roll < 0.90:
                self.gossip(box)
            elif roll < 0.94:
                self.restart(box)
            elif roll < 0.97:
                box.partitioned = self.rng.randint(2, 12)
                self.note(f"{box.clinic} partitioned for {box.partitioned}")
            else:
                with self.as_box(box), box.replica.write("sim") as uow:
                    self.note(f"{box.clinic} merges duplicates: {merge_duplicates(uow)}")
        self.heal()

    def heal(self) -> None:
        for box in self.boxes:
            box.partitioned = 0
        for _ in range(50):
            before = (len(self.hub.log), [b.cursor for b in self.boxes])
            for box in self.boxes:
                self.push(box, reliable=True)
            for box in self.boxes:
                while self.pull(box, reliable=True):
                    pass
            if before == (len(self.hub.log), [b.cursor for b in self.boxes]):
                self.step_no += REPUBLISH_GRACE
                self.republish()
                return
        raise AssertionError("the world did not quiesce")

    def republish(self) -> None:
        n = republish(self.db, self.stream, self.step_no, REPUBLISH_GRACE)
        self.republished += n
        if n:
            self.note(f"re-publisher published {n}")

    # -- network -------------------------------------------------------------------------------
    def push(self, box: Box, reliable: bool = False) -> None:
        if box.partitioned:
            return
        limit = 1000 if reliable else self.rng.randint(1, 8)
        batch = box.replica.own_events(box.acked, limit)
        if not batch or (not reliable and self.rng.random() < 0.15):
            return
        worker = self.rng.choice(self.workers)
        crash = None if reliable or self.rng.random() > 0.08 else self.rng.choice(["after commit", "after publish"])
        try:
            ack = worker.push(box.replica.origin, batch, self.step_no, crash)
        except ConnectionError as err:
            self.crashes += 1
            self.note(f"{box.clinic} pushed {len(batch)}: {err}")
            return
        if not reliable and self.rng.random() < 0.1:               # duplicated request, on another worker
            other = self.rng.choice([w for w in self.workers if w is not worker])
            ack = other.push(box.replica.origin, batch, self.step_no)
        if reliable or self.rng.random() > 0.15:                     # else the ack is lost on the way back
            box.acked = ack
        self.note(f"{box.clinic} pushed {len(batch)}, ack {ack}")

    def pull(self, box: Box, reliable: bool = False) -> bool:
        if box.partitioned:
            return False
        limit = 1000 if reliable else self.rng.randint(1, 10)
        batch, cursor = self.hub.pull(box.replica.origin, box.cursor, limit)
        if cursor == box.cursor:
            return False
        if not reliable and self.rng.random() < 0.15:
            self.note(f"{box.clinic} pull lost")
            return False
        self.rng.shuffle(batch)
        parts = [batch]
        if len(batch) > 1 and self.rng.random() < 0.3:
            cut = self.rng.randint(1, len(batch) - 1)
            parts = [batch[cut:], batch[:cut]]
        for part in parts:
            self.apply(box, part)
            if self.rng.random() < 0.1:
                self.apply(box, part)                                    # delivered twice
        box.cursor = cursor
        return True

    def gossip(self, box: Box) -> None:
        """Events delivered out of any order (a random subset of the hub's log)."""
        others = [e for e in self.hub.log if e["origin"] != box.replica.origin]
        if others:
            self.apply(box, self.rng.sample(others, self.rng.randint(1, min(6, len(others)))))

    def apply(self, box: Box, batch: list[dict]) -> None:
        report = box.replica.apply(batch)
        assert report.failed == 0, f"seed {self.seed}: apply failed on {box.clinic}: {report.errors}"

    def restart(self, box: Box) -> None:
        box.replica.restart()
        box.acked = 0                                   # it forgot the ack: re-pushes, the hub de-duplicates
        if self.rng.random() < 0.5:
            box.cursor = 0                              # and maybe its cursor: re-pulls everything
        self.note(f"{box.clinic} restarted")

    # -- clinic work through the real services ---------------------------------------------------
    def local_write(self, box: Box) -> None:
        kind = self.rng.choice(["register", "register", "update", "allergy", "retire_allergy", "open", "open",
                                "vitals", "note", "diagnosis", "diagnosis", "revise", "revise", "revise", "revise",
                                "close", "stock", "charge"])
        try:
            with self.as_box(box), box.replica.write(f"staff-{box.clinic}") as uow:
                getattr(self, f"_{kind}")(uow, box)
        except (ClinicError, LookupError):
            return
        self.note(f"{box.clinic} {kind}")

    def _pick(self, conn, query):
        ids = sorted(r[0] for r in conn.execute(query))
        if not ids:
            raise LookupError("nothing to act on")
        return self.rng.choice(ids)

    def _active_patient(self, conn):
        return self._pick(conn, select(patients.c.id).where(patients.c.retired_at.is_(None),
                                                             patients.c.merged_into.is_(None)))

    def _open_encounter(self, conn):
        return self._pick(conn, select(encounters.c.id).where(encounters.c.status == "open"))

    def _register(self, uow, box):
        given, family = self.rng.choice(NAMES)
        register_patient(uow, PatientIn(given_name=given, family_name=family, sex="female",
                                        phone=self.rng.choice(PHONES), age_years=self.rng.randint(20, 22)),
                         box.clinic)

    def _update(self, uow, box):
        update_patient(uow, self._active_patient(uow.conn), PatientPatch(
            village=self.rng.choice(["Kisumu", "Bondo", "Siaya"]), phone=self.rng.choice(PHONES)))

    def _allergy(self, uow, box):
        add_allergy(uow, self._active_patient(uow.conn), AllergyIn(substance=self.rng.choice(SUBSTANCES),
                                                                   severity="severe"))

    def _retire_allergy(self, uow, box):
        aid = self._pick(uow.conn, select(patient_allergies.c.id).where(patient_allergies.c.retired_at.is_(None)))
        pid = uow.conn.execute(select(patient_allergies.c.patient_id).where(patient_allergies.c.id == aid)).scalar()
        retire_allergy(uow, pid, aid, "entered in error")

    def _open(self, uow, box):
        open_encounter(uow, self._active_patient(uow.conn), complaint="fever")

    def _vitals(self, uow, box):
        record_vitals(uow, self._open_encounter(uow.conn), VitalsIn(pulse=float(self.rng.randint(60, 120))))

    def _note(self, uow, box):
        add_note(uow, self._pick(uow.conn, select(encounters.c.id)), f"note {self.rng.randint(0, 99)}")

    def _diagnosis(self, uow, box):
        add_diagnosis(uow, self._open_encounter(uow.conn), DiagnosisIn(text=self.rng.choice(DIAGNOSES)))

    def _revise(self, uow, box):
        did = self._pick(uow.conn, select(encounter_diagnoses.c.id))
        revise_record(uow, "diagnosis", did, {"text": self.rng.choice(DIAGNOSES)})

    def _close(self, uow, box):
        close_encounter(uow, self._open_encounter(uow.conn))

    def _stock(self, uow, box):
        item = self._pick(uow.conn, select(inventory_items.c.id))
        move_stock(uow, item, self.rng.choice([-3, -1, 5]), "adjusted", None)

    def _charge(self, uow, box):
        add_charge(uow, ChargeIn(patient_id=self._active_patient(uow.conn), description="consultation",
                                 unit_price_minor=self.rng.choice([100, 250])))

    def close(self) -> None:
        for box in self.boxes:
            box.replica.close()
