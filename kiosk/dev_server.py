"""Serve the box exactly as `clinic serve` does (gunicorn, HTTPS, box CA), with the kiosk's screen
lock given in seconds rather than the settings' minutes.

`python -m kiosk.dev_server --config PATH [--lock-seconds N]` — for the kiosk's end-to-end tests
(the idle-lock test cannot wait minutes) and for working on the kiosk.
"""
from __future__ import annotations

import argparse

from appliance.box import open_box
from appliance.logs import configure_logging
from appliance.server import ClinicServer
from appliance.settings import load_settings
from appliance.store.rekey import box_lock
from provisioning.tls import ensure_tls

from .const import DEFAULT_LOCK_SECONDS, LOCK_SECONDS_CONFIG


class KioskServer(ClinicServer):
    """The box server whose app also serves the kiosk UI."""

    def __init__(self, settings, *, lock_seconds: int = DEFAULT_LOCK_SECONDS, **kwargs) -> None:
        self.lock_seconds = lock_seconds
        super().__init__(settings, **kwargs)

    def load(self):
        app = super().load()
        app.config[LOCK_SECONDS_CONFIG] = self.lock_seconds  # tests lock in seconds, settings in minutes
        return app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m kiosk.dev_server", description=__doc__.splitlines()[0])
    parser.add_argument("--config", required=True, help="the box's appliance.toml")
    parser.add_argument("--lock-seconds", type=int, default=DEFAULT_LOCK_SECONDS,
                        help="lock the kiosk screen after this many idle seconds")
    args = parser.parse_args(argv)
    settings = load_settings(args.config)
    configure_logging(settings.logging.file, settings.logging.level)
    with box_lock(settings.box.data_dir, exclusive=False):
        open_box(settings).close()
        ensure_tls(settings.box.data_dir, settings.box.device_id, settings.server.tls_names)
        print(f"kiosk on https://{settings.server.host}:{settings.server.port}/kiosk/ "
              f"(CA: {settings.box.data_dir}/tls/ca.crt)", flush=True)
        KioskServer(settings, lock_seconds=args.lock_seconds).run()


if __name__ == "__main__":
    main()
