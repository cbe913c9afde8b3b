"""The room endpoint's parts without a call: the video policy, the recording's encryption, the consult
records (events, replica, purge)."""
from __future__ import annotations

import json
import os
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from media.room.crypto import EncryptedWriter, RecordingCorrupt, decrypt_recording
from media.room.quality import Quality, VideoPolicy


def test_video_stops_under_the_floor_and_comes_back_with_backoff():
    p = VideoPolicy(floor_kbps=120, restore_s=8)
    good, low = Quality(estimate_kbps=400, loss=0.0), Quality(estimate_kbps=60, loss=0.0)
    assert p.step(good, now=0) is None
    assert p.step(low, now=1) is None            # one bad sample is not enough
    assert p.step(good, now=2) is None           # ... and a good one resets it
    assert p.step(low, now=3) is None
    assert p.step(low, now=5) == "degrade" and not p.video_on
    assert p.step(Quality(loss=0.2), now=6) is None
    assert p.step(Quality(loss=0.01), now=7) is None
    assert p.step(Quality(loss=0.01), now=14) is None    # 7 s of good link: not yet 8
    assert p.step(Quality(loss=0.01), now=15) == "restore" and p.video_on
    assert p.step(Quality(loss=0.15), now=16) is None
    assert p.step(Quality(loss=0.15), now=18) == "degrade"
    assert p.step(Quality(loss=0.0), now=19) is None
    assert p.step(Quality(loss=0.0), now=30) is None     # the second stop waits twice as long
    assert p.step(Quality(loss=0.0), now=35) == "restore"


def test_audio_first_video_starts_only_on_a_good_link():
    p = VideoPolicy(floor_kbps=120, restore_s=8, start_on=False)
    assert not p.video_on
    lossy = Quality(loss=0.05, rtt_ms=500, rtcp_age_s=0.5)       # a 2G link: video never starts
    assert all(p.step(lossy, now=t) is None for t in range(0, 30))
    silent = Quality(rtcp_age_s=6.0)                              # no receiver report at all
    assert all(p.step(silent, now=t) is None for t in range(30, 40))
    good = Quality(loss=0.0, rtt_ms=200, rtcp_age_s=0.5)
    assert p.step(good, now=40) is None and p.step(good, now=43) is None
    assert p.step(good, now=44) == "start" and p.video_on and p.stops == 0
    assert p.step(Quality(rtcp_age_s=5.0), now=45) is None
    assert p.step(Quality(rtcp_age_s=7.0), now=47) == "degrade"   # reports stopped coming: a full queue


def test_recording_is_sealed_and_refuses_tampering(tmp_path):
    key = os.urandom(32)
    path = tmp_path / "r.rec"
    w = EncryptedWriter(path, key, "rec-1")
    payload = os.urandom(200_000)
    w.write(payload[:1000])
    w.write(payload[1000:])
    w.close()
    raw = path.read_bytes()
    assert payload[:4096] not in raw and oct(path.stat().st_mode & 0o777) == "0o600"
    assert decrypt_recording(path, key) == payload
    with pytest.raises(RecordingCorrupt):
        decrypt_recording(path, os.urandom(32))                       # another box's key
    flipped = bytearray(raw)
    flipped[len(raw) // 2] ^= 1
    path.write_bytes(bytes(flipped))
    with pytest.raises(RecordingCorrupt):
        decrypt_recording(path, key)
    # cut after a whole chunk: the missing last chunk is noticed
    first_chunk_end = raw.index(b"rec-1") + 5 + 7 + 4 + 64 * 1024 + 16
    path.write_bytes(raw[:first_chunk_end])
    with pytest.raises(RecordingCorrupt):
        decrypt_recording(path, key)


@pytest.fixture
def encounter(init_box):
    from appliance.encounters.services import open_encounter
    from appliance.patients.schemas import PatientIn
    from appliance.patients.services import register_patient

    with init_box.write("test:setup") as uow:
        p = register_patient(uow, PatientIn(given_name="Ravi", family_name="Kumar", sex="male", age_years=50), "TST")
        pid = p.get("id") or p["patient"]["id"]
        return open_encounter(uow, pid)


def test_consult_life_events_replica_and_purge(init_box, encounter, tmp_path):
    from appliance.consults import services as s
    from appliance.consults.replica import apply_video_consult
    from appliance.consults.tables import consult_recordings, video_consults
    from appliance.events.tables import events
    from appliance.errors import Conflict, NotFound

    box = init_box
    with box.write("system:media") as uow:
        s.request_consult(uow, "c-1", encounter["id"], "drrao")
        s.request_consult(uow, "c-1", encounter["id"], "drrao")          # renegotiation: no new event
        with pytest.raises(Conflict):
            s.request_consult(uow, "c-1", encounter["id"], "drother")
        s.start_consult(uow, "c-1", 1.25)
        s.degrade_consult(uow, "c-1", {"rtt_ms": 900.0, "loss": 0.12})
        s.degrade_consult(uow, "c-1", {"rtt_ms": 900.0, "loss": 0.12})   # already off: nothing
        s.restore_consult(uow, "c-1", {"rtt_ms": 120.0, "loss": 0.0}, 12.5)
        (tmp_path / "rec.rec").write_bytes(b"sealed")
        s.attach_recording(uow, "c-1", "r-1", "rec.rec", 6, 30.0, retention_days=7)
        s.end_consult(uow, "c-1", duration_s=30.0, degraded_s=12.5, quality={"samples": 3})
    with pytest.raises(NotFound):
        with box.write("system:media") as uow:
            s.request_consult(uow, "c-2", "no-such-encounter", "drrao")
    with box.read() as conn:
        evs = [dict(r._mapping) for r in conn.execute(select(events).where(events.c.entity == "video_consult")
                                                      .order_by(events.c.seq))]
        row = s.get_consult(conn, "c-1")
    assert [e["op"] for e in evs] == ["requested", "started", "degraded", "restored", "recorded", "ended"]
    assert row["status"] == "ended" and row["degradations"] == 1 and row["degraded_s"] == 12.5
    assert row["setup_s"] == 1.25 and row["recording_id"] == "r-1" and row["video"] == "on"
    # the same events applied on another box give the same record
    shipped = [{**e, "fields": json.loads(e["fields"]) if isinstance(e["fields"], str) else e["fields"]}
               for e in evs]
    with box.store.write() as conn:
        conn.execute(video_consults.delete())
        apply_video_consult(conn, "c-1", shipped)
    with box.read() as conn:
        again = s.get_consult(conn, "c-1")
    assert {k: again[k] for k in ("status", "doctor_id", "setup_s", "degraded_s", "recording_id", "patient_id")} == \
           {k: row[k] for k in ("status", "doctor_id", "setup_s", "degraded_s", "recording_id", "patient_id")}
    # retention: nothing due now; in eight days the file goes and the row is marked
    with box.write("system:jobs") as uow:
        assert s.purge_recordings(uow, tmp_path) == 0
    with box.write("system:jobs") as uow:
        assert s.purge_recordings(uow, tmp_path, now=datetime.now(timezone.utc) + timedelta(days=8)) == 1
    assert not (tmp_path / "rec.rec").exists()
    with box.read() as conn:
        assert s.recordings_for_encounter(conn, encounter["id"]) == []
        assert conn.execute(select(consult_recordings.c.purged_at)).scalar() is not None


def test_consults_of_an_encounter_over_http(init_box, encounter, client, doctor, hw):
    from appliance.consults import services as s

    with init_box.write("system:media") as uow:
        s.request_consult(uow, "c-9", encounter["id"], "drrao")
        s.start_consult(uow, "c-9", 2.0)
        s.attach_recording(uow, "c-9", "r-9", "r-9.rec", 1234, 12.0, retention_days=30)
        s.end_consult(uow, "c-9", duration_s=12.0, degraded_s=0.0, quality={"samples": 2})
    r = client.get(f"/api/v1/encounters/{encounter['id']}/video-consults", headers=doctor)
    assert r.status_code == 200, r.json
    [c] = r.json["results"]
    assert c["id"] == "c-9" and c["status"] == "ended" and c["quality"] == {"samples": 2}
    assert [rec["id"] for rec in c["recordings"]] == ["r-9"] and "filename" not in c["recordings"][0]
    assert client.get("/api/v1/encounters/nope/video-consults", headers=doctor).status_code == 404
    assert client.get(f"/api/v1/encounters/{encounter['id']}/video-consults").status_code == 401


def test_a_room_with_its_video_off_does_not_queue_the_cameras_frames(tmp_path):
    """Audio first: the room's video is off until the link shows it can carry it, and off for a whole 2G
    consult. An aiortc player queues every frame it captures until it is read (an unbounded queue), so an
    unread camera grew clinic-media by ~1.7 MB/s (320×240 at 15 frames/s) until the box ran out of memory.
    The room reads its camera all call long; the queue stays short (a clip: aiortc reads 1 s ahead)."""
    import asyncio
    from types import SimpleNamespace

    from media.room.peer import make_clip
    from media.room.room import Room

    clip = make_clip(tmp_path / "clip", tone_hz=440, seconds=4.0)
    media = SimpleNamespace(source_file=str(clip), camera=None, microphone=None, camera_size="320x240",
                            video_floor_kbps=150, video_restore_s=10, quality_sample_s=2, speaker=None)

    async def run() -> tuple[int, int, bool]:
        class Reporter:   # the consult's events are not what this test is about
            async def ended(self, *args) -> None:
                return None

        room = Room(encounter_id="e", consult_id="c", doctor_id="d", patient_id="p",
                    settings=SimpleNamespace(media=media), reporter=Reporter(), caption_engine=None,
                    recorder_factory=None)
        player = room._players[0]
        await asyncio.sleep(3.0)
        queued = player.video._queue.qsize()
        audio_queued = player.audio._queue.qsize()
        off = not room.video_on.is_set()
        await room.end("test over")
        return queued, audio_queued, off

    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:   # its own thread: the session's Playwright may hold this thread's loop
        queued, audio_queued, off = pool.submit(lambda: asyncio.run(run())).result()
    assert off, "the room's video starts off (audio first)"
    # a file is decoded up to 1 s ahead (15 frames); unread, 3 s of it would be 60
    assert queued <= 25, f"{queued} camera frames queued after 3 s with the video off"
    assert audio_queued < 60, f"{audio_queued} audio frames queued"
