"""The flow of a report of concern: protection assessment, initial assessment, investigation, follow-up.

All of a case's random attributes are drawn when it arrives, from the 'cases' stream (unaccompanied
children from their own stream), whatever the scenario, so two scenarios run with the same seed see the
same children with the same needs (common random numbers).

An investigation is decided when its steps are done, its required conversations with the child and the
guardians have been held, and the statements it waits for (school, child psychiatry, police, health care)
have arrived; a social worker cannot hurry the statements.
"""

from __future__ import annotations

from collections import deque

from barntid.sim.engine.driver import Alarm, Light, call_soon, spawn
from barntid.sim.engine.rng import Stream
from barntid.sim.engine.unit import (
    FOLLOWUP_MEETING,
    MONTH,
    P_ASSESSMENT,
    P_FOLLOWUP,
    P_INVESTIGATION,
    P_PROTECTION,
    YEAR,
    Unit,
)

ASSESSMENT_DAYS = 14.0  # SoL 11:1a
VISIT_LEAD_DAYS = 7.0  # an investigation meeting can be held from a week before its planned day
INVESTIGATION_DAYS = 4 * MONTH  # SoL 11:2
STATEMENT_CV = 0.5  # spread of the wait for statements (assumption)
OFFICE_HOURS = 1.0 / 3.0  # the unit's working day is the first third of the model's day (8 of 24 hours)


class Case:
    __slots__ = ("factor", "held", "m", "months", "need", "opened", "pending", "placed", "released",
                 "reported", "span", "statements", "u_fu", "u_inv")

    def __init__(self, m: Unit, reported: float, stream: Stream | None = None, placed: bool = False) -> None:
        cs = stream or m.rs["cases"]
        d, ef = m.sc.demand, m.sc.efforts
        self.m = m
        self.factor = cs.lognormal_factor(d.effort_cv)
        self.u_inv = cs.random()
        self.u_fu = cs.random()
        self.months = max(0.5, cs.exponential(d.followup_months))
        # Drawn for every case, used or not, so that the draws stay aligned across scenarios.
        self.span = ef.investigation_target_days * cs.lognormal_factor(ef.investigation_days_cv)
        wait = ef.statement_days * cs.lognormal_factor(STATEMENT_CV)
        self.statements = wait if cs.random() < ef.statement_share else 0.0
        self.reported = reported
        self.opened = 0.0
        self.pending = 0
        self.held = 0
        self.need = 0
        self.released = False
        self.placed = placed
        m.open_cases += 1

    def protected(self) -> None:
        """The unit's protection assessment is done: counted as on time if done by the next day."""
        m = self.m
        now = m.env.now
        week = int(now) // 7
        m.counts["prot_done"][week] += 1
        if now < int(self.reported) + 2:
            m.counts["prot_ok"][week] += 1

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
        """Release the investigation's steps and meetings over its planned time; the last step waits for the
        statements."""
        m = self.m
        env = m.env
        self.opened = opened
        m.open_investigations.add(self)
        steps, meetings, required = m.investigation_plan
        span = self.span
        plan = [(opened + a * span, 0) for a in steps]
        plan[-1] = (max(plan[-1][0], opened + self.statements), 0)
        plan += [(opened + a * span - VISIT_LEAD_DAYS, 2 if req else 1)
                 for a, req in zip(meetings, required, strict=True)]
        plan.sort()
        self.need = sum(required)
        due = opened + INVESTIGATION_DAYS
        last_step = max(t for t, k in plan if k == 0)
        for t, kind in plan:
            if t < env.now:  # before the simulation started: done then
                if kind == 2:
                    self.held += 1
                if not (kind == 0 and t == last_step and self.pending == 0):
                    continue
            if t > env.now:
                yield t - env.now
            if kind == 0:
                self.pending += 1
                m.case_task(P_INVESTIGATION, due, self.factor, m.investigation_step_hours, self.step_done)
            else:
                if kind == 2:
                    m.visit_task(t + VISIT_LEAD_DAYS, self.factor, self.meeting_held)
                else:
                    m.visit_task(t + VISIT_LEAD_DAYS, self.factor, booked=False)
        self.released = True
        self._check()

    def step_done(self) -> None:
        self.pending -= 1
        self._check()

    def meeting_held(self) -> None:
        self.held += 1
        self._check()

    def _check(self) -> None:
        if self.pending == 0 and self.released and self.held >= self.need:
            self.investigated()

    def investigated(self) -> None:
        m = self.m
        now = m.env.now
        week = int(now) // 7
        m.open_investigations.discard(self)
        m.counts["inv_done"][week] += 1
        if now - self.opened <= INVESTIGATION_DAYS:
            m.counts["inv_ok"][week] += 1
        m.investigation_days.append((week, now - self.reported))
        self.released = False  # decided once: nothing that finishes later decides it again
        if self.placed or self.u_fu < m.sc.demand.share_to_followup:
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
        self.min_per_month = min(ef.followup_min_visits_per_month, self.per_month)
        # (time of the next round, case, end of the intervention, the accumulators of desired and of booked
        # meetings); a round's booked meetings are the first of its meetings.
        self.due: deque[tuple[float, Case, float, float, float]] = deque()
        self.alarm = Alarm(m.env, self._ring)
        self.ringing = False
        self.summer_share = m.sc.calendar.holiday_followup_share
        self.draws = m.rs["calendar"]
        self.day0 = m.day0

    @property
    def active(self) -> int:
        """Cases in follow-up now (each waits in the queue for its next round)."""
        return len(self.due)

    def christmas(self, t: float) -> bool:
        """The Christmas break is a school holiday, but the summer share applies only in the summer."""
        return not (YEAR // 4 < (int(t) + self.day0) % YEAR < 3 * YEAR // 4)

    def begin(self, case: Case, months: float) -> None:
        """A case enters follow-up now: its first round at once (after the event in progress)."""
        env = self.m.env

        def first() -> None:
            now = env.now
            self._round(now, case, now + months * MONTH, 0.5, 0.5)

        call_soon(env, first)

    def ongoing(self, cases: list[tuple[float, Case]]) -> None:
        """Cases already in follow-up on day 0, with the day of their next round."""
        for t, case in sorted(cases, key=lambda tc: tc[0]):
            self._enqueue((t, case, t + case.months * MONTH, 0.5, 0.5))

    def _enqueue(self, entry: tuple[float, Case, float, float, float]) -> None:
        if self.due and entry[0] < self.due[-1][0]:
            raise AssertionError(f"follow-up round at {entry[0]} queued after one at {self.due[-1][0]}")
        idle = not self.due and not self.ringing
        self.due.append(entry)
        if idle:
            self.alarm.set(entry[0])

    def _ring(self) -> None:
        t, case, end, acc, acc_min = self.due.popleft()
        self.ringing = True
        self._round(t, case, end, acc, acc_min)
        self.ringing = False
        if self.due:
            self.alarm.set(self.due[0][0])

    def _round(self, now: float, case: Case, end: float, acc: float, acc_min: float) -> None:
        m = self.m
        if now < end and now < self.horizon:
            acc += self.per_month
            n = int(acc)
            acc -= n
            acc_min += self.min_per_month
            booked = int(acc_min)
            acc_min -= booked
            factor = case.factor
            holiday, keep, draws = m.school_days_off, self.summer_share, self.draws
            for j in range(n):
                t = now + MONTH * (j + 0.5) / n
                # In the school holidays many families are away: only a share of the meetings are planned.
                if draws.random() < keep or int(t) not in holiday or self.christmas(t):
                    m.visit_task(t, factor, booked=j < booked, stage=FOLLOWUP_MEETING)
            m.case_task(P_FOLLOWUP, now + MONTH, factor, self.hours, expire=now + 2 * MONTH)
            self._enqueue((now + MONTH, case, end, acc, acc_min))
        else:
            m.open_cases -= 1


def report(m: Unit) -> None:
    """A new report of concern: a protection assessment by the next day (the out-of-hours service takes
    evenings, weekends and holidays where there is one), then the initial assessment."""
    now = m.env.now
    case = Case(m, now)
    day = int(now)
    if m.sc.measures.socialjour and (now - day >= OFFICE_HOURS or day % 7 >= 5 or day in m.holidays):
        week = day // 7
        m.counts["prot_done"][week] += 1
        m.counts["prot_ok"][week] += 1
        m.case_task(P_PROTECTION, now + 1.0, 1.0, m.jour_handover_hours)
    else:
        m.case_task(P_PROTECTION, now + 1.0, case.factor, m.protection_hours, case.protected)
    case.assess()


def arrivals(m: Unit) -> Light:
    """Reports arrive as a Poisson process whose daily rate follows the weekday, the season and any surges;
    unaccompanied children are placed with the unit in waves, each child straight into an investigation."""
    env, d, rs = m.env, m.sc.demand, m.rs["arrivals"]
    kids = m.rs["unaccompanied"]
    base = d.reports_per_week / 7.0
    weekday, weekend = d.weekday_share * 7 / 5, (1.0 - d.weekday_share) * 7 / 2
    ooh = d.out_of_hours_share

    def clock(day: int, u: float) -> float:
        """The time of a report: a weekday's in office hours or (a share of them) in the evening."""
        if day % 7 >= 5:
            return day + u
        if u < ooh:
            return day + OFFICE_HOURS + (1 - OFFICE_HOURS) * u / ooh
        return day + OFFICE_HOURS * (u - ooh) / (1 - ooh)

    surges = [(s.start_week * 7, (s.start_week + s.weeks) * 7, s.multiplier) for s in d.surges]
    waves = [(w.start_week * 7, (w.start_week + w.weeks) * 7, w.per_week / 7.0, w.followup_months)
             for w in d.unaccompanied]
    for day in range(m.horizon):
        lam = base * d.seasonal[int(((day + m.day0) % YEAR) / MONTH) % 12] * (weekday if day % 7 < 5 else weekend)
        for a, b, mult in surges:
            if a <= day < b:
                lam *= mult
        events: list[tuple[float, float | None]] = [(clock(day, rs.random()), None)
                                                    for _ in range(rs.poisson(lam))]
        for a, b, rate, wave_months in waves:
            if a <= day < b:
                events += [(day + kids.random(), wave_months) for _ in range(kids.poisson(rate))]
        for t, placement in sorted(events, key=lambda e: e[0]):
            yield t - env.now
            if placement is None:
                report(m)
            else:
                child = Case(m, t, stream=kids, placed=True)
                child.months = max(0.5, kids.exponential(placement))
                spawn(env, child.investigate(t))
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
