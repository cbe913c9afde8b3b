"""How long the drug table takes to load and a name to resolve (uncached), in process CPU and wall time:
`.venv/bin/python -m clinical.bench`."""
from __future__ import annotations

import time

NAMES = ("Amoxil 500 mg", "penicilin", "Xyloprofenzine", "Paracetmol 500 mg", "Taxim-O 200", "Combiflam")


def main(rounds: int = 300) -> None:
    cpu, wall = time.process_time(), time.perf_counter()
    from . import formulary
    formulary.table()
    formulary.resolve("warm")
    load_cpu, load_wall = time.process_time() - cpu, time.perf_counter() - wall
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(rounds):
        for name in NAMES:
            formulary.resolve.__wrapped__(name)
    n = rounds * len(NAMES)
    print(f"table load {load_cpu * 1e3:.1f} ms CPU ({load_wall * 1e3:.1f} ms wall); "
          f"resolve {(time.process_time() - cpu) / n * 1e6:.0f} µs CPU a name "
          f"({(time.perf_counter() - wall) / n * 1e6:.0f} µs wall), {n} names")


if __name__ == "__main__":
    main()
