"""A free TCP port on loopback (benchmarks and tests); lives in the pure core, sync/ports.py."""
from sync.ports import free_port  # noqa: F401
