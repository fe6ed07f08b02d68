"""Calibration: fit the effort parameters so the baseline reproduces a unit's measured time use.

The user gives the shares of working time they measured, in the national time study's categories, and
their demand. Supervision and development follow directly from hours per week. The others are fitted by
scaling the groups of effort parameters that produce them (casework, administration, travel,
collaboration, meeting length), with damped multiplicative updates on short runs with common random
numbers, until each share is within the tolerance or the iterations run out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from concurrent.futures import Executor
from dataclasses import dataclass

from barntid.sim.experiment.runner import default_workers, make_pool, run_experiment
from barntid.sim.scenario.io import Problem, ScenarioError, get, with_changes
from barntid.sim.scenario.schema import Scenario

GROUPS: dict[str, tuple[str, ...]] = {
    "documentation": ("efforts.protection_hours", "efforts.assessment_casework_hours",
                      "efforts.investigation_casework_hours", "efforts.followup_casework_hours",
                      "efforts.visit_documentation_hours"),
    "administration": ("efforts.assessment_admin_hours", "efforts.investigation_admin_hours",
                       "efforts.followup_admin_hours"),
    "travel": ("efforts.visit_travel_hours",),
    "collaboration": ("efforts.assessment_collab_hours", "efforts.investigation_collab_hours",
                      "efforts.followup_collab_hours"),
    "contact": ("efforts.visit_contact_hours",),
}
FITTABLE = (*GROUPS, "supervision", "development")


@dataclass(frozen=True)
class Fit:
    scenario: Scenario
    target: dict[str, float]
    achieved: dict[str, float]
    iterations: int

    @property
    def worst(self) -> float:
        return max(abs(self.achieved[c] - t) for c, t in self.target.items())


def calibrate(
    sc: Scenario,
    target: Mapping[str, float],
    tolerance: float = 0.01,
    iterations: int = 8,
    replications: int = 8,
    workers: int | None = None,
    pool: Executor | None = None,
    progress: Callable[[int, float], None] | None = None,
) -> Fit:
    """Fit `sc`'s efforts to the target time-use shares (e.g. {"contact": 0.13, "documentation": 0.35})."""
    problems = [Problem(f"target.{c}", f"okänd kategori; tillåtna: {', '.join(FITTABLE)}")
                for c in target if c not in FITTABLE]
    problems += [Problem(f"target.{c}", f"värdet {v} ska ligga mellan 0 och 1") for c, v in target.items()
                 if not 0 <= v < 1]
    if not problems and sum(target.values()) >= 1:
        problems.append(Problem("target", "andelarna summerar till 100 % eller mer"))
    if problems:
        raise ScenarioError(problems)
    if pool is None and (workers or default_workers()) > 1:
        with make_pool(workers) as own:
            return calibrate(sc, target, tolerance, iterations, replications, 1, own, progress)
    direct = {}
    wk = sc.staff.weekly_hours
    if "supervision" in target:
        direct["measures.supervision_hours_per_week"] = round(target["supervision"] * wk, 3)
    if "development" in target:
        direct["staff.training_hours_per_week"] = round(target["development"] * wk, 3)
    current = with_changes(sc, direct) if direct else sc
    achieved: dict[str, float] = {}
    for it in range(1, iterations + 1):
        res = run_experiment(current, replications=replications, workers=1, pool=pool)
        achieved = {c: res.time_use[c] for c in target}
        worst = max(abs(achieved[c] - t) for c, t in target.items())
        if progress:
            progress(it, worst)
        if worst <= tolerance:
            return Fit(current, dict(target), achieved, it)
        changes = {}
        for group, keys in GROUPS.items():
            if group in target and achieved[group] > 0:
                factor = (target[group] / achieved[group]) ** 0.8
                factor = min(2.0, max(0.5, factor))
                for key in keys:
                    changes[key] = round(get(current, key) * factor, 4)
        current = _clipped(current, changes)
    return Fit(current, dict(target), achieved, iterations)


def _clipped(sc: Scenario, changes: dict[str, float]) -> Scenario:
    """Apply changes, holding each at its allowed range rather than failing."""
    from barntid.sim.decision.sensitivity import _bounds

    safe = {}
    for key, value in changes.items():
        lo, hi = _bounds(key)
        safe[key] = min(hi, max(lo, value))
    return with_changes(sc, safe)
