"""Running replications off the UI thread, on a warm process pool that lives as long as the window.

`RunController.start()` launches a `RunThread` (a QThread) that iterates ``iter_replications`` on the shared
pool and emits a snapshot ExperimentResult after every finished replication. Starting a new run cancels the
one before (its signals are dropped), so the latest request always wins.
"""

from __future__ import annotations

import itertools
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QThread, Signal

from barntid.gui.tasks.worker import PolitePool, call_politely
from barntid.sim.experiment.results import ExperimentResult
from barntid.sim.experiment.runner import (
    ReplicationError,
    default_workers,
    iter_replications,
    make_pool,
    run_replication,
)
from barntid.sim.scenario.io import with_changes
from barntid.sim.scenario.schema import Scenario, Simulation

WARM_UP = Scenario(simulation=Simulation(years=0.25, warmup_weeks=0, replications=1))
"""A tiny scenario run once per worker at start-up, so imports are done before the first real run."""


@dataclass(frozen=True)
class RunRequest:
    scenario: Scenario
    replications: int
    tag: str = "full"
    """What the run is for: 'full' (the Run button), 'quick' and 'refine' (theme day)."""


def snapshot(result: ExperimentResult) -> ExperimentResult:
    reps = sorted(result.replications, key=lambda r: r.replication)
    return ExperimentResult(result.scenario, result.seed, reps)


class RunThread(QThread):
    """Runs one request; every signal carries its run id."""

    progressed = Signal(int, int, int, object)  # run id, done, total, snapshot
    completed = Signal(int, object)
    cancelled = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, run_id: int, request: RunRequest, pool: ProcessPoolExecutor | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.run_id, self.request, self.pool = run_id, request, pool
        self.cancel_event = threading.Event()
        self.broken_pool = False

    def run(self) -> None:
        sc, n = self.request.scenario, self.request.replications
        result = ExperimentResult(sc, sc.simulation.seed)
        try:
            pool = PolitePool(self.pool) if self.pool is not None else None
            for rep in iter_replications(sc, list(range(n)), sc.simulation.seed, pool,  # type: ignore[arg-type]
                                         self.cancel_event):
                result.replications.append(rep)
                self.progressed.emit(self.run_id, len(result.replications), n, snapshot(result))
        except ReplicationError as exc:
            self.failed.emit(self.run_id, str(exc))
            return
        except BrokenProcessPool:
            self.broken_pool = True
            self.failed.emit(self.run_id, self.tr("En beräkningsprocess avslutades oväntat. Försök igen."))
            return
        except Exception as exc:  # shown to the user, never lost
            self.failed.emit(self.run_id, f"{type(exc).__name__}: {exc}")
            return
        if self.cancel_event.is_set():
            self.cancelled.emit(self.run_id, snapshot(result))
        else:
            self.completed.emit(self.run_id, snapshot(result))


class RunController(QObject):
    """Owns (or borrows) the process pool and the run threads; forwards only the latest run's signals."""

    progressed = Signal(int, int, object, str)  # done, total, snapshot, tag
    completed = Signal(object, str)
    cancelled = Signal(object, str)
    failed = Signal(str, str)
    busy_changed = Signal(bool)

    def __init__(self, pool: ProcessPoolExecutor | None = None, workers: int | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workers = workers or default_workers()
        self.pool = pool
        self.owns_pool = pool is None
        self._ids = itertools.count(1)
        self.active: RunThread | None = None
        self.threads: list[RunThread] = []
        self._warm: list[Future[object]] = []

    # -- pool --------------------------------------------------------------------------------------------
    def warm_up(self) -> None:
        """Create the pool (if we own it) and start its worker processes in the background."""
        if self.pool is None and self.owns_pool and self.workers > 1:
            self.pool = make_pool(self.workers)
        if self.pool is not None and not self._warm:
            self._warm = [self.pool.submit(call_politely, run_replication, WARM_UP, i, 0)
                          for i in range(self.workers)]

    def _replace_broken_pool(self) -> None:
        if self.owns_pool and self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None
            self._warm = []
            self.warm_up()

    # -- runs --------------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.active is not None

    def start(self, scenario: Scenario, replications: int | None = None, years: float | None = None,
              tag: str = "full") -> int:
        """Start a run (cancelling the current one). Raises ScenarioError if the overrides are invalid."""
        if years is not None and years != scenario.simulation.years:
            scenario = with_changes(scenario, {"simulation.years": years})
        n = replications or scenario.simulation.replications
        self.cancel(quiet=True)
        if self.pool is None:
            self.warm_up()
        thread = RunThread(next(self._ids), RunRequest(scenario, n, tag), self.pool, self)
        queued = Qt.ConnectionType.QueuedConnection
        thread.progressed.connect(self._on_progress, queued)
        thread.completed.connect(self._on_completed, queued)
        thread.cancelled.connect(self._on_cancelled, queued)
        thread.failed.connect(self._on_failed, queued)
        thread.finished.connect(self._on_thread_finished, queued)
        self.threads.append(thread)
        self.active = thread
        thread.start()
        self.busy_changed.emit(True)
        return thread.run_id

    def cancel(self, quiet: bool = False) -> None:
        """Ask the current run to stop; its partial result arrives through `cancelled` unless quiet."""
        if self.active is None:
            return
        self.active.cancel_event.set()
        if quiet:
            self.active = None

    def _current(self, run_id: int) -> RunThread | None:
        return self.active if self.active is not None and self.active.run_id == run_id else None

    def _on_progress(self, run_id: int, done: int, total: int, result: ExperimentResult) -> None:
        t = self._current(run_id)
        if t is not None:
            self.progressed.emit(done, total, result, t.request.tag)

    def _finish(self, run_id: int) -> RunThread | None:
        t = self._current(run_id)
        if t is not None:
            self.active = None
            self.busy_changed.emit(False)
        return t

    def _on_completed(self, run_id: int, result: ExperimentResult) -> None:
        t = self._finish(run_id)
        if t is not None:
            self.completed.emit(result, t.request.tag)

    def _on_cancelled(self, run_id: int, result: ExperimentResult) -> None:
        t = self._finish(run_id)
        if t is not None:
            self.cancelled.emit(result, t.request.tag)

    def _on_failed(self, run_id: int, message: str) -> None:
        if any(t.broken_pool for t in self.threads if t.run_id == run_id):
            self._replace_broken_pool()
        t = self._finish(run_id)
        if t is not None:
            self.failed.emit(message, t.request.tag)

    def _on_thread_finished(self) -> None:
        for t in [t for t in self.threads if t.isFinished()]:
            self.threads.remove(t)
            t.deleteLater()

    def shutdown(self) -> None:
        """Stop every run and, if the pool is ours, shut it down (called when the window closes)."""
        self.cancel(quiet=True)
        for t in self.threads:
            t.cancel_event.set()
        for t in self.threads:
            t.wait(5000)
        if self.owns_pool and self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
