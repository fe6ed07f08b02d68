"""A Swedish calendar (issue 12): leave planned with a staffing floor, summer substitutes, school holidays,
meetings rebooked before they are cancelled, and a start date that moves the year."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from barntid.sim.engine.calendar import day_of_year_offset, model_day, school_holidays, summer_rota
from barntid.sim.engine.model import UnitModel
from barntid.sim.engine.unit import YEAR
from barntid.sim.experiment.results import summarise_replication
from barntid.sim.scenario.io import parse_text
from tests.helpers import sjobo


@pytest.mark.parametrize(("positions", "floor", "room"), [(21, 0.5, False), (21, 0.6, False), (8, 0.5, True),
                                                          (3, 0.0, True), (40, 0.7, False), (20, 0.5, True)])
def test_the_rota_keeps_the_staffing_floor(positions: int, floor: float, room: bool) -> None:
    """Four weeks in a row within weeks 25-33 fit everyone only if half of them fit before week 29 and half
    after (a week-29 start overlaps both), i.e. positions <= 2 x the number allowed away."""
    rota = summer_rota(positions, 4, 25, 33, floor, np.random.default_rng(1))
    away = [sum(week in weeks for weeks in rota) for week in range(25, 34)]
    assert max(away) <= positions * (1 - floor) + 1e-9
    assert all(25 <= w <= 33 for weeks in rota for w in weeks)
    assert room == (positions <= 2 * int(positions * (1 - floor) + 1e-9))
    assert sum(len(weeks) for weeks in rota) <= 4 * positions
    if room:
        assert all(len(weeks) == 4 and weeks == list(range(weeks[0], weeks[0] + 4)) for weeks in rota)


def test_a_floor_that_leaves_no_room_shortens_summer_leave_but_keeps_the_year() -> None:
    sc = sjobo(simulation__years=2, calendar__staffing_floor=0.9)
    m = UnitModel(sc, 0)
    for slot in m.staff.position_slots:
        worker = m.staff.slots[slot]
        if worker is None:
            continue
        first = model_day(1, 1, m.day0)
        workdays_off = [d for d in worker.absent - worker.sick if first <= d < first + YEAR and d % 7 < 5
                        and d not in m.holidays]
        assert len(workdays_off) == pytest.approx(sc.staff.leave_days, abs=1)


def test_school_holidays_cover_summer_and_christmas() -> None:
    day0 = day_of_year_offset(date(2015, 1, 5))
    days = school_holidays(2 * YEAR, day0, 25, 33)
    assert model_day(26, 0, day0) in days and model_day(20, 0, day0) not in days
    assert model_day(52, 0, day0) + 2 in days and model_day(1, 1, day0) + 2 in days
    assert model_day(10, 1, day0) not in days


def test_start_date_moves_the_year() -> None:
    january = UnitModel(sjobo(simulation__years=1), 0)
    july = UnitModel(sjobo(simulation__years=1, calendar__start_date=date(2015, 7, 6)), 0)
    assert 0 in january.school_days_off or 1 in january.school_days_off  # New Year's week
    assert 0 in july.school_days_off and 60 not in july.school_days_off  # mid-summer, then September


def test_start_date_is_read_from_a_file() -> None:
    assert parse_text("[calendar]\nstart_date = 2016-09-01\n").calendar.start_date == date(2016, 9, 1)
    assert parse_text('[calendar]\nstart_date = "2016-09-01"\n').calendar.start_date == date(2016, 9, 1)


def weekly_contact(**changes: object) -> np.ndarray:
    out = []
    for rep in range(4):
        r = summarise_replication(UnitModel(sjobo(simulation__years=2, **changes), rep).run())
        out.append(r.series["contact_share"])
    return np.nanmean(np.array(out), axis=0)


def test_summer_dips_but_no_week_is_near_zero_and_substitutes_help() -> None:
    without = weekly_contact()
    with_subs = weekly_contact(calendar__substitutes=3)
    assert without.min() > 0.03, without.min()
    first = sjobo().simulation.warmup_weeks
    summer = [w for w in range(len(without)) if 24 <= (w + first) % 52 <= 36]
    ordinary = [w for w in range(len(without)) if 8 <= (w + first) % 52 <= 20]
    assert without[summer].mean() < without[ordinary].mean()  # summer dips
    assert with_subs[summer].mean() > without[summer].mean()


def test_fewer_followup_meetings_in_the_summer_holiday() -> None:
    def held(share: float) -> float:
        m = UnitModel(sjobo(simulation__years=1, calendar__holiday_followup_share=share), 0).run()
        summer = [w for w in range(m.weeks) if w * 7 + 2 in m.school_days_off and 20 < w < 40]
        return sum(m.counts["followup_held"][w] for w in summer)

    assert held(0.2) < held(1.0)


def test_no_school_meetings_in_the_school_holidays() -> None:
    """Every meeting could be at school, and a school meeting has no travel: in the holidays all have travel."""
    m = UnitModel(sjobo(simulation__years=1, measures__school_contacts=True, effects__school_meeting_share=1.0,
                        effects__school_travel_saving=1.0), 0)
    seen: list[tuple[float, float]] = []
    original = m.visit_task

    def spy(planned: float, *args: object, **kwargs: object) -> None:
        original(planned, *args, **kwargs)  # type: ignore[arg-type]
        newest = max((e for q in (m.visit_queue, m.extra_queue) for e in q), key=lambda e: e[1])
        seen.append((planned, newest[2].hours[1]))

    m.visit_task = spy  # type: ignore[method-assign]
    m.run()
    holiday = [travel for planned, travel in seen if int(planned) in m.school_days_off]
    term = [travel for planned, travel in seen if int(planned) not in m.school_days_off]
    assert holiday and all(t > 0 for t in holiday)
    assert term and all(t == 0 for t in term)


def test_meetings_are_rebooked_before_they_are_cancelled() -> None:
    def dropped(rebook: int) -> tuple[float, float]:
        m = UnitModel(sjobo(simulation__years=1, staff__social_workers=12, efforts__meeting_reschedules=rebook),
                      0).run()
        return sum(m.counts["visits_dropped"]), sum(m.counts["rebooked"])

    none_dropped, none_rebooked = dropped(0)
    two_dropped, two_rebooked = dropped(2)
    assert none_rebooked == 0 and two_rebooked > 0
    assert two_dropped < none_dropped
