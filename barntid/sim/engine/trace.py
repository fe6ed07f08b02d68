"""An optional event log of one replication, for the theme-day live view (off in ordinary runs).

`activities` holds (start day, position, ((category index, hours), ...)) for every stretch of work a
social worker does, in the order the hours were spent; `days` holds, per working day, each position's
state and the work waiting by deadline class.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from barntid.sim.engine.driver import Light
from barntid.sim.engine.unit import P_COMPANION, Unit

VACANT, ABSENT, PRESENT, CONSULTANT = "vacant", "absent", "present", "consultant"
# Queue priority classes -> names shown as "waiting" columns.
WAITING = {0: "protection", 1: "assessment", 2: "investigation", 3: "followup", 4: "meeting"}


@dataclass
class Trace:
    activities: list[tuple[float, int, tuple[tuple[int, float], ...]]] = field(default_factory=list)
    days: list[tuple[int, tuple[str, ...], dict[str, int]]] = field(default_factory=list)


def record_days(m: Unit) -> Light:
    """A daily snapshot at the start of each weekday: who is where, and what waits."""
    trace = m.trace
    assert trace is not None
    env = m.env
    day = 0
    while day < m.horizon:
        states = []
        for w in m.staff.slots:
            if w is None:
                states.append(VACANT)
            elif day in w.absent:
                states.append(ABSENT)
            else:
                states.append(CONSULTANT if w.consultant else PRESENT)
        waiting = dict.fromkeys(WAITING.values(), 0)
        for prio, name in WAITING.items():
            waiting[name] = sum(1 for _, _, task in m.queues[prio - P_COMPANION] if task.kind in (0, 1))
        trace.days.append((day, tuple(states), waiting))
        day += 3 if day % 7 == 4 else 1
        yield day - env.now
