"""Group commit (appliance/store/group.py): writers queued together share one transaction, and each still
gets all-or-nothing, durability before its block ends, and its own errors."""
from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from appliance.store import Store
from appliance.store.group import GroupAborted
from appliance.store.keys import generate_key


@pytest.fixture
def store(tmp_path: Path):
    s = Store(tmp_path / "g.db", generate_key())
    s.create()
    s.open()
    with s.write() as conn:
        conn.execute(text("CREATE TABLE parent (id INTEGER PRIMARY KEY)"))
        conn.execute(text("CREATE TABLE item (name TEXT PRIMARY KEY, parent INTEGER "
                          "REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)"))
        conn.execute(text("INSERT INTO parent VALUES (1)"))
    yield s
    s.dispose()


def count_transactions(store: Store) -> list[int]:
    opened = [0]
    inner = store._groups._open

    def counting():
        opened[0] += 1
        return inner()

    store._groups._open = counting
    return opened


def names(store: Store) -> set[str]:
    fresh = Store(store.db_path, store._key)  # another pool: sees only what is committed
    try:
        with fresh.read() as conn:
            return {r[0] for r in conn.execute(text("SELECT name FROM item"))}
    finally:
        fresh.dispose()


def run_group(store: Store, bodies: dict[str, callable]) -> dict[str, BaseException | None]:
    """The leader holds its transaction open until every other writer has queued, then runs its
    body, so they join its group."""
    outcome: dict[str, BaseException | None] = {}
    others = [n for n in bodies if n != "leader"]
    leading = threading.Event()

    def write(name: str) -> None:
        try:
            with store.write() as conn:
                if name == "leader":
                    leading.set()
                    deadline = time.monotonic() + 10
                    while len(store._groups._queue) < len(others) and time.monotonic() < deadline:
                        time.sleep(0.001)
                bodies[name](conn)
            outcome[name] = None
        except BaseException as err:  # noqa: BLE001 - the outcome is what the test checks
            outcome[name] = err

    leader = threading.Thread(target=write, args=("leader",))
    leader.start()
    assert leading.wait(10)
    threads = [threading.Thread(target=write, args=(n,)) for n in others]
    for t in threads:
        t.start()
        time.sleep(0.005)  # queue in a known order
    for t in [leader, *threads]:
        t.join(30)
    return outcome


def insert(name: str, parent: int = 1):
    return lambda conn: conn.execute(text("INSERT INTO item VALUES (:n, :p)"), {"n": name, "p": parent})


def test_queued_writers_share_one_transaction_and_all_are_stored(store):
    opened = count_transactions(store)
    outcome = run_group(store, {"leader": insert("a"), **{f"m{i}": insert(f"m{i}") for i in range(5)}})
    assert outcome == {"leader": None, **{f"m{i}": None for i in range(5)}}
    assert opened == [1]
    assert names(store) == {"a", "m0", "m1", "m2", "m3", "m4"}


def test_a_failing_member_is_rolled_back_alone_and_gets_its_own_error(store):
    def half_then_fail(conn):
        conn.execute(text("INSERT INTO item VALUES ('half', 1)"))
        conn.execute(text("INSERT INTO item VALUES ('a', 1)"))  # duplicate of the leader's row

    outcome = run_group(store, {"leader": insert("a"), "bad": half_then_fail, "good": insert("g")})
    assert "UNIQUE constraint failed" in str(outcome["bad"])
    assert outcome["leader"] is None and outcome["good"] is None
    assert names(store) == {"a", "g"}  # nothing of the failed member, not even its first row


def test_a_member_sees_the_writes_queued_before_it(store):
    seen = {}
    outcome = run_group(store, {
        "leader": insert("a"),
        "reader": lambda conn: seen.update(n=conn.execute(text("SELECT count(*) FROM item")).scalar()),
    })
    assert outcome == {"leader": None, "reader": None} and seen["n"] == 1


def test_a_failed_commit_reaches_every_member_and_stores_nothing(store):
    # a deferred foreign key is checked at COMMIT: one member's orphan row makes the whole COMMIT fail
    outcome = run_group(store, {"leader": insert("a"), "orphan": insert("o", parent=99), "good": insert("g")})
    assert all(err is not None for err in outcome.values())
    assert isinstance(outcome["good"], GroupAborted) and "FOREIGN KEY" in str(outcome["good"])
    assert names(store) == set()
    with store.write() as conn:  # the store goes on working
        insert("after")(conn)
    assert names(store) == {"after"}


def test_a_block_ends_only_after_its_changes_are_committed(store):
    visible_at_exit = {}

    def member(conn):
        insert("m")(conn)

    def write_and_look():
        with store.write() as conn:
            member(conn)
        visible_at_exit["m"] = "m" in names(store)

    leader_in = threading.Event()
    release = threading.Event()

    def leader():
        with store.write() as conn:
            insert("a")(conn)
            leader_in.set()
            release.wait(10)

    t1 = threading.Thread(target=leader)
    t1.start()
    leader_in.wait(10)
    t2 = threading.Thread(target=write_and_look)
    t2.start()
    deadline = time.monotonic() + 10
    while not store._groups._queue and time.monotonic() < deadline:
        time.sleep(0.001)
    release.set()
    t1.join(10)
    t2.join(10)
    assert visible_at_exit == {"m": True}


def test_a_leaders_error_rolls_back_only_its_own_writes_and_the_queue_goes_on(store):
    def fail(conn):
        insert("x")(conn)
        raise ValueError("leader failed")

    outcome = run_group(store, {"leader": fail, "m": insert("m")})
    assert str(outcome["leader"]) == "leader failed" and outcome["m"] is None
    assert names(store) == {"m"}


def test_a_nested_write_in_one_thread_is_refused(store):
    with store.write():
        with pytest.raises(RuntimeError, match="already open"):
            with store.write():
                pass
    with store.write() as conn:
        insert("ok")(conn)
    assert names(store) == {"ok"}


def test_many_concurrent_writers_each_stored_once(store):
    opened = count_transactions(store)
    errors = []

    def writer(n: int) -> None:
        for i in range(20):
            try:
                with store.write() as conn:
                    insert(f"{n}-{i}")(conn)
            except Exception as err:  # noqa: BLE001
                errors.append(err)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert names(store) == {f"{n}-{i}" for n in range(8) for i in range(20)}
    assert opened[0] < 160  # some writers shared a transaction
