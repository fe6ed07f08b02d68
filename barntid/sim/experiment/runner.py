"""The run API that the GUI, the command line and the tests all call.

`run_replication` runs one replication in this process. `run_experiment` runs many, serially or spread
over processes; replication r always uses the streams spawned from (seed, r), so serial and parallel runs
give identical numbers.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from barntid.sim.engine.model import UnitModel
from barntid.sim.experiment import workload
from barntid.sim.experiment.results import ExperimentResult, ReplicationResult, summarise_replication
from barntid.sim.scenario.schema import Scenario

Progress = Callable[[int, int, ReplicationResult], None]


class ReplicationError(RuntimeError):
    """A replication failed inside the model; names the scenario and the seed to reproduce it."""

    def __init__(self, scenario: str, seed: int, replication: int, cause: str) -> None:
        self.scenario, self.seed, self.replication, self.cause = scenario, seed, replication, cause
        super().__init__(f"Replikering {replication} av scenariot '{scenario}' (frö {seed}) misslyckades: {cause}")

    def __reduce__(self) -> tuple[type[ReplicationError], tuple[str, int, int, str]]:
        # Crosses process boundaries intact, so a failure in a worker still names the scenario and seed.
        return (ReplicationError, (self.scenario, self.seed, self.replication, self.cause))


class WorkerLost(RuntimeError):  # noqa: N818 - reads well: except WorkerLost
    """A pool process died (killed, out of memory); the replications finished before that are in `partial`."""

    def __init__(self, partial: ExperimentResult, total: int) -> None:
        self.partial = partial
        done = len(partial.replications)
        super().__init__(f"en arbetsprocess avslutades oväntat (dödad eller slut på minne) när {done} av {total} "
                         f"replikeringar av '{partial.scenario.name}' var klara; körningen avbröts")


class Cancelled(Exception):  # noqa: N818 - reads well: except Cancelled
    """The run was cancelled; the replications finished so far are in `partial`."""

    def __init__(self, partial: ExperimentResult) -> None:
        self.partial = partial
        super().__init__("Körningen avbröts")


def run_replication(scenario: Scenario, replication: int = 0, seed: int | None = None) -> ReplicationResult:
    """Run one replication of a scenario and return its results (warm-up excluded)."""
    s = scenario.simulation.seed if seed is None else seed
    try:
        model = UnitModel(scenario, replication, s).run()
        return summarise_replication(model)
    except Exception as exc:
        raise ReplicationError(scenario.name, s, replication, f"{type(exc).__name__}: {exc}") from exc


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


PARENT_POLL_S = 0.5


def _exit_with_parent(parent: int) -> None:
    """Pool initializer: a daemon thread ends this worker as soon as the process that made the pool is gone
    (killed with SIGKILL or SIGTERM, crashed), so no worker is ever left running on its own. An orphan is
    re-parented (to init or a subreaper) on Linux and macOS, which is what the thread notices."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_S)
        os._exit(1)

    threading.Thread(target=watch, name="barntid-parent-watch", daemon=True).start()


def make_pool(workers: int | None = None) -> ProcessPoolExecutor:
    """A process pool safe to use from a Qt application (spawned, not forked) whose workers end with it."""
    return ProcessPoolExecutor(max_workers=workers or default_workers(),
                               mp_context=multiprocessing.get_context("spawn"),
                               initializer=_exit_with_parent, initargs=(os.getpid(),))


def iter_replications(
    scenario: Scenario,
    replications: list[int],
    seed: int,
    pool: Executor | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[ReplicationResult]:
    """Yield replications as they finish (any order). Without a pool, run them here one by one."""
    if pool is None:
        for r in replications:
            if cancel is not None and cancel.is_set():
                return
            yield run_replication(scenario, r, seed)
        return
    pending: set[Future[ReplicationResult]] = {pool.submit(run_replication, scenario, r, seed)
                                               for r in replications}
    try:
        while pending:
            if cancel is not None and cancel.is_set():
                return
            done, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            failed = [f for f in done if f.exception() is not None]
            for f in done:  # the finished ones first, so a dead worker loses no replication that was done
                if f not in failed:
                    yield f.result()
            if failed:
                failed[0].result()
    finally:
        for f in pending:
            f.cancel()


def run_experiment(
    scenario: Scenario,
    replications: int | None = None,
    seed: int | None = None,
    workers: int | None = None,
    pool: Executor | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    first: int = 0,
) -> ExperimentResult:
    """Run replications first..first+n-1 of a scenario and gather them, sorted by replication.

    workers=1 runs serially here; otherwise a process pool is used (the one given, or a new one).
    """
    n = scenario.simulation.replications if replications is None else replications
    s = scenario.simulation.seed if seed is None else seed
    workload.check(scenario, n, 1 if workers == 1 or (pool is None and n == 1) else workers or default_workers())
    result = ExperimentResult(scenario, s)
    reps = list(range(first, first + n))
    own = None
    if pool is None and (workers or default_workers()) > 1 and n > 1:
        pool = own = make_pool(min(n, workers or default_workers()))
    try:
        for i, rep in enumerate(iter_replications(scenario, reps, s, pool, cancel), 1):
            result.replications.append(rep)
            if progress is not None:
                progress(i, n, rep)
    except BrokenProcessPool:
        result.replications.sort(key=lambda r: r.replication)
        raise WorkerLost(result, n) from None
    finally:
        if own is not None:
            own.shutdown(wait=True, cancel_futures=True)
    result.replications.sort(key=lambda r: r.replication)
    if cancel is not None and cancel.is_set():
        raise Cancelled(result)
    return result
