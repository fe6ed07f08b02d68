"""The one way to run work off the UI thread: a `Job` runs ``fn(ctx)`` in its own QThread.

The function reports progress as data, ``ctx.report(Progress(done, total, text, data))``, which also raises
`Stopped` once `Job.stop()` has been called; ``ctx.check()`` does only the latter. Replications go through
``ctx.executor`` (a `StoppableExecutor` on the application's process pool, or this thread without one), so a
stop also cancels the queued ones. Exactly one of `succeeded(result)`, `stopped(partial)` or
`failed(message)` follows; after a stop the partial result is what the function returned, or else the data
of its last report. `state` is a `JobState`.

Qt threading: the signals are emitted in the job's thread. `Job.connect_to` connects them only to bound
methods of QObjects living in the GUI thread, queued, so the slots run there and may touch widgets; a
receiver that starts several jobs tells them apart with ``self.sender()``.

A started job is kept alive here until its thread has ended, so dropping a dialog never destroys a running
thread; `stop_all` stops every job and waits for it, when the application quits and again at interpreter exit
(a window that was never closed must not leave a running thread to be destroyed).
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Callable
from concurrent.futures import Executor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, SignalInstance

from barntid.gui.tasks.jobs import StoppableExecutor
from barntid.sim.experiment import errorlog
from barntid.sim.experiment.runner import ReplicationError
from barntid.sim.scenario.io import ScenarioError


@dataclass(frozen=True)
class Progress:
    """How far a job has come: `done` of `total` steps (total 0: not known), a line for the user, and any
    data the receiver wants (a snapshot of the result so far, the latest plan tried)."""

    done: int = 0
    total: int = 0
    text: str = ""
    data: Any = None

    @property
    def fraction(self) -> float | None:
        """done / total, from 0 to 1; None while the total is not known."""
        return min(1.0, max(0.0, self.done / self.total)) if self.total > 0 else None


class JobState(StrEnum):
    """Where a job is: READY until started, RUNNING, then one of the three ends (set before its signal)."""

    READY = "ready"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    STOPPED = "stopped"
    FAILED = "failed"


class JobFailed(Exception):  # noqa: N818 - reads well: raise JobFailed(message)
    """Raised by a job's function with a message for the user; `failed` carries it unchanged."""


# Failures that are said in words and need no traceback; anything else is also logged (errorlog).
FORESEEN = (BrokenProcessPool, ScenarioError, ReplicationError, JobFailed, OSError, MemoryError)


def describe(exc: Exception) -> str:
    """An exception as the user reads it in `failed`."""
    if isinstance(exc, BrokenProcessPool):
        return QCoreApplication.translate("Job", "En beräkningsprocess avslutades oväntat. Försök igen.")
    if isinstance(exc, ScenarioError):
        return "\n".join(str(p) for p in exc.problems) or str(exc)
    if isinstance(exc, ReplicationError | JobFailed):
        return str(exc)  # already names what failed (scenario and seed)
    return f"{type(exc).__name__}: {exc}"


class JobContext:
    """What a job's function gets: the executor for replications, the stop event and progress reports."""

    def __init__(self, executor: StoppableExecutor, emit: Callable[[Progress], None]) -> None:
        self.executor = executor
        self.latest: Progress | None = None
        self._emit = emit

    @property
    def stop_event(self) -> threading.Event:
        return self.executor.stop_event

    @property
    def pool(self) -> Executor | None:
        """The executor when there is a process pool behind it; None means: run here, one at a time."""
        return self.executor if self.executor.inner is not None else None

    def check(self) -> None:
        """Raise Stopped if a stop was asked for."""
        self.executor.check()

    def report(self, progress: Progress) -> None:
        """Send progress to the GUI thread; raises Stopped (without sending) if a stop was asked for."""
        self.latest = progress
        self.check()
        self._emit(progress)


class Job(QThread):
    """``fn(ctx)`` in its own thread; exactly one of succeeded, stopped or failed is emitted at the end.

    `error` holds the exception behind `failed` (a broken pool is reported even after a stop, so its owner
    can replace it)."""

    progressed = Signal(object)  # Progress
    succeeded = Signal(object)  # fn's result
    stopped = Signal(object)  # the partial result, or None
    failed = Signal(str)  # the message for the user

    def __init__(self, fn: Callable[[JobContext], Any], pool: Executor | None = None) -> None:
        super().__init__()
        self.fn = fn
        self.executor = StoppableExecutor(pool)
        self.context = JobContext(self.executor, self.progressed.emit)
        self.state = JobState.READY
        self.error: Exception | None = None
        self.finished.connect(self._release, Qt.ConnectionType.QueuedConnection)

    def connect_to(self, *, progressed: Callable[[Progress], Any] | None = None,
                   succeeded: Callable[[Any], Any] | None = None, stopped: Callable[[Any], Any] | None = None,
                   failed: Callable[[str], Any] | None = None) -> None:
        """Connect the signals, queued, to bound methods of QObjects that live in the GUI thread."""
        app = QCoreApplication.instance()
        for signal, slot in ((self.progressed, progressed), (self.succeeded, succeeded),
                             (self.stopped, stopped), (self.failed, failed)):
            if slot is None:
                continue
            owner = getattr(slot, "__self__", None)
            if not isinstance(owner, QObject) or (app is not None and owner.thread() is not app.thread()):
                raise TypeError(f"{slot!r}: connect a job to a method of a QObject in the GUI thread")
            signal.connect(slot, Qt.ConnectionType.QueuedConnection)

    def start(self, priority: QThread.Priority = QThread.Priority.InheritPriority) -> None:
        _keep(self)
        self.state = JobState.RUNNING
        super().start(priority)

    def stop(self) -> None:
        """Ask the function to stop (and cancel its queued replications); `stopped` follows when it has."""
        self.executor.stop()

    @property
    def stopping(self) -> bool:
        return self.executor.stopped

    def run(self) -> None:
        try:
            result = self.fn(self.context)
        except Exception as exc:
            if self.stopping and not isinstance(exc, BrokenProcessPool):
                latest = self.context.latest
                self._end(JobState.STOPPED, self.stopped, latest.data if latest is not None else None)
            else:
                self.error = exc
                if not isinstance(exc, FORESEEN):  # a bug: its traceback goes to the error log for a report
                    errorlog.log_exception(exc, f"job {type(self).__name__}")
                self._end(JobState.FAILED, self.failed, describe(exc))
            return
        if self.stopping:
            self._end(JobState.STOPPED, self.stopped, result)
        else:
            self._end(JobState.SUCCEEDED, self.succeeded, result)

    def _end(self, state: JobState, signal: SignalInstance, value: Any) -> None:
        self.state = state
        signal.emit(value)

    def _release(self) -> None:
        """In the GUI thread once the thread has finished: let go of the job."""
        self.wait()
        _alive.discard(self)


_alive: set[Job] = set()
_hooked = {"quit": False}


def _keep(job: Job) -> None:
    _alive.add(job)
    app = QCoreApplication.instance()
    if app is not None and not _hooked["quit"]:
        _hooked["quit"] = True
        app.aboutToQuit.connect(stop_all)


def stop_all(wait_ms: int = 10_000) -> None:
    """Stop every job and wait for its thread (called when the application quits)."""
    jobs = list(_alive)
    for j in jobs:
        j.stop()
    for j in jobs:
        j.wait(wait_ms)


atexit.register(stop_all)
