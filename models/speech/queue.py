"""A bounded in-process transcription queue: priorities, progress, cancellation, worker threads."""

from __future__ import annotations

import dataclasses
import enum
import heapq
import itertools
import logging
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from .errors import JobCancelled, JobNotFound, QueueFull
from .service import transcribe_file
from .settings import SpeechSettings

log = logging.getLogger(__name__)

Runner = Callable[..., dict]
"""Called as runner(source, engine=..., on_progress=..., **options) -> result dict."""


class Priority(enum.IntEnum):
    """Lower runs first: live captions must not wait behind an hour of batch audio."""

    LIVE = 0
    BATCH = 10


class JobStatus(enum.StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def finished(self) -> bool:
        return self in (JobStatus.DONE, JobStatus.FAILED, JobStatus.CANCELLED)


@dataclasses.dataclass(eq=False)
class TranscriptionJob:
    """One transcription request; its status, progress and result are read by the caller."""

    source: Any
    engine: str
    priority: Priority
    options: dict = dataclasses.field(default_factory=dict)
    id: str = dataclasses.field(default_factory=lambda: uuid.uuid4().hex)
    status: JobStatus = JobStatus.QUEUED
    progress: float = 0.0
    result: dict | None = None
    error: BaseException | None = None
    _done: threading.Event = dataclasses.field(default_factory=threading.Event, repr=False)
    _cancel: threading.Event = dataclasses.field(default_factory=threading.Event, repr=False)

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout: float | None = None) -> dict:
        """Block until finished; return the result or raise the job's error (JobCancelled if cancelled)."""
        if not self._done.wait(timeout):
            raise TimeoutError(f"transcription job {self.id} still {self.status} after {timeout} s")
        if self.status is JobStatus.CANCELLED:
            raise JobCancelled(self.id)
        if self.error is not None:
            raise self.error
        assert self.result is not None
        return self.result

    def snapshot(self) -> dict:
        """Plain data for the HTTP layer."""
        return {
            "id": self.id,
            "status": str(self.status),
            "progress": round(self.progress, 3),
            "priority": self.priority.name.lower(),
            "engine": self.engine,
            "error": str(self.error) if self.error else None,
        }

    def _report(self, fraction: float) -> None:
        if self._cancel.is_set():
            raise JobCancelled(self.id)  # unwinds the engine mid-file
        self.progress = max(self.progress, min(fraction, 1.0))

    def _finish(self, status: JobStatus, *, result: dict | None = None, error: BaseException | None = None) -> None:
        self.status, self.result, self.error = status, result, error
        if status is JobStatus.DONE:
            self.progress = 1.0
        self._done.set()


class TranscriptionQueue:
    """Jobs wait in priority order (FIFO within a priority) for one of `workers` threads."""

    def __init__(self, *, workers: int = 1, maxsize: int = 32, runner: Runner = transcribe_file, history: int = 256):
        if workers < 1 or maxsize < 1:
            raise ValueError("a transcription queue needs at least one worker and one slot")
        self.maxsize = maxsize
        self._runner = runner
        self._history = history
        self._heap: list[tuple[int, int, TranscriptionJob]] = []
        self._order = itertools.count()
        self._jobs: OrderedDict[str, TranscriptionJob] = OrderedDict()
        self._waiting = 0
        self._closed = False
        self._cond = threading.Condition()
        self._threads = [
            threading.Thread(target=self._work, name=f"transcribe-{n}", daemon=True) for n in range(workers)
        ]
        for thread in self._threads:
            thread.start()

    @classmethod
    def from_settings(cls, settings: SpeechSettings, *, runner: Runner = transcribe_file) -> TranscriptionQueue:
        return cls(workers=settings.queue_workers, maxsize=settings.queue_size, runner=runner)

    def submit(
        self, source: Any, *, engine: str = "whisper", priority: Priority = Priority.BATCH, **options
    ) -> TranscriptionJob:
        """Queue `source` (path or bytes); raises QueueFull when `maxsize` jobs already wait."""
        job = TranscriptionJob(source=source, engine=engine, priority=Priority(priority), options=options)
        with self._cond:
            if self._closed:
                raise RuntimeError("the transcription queue is shut down")
            if self._waiting >= self.maxsize:
                raise QueueFull(self.maxsize)
            heapq.heappush(self._heap, (job.priority, next(self._order), job))
            self._waiting += 1
            self._jobs[job.id] = job
            self._prune()
            self._cond.notify()
        return job

    def get(self, job_id: str) -> TranscriptionJob:
        with self._cond:
            try:
                return self._jobs[job_id]
            except KeyError:
                raise JobNotFound(job_id) from None

    def cancel(self, job_id: str) -> bool:
        """Cancel a waiting job at once, or a running one at its next progress report."""
        job = self.get(job_id)
        with self._cond:
            if job.status.finished:
                return False
            job._cancel.set()
            if job.status is JobStatus.QUEUED:
                self._waiting -= 1
                job._finish(JobStatus.CANCELLED)
            return True

    @property
    def waiting(self) -> int:
        with self._cond:
            return self._waiting

    def shutdown(self, *, wait: bool = True, cancel_waiting: bool = False) -> None:
        """Stop taking jobs; finish (or cancel) the waiting ones, then stop the workers."""
        with self._cond:
            self._closed = True
            if cancel_waiting:
                for _, _, job in self._heap:
                    if job.status is JobStatus.QUEUED:
                        job._cancel.set()
                        job._finish(JobStatus.CANCELLED)
                self._heap.clear()
                self._waiting = 0
            self._cond.notify_all()
        if wait:
            for thread in self._threads:
                thread.join()

    def __enter__(self) -> TranscriptionQueue:
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown(cancel_waiting=True)

    def _next_job(self) -> TranscriptionJob | None:
        with self._cond:
            while True:
                while self._heap:
                    _, _, job = heapq.heappop(self._heap)
                    if job.status is JobStatus.QUEUED:  # cancelled jobs stay in the heap until popped
                        self._waiting -= 1
                        job.status = JobStatus.RUNNING
                        return job
                if self._closed:
                    return None
                self._cond.wait()

    def _work(self) -> None:
        while (job := self._next_job()) is not None:
            try:
                result = self._runner(job.source, engine=job.engine, on_progress=job._report, **job.options)
            except JobCancelled:
                job._finish(JobStatus.CANCELLED)
            except Exception as err:  # a bad file must not kill the worker
                log.warning("transcription job failed", extra={"job_id": job.id, "error": str(err)})
                job._finish(JobStatus.FAILED, error=err)
            else:
                if job.cancel_requested:
                    job._finish(JobStatus.CANCELLED)
                else:
                    job._finish(JobStatus.DONE, result=result)

    def _prune(self) -> None:
        """Forget the oldest finished jobs beyond `history` so a long-running box does not grow."""
        excess = len(self._jobs) - self._history
        for job_id in [jid for jid, job in self._jobs.items() if job.status.finished][: max(excess, 0)]:
            del self._jobs[job_id]
