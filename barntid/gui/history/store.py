"""The run history's database, used off the UI thread through one long-lived `Job` serving a queue.

Why one job for all operations, not one per operation: SQLite connections belong to the thread that opened
them, and opening the history is not cheap (``barntid.sim.experiment.history.History`` runs SQLite's integrity
check over the whole file, which grows with every run kept) and may move a damaged file aside, which must
happen once. So the store's job opens the history once and serves the operations in the order they were
asked for, each seeing the ones before it (a serial queue, built on the application's one worker primitive).
What the GUI must hear of (added, failed, the notice of a moved database) travels as the data of a `Progress`
report and is emitted by the store's own signals in the GUI thread.
"""

from __future__ import annotations

import queue
import sqlite3
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from barntid.gui.tasks.job import Job, JobContext, JobState, Progress
from barntid.sim.experiment.history import History, RunRecord
from barntid.sim.experiment.results import ExperimentResult

LIST_TIMEOUT_S = 10.0
POLL_S = 0.2


@dataclass(frozen=True)
class Operation:
    fn: Callable[[History], Any]
    then: str = ""
    """The store's signal that carries the value to the GUI thread ('' for none)."""
    waited: bool = False
    """A caller waits on `future` and hears of a failure there; otherwise a failure goes to `failed`."""
    future: Future[Any] = field(default_factory=Future)


@dataclass(frozen=True)
class Reply:
    """What the job tells the GUI thread: which of the store's signals to emit, with what."""

    signal: str
    value: Any


class HistoryStore(QObject):
    """The run history, used off the UI thread. `notice` fires once if the database was moved aside."""

    notice = Signal(str)
    added = Signal(int)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.SimpleQueue[Operation | None] = queue.SimpleQueue()
        self.job = Job(self._serve)
        self.job.connect_to(progressed=self._on_reply)
        self.closed = False

    def _submit(self, op: Operation) -> Future[Any]:
        if self.closed:
            raise RuntimeError("the run history is closed")
        self._queue.put(op)
        if self.job.state is JobState.READY:
            self.job.start()
        return op.future

    def open(self) -> None:
        """Open the database in the background (so a notice shows at start-up, not after the first run)."""
        if not self.closed:
            self._submit(Operation(lambda _h: None))

    def add(self, result: ExperimentResult, kind: str = "run") -> None:
        """Store a finished run ('run' or 'theme_day'); returns at once. `added(id)` or `failed(message)` follows."""
        if not self.closed:
            self._submit(Operation(lambda h: h.add(result, kind), then="added"))

    def list(self, limit: int = 200) -> list[RunRecord]:
        """The latest runs, newest first (waits for the job; raises OSError/sqlite3.Error)."""
        records: list[RunRecord] = self._submit(Operation(lambda h: h.list(limit), waited=True)).result(
            LIST_TIMEOUT_S)
        return records

    def close(self) -> None:
        """Finish the operations asked for, close the database and end the job."""
        if not self.closed:
            self.closed = True
            self._queue.put(None)
            self.job.wait()

    def _on_reply(self, progress: Progress) -> None:
        reply: Reply = progress.data
        getattr(self, reply.signal).emit(reply.value)

    def _serve(self, ctx: JobContext) -> None:
        """The job's function: open the history on first use, then serve operations until closed or stopped."""
        history: History | None = None
        try:
            while not ctx.stop_event.is_set():
                try:
                    op = self._queue.get(timeout=POLL_S)
                except queue.Empty:
                    continue
                if op is None:
                    return
                try:
                    if history is None:
                        history = History()
                        if history.notice:
                            ctx.report(Progress(data=Reply("notice", history.notice)))
                    value = op.fn(history)
                except (OSError, sqlite3.Error) as exc:
                    op.future.set_exception(exc)
                    if not op.waited:
                        ctx.report(Progress(data=Reply("failed", str(exc))))
                    continue
                op.future.set_result(value)
                if op.then:
                    ctx.report(Progress(data=Reply(op.then, value)))
        finally:
            if history is not None:
                history.close()
