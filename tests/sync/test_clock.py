"""The hybrid logical clock never runs backwards, whatever the wall clock does."""
from hypothesis import given
from hypothesis import strategies as st

from sync.clock import HLCTimestamp, MAX_COUNTER, receive, tick

walls = st.integers(min_value=0, max_value=2**47)


@given(st.lists(st.tuples(st.booleans(), walls, walls, st.integers(0, MAX_COUNTER)), min_size=1, max_size=60))
def test_clock_is_monotonic_under_any_wall_clock(steps):
    last = None
    for is_receive, physical, remote_wall, remote_counter in steps:
        if is_receive:
            remote = HLCTimestamp(remote_wall, remote_counter)
            new = receive(last, remote, physical)
            assert new > remote
        else:
            new = tick(last, physical)
        if last is not None:
            assert new > last
            assert new.encode() > last.encode()
        last = new


def test_box_booting_in_1970_keeps_counting_from_its_last_time():
    before = tick(None, 1_790_000_000_000)
    after_reboot = tick(before, 0)
    assert after_reboot > before and after_reboot.wall_ms == before.wall_ms


def test_encoding_round_trips_and_sorts():
    a, b = HLCTimestamp(5, 65535), HLCTimestamp(6, 0)
    assert HLCTimestamp.decode(a.encode()) == a
    assert a.encode() < b.encode()
    assert tick(a, 0) == HLCTimestamp(6, 0)
