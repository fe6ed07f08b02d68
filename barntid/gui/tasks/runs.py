"""Scenario runs off the UI thread, on a warm process pool that lives as long as the window.

`RunController.start()` runs a `RunRequest` as a `Job` (``barntid.gui.tasks.job``): `run_request` iterates
``iter_replications`` on the shared pool and reports a snapshot ExperimentResult after every finished
replication. Starting a new run stops the one before (its signals are dropped), so the latest request always
wins. A pool left broken by a worker process that died is replaced.

Finished runs are kept in `cache` (``barntid.gui.tasks.cache``): a request for a scenario already run with the
same seed and replications starts no job and completes at once with the kept result. `idle` is set while no
run of the user's is going, so background work (theme day's precompute) can give way.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Signal

from barntid.gui.tasks.cache import ResultCache
from barntid.gui.tasks.job import Job, JobContext, Progress
from barntid.gui.tasks.worker import call_politely
from barntid.sim.experiment.results import ExperimentResult
from barntid.sim.experiment.runner import default_workers, iter_replications, make_pool, run_replication
from barntid.sim.scenario.io import with_changes
from barntid.sim.scenario.schema import Scenario, Simulation

WARM_UP = Scenario(simulation=Simulation(years=0.25, warmup_weeks=0, replications=1))
"""A tiny scenario run once per worker at start-up, so imports are done before the first real run."""


@dataclass(frozen=True)
class RunRequest:
    scenario: Scenario
    replications: int
    tag: str = "full"
    """What the run is for: 'full' (the Run button), 'quick' and 'refine' (theme day), 'history' (a past run)."""


def snapshot(result: ExperimentResult) -> ExperimentResult:
    reps = sorted(result.replications, key=lambda r: r.replication)
    return ExperimentResult(result.scenario, result.seed, reps)


def run_request(request: RunRequest, ctx: JobContext) -> ExperimentResult:
    """A job's function: the request's replications, a snapshot reported after each one."""
    sc, n = request.scenario, request.replications
    result = ExperimentResult(sc, sc.simulation.seed)
    for rep in iter_replications(sc, list(range(n)), sc.simulation.seed, ctx.pool, ctx.stop_event):
        result.replications.append(rep)
        ctx.report(Progress(len(result.replications), n, data=snapshot(result)))
    return snapshot(result)


class RunController(QObject):
    """Owns (or borrows) the process pool and the run jobs; forwards only the latest run's signals."""

    progressed = Signal(int, int, object, str)  # done, total, snapshot, tag
    completed = Signal(object, str)
    cancelled = Signal(object, str)  # the replications finished before the stop, tag
    failed = Signal(str, str)
    busy_changed = Signal(bool)

    def __init__(self, pool: ProcessPoolExecutor | None = None, workers: int | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workers = workers or default_workers()
        self.pool = pool
        self.owns_pool = pool is None
        self.active: Job | None = None
        self.request: RunRequest | None = None
        self.jobs: list[Job] = []
        self._warm: list[Future[object]] = []
        self.cache = ResultCache()
        self.idle = threading.Event()
        self.idle.set()
        self.busy_changed.connect(lambda busy: self.idle.clear() if busy else self.idle.set())

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
              tag: str = "full") -> None:
        """Start a run (stopping the current one). Raises ScenarioError if the overrides are invalid."""
        if years is not None and years != scenario.simulation.years:
            scenario = with_changes(scenario, {"simulation.years": years})
        request = RunRequest(scenario, replications or scenario.simulation.replications, tag)
        if self.active is not None:
            self.active.stop()
        kept = self.cache.get(request.scenario, request.replications)
        if kept is not None:  # the same scenario, seed and replications: the same numbers, no need to run
            self.request = request
            if self.active is not None:
                self.active = None
                self.busy_changed.emit(False)
            self.completed.emit(kept, tag)
            return
        if self.pool is None:
            self.warm_up()
        job = Job(partial(run_request, request), self.pool)
        job.connect_to(progressed=self._on_progress, succeeded=self._on_completed, stopped=self._on_cancelled,
                       failed=self._on_failed)
        self.jobs = [j for j in self.jobs if not j.isFinished()] + [job]
        self.active, self.request = job, request
        self.idle.clear()  # before the job submits anything: background work waits from now on
        job.start()
        self.busy_changed.emit(True)

    def cancel(self, quiet: bool = False) -> None:
        """Stop the current run; its partial result arrives through `cancelled` unless quiet."""
        if self.active is None:
            return
        self.active.stop()
        if quiet:
            self.active = None
            self.busy_changed.emit(False)

    def _current(self) -> RunRequest | None:
        """The request of the run whose signal is being handled, if it is still the current run."""
        return self.request if self.active is not None and self.sender() is self.active else None

    def _finish(self) -> RunRequest | None:
        request = self._current()
        if request is not None:
            self.active = None
            self.busy_changed.emit(False)
        return request

    def _on_progress(self, progress: Progress) -> None:
        request = self._current()
        if request is not None:
            self.progressed.emit(progress.done, progress.total, progress.data, request.tag)

    def is_cached(self, scenario: Scenario, replications: int | None = None) -> bool:
        """Whether a run of the scenario (all its replications unless told) would come from the cache."""
        return (scenario, replications or scenario.simulation.replications) in self.cache

    def _on_completed(self, result: ExperimentResult) -> None:
        if result.replications:  # only a job that ran to its end succeeds: a stopped one's result never gets here
            self.cache.put(result, len(result.replications))
        request = self._finish()
        if request is not None:
            self.completed.emit(result, request.tag)

    def _on_cancelled(self, partial_result: Any) -> None:
        request = self._finish()
        if request is not None:
            sc = request.scenario
            stopped_early = not isinstance(partial_result, ExperimentResult)  # before the first replication
            self.cancelled.emit(ExperimentResult(sc, sc.simulation.seed) if stopped_early else partial_result,
                                request.tag)

    def _on_failed(self, message: str) -> None:
        job = self.sender()
        if isinstance(job, Job) and isinstance(job.error, BrokenProcessPool) and job.executor.inner is self.pool:
            self._replace_broken_pool()
        request = self._finish()
        if request is not None:
            self.failed.emit(message, request.tag)

    def shutdown(self) -> None:
        """Stop every run and, if the pool is ours, shut it down (called when the window closes)."""
        self.cancel(quiet=True)
        for j in self.jobs:
            j.stop()
        for j in self.jobs:
            j.wait(5000)
        if self.owns_pool and self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
