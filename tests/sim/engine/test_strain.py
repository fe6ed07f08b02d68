"""A unit under strain (issue 11): deadlines slip, investigations wait, turnover and sickness feed on load.

Directions are checked with common random numbers: the same seed and replications for both sides, so a
difference is the mechanism, not noise.
"""

from __future__ import annotations

import itertools
import json
import math
from typing import Any

import numpy as np
import pytest

from barntid.sim import ExperimentResult, run_experiment, run_replication
from barntid.sim.engine import cases
from barntid.sim.engine.model import UnitModel
from barntid.sim.experiment.results import late_open, summarise_replication
from tests.helpers import sjobo

N = 6


def run(**changes: Any) -> ExperimentResult:
    # Stress builds over the first two years of strain (the backlog grows), so three years are run.
    return run_experiment(sjobo(simulation__years=3, **changes), replications=N, workers=2)


def paired(a: ExperimentResult, b: ExperimentResult, name: str) -> float:
    return float(np.mean(b.kpi_values(name) - a.kpi_values(name)))


@pytest.fixture(scope="module")
def base() -> ExperimentResult:
    return run()


@pytest.fixture(scope="module")
def more_reports() -> ExperimentResult:
    return run(demand__reports_per_week=11.5 * 1.25)


def test_more_reports_slip_deadlines_and_raise_turnover_and_sickness(base: ExperimentResult,
                                                                      more_reports: ExperimentResult) -> None:
    assert paired(base, more_reports, "investigation_within_4m") < -0.1
    assert paired(base, more_reports, "assessment_within_14d") < -0.05
    assert paired(base, more_reports, "investigation_days") > 5
    assert paired(base, more_reports, "turnover_rate") > 0.02
    assert paired(base, more_reports, "sickness_share") > 0.01
    assert paired(base, more_reports, "overtime_share") > 0
    # Compliance falls well before contact reaches zero.
    assert more_reports.kpis["contact_share"].mean > 0.05


def test_more_posts_never_worsen_deadlines() -> None:
    levels = [run(staff__social_workers=p) for p in (19, 21, 23, 25)]
    for lower, higher in itertools.pairwise(levels):
        assert paired(lower, higher, "investigation_within_4m") >= -0.01
        assert paired(lower, higher, "assessment_within_14d") >= -0.01
        assert paired(lower, higher, "investigation_days") <= 1.0


def test_out_of_hours_service_raises_protection_by_the_next_day(base: ExperimentResult) -> None:
    without = run(measures__socialjour=False)
    assert base.kpis["protection_next_day"].mean > 0.97
    assert paired(without, base, "protection_next_day") > 0.05


def test_no_investigation_is_decided_before_its_required_meetings(monkeypatch: pytest.MonkeyPatch) -> None:
    decided: list[tuple[int, int]] = []
    original = cases.Case.investigated

    def checked(self: cases.Case) -> None:
        decided.append((self.held, self.need))
        original(self)

    monkeypatch.setattr(cases.Case, "investigated", checked)
    # Overloaded, and booked meetings give way at once to late statutory work: the steps can be done before
    # the meetings, and the investigation must still wait for them.
    sc = sjobo(simulation__years=1, demand__reports_per_week=25.0, efforts__deadline_override_days=0,
               efforts__investigation_steps=2)
    run_replication(sc, 0)
    assert len(decided) > 100
    assert all(held >= need for held, need in decided)
    assert any(need == 3 for _, need in decided)


def test_investigations_still_open_past_four_months_count_as_late() -> None:
    # Every investigation waits most of a year for statements and none is open on day 0: by the end of the
    # run hardly any is decided, and those past four months count as late instead of leaving no figure.
    sc = sjobo(simulation__years=0.75, simulation__warmup_weeks=0, initial__investigations_by_month=[],
               efforts__statement_share=1.0, efforts__statement_days=365)
    m = UnitModel(sc, 0).run()
    r = summarise_replication(m)
    ok, done = sum(m.counts["inv_ok"]), sum(m.counts["inv_done"])
    late = late_open(m)
    assert late > done > ok > 0
    assert r.kpis["investigation_within_4m"] == pytest.approx(ok / (done + late))
    assert r.kpis["investigation_within_4m"] < ok / done


def test_time_conservation_includes_overtime() -> None:
    r = run_replication(sjobo(simulation__years=1, demand__reports_per_week=16.0), 0)
    assert r.kpis["overtime_share"] > 0.01
    assert math.isclose(sum(r.hours.values()), r.worked_hours, rel_tol=1e-9)


def test_overtime_is_capped_per_week() -> None:
    sc = sjobo(simulation__years=1, demand__reports_per_week=30.0, staff__overtime_max_hours_per_week=3.0)
    r = run_replication(sc, 0)
    assert 0 < r.kpis["overtime_share"] <= 3.0 / 40.0 + 1e-9


def test_surge_with_backlog_consultants_costs_more_than_without_the_surge() -> None:
    from barntid.sim import load, with_changes
    from tests.helpers import SCENARIOS

    surge = load(SCENARIOS / "surge-2015.toml")
    calm = with_changes(surge, {"demand.unaccompanied": []})
    a = run_experiment(calm, replications=N, workers=2)
    b = run_experiment(surge, replications=N, workers=2)
    assert paired(a, b, "consultant_cost_sek") > 200_000
    assert paired(a, b, "caseload_per_worker") > 0


def test_deadline_figures_are_never_nan_in_json() -> None:
    res = run_experiment(sjobo(simulation__years=0.5, demand__reports_per_week=0, initial__assessments=0,
                               initial__investigations_by_month=[]), replications=2, workers=1)
    text = json.dumps(res.to_dict(), allow_nan=False)
    kpi = json.loads(text)["kpis"]["investigation_days"]
    assert kpi["mean"] is None and kpi["reason"]


def test_sustained_overload_raises_vacancies_from_year_one_to_year_three() -> None:
    res = run_experiment(sjobo(demand__reports_per_week=11.5 * 1.25), replications=N, workers=2)
    vacant = res.series("vacant")[0]
    assert vacant[104:156].mean() > vacant[:52].mean() + 0.2
