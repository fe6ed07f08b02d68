"""Comparing scenarios with common random numbers, optionally until the difference is sharp enough."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed

from barntid.sim.experiment.results import ExperimentResult, ReplicationResult, paired_difference
from barntid.sim.experiment.runner import default_workers, make_pool, run_replication
from barntid.sim.scenario.schema import Scenario

MAX_REPLICATIONS = 1000


def compare_until(
    scenarios: Sequence[Scenario],
    seed: int,
    replications: int = 30,
    half_width: float | None = None,
    workers: int | None = None,
    progress: Callable[[int, int, ReplicationResult | None], None] | None = None,
    kpi: str = "contact_share",
    pool: ProcessPoolExecutor | None = None,
) -> list[ExperimentResult]:
    """Run every scenario with replications 0..n-1 of the same seed.

    With half_width, start from `replications` (at least 5) and add replications until the 95% interval of
    every variant's paired difference from the first scenario in `kpi` is at most half_width.
    """
    results = [ExperimentResult(sc, seed) for sc in scenarios]
    w = workers or default_workers()
    own = pool is None and w > 1
    if own:
        pool = make_pool(w)
    done, target = 0, max(replications, 5) if half_width is not None else replications
    try:
        while True:
            jobs = [(i, r) for r in range(done, target) for i in range(len(scenarios))]
            total = target * len(scenarios)
            count = done * len(scenarios)
            if pool is None:
                for i, r in jobs:
                    results[i].replications.append(run_replication(scenarios[i], r, seed))
                    count += 1
                    if progress:
                        progress(count, total, None)
            else:
                futures: dict[Future[ReplicationResult], int] = {
                    pool.submit(run_replication, scenarios[i], r, seed): i for i, r in jobs}
                for f in as_completed(futures):
                    results[futures[f]].replications.append(f.result())
                    count += 1
                    if progress:
                        progress(count, total, None)
            done = target
            if half_width is None or len(results) < 2:
                break
            widest = max(paired_difference(results[0], v, kpi).half_width for v in results[1:])
            if not math.isfinite(widest) or widest <= half_width or done >= MAX_REPLICATIONS:
                break  # an undefined figure (no social workers: no contact share) cannot be narrowed
            need = math.ceil(done * (widest / half_width) ** 2 * 1.15)
            target = min(MAX_REPLICATIONS, max(done + w, need))
    finally:
        if own and pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    for res in results:
        res.replications.sort(key=lambda r: r.replication)
    return results
