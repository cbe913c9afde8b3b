"""The ids a box mints (sync.ids.counted_uuid7): valid UUIDv7, unique, counting up within a process,
and a forked child never continues its parent's counter."""
from __future__ import annotations

import os
import uuid

from sync import ids


def _parts(u: str) -> tuple[int, int, int]:
    value = uuid.UUID(u).int
    rand74 = ((value >> 64) & 0xFFF) << 62 | (value & ((1 << 62) - 1))
    return value >> 80, rand74 >> 32, rand74 & 0xFFFFFFFF        # milliseconds, node, counter


def test_counted_ids_are_uuid7_unique_and_count_up():
    minted = [ids.counted_uuid7(1_700_000_000_000 + i // 7) for i in range(5000)]
    assert len(set(minted)) == 5000
    assert all(uuid.UUID(u).version == 7 and uuid.UUID(u).variant == uuid.RFC_4122 for u in minted)
    parts = [_parts(u) for u in minted]
    assert len({node for _, node, _ in parts}) == 1
    assert all(b[2] == a[2] + 1 for a, b in zip(parts, parts[1:]))
    assert minted == sorted(minted)                  # time-ordered, and in mint order within a millisecond


def test_a_wrapping_counter_draws_a_new_node():
    ids.counted_uuid7(1)
    node = _parts(ids.counted_uuid7(1))[1]
    ids._counter[1] = (1 << 32) - 1
    last, after = ids.counted_uuid7(2), ids.counted_uuid7(2)
    assert _parts(last)[1:] == (node, (1 << 32) - 1) and _parts(after)[1] != node


def test_a_forked_child_does_not_continue_its_parents_counter():
    parent = [ids.counted_uuid7(5) for _ in range(3)]
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:                                     # the child: mint the id its parent mints next
        os.write(write, ids.counted_uuid7(5).encode())
        os._exit(0)
    os.close(write)
    child = os.read(read, 64).decode()
    os.waitpid(pid, 0)
    nxt = ids.counted_uuid7(5)
    assert child != nxt and _parts(child)[1] != _parts(parent[0])[1] and _parts(nxt)[1] == _parts(parent[0])[1]


def test_seeded_ids_replay_exactly():
    import random

    def run() -> list[str]:
        with ids.seeded(random.Random(7).getrandbits):
            return [ids.counted_uuid7(10), ids.uuid7(10), ids.counted_uuid7(11)]
    outside = ids.counted_uuid7(3)
    assert run() == run()
    assert _parts(ids.counted_uuid7(3))[1:] == (_parts(outside)[1], _parts(outside)[2] + 1)   # restored after
