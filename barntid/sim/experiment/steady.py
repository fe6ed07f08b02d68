"""The open caseload of a running unit, and a starting caseload in steady state for a scenario.

`caseload_path` runs one replication and counts the open cases at the days asked for (no extra events: the
environment is run up to each day and looked at). `steady_initial` starts from the scenario's own
`[initial]`, runs a few replications for about two years, and averages what is open on the first day of each
model year after the first: the same season and weekday as day 0, so the start matches the calendar.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass

from barntid.sim.engine.model import UnitModel
from barntid.sim.engine.unit import MONTH
from barntid.sim.scenario.newunit import round_counts
from barntid.sim.scenario.schema import Initial, Scenario

MAX_AGE_MONTHS = 12  # the schema's investigations_by_month holds at most 12 ages
SNAPSHOT_DAYS = (364, 728)  # Mondays, 52 and 104 weeks in: the season and weekday of day 0


@dataclass(frozen=True)
class Caseload:
    """Cases open at one moment: initial assessments, investigations by month of age, follow-ups."""

    assessments: int
    investigations_by_month: tuple[int, ...]
    followups: int

    @property
    def investigations(self) -> int:
        return sum(self.investigations_by_month)


def _count(m: UnitModel) -> Caseload:
    now = m.env.now
    ages = [0] * MAX_AGE_MONTHS
    for case in m.open_investigations:
        ages[min(MAX_AGE_MONTHS - 1, max(0, int((now - case.opened) / MONTH)))] += 1
    followups = len(m.follow_ups.due)
    inv = sum(ages)
    return Caseload(max(0, m.open_cases - inv - followups), tuple(ages), followups)


def caseload_path(sc: Scenario, replication: int, seed: int, days: Sequence[int]) -> list[Caseload]:
    """Run replication `replication` of `sc` and count the open cases at each of `days` (ascending)."""
    years = max(sc.simulation.years, (max(days) + 7) / 364)
    sc = sc.model_copy(update={"simulation": sc.simulation.model_copy(update={"years": years, "warmup_weeks": 0})})
    m = UnitModel(sc, replication, seed)
    out = []
    for day in days:
        m.env.run(until=day)
        out.append(_count(m))
    return out


def steady_initial(sc: Scenario, replications: int = 4, seed: int | None = None, pool: Executor | None = None,
                   progress: Callable[[int, int], None] | None = None) -> Initial:
    """A starting caseload in steady state for `sc`'s demand and staffing (newcomers and vacancies kept)."""
    s = sc.simulation.seed if seed is None else seed
    snaps: list[Caseload] = []
    if pool is None:
        for r in range(replications):
            snaps += caseload_path(sc, r, s, SNAPSHOT_DAYS)
            if progress:
                progress(r + 1, replications)
    else:
        futures = [pool.submit(caseload_path, sc, r, s, SNAPSHOT_DAYS) for r in range(replications)]
        for i, fut in enumerate(futures, 1):
            snaps += fut.result()
            if progress:
                progress(i, replications)
    return initial_from(sc.initial, snaps)


def initial_from(base: Initial, snaps: Sequence[Caseload]) -> Initial:
    """The mean of several counts as a starting caseload (the ages' total rounded once)."""
    n = len(snaps)
    by_month = [sum(s.investigations_by_month[a] for s in snaps) / n for a in range(MAX_AGE_MONTHS)]
    while len(by_month) > 1 and by_month[-1] < 0.5:
        by_month.pop()
    return Initial.model_validate({**base.model_dump(), "assessments": round(sum(s.assessments for s in snaps) / n),
                                   "investigations_by_month": tuple(round_counts(by_month)),
                                   "followups": round(sum(s.followups for s in snaps) / n)})
