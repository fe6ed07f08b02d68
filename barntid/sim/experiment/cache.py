"""Replications already run, kept by scenario and seed, so 'today' is one figure everywhere.

Replication r of a scenario and seed always gives the same numbers (named streams per replication), so a
replication run once for the main window, goal seeking or the tornado can be reused by the others. `shared`
is the process-wide cache; `baseline(sc)` is the main window's run of a scenario (its own replications and
seed), computed once and then shared. Entries keep no weekly series (the decision tools read key figures).
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, wait
from dataclasses import replace

from barntid.sim.experiment.results import ExperimentResult, ReplicationResult
from barntid.sim.experiment.runner import run_replication
from barntid.sim.scenario.schema import Scenario

Key = tuple[str, int]


def scenario_key(sc: Scenario) -> str:
    """What the results depend on: every parameter except the name, description and replication count."""
    data = sc.model_dump_json(exclude={"name": True, "description": True, "simulation": {"replications"}})
    return hashlib.sha256(data.encode()).hexdigest()


def lean_replication(scenario: Scenario, replication: int, seed: int) -> ReplicationResult:
    """run_replication without the weekly series (runs in pool workers; small to send back and keep)."""
    return replace(run_replication(scenario, replication, seed), series={})


class ReplicationCache:
    """Thread-safe store of replications by (scenario, seed), the least recently used scenarios dropped."""

    def __init__(self, max_scenarios: int = 4000) -> None:
        self._data: OrderedDict[Key, dict[int, ReplicationResult]] = OrderedDict()
        self._lock = threading.Lock()
        self.max_scenarios = max_scenarios
        self.hits = 0
        self.runs = 0

    def get(self, sc: Scenario, seed: int, reps: Iterable[int], count: bool = True) -> dict[int, ReplicationResult]:
        key = (scenario_key(sc), seed)
        with self._lock:
            have = self._data.get(key, {})
            if have:
                self._data.move_to_end(key)
            found = {r: have[r] for r in reps if r in have}
            if count:
                self.hits += len(found)
            return found

    def put(self, sc: Scenario, seed: int, results: Iterable[ReplicationResult]) -> None:
        self._put((scenario_key(sc), seed), results)

    def _put(self, key: Key, results: Iterable[ReplicationResult]) -> None:
        with self._lock:
            have = self._data.setdefault(key, {})
            for rep in results:
                have[rep.replication] = replace(rep, series={}) if rep.series else rep
            self._data.move_to_end(key)
            while len(self._data) > self.max_scenarios:
                self._data.popitem(last=False)

    def store(self, result: ExperimentResult) -> None:
        """Keep a finished run (the main window's, for example)."""
        self.put(result.scenario, result.seed, result.replications)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self.hits = self.runs = 0

    def replications(self, sc: Scenario, reps: Sequence[int], seed: int,
                     pool: Executor | None = None) -> list[ReplicationResult]:
        """Replications `reps` of `sc` with `seed`, in that order: from the cache, the rest run (on `pool`)."""
        found = self.get(sc, seed, reps)
        missing = [r for r in reps if r not in found]
        if missing:
            self.fill([(sc, missing)], seed, pool)
            found.update(self.get(sc, seed, missing, count=False))
        return [found[r] for r in reps]

    def fill(self, jobs: Sequence[tuple[Scenario, Sequence[int]]], seed: int, pool: Executor | None = None,
             each: Callable[[int], None] | None = None) -> int:
        """Run what is missing of several scenarios' replications, all submitted to `pool` at once (a worker
        that finishes early takes the next, whichever scenario it is), calling `each` with the number still
        to run after every one; returns how many were run."""
        todo: dict[tuple[str, int], tuple[str, Scenario, int]] = {}
        for sc, reps in jobs:
            have, key = self.get(sc, seed, reps, count=False), scenario_key(sc)
            todo.update({(key, r): (key, sc, r) for r in reps if r not in have})
        for left, (key, rep) in enumerate(_run(list(todo.values()), seed, pool), 1):
            with self._lock:
                self.runs += 1
            self._put((key, seed), [rep])
            if each is not None:
                each(len(todo) - left)
        return len(todo)

    def experiment(self, sc: Scenario, reps: Sequence[int], seed: int | None = None,
                   pool: Executor | None = None) -> ExperimentResult:
        s = sc.simulation.seed if seed is None else seed
        return ExperimentResult(sc, s, self.replications(sc, reps, s, pool))


def _run(todo: Sequence[tuple[str, Scenario, int]], seed: int,
         pool: Executor | None) -> Iterable[tuple[str, ReplicationResult]]:
    """Each (key, scenario, replication) run, as (key, result) in the order they finish."""
    if pool is None:
        for key, sc, r in todo:
            yield key, lean_replication(sc, r, seed)
        return
    pending: dict[Future[ReplicationResult], str] = {pool.submit(lean_replication, sc, r, seed): key
                                                     for key, sc, r in todo}
    try:
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for f in done:
                yield pending.pop(f), f.result()
    finally:
        for f in pending:
            f.cancel()


shared = ReplicationCache()


def baseline(sc: Scenario, pool: Executor | None = None, cache: ReplicationCache | None = None) -> ExperimentResult:
    """The main window's run of `sc`: replications 0..n-1 of its own seed (n = its replications)."""
    return (cache or shared).experiment(sc, list(range(sc.simulation.replications)), pool=pool)
