"""The unit: one SimPy environment, a shared work queue, and the social workers who work through it.

Time is in days; day 0 is a Monday in January. Work is a priority queue: legal deadlines first
(protection assessment, the 14-day initial assessment, the 4-month investigation), then follow-up work,
then planned meetings with children. Meetings are the elastic part: one not held within its window is
cancelled, and one held late is shortened. Every worked hour is booked to exactly one category.
"""

from __future__ import annotations

import gc
import math
from heapq import heappop, heappush
from typing import Any

import simpy

from . import cases, staff
from .accounting import (
    ADMIN,
    CATEGORIES,
    COLLAB,
    CONTACT,
    DEVELOPMENT,
    DOCUMENTATION,
    INDUCTION,
    PRACTICAL,
    SUPERVISION,
    TRAVEL,
    UNALLOCATED,
)
from .cases import P_COMPANION, P_VISIT
from .rng import make_streams
from .schema import Scenario
from .trace import Trace, record_days

NCAT = len(CATEGORIES)
MANDATORY, VISIT, COMPANION, STARTED = 0, 1, 2, 3


class Task:
    """A piece of work: hours by category, released to the queue, done by one social worker."""

    __slots__ = ("done", "expire", "kind", "parts", "planned", "total")

    def __init__(self, parts: list[list[Any]], kind: int = MANDATORY, done: Any = None,
                 planned: float = 0.0, expire: float = math.inf) -> None:
        self.parts = parts
        total = 0.0
        for p in parts:
            total += p[1]
        self.total = total
        self.kind = kind
        self.done = done
        self.planned = planned
        self.expire = expire


class UnitModel:
    """One replication of one scenario. The environment and resources belong here, not to the scenario."""

    def __init__(self, scenario: Scenario, replication: int = 0, seed: int | None = None,
                 trace: bool = False) -> None:
        sc = self.sc = scenario
        self.seed = sc.simulation.seed if seed is None else seed
        self.replication = replication
        self.env = simpy.Environment()
        self.rs = make_streams(self.seed, replication)
        self.warmup_weeks = sc.simulation.warmup_weeks
        self.weeks = self.warmup_weeks + max(1, round(sc.simulation.years * 52))
        self.horizon = self.weeks * 7
        w = self.weeks + 1
        self.week_hours = [[0.0] * NCAT for _ in range(w)]
        self.week_worked = [0.0] * w
        self.counts: dict[str, list[float]] = {k: [0.0] * w for k in (
            "assess_done", "assess_ok", "inv_done", "inv_ok", "visits_held", "visits_dropped", "leavers",
            "hires", "backlog", "open_cases", "staffed", "experienced", "newcomers", "consultants", "vacant",
            "employees", "cost_sek", "case_hours")}
        self.queue: list[tuple[int, float, int, Task]] = []
        self._seq = 0
        self.mandatory_hours = 0.0
        self.open_cases = 0
        self.admin_budget = 0.0
        self.assistant_budget = 0.0
        self._derive_effects()
        self.trace = Trace() if trace else None
        self.staff = staff.Staffing(self)
        if self.trace is not None:
            self.env.process(record_days(self))
        cases.start(self)

    # --- measures turned into per-task factors, once --------------------------------------------
    def _derive_effects(self) -> None:
        sc, m, e, ef = self.sc, self.sc.measures, self.sc.effects, self.sc.efforts
        self.casework_factor = 1.0 - (e.checklist_casework_saving if m.checklists else 0.0)
        self.admin_factor = 1.0 - (e.laptop_admin_saving if m.mobile_documentation else 0.0)
        doc = 1.0 - (e.laptop_documentation_saving if m.mobile_documentation else 0.0)
        if m.pair_visits and m.mobile_documentation:
            doc *= 1.0 - e.pair_laptop_documentation_saving
        self.visit_doc = ef.visit_documentation_hours * doc
        self.school_share = e.school_meeting_share if m.school_contacts else 0.0
        self.pair = m.pair_visits
        self.window = ef.visit_window_days
        self.late_min = ef.late_visit_min_share
        wk = sc.staff.weekly_hours
        self.admin_week = sc.staff.admin_fte * wk * e.admin_availability
        self.assistant_week = sc.staff.assistant_fte * wk * e.admin_availability
        ov = wk / 40.0
        self.overhead = (
            (SUPERVISION, m.supervision_hours_per_week / 5.0),
            (COLLAB, sc.staff.staff_meeting_hours_per_week / 5.0 * ov),
            (DEVELOPMENT, sc.staff.training_hours_per_week / 5.0 * ov),
        )

    # --- the work queue ------------------------------------------------------------------------
    def push(self, prio: int, due: float, task: Task) -> None:
        self._seq += 1
        if task.kind == MANDATORY:
            self.mandatory_hours += task.total
        heappush(self.queue, (prio, due, self._seq, task))

    def case_task(self, prio: int, due: float, factor: float, casework: float = 0.0, admin: float = 0.0,
                  collab: float = 0.0, practical: float = 0.0, done: Any = None) -> Task:
        """A mandatory task with the measures applied: checklists, laptops and delegation."""
        e = self.sc.effects
        parts: list[list[Any]] = []
        if casework > 0:
            parts.append([DOCUMENTATION, casework * factor * self.casework_factor])
        if admin > 0:
            a = admin * factor * self.admin_factor
            moved = min(self.admin_budget, a * e.admin_delegable_share)
            self.admin_budget -= moved
            parts.append([ADMIN, a - moved + moved * e.admin_handover_share])
        if collab > 0:
            parts.append([COLLAB, collab * factor])
        if practical > 0:
            p = practical * factor
            moved = min(self.assistant_budget, p)
            self.assistant_budget -= moved
            parts.append([PRACTICAL, p - moved + moved * e.practical_handover_share])
        task = Task(parts, MANDATORY, done)
        self.push(prio, due, task)
        return task

    def visit_task(self, planned: float, factor: float) -> None:
        """A planned meeting with the child and family, available from its release until its window ends."""
        ef = self.sc.efforts
        travel = ef.visit_travel_hours * factor
        if self.school_share and self.rs["visits"].random() < self.school_share:
            travel *= 1.0 - self.sc.effects.school_travel_saving
        parts = [[CONTACT, ef.visit_contact_hours * factor], [TRAVEL, travel],
                 [DOCUMENTATION, self.visit_doc * factor]]
        self.push(P_VISIT, planned, Task(parts, VISIT, None, planned, planned + self.window))

    def pop(self, now: float) -> Task | None:
        q = self.queue
        while q:
            task = heappop(q)[3]
            kind = task.kind
            if kind == MANDATORY:
                self.mandatory_hours -= task.total
                return task
            if kind == STARTED:
                return task
            task.kind = STARTED
            if kind == VISIT:
                week = int(now) // 7
                if now > task.expire:
                    self.counts["visits_dropped"][week] += 1
                    continue
                self.counts["visits_held"][week] += 1
                late = now - task.planned
                if late > 0:
                    cut = 1.0 - (1.0 - self.late_min) * min(1.0, late / self.window)
                    contact = task.parts[0]
                    task.total -= contact[1] * (1.0 - cut)
                    contact[1] *= cut
                if self.pair:
                    companion = [[CONTACT, task.parts[0][1]], [TRAVEL, task.parts[1][1]]]
                    self.push(P_COMPANION, now, Task(companion, COMPANION))
            return task
        return None

    # --- a social worker's day ------------------------------------------------------------------
    def work(self, w: staff.Worker) -> Any:
        """A social worker's days: overheads and induction first, then tasks from the queue in order."""
        env = self.env
        timeout = env.timeout
        fte = w.fte
        day_hours = self.sc.staff.weekly_hours / 5.0 * fte
        overhead = [(cat, h * fte) for cat, h in self.overhead]
        fixed = sum(h for _, h in overhead)
        week_hours, week_worked = self.week_hours, self.week_worked
        case_hours = self.counts["case_hours"]
        absent, horizon, pop, staffing = w.absent, self.horizon, self.pop, self.staff
        ramp_end = -math.inf if w.consultant else w.hired + staffing.ramp_days
        now = env.now
        day = math.ceil(now)
        if day % 7 >= 5:
            day += 7 - day % 7
        if day > now:
            yield timeout(day - now)
        now = day
        log = self.trace.activities.append if self.trace is not None else None
        slot = w.slot
        while w.active and day < horizon:
            if day not in absent:
                week = day // 7
                wk = week_hours[week]
                week_worked[week] += day_hours
                for cat, h in overhead:
                    wk[cat] += h
                cap = day_hours - fixed
                ind = 0.0
                if day < ramp_end or staffing.mentor_day:
                    ind = staffing.induction_hours(w, day, cap)
                    wk[INDUCTION] += ind
                    cap -= ind
                step = (day_hours - cap) / 24.0
                if log is not None:
                    log((day, slot, (*overhead, (INDUCTION, ind))))
                now = day + step
                yield timeout(step)
                while cap > 1e-9:
                    task = w.current or pop(now)
                    if task is None:
                        wk[UNALLOCATED] += cap
                        if log is not None:
                            log((now, slot, ((UNALLOCATED, cap),)))
                        break
                    total = task.total
                    if log is not None:
                        f = 1.0 if total <= cap else cap / total
                        log((now, slot, tuple((c, h * f) for c, h in task.parts)))
                    if total <= cap:
                        for cat, h in task.parts:
                            wk[cat] += h
                        cap -= total
                        case_hours[week] += total
                        w.current = None
                        step = total / 24.0
                        now += step
                        yield timeout(step)
                        if task.done is not None:
                            task.done()
                    else:
                        frac = cap / total
                        for part in task.parts:
                            h = part[1] * frac
                            wk[part[0]] += h
                            part[1] -= h
                        task.total = total - cap
                        case_hours[week] += cap
                        w.current = task
                        step = cap / 24.0
                        now += step
                        yield timeout(step)
                        cap = 0.0
            day += 3 if day % 7 == 4 else 1
            yield timeout(day - now)
            now = day
        if w.current is not None:
            self.push(P_COMPANION, env.now, w.current)
            w.current = None

    # --- running --------------------------------------------------------------------------------
    def run(self) -> UnitModel:
        # The model makes no reference cycles worth collecting mid-run; pausing the cyclic collector saves
        # 15-20 % on large units (benchmarks/bench_scale.py) and changes no result.
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            self.env.run(until=self.horizon)
        finally:
            if was_enabled:
                gc.enable()
        dropped = self.counts["visits_dropped"]
        for _, _, _, task in self.queue:  # meetings that expired unseen in the queue
            if task.kind == VISIT and task.expire < self.horizon:
                dropped[int(task.expire) // 7] += 1
        return self

    @property
    def events(self) -> int:
        """Events the environment scheduled (SimPy keeps the count as its event id)."""
        return int(next(self.env._eid))

