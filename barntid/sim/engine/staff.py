"""Positions, the people in them, and how they come and go.

Each position (FTE) is held by an employee, by a consultant, or is vacant. Employees leave with a weekly
hazard that is higher in their first years and rises with sustained stress; stress also brings sickness
spells. Stress is an index of what people feel: statutory work waiting, meetings cancelled or cut short,
and overtime. A vacancy is filled after a recruitment delay (longer while a surge tightens the labour
market), and under the 'after' policy a consultant covers it from a set number of weeks; consultants may
also be hired on top of the positions while the backlog is high. Newcomers are less productive while
inducted and take mentoring hours from experienced colleagues.
"""

from __future__ import annotations

import math

import numpy as np

from barntid.sim.engine.calendar import model_day, summer_rota
from barntid.sim.engine.driver import Light, spawn
from barntid.sim.engine.rng import substream
from barntid.sim.engine.unit import MONTH, YEAR, Unit

STRESS_SPELL_DAYS = 10  # workdays of a sickness spell brought on by stress (assumption)


class Worker:
    __slots__ = ("absent", "active", "consultant", "fte", "hired", "sick", "slot")

    def __init__(self, slot: int, fte: float, hired: float, consultant: bool, absent: set[int],
                 sick: set[int]) -> None:
        self.slot = slot
        self.fte = fte
        self.hired = hired
        self.consultant = consultant
        self.active = True
        self.absent = absent  # every day off: holidays, leave and sickness
        self.sick = sick  # the days off sick (a subset of absent)


def base_hazard(annual_rate: float, factor: float, first_years: float) -> float:
    """The yearly leaving hazard after the first years such that, with `factor` times that hazard in the
    first years, a position's holders leave at `annual_rate` a year in the long run (a renewal process:
    the rate is one over the mean time in post)."""
    if annual_rate <= 0:
        return 0.0

    def rate(a: float) -> float:
        af = a * factor
        mean = (1 - math.exp(-af * first_years)) / af + math.exp(-af * first_years) / a
        return 1.0 / mean

    lo, hi = 1e-9, 50.0
    for _ in range(80):
        mid = 0.5 * (lo + hi)
        lo, hi = (mid, hi) if rate(mid) < annual_rate else (lo, mid)
    return 0.5 * (lo + hi)


def tenure_sampler(a: float, factor: float, first_years: float, at_least: float) -> np.ndarray:
    """Years in post of the people in post in the long run (density proportional to survival), at least
    `at_least`: a table of the inverse distribution function on 1,001 points."""
    t = np.linspace(at_least, at_least + 60.0, 20001)
    log_survival = -np.minimum(t, first_years) * a * factor - np.maximum(t - first_years, 0.0) * a
    density = np.exp(log_survival) if a > 0 else np.ones_like(t)
    cdf = np.concatenate(([0.0], np.cumsum(0.5 * (density[1:] + density[:-1]) * np.diff(t))))
    cdf /= cdf[-1]
    return np.interp(np.linspace(0.0, 1.0, 1001), cdf, t)


def fte_list(social_workers: float) -> list[float]:
    """Posts of one FTE each and, for a fraction, one part-time post."""
    full = int(social_workers + 1e-9)
    return [1.0] * full + ([social_workers - full] if social_workers - full > 1e-9 else [])


class Staffing:
    def __init__(self, m: Unit) -> None:
        self.m = m
        sc = m.sc
        self.fte = fte_list(sc.staff.social_workers)
        # The slots that are positions, in order; backlog consultants and positions a timeline adds take slots
        # beyond the first ones, and a position the timeline removes is closed.
        self.position_slots = list(range(len(self.fte)))
        self.closed: set[int] = set()
        self.slots: list[Worker | None] = [None] * len(self.fte)
        self._absence = [substream(m.rs["absence"], i) for i in range(len(self.fte))]
        cal = sc.calendar
        rota_gen = m.rs["calendar"].gen
        # The summer leave rota, a year at a time (year -1 covers a start late in the year): the model days
        # each position's holder is on summer leave. Positions added later (backlog consultants) have none.
        self.summer: dict[int, list[list[int]]] = {}
        for y in range(-1, m.horizon // YEAR + 2):
            weeks = summer_rota(len(self.fte), cal.summer_leave_weeks, cal.summer_first_week,
                                cal.summer_last_week, cal.staffing_floor, rota_gen)
            self.summer[y] = [[d for w in ws for d in range(model_day(w, y, m.day0), model_day(w, y, m.day0) + 7)
                               if d % 7 < 5] for ws in weeks]
        self.substitute_weeks = {
            (model_day(cal.substitute_first_week, y, m.day0) + 7 * i) // 7
            for y in range(-1, m.horizon // YEAR + 2) for i in range(cal.substitute_weeks)}
        self.ramp_days = sc.turnover.ramp_months * MONTH
        self.mentor_day = 0.0
        self.overload = 0.0  # the stress index, a moving average over about 8 weeks
        self.backlog = 0.0  # statutory work waiting, weeks per staffed position, same average
        self.backlog_hired = 0
        t = sc.turnover
        self.hazard = base_hazard(t.annual_rate, t.first_years_factor, t.first_years)
        self.first_days = t.first_years * YEAR
        self.market = [(a * 7, (a + n) * 7 + t.surge_market_weeks * 7) for a, n in
                       [(s.start_week, s.weeks) for s in sc.demand.surges]
                       + [(w.start_week, w.weeks) for w in sc.demand.unaccompanied]]
        spawn(m.env, self.weekly())
        ini = sc.initial
        vac = min(ini.vacancies, len(self.fte))
        new = min(ini.newcomers, len(self.fte) - vac)
        init = m.rs["turnover"]
        tenure = tenure_sampler(self.hazard, t.first_years_factor, t.first_years, 1.0)
        for i in range(len(self.fte)):
            if i < vac:
                spawn(m.env, self.recruit(i))
            elif i < vac + new:
                self.start(i, hired=-init.random() * YEAR)
            else:
                self.start(i, hired=-float(tenure[int(init.random() * 1000)]) * YEAR)

    # --- people ---------------------------------------------------------------------------------
    def absence(self, slot: int, start: int) -> tuple[set[int], set[int]]:
        """Days off from `start` on: leave (the position's summer weeks in the rota, the rest spread over the
        year), sickness and public holidays; and the days off sick among them."""
        gen: np.random.Generator = self._absence[slot]
        sc = self.m.sc.staff
        end = self.m.horizon
        days: set[int] = {d for d in self.m.holidays if start <= d < end}
        for y in range(-1, end // YEAR + 2):
            rota = self.summer.get(y, [])
            workdays = rota[slot][:sc.leave_days] if slot < len(rota) else []
            rest = max(0, sc.leave_days - len(workdays))
            drawn = gen.integers(y * YEAR - self.m.day0, (y + 1) * YEAR - self.m.day0, size=rest * 2)
            taken = set(workdays) | self.m.holidays
            spread = list(dict.fromkeys(d for d in drawn.tolist() if d % 7 < 5 and d not in taken))[:rest]
            days.update(d for d in (*workdays, *spread) if start <= d < end)
        sick: set[int] = set()
        if sc.sickness_share > 0 and end > start:
            drawn = np.nonzero(gen.random(end - start) < sc.sickness_share)[0] + start
            sick = {d for d in drawn.tolist() if d % 7 < 5 and d not in days}
            days.update(sick)
        return days, sick

    def start(self, slot: int, hired: float, consultant: bool = False) -> Worker:
        m = self.m
        now = int(m.env.now)
        w = Worker(slot, self.fte[slot], hired, consultant, *self.absence(slot, now))
        self.slots[slot] = w
        spawn(m.env, m.work(w))
        return w

    def fall_sick(self, w: Worker, day: int) -> None:
        """A sickness spell from the next workday: STRESS_SPELL_DAYS workdays not already off."""
        d, n = day + 1, 0
        while n < STRESS_SPELL_DAYS and d < self.m.horizon:
            if d % 7 < 5:
                n += 1
                if d not in w.absent:
                    w.absent.add(d)
                    w.sick.add(d)
            d += 1

    def market_factor(self, now: float) -> float:
        """How much longer recruitment takes now: longer during and after a surge."""
        if any(a <= now < b for a, b in self.market):
            return self.m.sc.turnover.surge_recruitment_factor
        return 1.0

    def backlog_consultant(self) -> Light:
        """A consultant hired on top of the positions while the backlog stays above the threshold."""
        m, t = self.m, self.m.sc.turnover
        env = m.env
        yield t.backlog_delay_weeks * 7 * self.market_factor(env.now)
        slot = self.add_slot(1.0)
        self.start(slot, hired=env.now, consultant=True)
        while True:
            yield t.backlog_contract_weeks * 7
            if self.backlog <= t.backlog_threshold_weeks or env.now >= m.horizon:
                break
        self.stop(slot)
        self.backlog_hired -= 1

    def add_slot(self, fte: float) -> int:
        m = self.m
        slot = len(self.fte)
        self.fte.append(fte)
        self.slots.append(None)
        self._absence.append(substream(m.rs["absence"], slot))
        return slot

    def resize(self, social_workers: float) -> None:
        """A timeline step changes the number of posts: posts beyond the new number close (their holders move
        to other work, not counted as leavers); new posts open as vacancies and are recruited."""
        target = fte_list(social_workers)
        current = [self.fte[s] for s in self.position_slots]
        keep = 0
        while keep < min(len(target), len(current)) and abs(current[keep] - target[keep]) < 1e-9:
            keep += 1
        for slot in self.position_slots[keep:]:
            self.closed.add(slot)
            self.stop(slot)
        self.position_slots = self.position_slots[:keep]
        for f in target[keep:]:
            slot = self.add_slot(f)
            self.position_slots.append(slot)
            spawn(self.m.env, self.recruit(slot))

    def stop(self, slot: int) -> None:
        w = self.slots[slot]
        if w is not None:
            w.active = False
            self.slots[slot] = None

    def recruit(self, slot: int) -> Light:
        """A vacancy: a consultant may cover it after some weeks, until the new employee starts."""
        m, t = self.m, self.m.sc.turnover
        env = m.env
        delay = m.rs["recruitment"].gamma_mean(t.recruitment_weeks * 7) * self.market_factor(env.now)
        after = t.consultant_after_weeks * 7
        if t.consultant_policy == "after" and delay > after:
            yield after
            if slot in self.closed:
                return
            self.start(slot, hired=env.now, consultant=True)
            yield delay - after
            self.stop(slot)
        else:
            yield delay
        if env.now < m.horizon and slot not in self.closed:
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
        t = sc.turnover
        cal = sc.calendar
        sickness = m.rs["sickness"]
        contracted = wk_hours / 5.0
        while True:
            week = int(env.now + 1e-9) // 7
            if week >= m.weeks:
                return
            st, ms = m.sc.staff, m.sc.measures  # a timeline may change posts and measures
            fixed = (st.admin_fte * c.admin_salary + st.assistant_fte * c.assistant_salary) * (
                1 + c.employer_fee) * per_week
            laptops = c.laptop_per_year / 52.0 if ms.mobile_documentation else 0.0
            jour = c.socialjour_per_year / 52.0 if ms.socialjour else 0.0
            m.admin_budget = m.admin_week
            m.assistant_budget = m.assistant_week
            m.sweep_meetings(env.now)
            if week in self.substitute_weeks and cal.substitutes > 0:
                # Summer substitutes take practical tasks and delegable administration, half each (assumption).
                sub_hours = cal.substitutes * wk_hours * cal.substitute_productivity
                m.admin_budget += 0.5 * sub_hours
                m.assistant_budget += 0.5 * sub_hours
                counts["cost_sek"][week] += cal.substitutes * c.assistant_salary * (1 + c.employer_fee) * per_week
            day = week * 7
            emp = [w for w in self.slots if w is not None and not w.consultant]
            cons = [w for w in self.slots if w is not None and w.consultant]
            new = sum(1 for w in emp if day - w.hired < YEAR)
            counts["veterans"][week] = sum(1 for w in emp if day - w.hired >= 5 * YEAR)
            in_ramp = sum(1 for w in emp if day - w.hired < self.ramp_days)
            emp_fte = sum(w.fte for w in emp)
            cons_fte = sum(w.fte for w in cons)
            staffed = emp_fte + cons_fte
            counts["employees"][week] = len(emp)
            counts["newcomers"][week] = new
            counts["experienced"][week] = len(emp) - new
            counts["consultants"][week] = len(cons)
            positions = self.position_slots
            counts["positions"][week] = len(positions)
            counts["vacant"][week] = len(positions) - sum(1 for i in positions if self.slots[i] is not None)
            counts["staffed"][week] = staffed
            counts["backlog"][week] = m.mandatory_hours
            counts["open_cases"][week] = m.open_cases
            counts["followup_cases"][week] = m.follow_ups.active
            counts["consultant_cost"][week] = cons_fte * c.consultant_monthly * per_week
            counts["cost_sek"][week] += (emp_fte * c.social_worker_salary * (1 + c.employer_fee) * per_week
                                         + counts["consultant_cost"][week] + fixed + jour
                                         + (len(emp) + len(cons) + st.admin_fte + st.assistant_fte)
                                         * laptops)
            experienced = len(emp) - in_ramp
            self.mentor_day = (sc.turnover.mentoring_hours_per_week / 5.0 * in_ramp / experienced
                               if experienced else 0.0)
            # Stress: statutory work waiting (weeks per position), last week's meetings lost (cancelled, or the
            # hours cut from late ones) and overtime (share of contracted hours).
            statutory = sum(task.total for heap in m.queues[1:4] for _, _, task in heap)
            pressure = min(10.0, statutory / (staffed * wk_hours)) if staffed else 10.0
            stress = pressure
            if week > 0:
                held, dropped = counts["visits_held"][week - 1], counts["visits_dropped"][week - 1]
                if held + dropped > 0:
                    lost = dropped + counts["cut_hours"][week - 1] / max(0.1, sc.efforts.visit_contact_hours)
                    stress += t.stress_meeting_weight * min(1.0, lost / (held + dropped))
                present = counts["present_days"][week - 1]
                if present > 0:
                    stress += t.stress_overtime_weight * counts["overtime"][week - 1] / (present * contracted)
            stress = min(10.0, stress)
            counts["stress"][week] = stress
            self.overload += alpha * (stress - self.overload)
            self.backlog += alpha * (pressure - self.backlog)
            excess = max(0.0, self.overload - t.stress_threshold)
            if t.backlog_consultants and self.backlog > t.backlog_threshold_weeks and (
                    self.backlog_hired < t.backlog_consultants):
                self.backlog_hired += 1
                spawn(env, self.backlog_consultant())
            stressed = 1.0 + t.overload_sensitivity * excess
            p_settled = 1.0 - math.exp(-self.hazard * stressed / 52.0)
            p_first = 1.0 - math.exp(-self.hazard * t.first_years_factor * stressed / 52.0)
            p_sick = min(1.0, sc.staff.sickness_share * t.sickness_stress_sensitivity * excess * 5
                         / STRESS_SPELL_DAYS)
            for i in positions:
                w = self.slots[i]
                u = turnover.random()
                v = sickness.random()
                if w is None or w.consultant:
                    continue
                if u < (p_first if day - w.hired < self.first_days else p_settled):
                    self.stop(i)
                    counts["leavers"][week] += 1
                    spawn(env, self.recruit(i))
                elif v < p_sick:
                    self.fall_sick(w, day)
            yield day + 7 - env.now
