"""The clinic-media process: open the box's store, load the caption model once, serve the control
interface on 127.0.0.1 until SIGTERM (ending every room: recordings sealed, consults ended)."""
from __future__ import annotations

import asyncio
import logging
import signal

from sync.sdnotify import Heartbeat

from .const import VIDEO_MIN_BPS, VIDEO_START_BPS as START_BPS

log = logging.getLogger("clinic.media")


def tune_codecs(media_settings) -> None:
    """Audio first on a bad link: Opus at `opus_bitrate`; VP8 may go down to VIDEO_MIN_BPS (aiortc's own
    floor is 250 kbit/s, more than a 2G link) and no higher than `video_max_kbps`."""
    from aiortc.codecs import opus, vpx

    vpx.MIN_BITRATE = VIDEO_MIN_BPS
    vpx.MAX_BITRATE = media_settings.video_max_kbps * 1000
    vpx.DEFAULT_BITRATE = min(START_BPS, vpx.MAX_BITRATE)  # start low; the doctor's REMB raises it
    if not getattr(opus.OpusEncoder, "_clinic_tuned", False):
        original = opus.OpusEncoder.__init__

        def init(self, *args, **kwargs):
            original(self, *args, **kwargs)
            self.codec.bit_rate = opus.OpusEncoder._clinic_bitrate

        opus.OpusEncoder.__init__ = init
        opus.OpusEncoder._clinic_tuned = True
    opus.OpusEncoder._clinic_bitrate = media_settings.opus_bitrate


def load_caption_engine(settings):
    if not settings.media.captions:
        return None
    from models.speech import get_engine

    return get_engine(settings.media.caption_engine)


async def run(settings, *, ready=None, stop: asyncio.Event | None = None) -> None:
    from aiohttp import web

    from .control import MediaService
    from .reporter import BoxReporter
    from .store import MediaStore

    tune_codecs(settings.media)
    box = await asyncio.to_thread(MediaStore, settings)
    recording_key = box.recording_key
    engine = await asyncio.to_thread(load_caption_engine, settings)
    from .captions import release_memory

    release_memory()  # what loading the model freed
    service = MediaService(settings, BoxReporter(box), engine, recording_key)
    runner = web.AppRunner(service.app(), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", settings.media.control_port)
    await site.start()
    log.info("clinic-media listening on 127.0.0.1:%s", settings.media.control_port)
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    if ready is not None:
        ready()
    heart = Heartbeat()   # systemd (Type=notify): READY=1 once the control interface answers, then WATCHDOG=1
    heart.ready("clinic-media listening")
    try:
        while not stop.is_set():
            heart.beat()
            try:
                await asyncio.wait_for(stop.wait(), timeout=heart.period or 3600)
            except asyncio.TimeoutError:
                pass
    finally:
        await runner.cleanup()   # on_shutdown ends every room
        box.close()


def main(argv: list[str] | None = None) -> None:
    """`clinic-media --config PATH`."""
    import click

    @click.command("clinic-media")
    @click.option("--config", "config", required=True, type=click.Path(dir_okay=False),
                  help="The box's appliance.toml.")
    def cli(config: str) -> None:
        """The clinic room's WebRTC endpoint (control interface on 127.0.0.1:media.control_port)."""
        from pathlib import Path

        from appliance.settings import load_settings

        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
        asyncio.run(run(load_settings(Path(config))))

    cli.main(args=argv, prog_name="clinic-media")
