"""The engine's leaf: time constants, queue priorities, the Task, and the `Unit` Protocol.

Cases, staff and the trace work on a `Unit` (what they need of the model) instead of importing the model,
so the engine's modules form layers: model > cases | staff | trace > unit, driver, rng, accounting.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, Protocol

import simpy

from barntid.sim.engine.accounting import ADMIN, CATEGORIES, COLLAB, CONTACT, DOCUMENTATION, PRACTICAL, TRAVEL
from barntid.sim.engine.driver import Light
from barntid.sim.engine.rng import Stream
from barntid.sim.scenario.schema import Scenario

YEAR = 365
MONTH = YEAR / 12
# Swedish public holidays that usually fall on weekdays (day of year, approximate for moving feasts).
HOLIDAYS = (0, 5, 95, 98, 120, 134, 156, 172, 357, 358, 359, 364)
# Queue priorities: legal deadlines first, then follow-up, then planned meetings (the elastic part).
# Booked meetings (P_VISIT) are kept on their day; extra meetings (P_EXTRA) fill freed time.
P_COMPANION, P_PROTECTION, P_ASSESSMENT, P_INVESTIGATION, P_FOLLOWUP, P_VISIT, P_EXTRA = -1, 0, 1, 2, 3, 4, 5

NCAT = len(CATEGORIES)
# A task's kind: deadline work, a booked meeting not yet started, a meeting started (or a companion's part),
# an extra meeting not yet started.
MANDATORY, VISIT, STARTED, EXTRA = 0, 1, 2, 3
# A meeting's type, for pair visits: in an investigation, in follow-up, or (decided when it is booked) at school.
INVESTIGATION_MEETING, FOLLOWUP_MEETING, SCHOOL_MEETING = 0, 1, 2
# The categories of a task's hours, in order: deadline work, and meetings (a companion has no notes).
WORK_CATS = (DOCUMENTATION, ADMIN, COLLAB, PRACTICAL)
MEETING_CATS = (CONTACT, TRAVEL, DOCUMENTATION)
Hours = tuple[float, float, float, float]  # a task's casework, administration, collaboration, practical hours


class Task:
    """A piece of work: hours by category, released to the queue, done by one social worker.

    `hours` follows WORK_CATS for deadline work and MEETING_CATS for meetings; `total` is their sum.
    """

    __slots__ = ("done", "expire", "followup", "hours", "kind", "moved", "pair", "planned", "total")

    def __init__(self, hours: list[float], total: float, kind: int = MANDATORY, done: Any = None,
                 planned: float = 0.0, expire: float = math.inf, pair: bool = False,
                 followup: bool = False) -> None:
        self.pair = pair  # a meeting held by two social workers
        self.followup = followup  # a meeting in the follow-up of an intervention
        self.moved = 0  # times the meeting has been rebooked
        self.hours = hours
        self.total = total
        self.kind = kind
        self.done = done
        self.planned = planned
        self.expire = expire

    def categories(self) -> tuple[int, ...]:
        return WORK_CATS if self.kind == MANDATORY else MEETING_CATS


class StaffView(Protocol):
    """What the trace reads of the staffing: each position's holder (a staff.Worker) or None."""

    @property
    def slots(self) -> list[Any]: ...


class FollowUpView(Protocol):
    """The follow-up rounds (cases.FollowUps), as cases start them."""

    def begin(self, case: Any, months: float) -> None: ...

    def ongoing(self, cases: list[tuple[float, Any]]) -> None: ...

    @property
    def active(self) -> int: ...


class Unit(Protocol):
    """What cases, staff and the trace use of the model (model.UnitModel satisfies it)."""

    env: simpy.Environment
    sc: Scenario
    rs: dict[str, Stream]
    counts: dict[str, list[float]]
    horizon: int
    weeks: int
    open_cases: int
    mandatory_hours: float
    admin_budget: float
    assistant_budget: float
    admin_week: float
    assistant_week: float
    investigation_plan: tuple[list[float], list[float], list[bool]]
    jour_handover_hours: Hours
    holidays: set[int]
    school_days_off: set[int]
    day0: int
    open_investigations: set[Any]
    investigation_days: list[tuple[int, float]]
    protection_hours: Hours
    assessment_hours: Hours
    investigation_step_hours: Hours
    followup_hours: Hours
    queues: list[list[tuple[float, int, Task]]]
    @property
    def staff(self) -> StaffView: ...

    @property
    def follow_ups(self) -> FollowUpView: ...

    trace: Any

    def sweep_meetings(self, now: float) -> None: ...

    def case_task(self, prio: int, due: float, factor: float, hours: Hours, done: Callable[[], Any] | None = None,
                  expire: float = math.inf) -> None: ...

    def visit_task(self, planned: float, factor: float, done: Callable[[], Any] | None = None,
                   booked: bool = True, stage: int = 0) -> None: ...

    def work(self, w: Any) -> Light: ...
