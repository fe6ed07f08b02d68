"""Sensitivity of the contact share: one-at-a-time (tornado) and global (Sobol, through SALib).

Both use common random numbers: every design point runs replications 0..n-1 of the same seed, so the
differences between points come from the parameters, not from the noise.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, as_completed
from dataclasses import dataclass
from typing import Any

import numpy as np

from barntid.sim.experiment.cache import ReplicationCache, baseline, shared
from barntid.sim.experiment.runner import default_workers, make_pool
from barntid.sim.scenario.io import Problem, ScenarioError, allowed_text, field_info, get, with_changes
from barntid.sim.scenario.schema import Scenario

SECTIONS = ("demand", "staff", "turnover", "efforts", "measures", "effects")
KPI = "contact_share"


def numeric_keys(sc: Scenario, sections: Sequence[str] = SECTIONS) -> list[str]:
    """Dotted keys of the numeric parameters (not switches, choices or lists) with a non-zero value."""
    keys = []
    for section in sections:
        model = getattr(sc, section)
        for name in type(model).model_fields:
            value = getattr(model, name)
            if isinstance(value, int | float) and not isinstance(value, bool) and value != 0:
                keys.append(f"{section}.{name}")
    return keys


def check_keys(sc: Scenario, keys: Sequence[str]) -> None:
    """Refuse keys that are not numeric parameters (unknown, a switch, a list, a whole section, the name)."""
    if not keys:
        raise ScenarioError([Problem("--keys", "ange minst en parameter, t.ex. staff.admin_fte")])
    problems = []
    for k in keys:
        value = get(sc, k) if k.count(".") == 1 and field_info(k) is not None else None
        if not isinstance(value, int | float) or isinstance(value, bool):
            problems.append(Problem("--keys", f"'{k}' är inte en numerisk parameter; t.ex. "
                                              f"{', '.join(numeric_keys(sc)[:3])}"))
    if problems:
        raise ScenarioError(problems)


def _bounds(key: str) -> tuple[float, float]:
    info = field_info(key)
    lo, hi = -math.inf, math.inf
    for m in info.metadata if info else []:
        lo = getattr(m, "ge", lo)
        hi = getattr(m, "le", hi)
    return float(lo), float(hi)


def _moved(sc: Scenario, key: str, factor: float) -> Any:
    value = get(sc, key)
    lo, hi = _bounds(key)
    new = min(hi, max(lo, value * factor))
    return round(new) if isinstance(value, int) else new


@dataclass(frozen=True)
class TornadoBar:
    key: str
    low_value: Any
    high_value: Any
    low: float
    high: float

    @property
    def swing(self) -> float:
        return abs(self.high - self.low)


@dataclass(frozen=True)
class Tornado:
    base: float
    bars: list[TornadoBar]  # widest swing first
    share: float


def tornado(
    sc: Scenario,
    keys: Sequence[str] | None = None,
    share: float = 0.2,
    replications: int = 8,
    workers: int | None = None,
    pool: Executor | None = None,
    progress: Callable[[int, int], None] | None = None,
    cache: ReplicationCache | None = None,
) -> Tornado:
    """Contact share when each parameter alone moves down and up by `share` (clipped to its range).

    The base is today's figure as the main window shows it (`cache.baseline`)."""
    if not 0 < share < 1:
        raise ScenarioError([Problem("share", f"värdet {share} ska ligga mellan 0 och 1")])
    keys = list(keys if keys is not None else numeric_keys(sc))
    check_keys(sc, keys)
    if pool is None and (workers or default_workers()) > 1:
        with make_pool(workers) as own:
            return tornado(sc, keys, share, replications, 1, own, progress, cache)
    total = 2 * len(keys) + 1
    store = cache or shared
    today = baseline(sc, pool, store)  # the main window's figure for today
    reps = list(range(replications))
    first = {r.replication: r.kpis[KPI] for r in store.replications(sc, reps, sc.simulation.seed, pool)}
    base = today.kpis[KPI].mean

    def mean(s: Scenario) -> float:
        """Today's figure plus the mean paired difference over the first replications (common random
        numbers), so every bar is measured from the same 'today' as the main window's."""
        got = store.replications(s, reps, sc.simulation.seed, pool)
        return base + float(np.mean([r.kpis[KPI] - first[r.replication] for r in got]))

    bars = []
    for i, key in enumerate(keys):
        lo_v, hi_v = _moved(sc, key, 1 - share), _moved(sc, key, 1 + share)
        try:
            lo_sc, hi_sc = with_changes(sc, {key: lo_v}), with_changes(sc, {key: hi_v})
        except ScenarioError:
            continue  # a move that breaks a cross-field rule (e.g. overheads over half the week)
        bars.append(TornadoBar(key, lo_v, hi_v, mean(lo_sc), mean(hi_sc)))
        if progress:
            progress(2 * i + 3, total)
    bars.sort(key=lambda b: b.swing, reverse=True)
    return Tornado(base, bars, share)


def _means(points: Sequence[Scenario], replications: int, seed: int, workers: int | None, pool: Executor | None,
           progress: Callable[[int, int], None] | None) -> list[float]:
    """Mean contact share at every design point, all points x replications submitted at once.

    Uses the sweep's series-free replication, so any Executor works: the local pool or a Dask cluster's."""
    from barntid.sim.experiment.sweep import sweep_replication

    jobs = [(i, r) for i in range(len(points)) for r in range(replications)]
    sums = [0.0] * len(points)
    own = None
    if pool is None and (workers or default_workers()) > 1:
        pool = own = make_pool(workers)
    try:
        if pool is None:
            results = ((i, sweep_replication(points[i], r, seed)) for i, r in jobs)
        else:
            futures = {pool.submit(sweep_replication, points[i], r, seed): i for i, r in jobs}
            results = ((futures[f], f.result()) for f in as_completed(futures))
        for n, (i, rep) in enumerate(results, 1):
            sums[i] += rep.kpis[KPI]
            if progress:
                progress(n, len(jobs))
    finally:
        if own is not None:
            own.shutdown(wait=True, cancel_futures=True)
    return [s / replications for s in sums]


@dataclass(frozen=True)
class SobolIndices:
    keys: list[str]
    first: list[float]
    first_ci: list[float]
    total: list[float]
    total_ci: list[float]
    runs: int


def sobol(
    sc: Scenario,
    keys: Sequence[str],
    share: float = 0.2,
    base_samples: int = 64,
    replications: int = 4,
    workers: int | None = None,
    pool: Executor | None = None,
    progress: Callable[[int, int], None] | None = None,
    seed: int = 0,
) -> SobolIndices:
    """Sobol first-order and total indices of the contact share over +/-share around today's values.

    Needs SALib (`pip install .[sensitivity]`). Runs base_samples*(k+2) design points (no second order).
    """
    try:
        from SALib.analyze import sobol as sobol_analyze
        from SALib.sample import sobol as sobol_sample
    except ImportError:
        raise ScenarioError([Problem("sobol", "kräver SALib: installera med pip install .[sensitivity]")]) from None
    check_keys(sc, keys)
    bounds = []
    for key in keys:
        v = float(get(sc, key))
        lo, hi = _bounds(key)
        a, b = max(lo, v * (1 - share)), min(hi, v * (1 + share))
        if not a < b:
            allowed = allowed_text(field_info(key))
            raise ScenarioError([Problem(key, f"värdet {v} ger inget intervall att variera inom {allowed}")])
        bounds.append([a, b])
    problem = {"num_vars": len(keys), "names": list(keys), "bounds": bounds}
    x = sobol_sample.sample(problem, base_samples, calc_second_order=False, seed=seed)
    ints = [isinstance(get(sc, k), int) and not isinstance(get(sc, k), bool) for k in keys]
    points = [with_changes(sc, {k: (round(v) if i else float(v)) for k, v, i in zip(keys, row, ints, strict=True)})
              for row in x]
    y = _means(points, replications, sc.simulation.seed, workers, pool, progress)
    res = sobol_analyze.analyze(problem, np.asarray(y), calc_second_order=False, seed=seed)
    return SobolIndices(list(keys), [float(v) for v in res["S1"]], [float(v) for v in res["S1_conf"]],
                        [float(v) for v in res["ST"]], [float(v) for v in res["ST_conf"]], len(points))
