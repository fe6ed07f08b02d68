"""The derived starting caseload: a run started from it shows no start transient.

The first eight weeks of year 1 are compared with the same calendar weeks of year 2 (52 weeks later), for
open investigations and follow-ups: the start's mean over replications must lie within the 95 % interval of
the steady weeks across replications. A start far from steady state must fail the same check (the control),
so the check can fail."""

from __future__ import annotations

import numpy as np

from barntid.sim.experiment.steady import Caseload, caseload_path, steady_initial
from barntid.sim.scenario.newunit import UnitFigures, build
from barntid.sim.scenario.schema import Initial, Scenario

REPS = 6
SEED = 99  # not the seed the start was derived with
WEEKS = range(1, 9)


def _levels(sc: Scenario, offset: int, what: str) -> np.ndarray:
    days = [7 * w + offset for w in WEEKS]
    out = []
    for r in range(REPS):
        path = caseload_path(sc, r, SEED, days)
        out.append(np.mean([_value(c, what) for c in path]))
    return np.array(out)


def _value(c: Caseload, what: str) -> float:
    return float(c.investigations if what == "investigations" else c.followups)


def no_transient(sc: Scenario, what: str) -> bool:
    start, steady = _levels(sc, 0, what), _levels(sc, 364, what)
    lo, hi = steady.mean() - 1.96 * steady.std(ddof=1), steady.mean() + 1.96 * steady.std(ddof=1)
    return bool(lo <= start.mean() <= hi)


def test_a_unit_started_from_its_derived_caseload_has_no_start_transient() -> None:
    base = build(UnitFigures(name="Ekby", posts=10, children=2000, vacancies=0))
    sc = base.model_copy(update={"initial": steady_initial(base)})
    assert no_transient(sc, "investigations")
    assert no_transient(sc, "followups")


def test_the_check_fails_for_a_start_far_from_steady_state() -> None:
    base = build(UnitFigures(name="Ekby", posts=10, children=2000, vacancies=0))
    far = base.model_copy(update={"initial": Initial(investigations_by_month=(60, 50, 40, 30), followups=20,
                                                     vacancies=0)})
    assert not no_transient(far, "investigations")
    assert not no_transient(far, "followups")


def test_counts_are_whole_and_the_ages_fit_the_schema() -> None:
    base = build(UnitFigures(name="Ekby", posts=10, children=2000))
    ini = steady_initial(base, replications=2)
    assert 0 < len(ini.investigations_by_month) <= 12 and ini.followups > 0
    assert (ini.newcomers, ini.vacancies) == (base.initial.newcomers, base.initial.vacancies)
