"""The flow of a report of concern: protection assessment, initial assessment, investigation, follow-up.

All of a case's random attributes are drawn when it arrives, from the 'cases' stream, so two scenarios
run with the same seed see the same children with the same needs (common random numbers).
"""

from __future__ import annotations

from collections import deque

from barntid.sim.engine.driver import Alarm, Light, call_soon, spawn
from barntid.sim.engine.unit import MONTH, P_ASSESSMENT, P_FOLLOWUP, P_INVESTIGATION, P_PROTECTION, YEAR, Unit

ASSESSMENT_DAYS = 14.0  # SoL 11:1a
VISIT_LEAD_DAYS = 7.0  # an investigation meeting can be held from a week before its planned day
INVESTIGATION_DAYS = 4 * MONTH  # SoL 11:2


class Case:
    __slots__ = ("factor", "m", "months", "opened", "pending", "released", "reported", "u_fu", "u_inv")

    def __init__(self, m: Unit, reported: float) -> None:
        cs = m.rs["cases"]
        d = m.sc.demand
        self.m = m
        self.factor = cs.lognormal_factor(d.effort_cv)
        self.u_inv = cs.random()
        self.u_fu = cs.random()
        self.months = max(0.5, cs.exponential(d.followup_months))
        self.reported = reported
        self.opened = 0.0
        self.pending = 0
        self.released = False
        m.open_cases += 1

    def assess(self) -> None:
        """Release the initial assessment, due 14 days after the report."""
        m = self.m
        m.case_task(P_ASSESSMENT, self.reported + ASSESSMENT_DAYS, self.factor, m.assessment_hours, self.assessed)

    def assessed(self) -> None:
        m = self.m
        now = m.env.now
        week = int(now) // 7
        m.counts["assess_done"][week] += 1
        if now - self.reported <= ASSESSMENT_DAYS:
            m.counts["assess_ok"][week] += 1
        if self.u_inv < m.sc.demand.share_to_investigation:
            spawn(m.env, self.investigate(now))
        else:
            m.open_cases -= 1

    def investigate(self, opened: float) -> Light:
        """Release the investigation's steps and meetings over its planned time."""
        m = self.m
        env = m.env
        self.opened = opened
        steps, meetings = m.investigation_plan
        plan = [(opened + a, 0) for a in steps]
        plan += [(opened + a - VISIT_LEAD_DAYS, 1) for a in meetings]
        plan.sort()
        due = opened + INVESTIGATION_DAYS
        last_step = opened + steps[-1]
        for t, kind in plan:
            if t < env.now and not (kind == 0 and t == last_step and self.pending == 0):
                continue  # already done before the simulation started
            if t > env.now:
                yield t - env.now
            if kind == 0:
                self.pending += 1
                m.case_task(P_INVESTIGATION, due, self.factor, m.investigation_step_hours, self.step_done)
            else:
                m.visit_task(t + VISIT_LEAD_DAYS, self.factor)
        self.released = True
        if self.pending == 0:
            self.investigated()

    def step_done(self) -> None:
        self.pending -= 1
        if self.pending == 0 and self.released:
            self.investigated()

    def investigated(self) -> None:
        m = self.m
        now = m.env.now
        week = int(now) // 7
        m.counts["inv_done"][week] += 1
        if now - self.opened <= INVESTIGATION_DAYS:
            m.counts["inv_ok"][week] += 1
        if self.u_fu < m.sc.demand.share_to_followup:
            m.follow_ups.begin(self, self.months)
        else:
            m.open_cases -= 1


class FollowUps:
    """The cases in follow-up: a round of work and planned meetings each month until the intervention ends.

    A case's rounds are exactly a month apart, so a queue of cases in the order of their next round stays
    in time order when each round puts its case at the back. One alarm on SimPy's queue serves them all:
    no process per case, and no heap that grows with the caseload.
    """

    def __init__(self, m: Unit) -> None:
        self.m = m
        ef = m.sc.efforts
        self.per_month, self.hours, self.horizon = ef.followup_visits_per_month, m.followup_hours, m.horizon
        # (time of the next round, case, end of the intervention, the meetings accumulator)
        self.due: deque[tuple[float, Case, float, float]] = deque()
        self.alarm = Alarm(m.env, self._ring)
        self.ringing = False

    def begin(self, case: Case, months: float) -> None:
        """A case enters follow-up now: its first round at once (after the event in progress)."""
        env = self.m.env

        def first() -> None:
            now = env.now
            self._round(now, case, now + months * MONTH, 0.5)

        call_soon(env, first)

    def ongoing(self, cases: list[tuple[float, Case]]) -> None:
        """Cases already in follow-up on day 0, with the day of their next round."""
        for t, case in sorted(cases, key=lambda tc: tc[0]):
            self._enqueue((t, case, t + case.months * MONTH, 0.5))

    def _enqueue(self, entry: tuple[float, Case, float, float]) -> None:
        if self.due and entry[0] < self.due[-1][0]:
            raise AssertionError(f"follow-up round at {entry[0]} queued after one at {self.due[-1][0]}")
        idle = not self.due and not self.ringing
        self.due.append(entry)
        if idle:
            self.alarm.set(entry[0])

    def _ring(self) -> None:
        t, case, end, acc = self.due.popleft()
        self.ringing = True
        self._round(t, case, end, acc)
        self.ringing = False
        if self.due:
            self.alarm.set(self.due[0][0])

    def _round(self, now: float, case: Case, end: float, acc: float) -> None:
        m = self.m
        if now < end and now < self.horizon:
            acc += self.per_month
            n = int(acc)
            acc -= n
            factor = case.factor
            for j in range(n):
                m.visit_task(now + MONTH * (j + 0.5) / n, factor)
            m.case_task(P_FOLLOWUP, now + MONTH, factor, self.hours)
            self._enqueue((now + MONTH, case, end, acc))
        else:
            m.open_cases -= 1


def report(m: Unit) -> None:
    """A new report of concern: protection assessment by the next day, then the initial assessment."""
    now = m.env.now
    case = Case(m, now)
    m.case_task(P_PROTECTION, now + 1.0, case.factor, m.protection_hours)
    case.assess()


def arrivals(m: Unit) -> Light:
    """Reports arrive as a Poisson process whose daily rate follows the season and any surges."""
    env, d, rs = m.env, m.sc.demand, m.rs["arrivals"]
    base = d.reports_per_week / 7.0
    surges = [(s.start_week * 7, (s.start_week + s.weeks) * 7, s.multiplier) for s in d.surges]
    for day in range(m.horizon):
        lam = base * d.seasonal[int((day % YEAR) / MONTH) % 12]
        for a, b, mult in surges:
            if a <= day < b:
                lam *= mult
        times = sorted(day + rs.random() for _ in range(rs.poisson(lam)))
        for t in times:
            yield t - env.now
            report(m)
        yield day + 1 - env.now


def start(m: Unit) -> None:
    """The caseload open on day 0, then the arrival process."""
    ini = m.sc.initial
    cs = m.rs["cases"]
    for _ in range(ini.assessments):
        Case(m, -cs.random() * 10.0).assess()
    for age, n in enumerate(ini.investigations_by_month):
        for _ in range(n):
            case = Case(m, -(age + 1) * MONTH)
            spawn(m.env, case.investigate(-(age + cs.random()) * MONTH))
    ongoing = []
    for _ in range(ini.followups):
        case = Case(m, -YEAR)
        ongoing.append((cs.random() * MONTH, case))
    m.follow_ups.ongoing(ongoing)
    spawn(m.env, arrivals(m))
