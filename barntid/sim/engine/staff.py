"""Positions, the people in them, and how they come and go.

Each position (FTE) is held by an employee, by a consultant, or is vacant. Employees leave with a weekly
hazard that rises with sustained overload; a vacancy is filled after a recruitment delay, and under the
'after' policy a consultant covers it from a set number of weeks. Newcomers are less productive while
inducted and take mentoring hours from experienced colleagues.
"""

from __future__ import annotations

import math

import numpy as np

from barntid.sim.engine.driver import Light, spawn
from barntid.sim.engine.rng import substream
from barntid.sim.engine.unit import MONTH, YEAR, Unit

# Swedish public holidays that usually fall on weekdays (day of year, approximate for moving feasts).
HOLIDAYS = (0, 5, 95, 98, 120, 134, 156, 172, 357, 358, 359, 364)
SUMMER_FIRST_WEEK, SUMMER_LAST_START = 25, 29


class Worker:
    __slots__ = ("absent", "active", "consultant", "fte", "hired", "slot")

    def __init__(self, slot: int, fte: float, hired: float, consultant: bool, absent: set[int]) -> None:
        self.slot = slot
        self.fte = fte
        self.hired = hired
        self.consultant = consultant
        self.active = True
        self.absent = absent


class Staffing:
    def __init__(self, m: Unit) -> None:
        self.m = m
        sc = m.sc
        n = sc.staff.social_workers
        full = int(n + 1e-9)
        self.fte = [1.0] * full + ([n - full] if n - full > 1e-9 else [])
        self.slots: list[Worker | None] = [None] * len(self.fte)
        self._absence = [substream(m.rs["absence"], i) for i in range(len(self.fte))]
        self.ramp_days = sc.turnover.ramp_months * MONTH
        self.mentor_day = 0.0
        self.overload = 0.0
        years = m.horizon // YEAR + 2
        self.holidays = {y * YEAR + d for y in range(years) for d in HOLIDAYS}
        spawn(m.env, self.weekly())
        ini = sc.initial
        vac = min(ini.vacancies, len(self.fte))
        new = min(ini.newcomers, len(self.fte) - vac)
        init = m.rs["turnover"]
        for i in range(len(self.fte)):
            if i < vac:
                spawn(m.env, self.recruit(i))
            elif i < vac + new:
                self.start(i, hired=-init.random() * YEAR)
            else:
                self.start(i, hired=-(3 + 5 * init.random()) * YEAR)

    # --- people ---------------------------------------------------------------------------------
    def absence(self, slot: int, start: int) -> set[int]:
        """Leave (four summer weeks, the rest spread), sickness and public holidays from `start` on."""
        gen: np.random.Generator = self._absence[slot]
        sc = self.m.sc.staff
        end = self.m.horizon
        days: set[int] = {d for d in self.holidays if start <= d < end}
        summer = min(20, sc.leave_days)
        for y in range(start // YEAR, end // YEAR + 1):
            first = y * YEAR + 7 * int(gen.integers(SUMMER_FIRST_WEEK, SUMMER_LAST_START + 1))
            workdays = [d for d in range(first, first + 28) if d % 7 < 5][:summer]
            rest = gen.integers(y * YEAR, (y + 1) * YEAR, size=max(0, sc.leave_days - summer) * 2)
            spread = [d for d in rest.tolist() if d % 7 < 5][: max(0, sc.leave_days - summer)]
            days.update(d for d in (*workdays, *spread) if start <= d < end)
        if sc.sickness_share > 0 and end > start:
            sick = np.nonzero(gen.random(end - start) < sc.sickness_share)[0] + start
            days.update(sick.tolist())
        return days

    def start(self, slot: int, hired: float, consultant: bool = False) -> Worker:
        m = self.m
        now = int(m.env.now)
        w = Worker(slot, self.fte[slot], hired, consultant, self.absence(slot, now))
        self.slots[slot] = w
        spawn(m.env, m.work(w))
        return w

    def stop(self, slot: int) -> None:
        w = self.slots[slot]
        if w is not None:
            w.active = False
            self.slots[slot] = None

    def recruit(self, slot: int) -> Light:
        """A vacancy: a consultant may cover it after some weeks, until the new employee starts."""
        m, t = self.m, self.m.sc.turnover
        env = m.env
        delay = m.rs["recruitment"].gamma_mean(t.recruitment_weeks * 7)
        after = t.consultant_after_weeks * 7
        if t.consultant_policy == "after" and delay > after:
            yield after
            self.start(slot, hired=env.now, consultant=True)
            yield delay - after
            self.stop(slot)
        else:
            yield delay
        if env.now < m.horizon:
            week = int(env.now) // 7
            m.counts["hires"][week] += 1
            m.counts["cost_sek"][week] += m.sc.costs.recruitment_cost
            self.start(slot, hired=env.now)

    def induction_hours(self, w: Worker, day: int, cap: float) -> float:
        """Hours of the day that go to induction (a newcomer) or mentoring newcomers (the experienced)."""
        if w.consultant:
            return 0.0
        tenure = day - w.hired
        if tenure < self.ramp_days:
            t = self.m.sc.turnover
            productivity = t.start_productivity + (1 - t.start_productivity) * tenure / self.ramp_days
            return (1.0 - productivity) * cap
        return min(self.mentor_day * w.fte, 0.5 * cap)

    # --- the weekly round: budgets, sampling, overload and turnover -----------------------------
    def weekly(self) -> Light:
        m = self.m
        env = m.env
        sc = m.sc
        turnover = m.rs["turnover"]
        counts = m.counts
        alpha = 1.0 / 8.0
        wk_hours = sc.staff.weekly_hours
        c = sc.costs
        per_week = 12.0 / 52.0
        fixed = (sc.staff.admin_fte * c.admin_salary + sc.staff.assistant_fte * c.assistant_salary) * (
            1 + c.employer_fee) * per_week
        laptops = c.laptop_per_year / 52.0 if sc.measures.mobile_documentation else 0.0
        while True:
            week = int(env.now + 1e-9) // 7
            if week >= m.weeks:
                return
            m.admin_budget = m.admin_week
            m.assistant_budget = m.assistant_week
            day = week * 7
            emp = [w for w in self.slots if w is not None and not w.consultant]
            cons = [w for w in self.slots if w is not None and w.consultant]
            new = sum(1 for w in emp if day - w.hired < YEAR)
            in_ramp = sum(1 for w in emp if day - w.hired < self.ramp_days)
            emp_fte = sum(w.fte for w in emp)
            cons_fte = sum(w.fte for w in cons)
            staffed = emp_fte + cons_fte
            counts["employees"][week] = len(emp)
            counts["newcomers"][week] = new
            counts["experienced"][week] = len(emp) - new
            counts["consultants"][week] = len(cons)
            counts["vacant"][week] = len(self.fte) - len(emp) - len(cons)
            counts["staffed"][week] = staffed
            counts["backlog"][week] = m.mandatory_hours
            counts["open_cases"][week] = m.open_cases
            counts["cost_sek"][week] += (emp_fte * c.social_worker_salary * (1 + c.employer_fee) * per_week
                                         + cons_fte * c.consultant_monthly * per_week + fixed
                                         + (len(emp) + len(cons) + sc.staff.admin_fte + sc.staff.assistant_fte)
                                         * laptops)
            experienced = len(emp) - in_ramp
            self.mentor_day = (sc.turnover.mentoring_hours_per_week / 5.0 * in_ramp / experienced
                               if experienced else 0.0)
            pressure = min(10.0, m.mandatory_hours / (staffed * wk_hours)) if staffed else 10.0
            self.overload += alpha * (pressure - self.overload)
            hazard = sc.turnover.annual_rate * (1 + sc.turnover.overload_sensitivity * max(0.0, self.overload - 1))
            p_leave = 1.0 - math.exp(-hazard / 52.0)
            for i, w in enumerate(self.slots):
                u = turnover.random()
                if w is not None and not w.consultant and u < p_leave:
                    self.stop(i)
                    counts["leavers"][week] += 1
                    spawn(env, self.recruit(i))
            yield day + 7 - env.now
