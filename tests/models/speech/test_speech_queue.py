"""The transcription queue: priorities, progress, cancellation, a bounded size, failures."""

from __future__ import annotations

import threading

import pytest

from models.speech import (
    AudioDecodeError,
    JobCancelled,
    JobNotFound,
    JobStatus,
    Priority,
    QueueFull,
    TranscriptionQueue,
)


class FakeRunner:
    """Stands in for transcribe_file: records the order of jobs, reports progress, can be held."""

    def __init__(self) -> None:
        self.started: list[str] = []
        self.gate = threading.Event()
        self.gate.set()
        self.running = threading.Event()

    def __call__(self, source, *, engine, on_progress, **options):
        self.started.append(source)
        self.running.set()
        for step in range(1, 5):
            self.gate.wait(5)
            on_progress(step / 4)
        if source == "broken":
            raise AudioDecodeError(source, "not a supported audio format")
        return {"text": f"transcript of {source}", "engine": engine, **options}


@pytest.fixture
def runner():
    return FakeRunner()


@pytest.fixture
def held_queue(runner):
    """A one-worker queue whose worker is busy with a first job until `runner.gate` is set."""
    runner.gate.clear()
    queue = TranscriptionQueue(workers=1, maxsize=4, runner=runner)
    first = queue.submit("first")
    assert runner.running.wait(5)
    yield queue, first
    runner.gate.set()
    queue.shutdown(cancel_waiting=True)


def test_job_runs_to_done_with_progress(runner):
    with TranscriptionQueue(runner=runner) as queue:
        job = queue.submit("visit.ogg", engine="vosk", model_path="/models/x")
        result = job.wait(5)

    assert result == {"text": "transcript of visit.ogg", "engine": "vosk", "model_path": "/models/x"}
    assert job.status is JobStatus.DONE and job.progress == 1.0
    assert job.snapshot()["status"] == "done"


def test_live_captions_run_before_batch_jobs(held_queue, runner):
    queue, first = held_queue
    batch = [queue.submit(f"batch-{n}") for n in range(2)]
    live = queue.submit("live", priority=Priority.LIVE)

    runner.gate.set()
    for job in [first, *batch, live]:
        job.wait(5)

    assert runner.started == ["first", "live", "batch-0", "batch-1"]


def test_progress_follows_the_audio_position(held_queue, runner):
    queue, first = held_queue
    assert first.status is JobStatus.RUNNING
    assert first.progress < 1.0
    runner.gate.set()
    first.wait(5)
    assert first.progress == 1.0


def test_cancel_a_waiting_job(held_queue, runner):
    queue, _ = held_queue
    waiting = queue.submit("later")

    assert queue.cancel(waiting.id) is True
    assert waiting.status is JobStatus.CANCELLED and queue.waiting == 0
    with pytest.raises(JobCancelled):
        waiting.wait(1)
    runner.gate.set()
    assert "later" not in runner.started


def test_cancel_a_running_job_stops_it(held_queue, runner):
    queue, first = held_queue

    assert queue.cancel(first.id) is True
    runner.gate.set()

    with pytest.raises(JobCancelled):
        first.wait(5)
    assert first.status is JobStatus.CANCELLED and first.result is None
    assert queue.cancel(first.id) is False  # already finished


def test_full_queue_refuses_new_jobs(held_queue):
    queue, _ = held_queue
    for n in range(queue.maxsize):
        queue.submit(f"waiting-{n}")

    with pytest.raises(QueueFull) as caught:
        queue.submit("one too many")
    assert caught.value.maxsize == 4


def test_a_failed_job_keeps_its_error_and_the_worker_lives_on(runner):
    with TranscriptionQueue(runner=runner) as queue:
        broken = queue.submit("broken")
        with pytest.raises(AudioDecodeError):
            broken.wait(5)
        assert queue.submit("fine").wait(5)["text"] == "transcript of fine"

    assert broken.status is JobStatus.FAILED
    assert "not a supported audio format" in broken.snapshot()["error"]


def test_jobs_are_found_by_id(runner):
    with TranscriptionQueue(runner=runner) as queue:
        job = queue.submit("a.wav")
        assert queue.get(job.id) is job
        with pytest.raises(JobNotFound):
            queue.get("no-such-job")


def test_several_workers_run_jobs_in_parallel(runner):
    runner.gate.clear()
    with TranscriptionQueue(workers=2, runner=runner) as queue:
        jobs = [queue.submit(name) for name in ("a", "b")]
        for _ in range(50):
            if all(job.status is JobStatus.RUNNING for job in jobs):
                break
            threading.Event().wait(0.02)
        assert all(job.status is JobStatus.RUNNING for job in jobs)
        runner.gate.set()
        assert [job.wait(5)["text"] for job in jobs] == ["transcript of a", "transcript of b"]


def test_real_transcription_through_the_queue(whisper_engine, fever_wav):
    with TranscriptionQueue() as queue:
        job = queue.submit(fever_wav.read_bytes(), engine="whisper")
        result = job.wait(60)

    assert "fever" in result["text"].lower()
    assert job.progress == 1.0
