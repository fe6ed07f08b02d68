"""Functional tests of the model: reproducibility, conservation, a hand calculation, monotonicity."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from barntid.sim import run_experiment, run_replication
from barntid.sim.engine.accounting import CATEGORIES
from tests.helpers import short, sjobo


def test_same_seed_same_results_other_seed_differs() -> None:
    sc = short()
    a, b = run_replication(sc, 0, seed=7), run_replication(sc, 0, seed=7)
    c = run_replication(sc, 0, seed=8)
    assert a == b
    assert a.kpis != c.kpis


def test_replications_differ_from_each_other() -> None:
    sc = short()
    assert run_replication(sc, 0).kpis != run_replication(sc, 1).kpis


def test_serial_equals_parallel() -> None:
    sc = short(years=0.5)
    serial = run_experiment(sc, replications=4, workers=1)
    parallel = run_experiment(sc, replications=4, workers=2)
    assert [r.kpis for r in serial.replications] == [r.kpis for r in parallel.replications]
    for a, b in zip(serial.replications, parallel.replications, strict=True):
        for name in a.series:
            np.testing.assert_array_equal(a.series[name], b.series[name])  # NaN-aware, exact


@pytest.mark.parametrize("name", ["sjobo-2015", "sjobo-2017", "surge-2015"])
def test_time_conservation(name: str) -> None:
    """Every worked hour falls in exactly one category: the categories sum to the worked hours."""
    from barntid.sim import load
    from tests.helpers import SCENARIOS

    sc = load(SCENARIOS / f"{name}.toml")
    for rep in range(3):
        r = run_replication(sc, rep)
        assert set(r.hours) == set(CATEGORIES)
        assert all(h >= -1e-9 for h in r.hours.values())
        assert math.isclose(sum(r.hours.values()), r.worked_hours, rel_tol=1e-9)
        assert r.worked_hours > 0


def test_fixed_durations_match_hand_calculation() -> None:
    """One social worker, no absence, overheads or randomness: ten initial assessments of 3.9 h each."""
    sc = sjobo(
        simulation__years=1, simulation__warmup_weeks=0,
        demand__reports_per_week=0, demand__effort_cv=0, demand__share_to_investigation=0,
        initial__assessments=10, initial__investigations_by_month=[], initial__followups=0,
        initial__newcomers=0, initial__vacancies=0,
        staff__social_workers=1, staff__admin_fte=0, staff__leave_days=0, staff__sickness_share=0,
        staff__staff_meeting_hours_per_week=0, staff__training_hours_per_week=0,
        measures__supervision_hours_per_week=0, measures__socialjour=False, turnover__annual_rate=0,
        efforts__assessment_casework_hours=2.0, efforts__assessment_admin_hours=1.5,
        efforts__assessment_collab_hours=0.4,
    )
    r = run_replication(sc, 0)
    # 52 weeks of 5 weekdays, less the public holidays that fall on weekdays in the model's calendar
    # (day 0 is a Monday; day 5, 6 January, is a Saturday in this calendar and does not count).
    holidays_on_weekdays = sum(1 for d in (0, 5, 95, 98, 120, 134, 156, 172, 357, 358, 359) if d % 7 < 5)
    worked = (260 - holidays_on_weekdays) * 8.0
    assert r.worked_hours == pytest.approx(worked)
    assert r.hours["documentation"] == pytest.approx(10 * 2.0)
    assert r.hours["administration"] == pytest.approx(10 * 1.5)
    assert r.hours["collaboration"] == pytest.approx(10 * 0.4)
    assert r.hours["contact"] == 0
    assert r.hours["unallocated"] == pytest.approx(worked - 39.0)
    assert r.kpis["annual_cost_sek"] == pytest.approx(34000 * 12 * 1.42, rel=1e-9)
    assert r.kpis["turnover_rate"] == 0 and r.kpis["vacancy_rate"] == 0


def test_zero_turnover_gives_zero_vacancies() -> None:
    sc = short(turnover__annual_rate=0, initial__vacancies=0)
    res = run_experiment(sc, replications=3, workers=1)
    for r in res.replications:
        assert r.kpis["vacancy_rate"] == 0
        assert r.kpis["turnover_rate"] == 0
        assert max(r.series["vacant"]) == 0


def test_turnover_rate_is_near_the_hazard() -> None:
    sc = short(years=3, turnover__overload_sensitivity=0)
    res = run_experiment(sc, replications=10, workers=2)
    assert 0.24 <= res.kpis["turnover_rate"].mean <= 0.36


def test_more_social_workers_never_lower_completed_work() -> None:
    done = []
    for n in (18, 21, 24, 27):
        res = run_experiment(short(staff__social_workers=n), replications=8, workers=2)
        done.append(np.mean([r.case_hours for r in res.replications]))
    assert all(b >= a * 0.999 for a, b in itertools.pairwise(done)), done


def test_more_admin_support_never_lowers_contact_share() -> None:
    shares = []
    for fte in (0.0, 1.0, 2.0, 4.0):
        res = run_experiment(short(staff__admin_fte=fte), replications=8, workers=2)
        shares.append(res.kpis["contact_share"].mean)
    assert all(b >= a - 1e-4 for a, b in itertools.pairwise(shares)), shares
    assert shares[-1] > shares[0]


def test_warmup_is_excluded() -> None:
    a = run_replication(short(years=1, simulation__warmup_weeks=0), 0)
    b = run_replication(short(years=1, simulation__warmup_weeks=10), 0)
    assert len(a.series["contact_share"]) == len(b.series["contact_share"]) == 52


def test_surge_raises_caseload() -> None:
    base = run_experiment(short(years=1), replications=4, workers=1)
    surge = run_experiment(short(years=1, demand__surges=[{"start_week": 10, "weeks": 30, "multiplier": 2.0}]),
                           replications=4, workers=1)
    assert surge.kpis["caseload_per_worker"].mean > base.kpis["caseload_per_worker"].mean
    assert surge.kpis["contact_share"].mean < base.kpis["contact_share"].mean


def test_trace_changes_nothing_and_records_the_unit() -> None:
    from barntid.sim.engine.model import UnitModel
    from barntid.sim.experiment.results import summarise_replication

    sc = short(years=0.25)
    plain = summarise_replication(UnitModel(sc, 0, 3).run())
    m = UnitModel(sc, 0, 3, trace=True).run()
    assert m.trace is not None
    assert summarise_replication(m).kpis == plain.kpis
    worked = sum(h for _, _, parts in m.trace.activities for _, h in parts)
    assert worked == pytest.approx(sum(m.week_worked), rel=1e-9)  # every worked hour is in the log once
    contact = sum(h for _, _, parts in m.trace.activities for c, h in parts if c == 0)
    assert contact == pytest.approx(sum(w[0] for w in m.week_hours), rel=1e-9)  # and in its category
    assert len(m.trace.days) >= 60 and all(len(s) == len(m.staff.slots) for _, s, _ in m.trace.days)
