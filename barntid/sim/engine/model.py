"""The unit: one SimPy environment, a shared work queue, and the social workers who work through it.

Time is in days; day 0 is a Monday in January. The queue's rule (an assumption, docs/model.md 2.2):
protection assessments first; then a meeting already booked with a family, on its day, unless statutory
work is already more than `deadline_override_days` late; then statutory work by deadline (the 14-day
initial assessment, the 4-month investigation), then follow-up work, then meetings taken early. A meeting
not held within its window is cancelled (the meetings an investigation requires are rebooked instead), and
one held late is shortened. When statutory work is due, social workers work overtime up to a limit.
Every worked hour, overtime included, is booked to exactly one category.
"""

from __future__ import annotations

import gc
import math
from heapq import heappop, heappush
from typing import Any

import simpy

from barntid.sim.engine import cases, staff
from barntid.sim.engine.accounting import (
    ADMIN,
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
from barntid.sim.engine.calendar import day_of_year_offset, school_holidays
from barntid.sim.engine.driver import Light, run_until, spawn
from barntid.sim.engine.rng import make_streams
from barntid.sim.engine.trace import Trace, record_days
from barntid.sim.engine.unit import (
    EXTRA,
    FOLLOWUP_MEETING,
    HOLIDAYS,
    INVESTIGATION_MEETING,
    MANDATORY,
    NCAT,
    P_COMPANION,
    P_EXTRA,
    P_VISIT,
    SCHOOL_MEETING,
    STARTED,
    VISIT,
    YEAR,
    Hours,
    Task,
)
from barntid.sim.scenario import timeline
from barntid.sim.scenario.io import with_changes
from barntid.sim.scenario.schema import Scenario


class UnitModel:
    """One replication of one scenario. The environment and resources belong here, not to the scenario."""

    def __init__(self, scenario: Scenario, replication: int = 0, seed: int | None = None,
                 trace: bool = False) -> None:
        # A timeline's steps on or before the start date are the unit as it starts; later ones apply in the run.
        sc, steps = timeline.plan(scenario) if scenario.timeline else (scenario, [])
        self.sc = sc
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
            "employees", "cost_sek", "case_hours", "extra_held", "prot_done", "prot_ok", "overtime", "sick_days",
            "present_days", "pair_contact", "cut_hours", "followup_skipped", "consultant_cost", "veterans", "stress",
            "followup_held", "followup_cases", "rebooked", "positions")}
        self.investigation_days: list[tuple[int, float]] = []  # (week decided, days from report to decision)
        self.open_investigations: set[Any] = set()
        # The work queue: one heap of (due, sequence, task) per priority class, most urgent class first.
        self.queues: list[list[tuple[float, int, Task]]] = [[] for _ in range(P_EXTRA - P_COMPANION + 1)]
        self._seq = 0
        self.mandatory_hours = 0.0
        self.open_cases = 0
        self.admin_budget = 0.0
        self.assistant_budget = 0.0
        cal = sc.calendar
        self.day0 = day_of_year_offset(cal.start_date)
        self.holidays = {y * YEAR + d - self.day0 for y in range(self.horizon // YEAR + 2) for d in HOLIDAYS}
        self.school_days_off = school_holidays(self.horizon, self.day0, cal.school_summer_first_week,
                                              cal.school_summer_last_week)
        self.leave_season = school_holidays(self.horizon, self.day0, cal.summer_first_week, cal.summer_last_week)
        self.reschedules = sc.efforts.meeting_reschedules
        self.overhead_version = 0  # raised when a timeline step changes the daily overheads
        self._derive_effects()
        self._full = self._effects_vector()
        self.ramps: list[tuple[float, list[float]]] = []  # (start day, change in effects) while being learnt
        self.visit_queue = self.queues[P_VISIT - P_COMPANION]
        self.extra_queue = self.queues[P_EXTRA - P_COMPANION]
        self.extra_held = self.counts["extra_held"]
        self.visit_draws = self.rs["visits"]
        self.pair_draws = self.rs["pairs"]
        self.visits_held = self.counts["visits_held"]
        self.visits_dropped = self.counts["visits_dropped"]
        self.cut_hours = self.counts["cut_hours"]
        self.skipped = self.counts["followup_skipped"]
        self.pair_contact = self.counts["pair_contact"]
        self.rebooked = self.counts["rebooked"]
        self.followup_held = self.counts["followup_held"]
        self.trace = Trace() if trace else None
        self.staff = staff.Staffing(self)
        if self.trace is not None:
            spawn(self.env, record_days(self))
        self.follow_ups = cases.FollowUps(self)
        cases.start(self)
        if steps:
            spawn(self.env, self.timeline(sc, steps))

    # --- measures turned into per-task factors, once --------------------------------------------
    def _derive_effects(self) -> None:
        sc, m, e, ef = self.sc, self.sc.measures, self.sc.effects, self.sc.efforts
        self.casework_factor = 1.0 - (e.checklist_casework_saving if m.checklists else 0.0)
        self.admin_factor = 1.0 - (e.laptop_admin_saving if m.mobile_documentation else 0.0)
        doc = 1.0 - (e.laptop_documentation_saving if m.mobile_documentation else 0.0)
        self.visit_doc = ef.visit_documentation_hours * doc
        # With a laptop, one of a pair documents during the meeting.
        self.visit_doc_pair = self.visit_doc * (1.0 - (e.pair_laptop_documentation_saving
                                                       if m.mobile_documentation else 0.0))
        share = m.pair_visits
        self.pair_share = (share if m.pair_investigation_meetings else 0.0,
                           share if m.pair_followup_meetings else 0.0,
                           share if m.pair_school_meetings else 0.0)
        self.visit_contact = ef.visit_contact_hours
        self.visit_travel = ef.visit_travel_hours
        self.school_travel_keep = 1.0 - e.school_travel_saving
        self.admin_delegable = e.admin_delegable_share
        self.admin_handover = e.admin_handover_share
        self.practical_handover = e.practical_handover_share
        k, v = ef.investigation_steps, ef.investigation_visits
        r = ef.investigation_required_meetings
        # An investigation's steps and meetings as shares of its planned time: the first step at the opening,
        # the last on the planned decision day; the required meetings spread evenly among the v meetings.
        self.investigation_plan = ([i / (k - 1) if k > 1 else 1.0 for i in range(k)],
                                   [(j + 0.5) / v for j in range(v)],
                                   [(j + 1) * r // v > j * r // v for j in range(v)])
        self.jour_handover_hours: Hours = (e.jour_handover_hours, 0.0, 0.0, 0.0)
        self.override = ef.deadline_override_days
        self.ot_week_cap = sc.staff.overtime_max_hours_per_week
        self.ot_trigger = sc.staff.overtime_trigger_days
        self.ot_rate = sc.costs.social_worker_salary / sc.costs.overtime_divisor * (1 + sc.costs.employer_fee)
        self.protection_hours: Hours = (ef.protection_hours, 0.0, 0.0, 0.0)
        self.assessment_hours: Hours = (ef.assessment_casework_hours, ef.assessment_admin_hours,
                                        ef.assessment_collab_hours, 0.0)
        self.investigation_step_hours: Hours = (
            ef.investigation_casework_hours / k, ef.investigation_admin_hours / k,
            ef.investigation_collab_hours / k, ef.investigation_practical_hours / k)
        self.followup_hours: Hours = (ef.followup_casework_hours, ef.followup_admin_hours,
                                      ef.followup_collab_hours, ef.followup_practical_hours)
        self.school_share = e.school_meeting_share if m.school_contacts else 0.0
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

    # --- a plan's timeline (docs/model.md 2.13) ---------------------------------------------------
    LEARNT = ("casework_factor", "admin_factor", "visit_doc", "visit_doc_pair", "school_share")

    def _effects_vector(self) -> list[float]:
        """The per-task factors the measures set, as numbers a learning period can move gradually."""
        return [*(getattr(self, a) for a in self.LEARNT), *self.pair_share]

    def _set_effects(self, v: list[float]) -> None:
        n = len(self.LEARNT)
        for a, x in zip(self.LEARNT, v[:n], strict=True):
            setattr(self, a, x)
        self.pair_share = (v[n], v[n + 1], v[n + 2])

    def _learn(self, now: float) -> None:
        """The factors now: the full effect of every step less what is not yet learnt (linear over the period)."""
        span = self.sc.effects.learning_weeks * 7.0
        v = list(self._full)
        for start, delta in self.ramps:
            left = 1.0 - min(1.0, (now - start) / span) if span > 0 else 0.0
            v = [x - d * left for x, d in zip(v, delta, strict=True)]
        self._set_effects(v)
        self.ramps = [(t0, d) for t0, d in self.ramps if now < t0 + span]

    def apply_changes(self, changes: dict[str, Any]) -> None:
        """Change measures and posts from now on; a measure's effect grows over the learning period."""
        now = self.env.now
        before = self._full
        self.sc = with_changes(self.sc, changes)
        self._derive_effects()
        self._full = self._effects_vector()
        if any(k.startswith("measures.") for k in changes) and self.sc.effects.learning_weeks > 0:
            self.ramps.append((now, [b - a for a, b in zip(before, self._full, strict=True)]))
        self._learn(now)
        self.overhead_version += 1
        if "staff.social_workers" in changes:
            self.staff.resize(self.sc.staff.social_workers)

    def timeline(self, start: Scenario, steps: list[timeline.PlannedStep]) -> Light:
        """Apply each step at its date. Measures and fewer posts apply on the date; more administrators or
        assistants start after a recruitment time (drawn like a vacancy's); new social-worker posts open as
        vacancies on the date and are recruited as any vacancy is (staff.Staffing.recruit)."""
        draws = self.rs["timeline"]
        weeks = self.sc.turnover.recruitment_weeks * 7.0
        events: list[tuple[float, int, dict[str, Any]]] = []
        previous = start
        for order, step in enumerate(steps):
            now_changes: dict[str, Any] = {}
            later: dict[str, Any] = {}
            for key, value in timeline.changed(previous, step.scenario).items():
                section, name = key.split(".")
                grows = section == "staff" and name != "social_workers" and value > getattr(previous.staff, name)
                (later if grows else now_changes)[key] = value
            if now_changes:
                events.append((float(step.day), order, now_changes))
            if later:
                events.append((step.day + draws.gamma_mean(weeks) if weeks > 0 else float(step.day), order, later))
            previous = step.scenario
        events.sort(key=lambda e: (e[0], e[1]))
        setter: dict[str, int] = {}  # the step whose value a key has now: a late hire never undoes a later step
        i, env = 0, self.env
        while i < len(events) or self.ramps:
            now = env.now
            while i < len(events) and events[i][0] <= now + 1e-9:
                _, order, changes = events[i]
                fresh = {k: v for k, v in changes.items() if setter.get(k, -1) <= order}
                setter.update(dict.fromkeys(fresh, order))
                if fresh:
                    self.apply_changes(fresh)
                i += 1
            if self.ramps:
                self._learn(now)
            nxt = min(events[i][0] if i < len(events) else math.inf, now + 7.0 if self.ramps else math.inf)
            if nxt >= self.horizon:
                return
            yield nxt - now

    # --- the work queue ------------------------------------------------------------------------
    def push(self, prio: int, due: float, task: Task) -> None:
        self._seq += 1
        if task.kind == MANDATORY:
            self.mandatory_hours += task.total
        heappush(self.queues[prio - P_COMPANION], (due, self._seq, task))

    def case_task(self, prio: int, due: float, factor: float, hours: Hours, done: Any = None,
                  expire: float = math.inf) -> None:
        """A mandatory task with the measures applied: checklists, laptops and delegation.

        `hours` is (casework, administration, collaboration, practical) before the case's effort factor. A task
        not started by `expire` is skipped (a month's follow-up work that the next month's replaces).
        """
        casework, admin, collab, practical = hours
        total = doc = adm = col = pra = 0.0
        if casework > 0:
            doc = casework * factor * self.casework_factor
            total += doc
        if admin > 0:
            adm = admin * factor * self.admin_factor
            budget = self.admin_budget
            if budget > 0:  # administrators take the delegable share while their week's hours last
                moved = min(budget, adm * self.admin_delegable)
                self.admin_budget = budget - moved
                adm = adm - moved + moved * self.admin_handover
            total += adm
        if collab > 0:
            col = collab * factor
            total += col
        if practical > 0:
            pra = practical * factor
            budget = self.assistant_budget
            if budget > 0:  # assistants take practical tasks while their week's hours last
                moved = min(budget, pra)
                self.assistant_budget = budget - moved
                pra = pra - moved + moved * self.practical_handover
            total += pra
        self._seq += 1
        self.mandatory_hours += total
        heappush(self.queues[prio - P_COMPANION],
                 (due, self._seq, Task([doc, adm, col, pra], total, MANDATORY, done, due, expire)))

    def visit_task(self, planned: float, factor: float, done: Any = None, booked: bool = True,
                   stage: int = INVESTIGATION_MEETING) -> None:
        """A planned meeting with the child and family, available from its release until its window ends.

        A booked meeting is kept on its day; an extra one (towards the plan's desired level) is held only in
        time no other work needs. A meeting with `done` is one the investigation requires: it is rebooked,
        never cancelled."""
        travel = self.visit_travel * factor
        followup = stage == FOLLOWUP_MEETING
        # No meetings at school in the school holidays: the meeting is held at home instead.
        if self.school_share and self.visit_draws.random() < self.school_share and (
                int(planned) not in self.school_days_off):
            travel *= self.school_travel_keep
            stage = SCHOOL_MEETING
        pair = self.pair_draws.random() < self.pair_share[stage]  # drawn for every meeting (common numbers)
        contact = self.visit_contact * factor
        doc = (self.visit_doc_pair if pair else self.visit_doc) * factor
        self._seq += 1
        expire = planned + self.window if done is None else math.inf
        heappush(self.visit_queue if booked else self.extra_queue, (planned, self._seq, Task(
            [contact, travel, doc], contact + travel + doc, VISIT if booked else EXTRA, done, planned, expire,
            pair, followup)))

    def admit(self, task: Task, now: float) -> bool:
        """A planned meeting leaves the queue: start it, or drop it if its window has passed."""
        extra = task.kind == EXTRA
        task.kind = STARTED
        week = int(now) // 7
        if now > task.expire:
            if not extra:
                self.expire_meeting(task, now)
            return False
        (self.extra_held if extra else self.visits_held)[week] += 1
        if task.followup:
            self.followup_held[week] += 1
        h = task.hours
        late = now - task.planned
        if late > 0:  # held late: the meeting is shortened
            cut = 1.0 - (1.0 - self.late_min) * min(1.0, late / self.window)
            lost = h[0] * (1.0 - cut)
            self.cut_hours[week] += lost
            task.total -= lost
            h[0] *= cut
        if task.pair:  # a colleague comes along: the meeting and the travel, no notes
            self.pair_contact[week] += h[0]
            self.push(P_COMPANION, now, Task([h[0], h[1], 0.0], h[0] + h[1], STARTED))
        return True

    def expire_meeting(self, task: Task, now: float) -> None:
        """A booked meeting whose window has passed: rebooked a week on, with a new window, up to the limit;
        then cancelled."""
        week = int(now) // 7
        if task.moved < self.reschedules:
            task.moved += 1
            task.kind = VISIT
            task.planned = now + 7.0
            task.expire = task.planned + self.window
            self.rebooked[week] += 1
            self._seq += 1
            heappush(self.visit_queue, (task.planned, self._seq, task))
        else:
            self.visits_dropped[week] += 1

    def sweep_meetings(self, now: float) -> None:
        """Each week: booked meetings whose window passed while nobody reached them are rebooked or cancelled
        now, so that the week's count (and the stress it causes) is known when it happens."""
        queue, window = self.visit_queue, self.window
        keep = []
        while queue and queue[0][0] < now - window:
            entry = heappop(queue)
            task = entry[2]
            if task.kind == VISIT and task.expire < now:
                task.kind = STARTED
                self.expire_meeting(task, now)
            else:  # a required meeting (never cancelled) or one rebooked into the future
                keep.append(entry)
        for entry in keep:
            heappush(queue, entry)

    # --- a social worker's day ------------------------------------------------------------------
    def next_task(self, now: float) -> Task | None:
        """The queue's next task for a worker free at `now` (the rule in the module docstring)."""
        comp, prot, assess, inv, follow, visits, extras = self.queues
        late = now - self.override
        while True:
            if comp:
                return heappop(comp)[2]
            if prot:
                heap = prot
            elif visits and visits[0][0] <= now and not (assess and assess[0][0] < late) and not (
                    inv and inv[0][0] < late):
                heap = visits
            elif assess or inv or follow:  # casework by due date, whatever its kind
                heap = assess or inv or follow
                due = heap[0][0]
                for other in (inv, follow):
                    if other and other[0][0] < due:
                        heap, due = other, other[0][0]
            elif visits:
                heap = visits
            elif extras:
                heap = extras
            else:
                return None
            task = heappop(heap)[2]
            if task.kind == MANDATORY:
                self.mandatory_hours -= task.total
                if now > task.expire:
                    self.skipped[int(now) // 7] += 1
                    continue
                return task
            if task.kind == STARTED or self.admit(task, now):
                return task

    def pressing_task(self, due_by: float) -> Task | None:
        """Statutory work due by `due_by` (or late), for overtime; None if there is none."""
        for heap in self.queues[1:4]:  # protection, initial assessments, investigations
            if heap and heap[0][0] <= due_by:
                task: Task = heappop(heap)[2]
                self.mandatory_hours -= task.total
                return task
        return None

    def work(self, w: staff.Worker) -> Light:
        """A social worker's days: overheads and induction first, then tasks from the queue in order, then
        overtime while statutory work is due."""
        env = self.env
        fte = w.fte
        day_hours = self.sc.staff.weekly_hours / 5.0 * fte
        overhead = tuple((cat, h * fte) for cat, h in self.overhead)
        fixed = sum(h for _, h in overhead)
        (cat1, h1), (cat2, h2), (cat3, h3) = overhead  # supervision, staff meetings, training
        week_hours, week_worked = self.week_hours, self.week_worked
        counts = self.counts
        case_hours, overtime, present, sick = (counts["case_hours"], counts["overtime"], counts["present_days"],
                                               counts["sick_days"])
        absent, horizon, staffing = w.absent, self.horizon, self.staff
        ramp_end = -math.inf if w.consultant else w.hired + staffing.ramp_days
        ot_day = 0.0 if w.consultant else min(2.0, self.ot_week_cap) * fte
        ot_week = -1
        ot_left = 0.0
        now = env.now
        day = math.ceil(now)
        if day % 7 >= 5:
            day += 7 - day % 7
        if day > now:
            yield day - now
        now = day
        log = self.trace.activities.append if self.trace is not None else None
        slot = w.slot
        next_task, pressing = self.next_task, self.pressing_task
        mentors = not w.consultant
        current: Task | None = None  # a task carried over from the day before
        seen = self.overhead_version
        while w.active and day < horizon:
            if seen != self.overhead_version:  # a timeline step changed supervision hours
                seen = self.overhead_version
                overhead = tuple((cat, h * fte) for cat, h in self.overhead)
                fixed = sum(h for _, h in overhead)
                (cat1, h1), (cat2, h2), (cat3, h3) = overhead
            if day not in absent:
                week = day // 7
                present[week] += fte
                wk = week_hours[week]
                week_worked[week] += day_hours
                wk[cat1] += h1
                wk[cat2] += h2
                wk[cat3] += h3
                cap = day_hours - fixed
                ind = 0.0
                if day < ramp_end:
                    ind = staffing.induction_hours(w, day, cap)
                    wk[INDUCTION] += ind
                    cap -= ind
                elif mentors and staffing.mentor_day:
                    ind = staffing.mentor_day * fte
                    half = 0.5 * cap
                    if half < ind:  # at most half the day goes to mentoring
                        ind = half
                    wk[INDUCTION] += ind
                    cap -= ind
                step = (day_hours - cap) / 24.0
                if log is not None:
                    log((day, slot, (*overhead, (INDUCTION, ind))))
                now = day + step
                yield step
                extra = False  # in overtime
                while True:
                    if cap <= 1e-9:
                        if extra or not ot_day:
                            break
                        if ot_week != week:
                            ot_week, ot_left = week, self.ot_week_cap * fte
                        due_by = now + self.ot_trigger
                        if ot_left <= 1e-9 or not (
                                (current is not None and current.kind == MANDATORY and current.planned <= due_by)
                                or (current is None and any(h and h[0][0] <= due_by for h in self.queues[1:4]))):
                            break
                        extra, cap = True, min(ot_day, ot_left)
                        ot_start = cap
                    task = current
                    if task is None:
                        task = pressing(now + self.ot_trigger) if extra else next_task(now)
                        if task is None:
                            if not extra:
                                wk[UNALLOCATED] += cap
                                if log is not None:
                                    log((now, slot, ((UNALLOCATED, cap),)))
                            break
                    elif extra and task.kind != MANDATORY:
                        break
                    total = task.total
                    if log is not None:
                        f = 1.0 if total <= cap else cap / total
                        log((now, slot, tuple((c, h * f) for c, h in zip(task.categories(), task.hours, strict=True)
                                              if h)))
                    hours = task.hours
                    if total <= cap:
                        if task.kind == MANDATORY:
                            wk[DOCUMENTATION] += hours[0]
                            wk[ADMIN] += hours[1]
                            wk[COLLAB] += hours[2]
                            wk[PRACTICAL] += hours[3]
                        else:
                            wk[CONTACT] += hours[0]
                            wk[TRAVEL] += hours[1]
                            wk[DOCUMENTATION] += hours[2]
                        cap -= total
                        case_hours[week] += total
                        current = None
                        step = total / 24.0
                        now += step
                        yield step
                        if task.done is not None:
                            task.done()
                    else:
                        frac = cap / total
                        for i, cat in enumerate(task.categories()):
                            h = hours[i] * frac
                            wk[cat] += h
                            hours[i] -= h
                        task.total = total - cap
                        case_hours[week] += cap
                        current = task
                        step = cap / 24.0
                        now += step
                        yield step
                        cap = 0.0
                if extra:  # only the overtime worked is booked and paid
                    used = ot_start - cap
                    ot_left -= used
                    week_worked[week] += used
                    overtime[week] += used
                    counts["cost_sek"][week] += used * self.ot_rate
            elif day in w.sick:
                sick[day // 7] += fte
            day += 3 if day % 7 == 4 else 1
            yield day - now
            now = day
        if current is not None:  # the worker left: the unfinished task goes back first in line
            self.push(P_COMPANION, env.now, current)

    # --- running --------------------------------------------------------------------------------
    def run(self) -> UnitModel:
        # The model makes no reference cycles worth collecting mid-run; pausing the cyclic collector saves
        # 15-20 % on large units (benchmarks/bench_scale.py) and changes no result. run_until is SimPy's
        # run without its per-event checks (about 8 % faster, the same events in the same order).
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            run_until(self.env, self.horizon)
        finally:
            if was_enabled:
                gc.enable()
        dropped = self.counts["visits_dropped"]
        for _, _, task in self.visit_queue:  # meetings that expired unseen in the queue
            if task.kind == VISIT and task.expire < self.horizon:
                dropped[int(task.expire) // 7] += 1
        return self

    @property
    def events(self) -> int:
        """Events the environment scheduled (SimPy keeps the count as its event id)."""
        return int(next(self.env._eid))

