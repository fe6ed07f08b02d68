"""Identical scenarios are not run twice: the result cache, and the background precompute that fills it."""

from __future__ import annotations

import threading
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QThread

from barntid.gui.tasks import precompute as precompute_module
from barntid.gui.tasks.cache import ResultCache, run_key, weight
from barntid.gui.tasks.job import Job
from barntid.gui.tasks.precompute import Precomputer
from barntid.gui.tasks.runs import RunController
from barntid.sim.experiment.results import ExperimentResult
from barntid.sim.experiment.runner import run_experiment
from barntid.sim.scenario.io import load, with_changes
from tests.gui.gui_helpers import scenario_file


def same_numbers(a: Any, b: Any) -> bool:
    return all(np.array_equal(a.kpi_values(k), b.kpi_values(k), equal_nan=True) for k in a.kpis)


def test_key_is_content_seed_and_replications(tmp_path: Path) -> None:
    sc = load(scenario_file(tmp_path))
    assert run_key(sc, 2) == run_key(load(scenario_file(tmp_path, "again.toml")), 2)
    assert run_key(sc, 2) != run_key(sc, 3)
    assert run_key(sc, 2) != run_key(with_changes(sc, {"simulation.seed": 7}), 2)
    assert run_key(sc, 2) != run_key(with_changes(sc, {"staff.admin_fte": 2.0}), 2)
    assert ResultCache().get(sc, 2) is None


def test_the_cache_drops_the_least_recently_used_when_full(tmp_path: Path) -> None:
    sc = load(scenario_file(tmp_path, simulation__replications=2, simulation__years=0.5))
    results = [run_experiment(with_changes(sc, {"staff.admin_fte": a}), workers=1) for a in (1.0, 2.0, 3.0)]
    cache = ResultCache(max_weight=2 * weight(results[0]))
    cache.put(results[0], 2)
    cache.put(results[1], 2)
    assert cache.get(results[0].scenario, 2) is results[0]  # now the most recently used
    cache.put(results[2], 2)
    assert len(cache) == 2 and cache.get(results[1].scenario, 2) is None
    assert cache.get(results[0].scenario, 2) is results[0] and cache.get(results[2].scenario, 2) is results[2]
    dropped = results[1]
    cache.put(ExperimentResult(dropped.scenario, dropped.seed, dropped.replications[:1]), 2)  # partial: not kept
    assert cache.get(dropped.scenario, 2) is None and len(cache) == 2


def test_second_request_for_the_same_scenario_starts_no_run(qtbot: Any, pool: ProcessPoolExecutor,
                                                            tmp_path: Path) -> None:
    runner = RunController(pool)
    sc = load(scenario_file(tmp_path))
    with qtbot.waitSignal(runner.completed, timeout=30_000) as first:
        runner.start(sc)
    jobs = list(runner.jobs)
    finished: list[tuple[Any, str]] = []
    runner.completed.connect(lambda result, tag: finished.append((result, tag)))
    runner.start(sc, tag="refine")  # the same scenario, seed and replications
    assert runner.jobs == jobs and not runner.busy  # no job was started
    assert finished == [(first.args[0], "refine")]
    assert runner.is_cached(sc) and not runner.is_cached(with_changes(sc, {"staff.admin_fte": 2.0}))
    # Another seed is another run.
    with qtbot.waitSignal(runner.completed, timeout=30_000):
        runner.start(with_changes(sc, {"simulation.seed": 99}))
    assert runner.jobs[-1] not in jobs  # that one did start a job
    runner.shutdown()


def test_a_stopped_run_is_not_kept(qtbot: Any, pool: ProcessPoolExecutor, tmp_path: Path) -> None:
    runner = RunController(pool)
    sc = load(scenario_file(tmp_path, simulation__replications=200, simulation__years=2.0))
    with qtbot.waitSignal(runner.progressed, timeout=30_000):
        runner.start(sc)
    with qtbot.waitSignal(runner.cancelled, timeout=30_000):
        runner.cancel()
    assert not runner.is_cached(sc) and len(runner.cache) == 0
    runner.shutdown()


def test_precompute_fills_the_cache_with_what_a_fresh_serial_run_gives(qtbot: Any, pool: ProcessPoolExecutor,
                                                                      tmp_path: Path) -> None:
    runner = RunController(pool)
    base = load(scenario_file(tmp_path))
    steps = [base, with_changes(base, {"measures.checklists": True}), with_changes(base, {"staff.admin_fte": 2.0})]
    pre = Precomputer(runner)
    ready: list[Any] = []
    pre.ready.connect(ready.append)
    with qtbot.waitSignal(pre.progressed, timeout=60_000, check_params_cb=lambda done, total: done == total):
        pre.start(steps)
    assert [r.scenario for r in ready] == steps
    assert all(runner.is_cached(s) for s in steps)
    fresh = run_experiment(steps[1], workers=1)  # serially, in this process
    assert same_numbers(runner.cache.get(steps[1], 2), fresh)
    # Stepping to a precomputed step starts no run: the kept result comes at once.
    got: list[Any] = []
    runner.completed.connect(lambda result, _tag: got.append(result))
    runner.start(steps[2])
    assert not runner.busy and got and got[0] is ready[2]
    runner.shutdown()


class Gate(threading.Event):
    """The user's-run gate: records that the precompute came to it."""

    def __init__(self) -> None:
        super().__init__()
        self.reached = threading.Event()

    def wait(self, timeout: float | None = None) -> bool:
        self.reached.set()
        return super().wait(timeout)


def test_precompute_submits_nothing_while_the_user_runs(qtbot: Any, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = precompute_module.run_replication

    def recorded(scenario: Any, replication: int, seed: int) -> Any:
        calls.append(replication)
        return real(scenario, replication, seed)

    monkeypatch.setattr(precompute_module, "run_replication", recorded)
    base = load(scenario_file(tmp_path))
    cache, gate = ResultCache(), Gate()  # the gate is closed: a run of the user's is going
    job = Job(partial(precompute_module.precompute, [base], cache, gate, 1))
    job.start(QThread.Priority.LowPriority)
    qtbot.waitUntil(gate.reached.is_set, timeout=10_000)
    assert calls == [] and job.isRunning()
    gate.set()  # the user's run ended
    qtbot.waitUntil(job.isFinished, timeout=30_000)
    assert job.state == "succeeded" and calls == [0, 1] and (base, 2) in cache


def test_precompute_stops_when_asked(qtbot: Any, pool: ProcessPoolExecutor, tmp_path: Path) -> None:
    runner = RunController(pool)
    long = load(scenario_file(tmp_path, "long.toml", simulation__replications=400, simulation__years=3.0))
    pre = Precomputer(runner)
    pre.start([long])
    job = pre.job
    assert job is not None and pre.running
    pre.stop()
    assert not pre.running
    qtbot.waitUntil(job.isFinished, timeout=30_000)
    assert job.state == "stopped" and not runner.is_cached(long)
    runner.shutdown()
