"""The SMS outbox: messages are queued inside the caller's transaction and sent by one sender.

States (const.py): queued -> storing -> stored -> sent -> delivered; dead after the last attempt.
Every step is committed before the modem is asked to do the next one:

  storing  committed, then +CMGW writes the text into the modem's memory (index i);
  stored   committed with i, then +CMSS=i sends it (the modem marks it "STO SENT", returns TP-MR);
  sent     committed with TP-MR, then +CMGD=i clears the memory.

A crash anywhere leaves the modem itself holding the answer: `recover` reads the modem's memory
(+CMGL) and a stored row whose copy is "STO SENT" is marked sent, never sent again; copies no
stored row points at (written before a crash, or already sent and committed) are deleted.
"""
from __future__ import annotations

import random
import time
from typing import Any, Callable

from sqlalchemy import Connection, insert, select, update

from ..common import new_id, utc_now
from ..events.unit import UnitOfWork
from .const import DEAD, DELIVERED, MAX_ATTEMPTS, QUEUED, SENT, STORED, STORING
from .errors import ChannelError, ModemError, UnsendableText
from .breaker import CircuitBreaker
from .gsm import DeliveryReport, GsmModem
from .quiet import quiet_until
from .tables import sms_outbox

CHANNEL_MODEM = "modem"


def enqueue_sms(uow: UnitOfWork, *, number: str, body: str, kind: str, language: str = "en",
                patient_id: str | None = None, not_before: float = 0.0,
                ref_id: str | None = None) -> dict[str, Any]:
    """Queue one SMS in the caller's transaction (so it exists exactly when its cause does)."""
    row = {"id": new_id(), "patient_id": patient_id, "kind": kind, "number": number, "body": body,
           "language": language, "created_at": utc_now(), "status": QUEUED, "attempts": 0,
           "next_attempt_at": float(not_before), "ref_id": ref_id}
    uow.conn.execute(insert(sms_outbox), row)
    uow.emit("sms", row["id"], "queued", {"kind": kind, "patient_id": patient_id})
    return row


def backoff_seconds(attempts: int, rng: random.Random) -> float:
    """Exponential (60 s, 120 s, 240 s … at most six hours) with full ±25 % jitter, so that 500
    messages that failed together do not all come back in the same second."""
    return min(6 * 3600.0, 60.0 * 2 ** (attempts - 1)) * rng.uniform(0.75, 1.25)


class ModemSender:
    """The one process that talks to the modem for the outbox."""

    def __init__(self, store, modem: GsmModem, *, clock: Callable[[], float] = time.time,
                 rng: random.Random | None = None, max_attempts: int = MAX_ATTEMPTS,
                 breaker: CircuitBreaker | None = None, zone: str = "Asia/Kolkata") -> None:
        self.store, self.modem, self.clock, self.zone = store, modem, clock, zone
        self.breaker = breaker or CircuitBreaker(CHANNEL_MODEM, clock=clock)
        self.rng = rng or random.Random()
        self.max_attempts = max_attempts
        self.recovered = False

    def _set(self, conn: Connection, msg_id: str, **values: Any) -> None:
        conn.execute(update(sms_outbox).where(sms_outbox.c.id == msg_id).values(**values))

    def recover(self) -> dict[str, int]:
        """Reconcile the outbox with the modem's memory after a start or a lost answer."""
        counts = {"found_sent": 0, "requeued": 0, "orphans_deleted": 0}
        in_modem = self.modem.stored_indices()
        with self.store.write() as conn:
            rows = [dict(r._mapping) for r in conn.execute(select(sms_outbox).where(
                sms_outbox.c.status.in_((STORING, STORED))))]
            keep: set[int] = set()
            for row in rows:
                stat = in_modem.get(row["modem_index"]) if row["status"] == STORED else None
                if stat == "STO SENT":
                    self._set(conn, row["id"], status=SENT, sent_at=utc_now(), channel=CHANNEL_MODEM)
                    counts["found_sent"] += 1
                elif stat == "STO UNSENT":
                    keep.add(row["modem_index"])
                else:   # never written (storing) or not in the modem: nothing left for the network
                    self._set(conn, row["id"], status=QUEUED, modem_index=None)
                    counts["requeued"] += 1
        for index in sorted(set(in_modem) - keep):
            self.modem.delete(index)
            counts["orphans_deleted"] += 1
        self.recovered = True
        return counts

    def _failed(self, row: dict[str, Any], err: Exception, now: float, *, may_die: bool = True,
                **values: Any) -> str:
        attempts = row["attempts"] + 1
        dead = may_die and attempts >= self.max_attempts
        with self.store.write() as conn:
            self._set(conn, row["id"], attempts=attempts, last_error=str(err)[:300],
                      status=DEAD if dead else values.pop("status", row["status"]),
                      next_attempt_at=now + backoff_seconds(attempts, self.rng),
                      **({"modem_index": None} if dead else {}), **values)
        if dead and row.get("modem_index") is not None:
            try:   # refused every time, so the copy is unsent: clear the modem's memory of it
                self.modem.delete(row["modem_index"])
            except ChannelError:
                self.recovered = False
        return "dead" if dead else "retrying"

    def send_one(self, row: dict[str, Any]) -> str:
        """Take one due message as far as the modem will; returns what became of it."""
        now = self.clock()
        index = row["modem_index"]
        if row["status"] == QUEUED:
            with self.store.write() as conn:
                taken = conn.execute(update(sms_outbox).where(
                    sms_outbox.c.id == row["id"], sms_outbox.c.status == QUEUED).values(status=STORING))
                if taken.rowcount != 1:
                    return "skipped"
            try:
                index = self.modem.store(row["number"], row["body"])
            except UnsendableText as err:    # no retry can help: straight to the dead letters
                with self.store.write() as conn:
                    self._set(conn, row["id"], status=DEAD, attempts=row["attempts"] + 1, last_error=str(err)[:300])
                return "unsendable"
            except ChannelError as err:
                self.recovered = isinstance(err, ModemError)   # an orphan copy may be in the modem
                return self._failed(row, err, now, status=QUEUED)
            with self.store.write() as conn:
                self._set(conn, row["id"], status=STORED, modem_index=index)
        try:
            mr = self.modem.send_stored(index)
        except ModemError as err:      # refused: the copy is still "STO UNSENT"
            return self._failed({**row, "status": STORED, "modem_index": index}, err, now)
        except ChannelError as err:   # silence or unplugged: it may have gone; ask the modem later
            self.recovered = False     # never dead while unresolved: it may be the one that went
            return self._failed({**row, "status": STORED}, err, now, may_die=False)
        with self.store.write() as conn:
            self._set(conn, row["id"], status=SENT, mr=mr, sent_at=utc_now(), channel=CHANNEL_MODEM,
                      attempts=row["attempts"] + 1, modem_index=None, last_error=None)
        try:
            self.modem.delete(index)
        except ChannelError:
            self.recovered = False     # recover deletes the copy no stored row points at
        return "sent"

    def due(self, limit: int = 50) -> list[dict[str, Any]]:
        with self.store.read() as conn:
            return [dict(r._mapping) for r in conn.execute(select(sms_outbox).where(
                sms_outbox.c.status.in_((QUEUED, STORED)), sms_outbox.c.next_attempt_at <= self.clock()
            ).order_by(sms_outbox.c.next_attempt_at, sms_outbox.c.created_at).limit(limit))]

    def send_due(self, limit: int = 50) -> dict[str, int]:
        """Recover if needed, then try every due message once; stop at the first sign the modem
        is gone (the rest wait, unattempted)."""
        counts = {"sent": 0, "retrying": 0, "dead": 0, "skipped": 0}
        if quiet_until(self.clock(), self.zone) is not None or not self.breaker.allow():
            return counts
        try:
            if not self.recovered:
                self.recover()
        except ChannelError:
            self.breaker.failed()
            return counts
        for i, row in enumerate(self.due(limit)):
            if not self.recovered or (i > 0 and self.breaker.state != "closed"):
                break          # the modem went away, or the half-open probe failed
            outcome = self.send_one(row)
            counts["dead" if outcome == "unsendable" else outcome] += 1
            if outcome == "sent":
                self.breaker.succeeded()
            elif outcome in ("retrying", "dead"):
                self.breaker.failed()
        if self.recovered:
            try:
                self.apply_reports(self.modem.take_reports())
            except ChannelError:
                self.recovered = False
        return counts

    def apply_reports(self, reports: list[DeliveryReport]) -> int:
        """Match +CDS reports to sent messages by TP-MR and recipient (newest first: TP-MR wraps)."""
        done = 0
        with self.store.write() as conn:
            for rep in reports:
                if not rep.delivered:
                    continue
                target = conn.execute(select(sms_outbox.c.id).where(
                    sms_outbox.c.status == SENT, sms_outbox.c.number == rep.recipient,
                    (sms_outbox.c.mr == rep.mr) | sms_outbox.c.mr.is_(None)
                ).order_by(sms_outbox.c.mr.is_(None), sms_outbox.c.sent_at.desc()).limit(1)).scalar()
                if target:
                    self._set(conn, target, status=DELIVERED, delivered_at=utc_now())
                    done += 1
        return done


def requeue(uow: UnitOfWork, msg_id: str) -> bool:
    """The admin puts a dead message back in the queue."""
    res = uow.conn.execute(update(sms_outbox).where(sms_outbox.c.id == msg_id, sms_outbox.c.status == DEAD)
                           .values(status=QUEUED, attempts=0, next_attempt_at=0.0, modem_index=None))
    if res.rowcount:
        uow.emit("sms", msg_id, "requeued", {})
    return bool(res.rowcount)


def count_by_status(conn: Connection) -> dict[str, int]:
    from sqlalchemy import func
    return {s: n for s, n in conn.execute(select(sms_outbox.c.status, func.count()).group_by(sms_outbox.c.status))}


class ModemJob:
    """The scheduler's SMS job: keeps one modem and one sender, reopening the port when it went."""

    def __init__(self, store, port: str, *, max_attempts: int, zone: str,
                 clock: Callable[[], float] = time.time) -> None:
        self.store, self.port, self.max_attempts, self.zone, self.clock = store, port, max_attempts, zone, clock
        self.breaker = CircuitBreaker(CHANNEL_MODEM, clock=clock)
        self.sender: ModemSender | None = None

    def __call__(self) -> dict[str, int]:
        try:
            if self.sender is None:
                modem = GsmModem(self.port)
                modem.setup()
                self.sender = ModemSender(self.store, modem, max_attempts=self.max_attempts,
                                          breaker=self.breaker, zone=self.zone, clock=self.clock)
            counts = self.sender.send_due()
        except ChannelError:
            counts = {"sent": 0, "retrying": 0, "dead": 0, "skipped": 0}
            self.breaker.failed()
        if self.sender is not None and not self.sender.recovered:
            self.sender.modem.close()     # reopened next time: the USB modem may have come back
            self.sender = None
        return counts
