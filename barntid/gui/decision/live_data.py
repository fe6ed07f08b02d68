"""The live view's data: one traced replication turned into arrays a 30-frames-per-second view can read.

No Qt here: `run_trace` runs in a pool worker (spawned processes import this module) and returns a
`LiveData`; `Playback` answers what the view asks at a playback position.

Time. The model works a day's hours back to back from midnight (an 8-hour day is day+0 to day+8/24). The
view plays working days only: position p = i + f is working day i (of `days`) with the fraction f of its
working hours done, shown on the clock as 08:00 + f × the day's hours.

What people do. The trace logs each stretch of work with its hours by category, and the view draws a
stretch as its parts in turn: a meeting as travel out, the meeting, travel back and the notes; the morning
block as supervision, staff meeting, training and induction. The running 'share of time with children'
uses the model's own hours per week, so it matches the run's contact share exactly at each week's end,
interpolated within it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from barntid.sim.engine.accounting import CONTACT, TRAVEL
from barntid.sim.engine.model import UnitModel
from barntid.sim.engine.trace import ABSENT, CONSULTANT, PRESENT, VACANT, WAITING
from barntid.sim.scenario.schema import Scenario

STATES: tuple[str, ...] = (VACANT, ABSENT, PRESENT, CONSULTANT)
STATE_CODE = {s: i for i, s in enumerate(STATES)}
WAITING_KEYS: tuple[str, ...] = tuple(WAITING.values())
IDLE = -1
"""Category code for a present worker with nothing logged at that moment (a part-time worker's day is over)."""
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
DAY_START_HOUR = 8.0
MAX_YEARS = 1.0


@dataclass
class LiveData:
    """One replication, traced: positions' states per working day, their activities, and what waits."""

    name: str
    goal: float
    day_hours: float
    warmup_weeks: int
    days: np.ndarray  # (n_days,) working days, model day numbers
    states: np.ndarray  # (n_days, positions) codes into STATES
    waiting: np.ndarray  # (n_days, len(WAITING_KEYS))
    starts: list[np.ndarray]  # per position: start time (model days) of each drawn stretch
    ends: list[np.ndarray]
    cats: list[np.ndarray]  # category index (barntid.sim.engine.accounting) of each stretch
    week_contact: np.ndarray  # model hours of direct contact per week
    week_worked: np.ndarray  # model hours worked per week
    contact_share: float  # the replication's contact share after the warm-up

    @property
    def positions(self) -> int:
        return int(self.states.shape[1]) if self.states.ndim == 2 else 0


def live_scenario(sc: Scenario) -> Scenario:
    """The scenario the live view runs: at most one year after the warm-up."""
    from barntid.sim.scenario.io import with_changes

    years = min(sc.simulation.years, MAX_YEARS)
    return sc if years == sc.simulation.years else with_changes(sc, {"simulation.years": years})


def run_trace(scenario: Scenario, replication: int = 0) -> LiveData:
    """Run one replication of (at most a year of) the scenario with the trace on, and package it."""
    sc = live_scenario(scenario)
    model = UnitModel(sc, replication, sc.simulation.seed, trace=True)
    model.run()
    return package(model)


def pieces(split: tuple[tuple[int, float], ...]) -> list[tuple[float, int]]:
    """A stretch as (share of its length, category) pieces in drawing order.

    A meeting: half the travel, the meeting, the travel back, then the notes; other work in its order."""
    total = sum(h for _c, h in split)
    if total <= 0:
        return []
    by_cat: dict[int, float] = {}
    for c, h in split:
        by_cat[c] = by_cat.get(c, 0.0) + h / total
    if CONTACT in by_cat:
        travel = by_cat.pop(TRAVEL, 0.0)
        contact = by_cat.pop(CONTACT)
        out = [(travel / 2, TRAVEL), (contact, CONTACT), (travel / 2, TRAVEL)]
        out += [(share, c) for c, share in by_cat.items()]
        return [(share, c) for share, c in out if share > 1e-9]
    return [(share, c) for c, share in by_cat.items() if share > 1e-9]


def package(model: UnitModel) -> LiveData:
    trace = model.trace
    assert trace is not None
    sc = model.sc
    day_hours = sc.staff.weekly_hours / 5.0
    days = np.array([d for d, _s, _w in trace.days], dtype=np.int64)
    n_pos = max((len(s) for _d, s, _w in trace.days), default=0)
    states = np.full((len(days), n_pos), STATE_CODE[VACANT], dtype=np.int8)
    waiting = np.zeros((len(days), len(WAITING_KEYS)), dtype=np.int32)
    for i, (_d, s, w) in enumerate(trace.days):
        states[i, : len(s)] = [STATE_CODE[x] for x in s]
        waiting[i] = [w.get(k, 0) for k in WAITING_KEYS]
    per: list[list[tuple[float, float, int]]] = [[] for _ in range(n_pos)]
    for start, slot, split in trace.activities:
        hours = sum(h for _c, h in split)
        if hours <= 1e-9 or not 0 <= slot < n_pos:
            continue
        length = hours / 24.0
        t = start
        for share, c in pieces(split):
            per[slot].append((t, t + share * length, c))
            t += share * length
    starts, ends, cats = [], [], []
    for rows in per:
        rows.sort()
        a = np.array(rows, dtype=float).reshape(-1, 3)
        starts.append(a[:, 0].copy())
        ends.append(a[:, 1].copy())
        cats.append(a[:, 2].astype(np.int8))
    week_contact = np.array([w[CONTACT] for w in model.week_hours], dtype=float)
    week_worked = np.array(model.week_worked, dtype=float)
    w0, w1 = model.warmup_weeks, model.weeks
    worked = float(week_worked[w0:w1].sum())
    share = float(week_contact[w0:w1].sum()) / worked if worked > 0 else float("nan")
    return LiveData(sc.name, sc.simulation.goal, day_hours, model.warmup_weeks, days, states, waiting, starts,
                    ends, cats, week_contact, week_worked, share)


class Playback:
    """Questions about a playback position p (working day index + fraction of the working day)."""

    def __init__(self, data: LiveData) -> None:
        self.data = data
        self.n_days = len(data.days)
        first = np.searchsorted(data.days, data.warmup_weeks * 7)
        self.first = float(min(int(first), max(self.n_days - 1, 0)))
        cw = np.concatenate([[0.0], np.cumsum(data.week_contact)])
        ww = np.concatenate([[0.0], np.cumsum(data.week_worked)])
        self._cum_contact, self._cum_worked = cw, ww

    @property
    def end(self) -> float:
        """The last position (the end of the last working day)."""
        return float(max(self.n_days, 1)) - 1e-6

    def clamp(self, p: float) -> float:
        return min(max(p, 0.0), self.end)

    def split(self, p: float) -> tuple[int, float]:
        p = self.clamp(p)
        i = min(int(p), max(self.n_days - 1, 0))
        return i, p - i

    def time(self, p: float) -> float:
        """Model time (days) at position p."""
        i, f = self.split(p)
        return float(self.data.days[i]) + f * self.data.day_hours / 24.0 if self.n_days else 0.0

    def clock(self, p: float) -> tuple[int, int, str]:
        """(calendar week 1–52, weekday 0–6, 'hh:mm') at position p."""
        i, f = self.split(p)
        day = int(self.data.days[i]) if self.n_days else 0
        minutes = round((DAY_START_HOUR + f * self.data.day_hours) * 60)
        return (day // 7) % 52 + 1, day % 7, f"{minutes // 60:02d}:{minutes % 60:02d}"

    def states(self, p: float) -> list[tuple[int, int]]:
        """Per position: (state code into STATES, category index or IDLE) at position p."""
        if not self.n_days:
            return []
        i, _f = self.split(p)
        t = self.time(p)
        out = []
        for slot, state in enumerate(self.data.states[i]):
            cat = IDLE
            if STATES[state] in (PRESENT, CONSULTANT):
                starts = self.data.starts[slot]
                k = int(np.searchsorted(starts, t, side="right")) - 1
                if k >= 0 and t < self.data.ends[slot][k]:
                    cat = int(self.data.cats[slot][k])
            out.append((int(state), cat))
        return out

    def waiting(self, p: float) -> np.ndarray:
        i, _f = self.split(p)
        return self.data.waiting[i] if self.n_days else np.zeros(len(WAITING_KEYS), dtype=np.int32)

    def _cumulative(self, p: float) -> tuple[float, float]:
        i, f = self.split(p)
        day = int(self.data.days[i]) if self.n_days else 0
        week = min(day // 7, len(self.data.week_worked) - 1)
        g = min(1.0, (day % 7 + f) / 5.0)
        c = self._cum_contact[week] + g * self.data.week_contact[week]
        w = self._cum_worked[week] + g * self.data.week_worked[week]
        return float(c), float(w)

    def contact_share(self, p: float, since: float | None = None) -> float:
        """Share of worked time in direct contact from position `since` (default: after warm-up) to p."""
        c1, w1 = self._cumulative(p)
        c0, w0 = self._cumulative(self.first if since is None else since)
        return (c1 - c0) / (w1 - w0) if w1 - w0 > 1e-9 else float("nan")

    def max_waiting(self) -> int:
        return int(self.data.waiting.max()) if self.data.waiting.size else 0
