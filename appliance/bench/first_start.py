"""How long `clinic serve` takes from start to its first /api/v1/health 200, with the CPU time of every
process it ran (wall time on a shared machine says little alone):

    python -m appliance.bench.first_start --config /etc/clinic/appliance.toml
"""
from __future__ import annotations

import argparse
import os
import resource
import signal
import ssl
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from appliance.settings import load_settings


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", required=True, type=Path)
    ap.add_argument("--limit", type=float, default=400.0, help="seconds before giving up")
    args = ap.parse_args()
    settings = load_settings(args.config)
    url = f"https://127.0.0.1:{settings.server.port}/api/v1/health"
    ctx = ssl.create_default_context(cafile=str(settings.box.data_dir / "tls" / "ca.crt"))
    ctx.check_hostname = False
    clinic = Path(sys.executable).with_name("clinic")
    t0 = time.monotonic()
    proc = subprocess.Popen([str(clinic), "--config", str(args.config), "serve"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    took = None
    try:
        while time.monotonic() - t0 < args.limit and proc.poll() is None:
            try:
                with urllib.request.urlopen(url, context=ctx, timeout=3) as resp:
                    if resp.status == 200:
                        took = time.monotonic() - t0
                        break
            except OSError:
                time.sleep(0.2)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(30)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"first /health 200: {'%.1f s' % took if took is not None else 'never'}; CPU of the box's processes "
          f"(start, serve, stop): {usage.ru_utime + usage.ru_stime:.1f} s")


if __name__ == "__main__":
    main()
