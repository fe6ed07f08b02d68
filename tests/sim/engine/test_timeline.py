"""A plan as a timeline: steps apply at their dates, posts take recruitment time, measures a learning period."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import numpy as np
import pytest

from barntid.sim import ScenarioError, load, run_replication, with_changes
from barntid.sim.engine.model import UnitModel
from barntid.sim.experiment.results import ExperimentResult, ReplicationResult
from barntid.sim.experiment.runner import run_experiment
from barntid.sim.scenario.io import parse_text
from barntid.sim.scenario.schema import Scenario, TimelineStep
from barntid.sim.scenario.timeline import model_day, plan, with_timeline
from tests.helpers import SCENARIOS, short

LAPTOPS = {"measures.mobile_documentation": True, "measures.checklists": True}


def timeline(sc: Scenario, *steps: tuple[date, dict[str, Any]]) -> Scenario:
    return with_timeline(sc, [TimelineStep(date=d, title=f"Steg {i}", changes=c) for i, (d, c) in enumerate(steps)])


def weeks_later(sc: Scenario, weeks: int) -> date:
    return sc.calendar.start_date + timedelta(weeks=weeks)


def same(a: ReplicationResult, b: ReplicationResult, events: bool = True) -> bool:
    """Every key figure, weekly series (and the event count) alike, NaN equal to NaN."""
    return repr((a.kpis, a.series, a.events if events else 0)) == repr((b.kpis, b.series, b.events if events else 0))


def test_a_step_on_the_start_date_runs_as_the_plain_scenario_with_the_same_changes() -> None:
    base = short(1.0)
    planned = timeline(base, (base.calendar.start_date, LAPTOPS))
    plain = with_changes(base, LAPTOPS)
    for r in range(2):
        assert same(run_replication(planned, r), run_replication(plain, r))
    assert not same(run_replication(base, 0), run_replication(plain, 0))  # the changes matter


def test_a_later_step_that_changes_no_effect_leaves_every_number_as_it_was() -> None:
    # Pair visits for no kind of meeting: the step runs (the scenario is swapped, effects re-derived, overheads
    # refreshed) but nothing the model does may change.
    base = short(1.0)
    noop = {"measures.pair_visits": 0.5, "measures.pair_investigation_meetings": False,
            "measures.pair_followup_meetings": False, "measures.pair_school_meetings": False}
    planned = timeline(base, (weeks_later(base, 20), noop))
    m = UnitModel(planned, 0)
    m.run()
    assert m.sc.measures.pair_visits == 0.5  # the step was applied
    # The timeline's own wake-ups (the step, the weekly learning ticks) are events; nothing else may differ.
    assert same(run_replication(planned, 0), run_replication(base, 0), events=False)


def test_before_its_date_a_step_changes_nothing_and_after_learning_the_unit_works_as_with_the_measure() -> None:
    base = short(2.0, effects__learning_weeks=4.0, simulation__replications=4)
    step_week = 30  # model weeks; the warm-up is 8
    planned = timeline(base, (weeks_later(base, step_week), LAPTOPS))
    plain = with_changes(base, LAPTOPS)
    a, b, c = (run_experiment(s, workers=1) for s in (base, planned, plain))
    cut = step_week - base.simulation.warmup_weeks - 1
    for ra, rb in zip(a.replications, b.replications, strict=True):
        assert ra.series["contact_share"][:cut] == rb.series["contact_share"][:cut]
    late = slice(-40, None)
    before, during, after = (float(np.mean(x.series("contact_share")[0][late])) for x in (a, b, c))
    assert after - before > 0.02
    assert abs(during - after) < 0.25 * (after - before)


def test_the_effect_of_a_measure_grows_over_the_learning_period() -> None:
    base = short(1.0, effects__learning_weeks=10.0)
    planned = timeline(base, (weeks_later(base, 12), {"measures.checklists": True}))
    m = UnitModel(planned, 0)
    start = model_day(planned, weeks_later(base, 12))
    assert m.casework_factor == 1.0
    m.env.run(until=start + 5 * 7 + 1)
    saving = base.effects.checklist_casework_saving
    assert 1.0 - saving < m.casework_factor < 1.0
    assert m.casework_factor == pytest.approx(1.0 - saving * 0.5, abs=saving * 0.11)
    m.env.run(until=start + 10 * 7 + 8)
    assert m.casework_factor == pytest.approx(1.0 - saving)


def test_more_posts_open_as_vacancies_on_the_date_and_are_recruited() -> None:
    base = short(1.5, initial__vacancies=0, turnover__annual_rate=0.0)
    step = weeks_later(base, 14)
    planned = timeline(base, (step, {"staff.social_workers": 24.0}))
    m = UnitModel(planned, 0).run()
    week = model_day(planned, step) // 7
    positions, vacant = m.counts["positions"], m.counts["vacant"]
    assert positions[week - 1] == 21 and positions[week + 1] == 24
    assert vacant[week + 1] == 3
    assert vacant[-2] == 0  # all three recruited within the year
    assert sum(m.counts["hires"]) == 3


def test_fewer_posts_close_at_once_and_their_holders_are_not_counted_as_leavers() -> None:
    base = short(1.0, turnover__annual_rate=0.0, initial__vacancies=0)
    step = weeks_later(base, 14)
    planned = timeline(base, (step, {"staff.social_workers": 19.5}))
    m = UnitModel(planned, 0).run()
    week = model_day(planned, step) // 7
    assert m.counts["positions"][week - 1] == 21
    assert m.counts["positions"][week + 1] == 20  # 19 full posts and a half-time one (recruited)
    assert sum(m.counts["leavers"]) == 0
    assert m.counts["staffed"][week + 1] <= 19.0 + 1e-9


def test_a_new_administrator_starts_after_a_recruitment_time() -> None:
    base = short(1.5, turnover__recruitment_weeks=12.0)
    step = weeks_later(base, 14)
    planned = timeline(base, (step, {"staff.admin_fte": 2.0}))
    m = UnitModel(planned, 0)
    day = model_day(planned, step)
    m.env.run(until=day + 1)
    assert m.sc.staff.admin_fte == 1.0
    m.env.run(until=day + 40 * 7)
    assert m.sc.staff.admin_fte == 2.0


def test_a_late_hire_does_not_undo_a_later_step() -> None:
    base = short(1.5, turnover__recruitment_weeks=20.0)
    planned = timeline(base, (weeks_later(base, 10), {"staff.admin_fte": 2.0}),
                       (weeks_later(base, 12), {"staff.admin_fte": 0.5}))
    m = UnitModel(planned, 0).run()
    assert m.sc.staff.admin_fte == 0.5


def test_the_shipped_sjobo_2015_2017_plan_moves_from_about_11_to_about_18_5_percent() -> None:
    sc = load(SCENARIOS / "sjobo-2015-2017.toml")
    res = run_experiment(sc, replications=6, workers=1)
    mean = res.series("contact_share")[0]
    first, last = float(np.mean(mean[:20])), float(np.mean(mean[-13:]))  # Jan–May 2015, Feb–Apr 2017
    assert 0.09 < first < 0.13
    assert 0.165 < last < 0.21
    out = res.to_dict()
    assert out["weeks_to_goal"] == res.weeks_to_goal
    assert out["goal_date"] == (None if res.goal_date is None else res.goal_date.isoformat())


# --- the goal reached ---------------------------------------------------------------------------------------

def fake(sc: Scenario, rows: list[list[float]]) -> ExperimentResult:
    reps = [ReplicationResult(i, 1, {}, {}, 1.0, 1.0, {"contact_share": row}, 0) for i, row in enumerate(rows)]
    return ExperimentResult(sc, 1, reps)


def test_weeks_to_goal_is_the_first_week_four_in_five_replications_have_reached_it_over_four_weeks() -> None:
    sc = short(1.0)  # goal 20 %
    low, high = [0.15] * 6, [0.24] * 10
    rows = [low + high] * 4 + [[0.1] * 16]
    assert fake(sc, rows).weeks_to_goal == 6 + 3  # the third week at 24 % brings the four weeks' mean over 20 %
    one_good_week = [[0.1] * 5 + [0.9] + [0.1] * 10] * 5
    assert fake(sc, one_good_week).weeks_to_goal == 6  # (0.1 * 3 + 0.9) / 4 = 0.3
    assert fake(sc, [low + high] * 3 + [[0.1] * 16] * 2).weeks_to_goal is None  # 60 % of replications
    res = fake(sc, rows)
    assert res.goal_date == sc.calendar.start_date - timedelta(days=sc.calendar.start_date.weekday()) + \
        timedelta(weeks=sc.simulation.warmup_weeks + 8)


# --- validation ---------------------------------------------------------------------------------------------

TEXT = (SCENARIOS / "sjobo-2015.toml").read_text(encoding="utf-8")


def problems(extra: str) -> str:
    with pytest.raises(ScenarioError) as err:
        parse_text(TEXT + extra, "plan.toml")
    return str(err.value)


def test_a_bad_step_is_named_with_its_number_date_and_title_and_the_field_by_its_label() -> None:
    text = problems('\n[[timeline]]\ndate = 2015-09-01\ntitle = "Datorer"\nchanges = { "measures.checklists" = true }'
                    '\n[[timeline]]\ndate = 2016-01-10\ntitle = "Fler"\nchanges = { "staff.social_workers" = -3 }\n')
    assert "Tidslinjen, steg 2 (2016-01-10 Fler) – Socialsekreterare (staff.social_workers)" in text
    assert "0–1000 heltidstjänster" in text
    assert "steg 1" not in text


@pytest.mark.parametrize(("changes", "expected"), [
    ('{ "demand.reports_per_week" = 20 }', "Orosanmälningar (demand.reports_per_week): kan inte ändras i tidslinjen"),
    ('{ "staff.social_worker" = 3 }', "okänd nyckel. Menade du 'staff.social_workers' (Socialsekreterare)?"),
    ('{ "measures.pair_visits" = 1.5 }', "Parbesök (measures.pair_visits): värdet 1.5 är utanför"),
    ('{ "measures.checklists" = 3 }', "Checklistor (measures.checklists)"),
])
def test_every_kind_of_bad_change_names_the_step(changes: str, expected: str) -> None:
    text = problems(f'\n[[timeline]]\ndate = 2016-01-10\ntitle = "Fler"\nchanges = {changes}\n')
    assert "Tidslinjen, steg 1 (2016-01-10 Fler)" in text
    assert expected in text


def test_a_bad_date_or_key_in_a_step_is_named_by_its_label() -> None:
    assert "Tidslinjen, steg 1 – Datum (timeline.0.date)" in problems('\n[[timeline]]\ndate = 1850-01-01\n')
    assert "Menade du 'title' (Rubrik)?" in problems('\n[[timeline]]\ndate = 2016-01-01\ntitel = "x"\n')


def test_a_timeline_survives_saving_and_steps_on_the_start_date_are_folded_in() -> None:
    from barntid.sim.scenario.io import dumps

    sc = timeline(short(1.0), (date(2014, 6, 1), {"measures.checklists": True}),
                  (date(2015, 9, 1), {"staff.admin_fte": 1.5}))
    assert parse_text(dumps(sc)) == sc
    start, later = plan(sc)
    assert start.measures.checklists and not start.timeline
    assert [p.number for p in later] == [2] and later[0].scenario.staff.admin_fte == 1.5
    assert "timeline" not in dumps(short(1.0))
