"""What one replication measured, and the mean and 95% interval over replications."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from barntid.sim.engine.accounting import CATEGORIES, CONTACT, KPI_NAMES, SERIES
from barntid.sim.engine.calendar import week_start
from barntid.sim.engine.cases import INVESTIGATION_DAYS
from barntid.sim.engine.unit import MONTH

if TYPE_CHECKING:
    from barntid.sim.engine.model import UnitModel
    from barntid.sim.scenario.schema import Scenario

NAN = float("nan")
GOAL_PROBABILITY = 0.8  # "reached with 80 % probability" (issue 13)
GOAL_WINDOW_WEEKS = 4  # the contact share over the last four weeks, so that one good week is not "reached"


@dataclass(frozen=True)
class ReplicationResult:
    """Plain data (picklable) from one replication, warm-up excluded."""

    replication: int
    seed: int
    kpis: dict[str, float]
    hours: dict[str, float]
    worked_hours: float
    case_hours: float
    series: dict[str, list[float]]
    events: int


def _ratio(a: float, b: float) -> float:
    return a / b if b > 0 else NAN


def summarise_replication(m: UnitModel) -> ReplicationResult:
    w0, w1 = m.warmup_weeks, m.weeks
    c = {k: v[w0:w1] for k, v in m.counts.items()}
    weeks = w1 - w0
    years = weeks / 52.0
    worked = sum(m.week_worked[w0:w1])
    hours = {name: sum(wk[i] for wk in m.week_hours[w0:w1]) for i, name in enumerate(CATEGORIES)}
    positions = sum(c["positions"]) / weeks  # a timeline may change the number of posts
    mean_emp = sum(c["employees"]) / weeks
    held, dropped = sum(c["visits_held"]), sum(c["visits_dropped"])
    caseload = [o / s for o, s in zip(c["open_cases"], c["staffed"], strict=True) if s > 0]
    days = np.array([d for wk, d in m.investigation_days if w0 <= wk < w1])
    overtime = sum(c["overtime"])
    child_hours = hours["contact"] - sum(c["pair_contact"])
    sick = sum(c["sick_days"])
    kpis = {
        "contact_share": _ratio(hours["contact"], worked),
        "assessment_within_14d": _ratio(sum(c["assess_ok"]), sum(c["assess_done"])),
        "investigation_within_4m": _ratio(sum(c["inv_ok"]), sum(c["inv_done"]) + late_open(m)),
        "backlog": sum(c["backlog"]) / weeks,
        "caseload_per_worker": sum(caseload) / len(caseload) if caseload else NAN,
        "turnover_rate": _ratio(sum(c["leavers"]) / years, mean_emp),
        "vacancy_rate": _ratio(sum(c["vacant"]) / weeks, positions),
        "newcomer_share": _ratio(sum(c["newcomers"]) / weeks, mean_emp),
        "consultant_share": _ratio(sum(c["consultants"]) / weeks, positions),
        "annual_cost_sek": sum(c["cost_sek"]) / years,
        "visits_held_share": _ratio(held, held + dropped),
        "protection_next_day": _ratio(sum(c["prot_ok"]), sum(c["prot_done"])),
        "investigation_days": float(days.mean()) if days.size else NAN,
        "investigation_days_p90": float(np.percentile(days, 90)) if days.size else NAN,
        "overtime_share": _ratio(overtime, worked - overtime),
        "sickness_share": _ratio(sick, sick + sum(c["present_days"])),
        "consultant_cost_sek": sum(c["consultant_cost"]) / years,
        "child_contact_share": _ratio(child_hours, worked),
        "veteran_share": _ratio(sum(c["veterans"]) / weeks, mean_emp),
        "child_hours_per_case_month": _ratio(child_hours, sum(c["open_cases"]) * 7 / MONTH),
        "contact_share_ordinary_weeks": _ratio(
            sum(m.week_hours[w][CONTACT] for w in range(w0, w1) if ordinary_week(m, w)),
            sum(m.week_worked[w] for w in range(w0, w1) if ordinary_week(m, w))),
        "followup_meetings_per_child_year": _ratio(sum(c["followup_held"]), sum(c["followup_cases"]) / 52.0),
        "meetings_rebooked_share": _ratio(sum(c["rebooked"]), held + dropped),
    }
    assert tuple(kpis) == KPI_NAMES
    series = {
        "contact_share": [_ratio(wk[CONTACT], wd) for wk, wd in zip(m.week_hours[w0:w1], m.week_worked[w0:w1],
                                                                    strict=True)],
        "backlog": c["backlog"],
        "caseload_per_worker": [_ratio(o, s) for o, s in zip(c["open_cases"], c["staffed"], strict=True)],
        "experienced": c["experienced"],
        "newcomers": c["newcomers"],
        "consultants": c["consultants"],
        "vacant": c["vacant"],
        "assessment_within_14d": [_ratio(a, b) for a, b in zip(c["assess_ok"], c["assess_done"], strict=True)],
        "investigation_within_4m": [_ratio(a, b) for a, b in zip(c["inv_ok"], c["inv_done"], strict=True)],
        "cost_sek": c["cost_sek"],
        "overtime_share": [_ratio(o, wd - o) for o, wd in zip(c["overtime"], m.week_worked[w0:w1], strict=True)],
        "sickness_share": [_ratio(s, s + p) for s, p in zip(c["sick_days"], c["present_days"], strict=True)],
        "stress": c["stress"],
        "child_contact_share": [_ratio(wk[CONTACT] - pc, wd) for wk, pc, wd in
                                zip(m.week_hours[w0:w1], c["pair_contact"], m.week_worked[w0:w1], strict=True)],
    }
    assert tuple(series) == SERIES
    return ReplicationResult(m.replication, m.seed, kpis, hours, worked, sum(c["case_hours"]), series, m.events)


def ordinary_week(m: UnitModel, week: int) -> bool:
    """A week outside the summer leave period, the school holidays and Christmas and New Year: time studies
    measure ordinary working days, so the published shares compare with these weeks."""
    return not any(d in m.school_days_off or d in m.leave_season for d in range(week * 7, week * 7 + 5))


def late_open(m: UnitModel) -> int:
    """Investigations still open at the end whose 4-month deadline fell in the results period: late."""
    start, end = m.warmup_weeks * 7, m.horizon
    return sum(1 for case in m.open_investigations if start <= case.opened + INVESTIGATION_DAYS < end)


def t_quantile(df: int) -> float:
    """The 0.975 quantile of Student's t (Cornish-Fisher expansion; exact to 3 decimals for df >= 3)."""
    table = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571}
    if df in table:
        return table[df]
    z = 1.959964
    return (z + (z**3 + z) / (4 * df) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df**2)
            + (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / (384 * df**3))


@dataclass(frozen=True)
class Estimate:
    mean: float
    lo: float
    hi: float
    n: int

    @property
    def half_width(self) -> float:
        return (self.hi - self.lo) / 2


SHARES = frozenset({"contact_share", "assessment_within_14d", "investigation_within_4m", "vacancy_rate",
                    "newcomer_share", "consultant_share", "visits_held_share", "protection_next_day",
                    "overtime_share", "sickness_share", "child_contact_share", "veteran_share",
                    "contact_share_ordinary_weeks"})
"""Key figures that are proportions (0-1): their intervals stay inside 0-100 %. Every other key figure is a
non-negative amount (hours, cases per worker, a rate per year, kronor): its interval stops at 0."""


def estimate(values: list[float] | np.ndarray, name: str | None = None) -> Estimate:
    """Mean and 95% interval over replications of the finite values (an interval needs at least two).

    Without a name (or for a difference), Student's t interval on the replication values. For a share
    (`SHARES`) a Wilson score interval with an effective sample size: the replications' standard error SE
    is matched by n_eff = p(1-p)/SE² and the Wilson interval for p with n_eff and Student's t quantile is
    used. It always lies inside [0, 1] and contains the mean, equals the t interval to within rounding when
    the mean is far from 0 and 1, and narrows towards the bound instead of crossing it (a t interval of a
    contact share near 0 read "-0,7 % - 1,2 %"). For the other named key figures, when no replication is
    negative (hours, cases, rates per year, kronor), the t interval is cut at 0.
    """
    a = np.asarray(values, dtype=float)
    a = a[np.isfinite(a)]
    n = int(a.size)
    if n == 0:
        return Estimate(NAN, NAN, NAN, 0)
    mean = float(a.mean())
    if n == 1:
        return Estimate(mean, NAN, NAN, 1)
    t = t_quantile(n - 1)
    se = float(a.std(ddof=1)) / math.sqrt(n)
    if name in SHARES and 0.0 <= mean <= 1.0:
        if se == 0.0:
            return Estimate(mean, mean, mean, n)
        n_eff = mean * (1 - mean) / se**2
        if n_eff == 0.0:  # possible only when values leave 0-1: fall back to the cut t interval
            return Estimate(mean, max(0.0, mean - t * se), min(1.0, mean + t * se), n)
        k = t * t / n_eff
        centre = (mean + k / 2) / (1 + k)
        half = t / (1 + k) * math.sqrt(mean * (1 - mean) / n_eff + k / (4 * n_eff))
        return Estimate(mean, max(0.0, centre - half), min(1.0, centre + half), n)
    half = t * se
    lo = max(0.0, mean - half) if name is not None and float(a.min()) >= 0.0 else mean - half
    return Estimate(mean, lo, mean + half, n)


@dataclass
class ExperimentResult:
    """All replications of one scenario and what they say together."""

    scenario: Scenario
    seed: int
    replications: list[ReplicationResult] = field(default_factory=list)

    @property
    def goal(self) -> float:
        return self.scenario.simulation.goal

    def kpi_values(self, name: str) -> np.ndarray:
        return np.array([r.kpis[name] for r in self.replications], dtype=float)

    @property
    def kpis(self) -> dict[str, Estimate]:
        return {name: estimate(self.kpi_values(name), name) for name in KPI_NAMES}

    @property
    def p_goal(self) -> float:
        v = self.kpi_values("contact_share")
        v = v[np.isfinite(v)]
        return float(np.mean(v >= self.goal - 1e-12)) if v.size else NAN

    @property
    def weeks_to_goal(self) -> int | None:
        """The first result week (1 = the first after the warm-up) by whose end at least 80 % of the replications
        have reached the goal over the last four weeks (their contact share, hours-weighted weeks alike); None if
        no week does."""
        a = np.array([r.series["contact_share"] for r in self.replications], dtype=float)
        if a.ndim != 2 or a.size == 0:
            return None
        filled = np.nan_to_num(a, nan=0.0)
        counts = np.cumsum(np.isfinite(a), axis=1)
        sums = np.cumsum(filled, axis=1)
        k = GOAL_WINDOW_WEEKS
        sums[:, k:] = sums[:, k:] - sums[:, :-k]
        counts[:, k:] = counts[:, k:] - counts[:, :-k]
        with np.errstate(all="ignore"):
            trailing = np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)
        reached = np.mean(trailing >= self.goal - 1e-12, axis=0) >= GOAL_PROBABILITY
        first = np.flatnonzero(reached)
        return int(first[0]) + 1 if first.size else None

    @property
    def goal_date(self) -> date | None:
        """The Monday of the week the goal is first reached (weeks_to_goal), or None."""
        w = self.weeks_to_goal
        sim = self.scenario.simulation
        return None if w is None else week_start(self.scenario.calendar.start_date, sim.warmup_weeks, w)

    @property
    def time_use(self) -> dict[str, float]:
        """Share of worked hours by category, pooled over replications."""
        worked = sum(r.worked_hours for r in self.replications)
        return {c: _ratio(sum(r.hours[c] for r in self.replications), worked) for c in CATEGORIES}

    def series(self, name: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Weekly mean and 95% band (2.5th and 97.5th percentile over replications)."""
        a = np.array([r.series[name] for r in self.replications], dtype=float)
        if a.size == 0:
            return np.array([]), np.array([]), np.array([])
        with np.errstate(all="ignore"):
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                return (np.nanmean(a, axis=0), np.nanpercentile(a, 2.5, axis=0),
                        np.nanpercentile(a, 97.5, axis=0))

    def series_dict(self) -> dict[str, dict[str, object]]:
        """Each weekly series as the charts draw it: week numbers after the warm-up, the mean over
        replications and the 95 % band (2.5th and 97.5th percentiles); null where a week has no value."""
        out: dict[str, dict[str, object]] = {}
        first = self.scenario.simulation.warmup_weeks
        for name in SERIES:
            mean, lo, hi = self.series(name)

            def clean(a: np.ndarray) -> list[float | None]:
                return [None if not math.isfinite(x) else round(float(x), 6) for x in a]

            out[name] = {"week": list(range(first, first + len(mean))), "mean": clean(mean),
                         "lo": clean(lo), "hi": clean(hi)}
        return out

    def to_dict(self) -> dict[str, object]:
        """The JSON form the command line prints."""
        def clean(x: float) -> float | None:
            return None if not math.isfinite(x) else round(x, 6)

        return {
            "scenario": self.scenario.name,
            "replications": len(self.replications),
            "seed": self.seed,
            "goal": self.goal,
            "p_goal": clean(self.p_goal),
            "weeks_to_goal": self.weeks_to_goal,
            "goal_date": None if (d := self.goal_date) is None else d.isoformat(),
            "kpis": {k: kpi_json(k, e) for k, e in self.kpis.items()},
            "time_use": {k: clean(v) for k, v in self.time_use.items()},
        }


NO_VALUE = {
    "assessment_within_14d": "inga förhandsbedömningar avslutade under resultatperioden",
    "investigation_within_4m": "inga utredningar avslutade eller försenade under resultatperioden",
    "investigation_days": "inga utredningar avslutade under resultatperioden",
    "investigation_days_p90": "inga utredningar avslutade under resultatperioden",
    "protection_next_day": "inga skyddsbedömningar under resultatperioden",
    "visits_held_share": "inga bokade möten under resultatperioden",
}


def kpi_json(name: str, e: Estimate) -> dict[str, object]:
    """A key figure in JSON: mean and interval, or null with the reason there is no value."""
    def clean(x: float) -> float | None:
        return None if not math.isfinite(x) else round(x, 6)

    out: dict[str, object] = {"mean": clean(e.mean), "ci95": [clean(e.lo), clean(e.hi)]}
    if out["mean"] is None:
        out["reason"] = NO_VALUE.get(name, "inget värde under resultatperioden")
    elif e.n < 2:
        out["reason"] = "intervallet kräver minst 2 replikeringar"
    return out


def paired_difference(base: ExperimentResult, variant: ExperimentResult, name: str) -> Estimate:
    """Variant minus base, replication by replication (common random numbers), with a 95% interval."""
    b = {r.replication: r.kpis[name] for r in base.replications}
    d = [r.kpis[name] - b[r.replication] for r in variant.replications if r.replication in b]
    return estimate(d)
