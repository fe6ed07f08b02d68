"""Running scenarios ahead of time, in the background, into the result cache (theme day's storyline steps).

`precompute` is a `Job` function: it runs each scenario's full replications into `cache`, skipping those kept
already, and reports each finished result. It gives way to the user: it submits nothing while `idle` is clear
(a run the user asked for is going) and keeps at most `in_flight` replications on the pool, so a new request
waits for at most one replication. A result is the one a fresh run gives (replication r always draws from
(seed, r)), so a step shown from the cache is exactly what running it would show.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, Future, wait
from functools import partial

from PySide6.QtCore import QObject, QThread, Signal

from barntid.gui.tasks.cache import ResultCache
from barntid.gui.tasks.job import Job, JobContext, Progress
from barntid.gui.tasks.runs import RunController
from barntid.sim.experiment.results import ExperimentResult, ReplicationResult
from barntid.sim.experiment.runner import run_replication
from barntid.sim.scenario.schema import Scenario

POLL_S = 0.05


def _wait_idle(idle: threading.Event, ctx: JobContext) -> None:
    while not idle.wait(POLL_S):
        ctx.check()
    ctx.check()


def _run_one(scenario: Scenario, cache: ResultCache, idle: threading.Event, in_flight: int,
             ctx: JobContext) -> ExperimentResult | None:
    """All replications of one scenario; None if it got into the cache meanwhile (the user ran it)."""
    n, seed = scenario.simulation.replications, scenario.simulation.seed
    todo = list(range(n))
    pending: set[Future[ReplicationResult]] = set()
    done: list[ReplicationResult] = []
    try:
        while todo or pending:
            if (scenario, n) in cache:
                return None
            while todo and len(pending) < in_flight:
                _wait_idle(idle, ctx)
                pending.add(ctx.executor.submit(run_replication, scenario, todo.pop(0), seed))
            finished, pending = wait(pending, timeout=POLL_S, return_when=FIRST_COMPLETED)
            done.extend(f.result() for f in finished)
            ctx.check()
    finally:
        for f in pending:
            f.cancel()
    return ExperimentResult(scenario, seed, sorted(done, key=lambda r: r.replication))


def precompute(scenarios: Sequence[Scenario], cache: ResultCache, idle: threading.Event, in_flight: int,
               ctx: JobContext) -> int:
    """Run every scenario not yet in the cache, in order; return how many were run here."""
    ran = 0
    for i, scenario in enumerate(scenarios):
        n = scenario.simulation.replications
        result = None if (scenario, n) in cache else _run_one(scenario, cache, idle, max(1, in_flight), ctx)
        if result is not None:
            cache.put(result, n)
            ran += 1
        ctx.report(Progress(i + 1, len(scenarios), data=result or cache.get(scenario, n)))
    return ran


class Precomputer(QObject):
    """Runs a list of scenarios ahead of time on the run controller's pool and cache, one job at a time.

    Signals: ready(result) for each scenario as it is in the cache, progressed(done, total)."""

    ready = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, runner: RunController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.job: Job | None = None

    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self, scenarios: Sequence[Scenario]) -> None:
        """Stop what runs and start on these (those in the cache already are only reported)."""
        self.stop()
        runner = self.runner
        if runner.pool is None:
            runner.warm_up()
        in_flight = max(1, runner.workers - 1)  # a core stays free for what the user asks for next
        job = Job(partial(precompute, list(scenarios), runner.cache, runner.idle, in_flight), runner.pool)
        job.connect_to(progressed=self._on_progress, succeeded=self._on_end, stopped=self._on_end,
                       failed=self._on_end)
        self.job = job
        job.start(QThread.Priority.LowPriority)

    def stop(self) -> None:
        if self.job is not None:
            self.job.stop()
            self.job = None

    def _on_progress(self, progress: Progress) -> None:
        if self.sender() is self.job:
            self.progressed.emit(progress.done, progress.total)
            if progress.data is not None:
                self.ready.emit(progress.data)

    def _on_end(self, _value: object) -> None:
        if self.sender() is self.job:
            self.job = None
