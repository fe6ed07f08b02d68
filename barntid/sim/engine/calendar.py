"""The Swedish year in model days: the start date, school holidays and the summer leave rota.

Model day 0 is the Monday of the week of the scenario's start date; `day0` is that Monday's day of the year
(0-based), so a model day's day of the year is (day + day0) mod 365. Weeks of the year are numbered from 1
as a wall calendar does, approximately (the model's year has 365 days, 52 weeks and a day).
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from barntid.sim.engine.unit import YEAR

CHRISTMAS_BREAK = (354, 5)  # 21 December to 6 January, as days of the year (0-based)


def first_monday(start: date) -> date:
    return start - timedelta(days=start.weekday())


def day_of_year_offset(start: date) -> int:
    """Day of the year (0-based) of model day 0."""
    monday = first_monday(start)
    return (monday - date(monday.year, 1, 1)).days % YEAR


def model_day(week_of_year: int, year: int, day0: int) -> int:
    """The model day on which week `week_of_year` (1-based) of the model's year `year` begins, where year 0
    is the year model day 0 falls in. May be negative (before the start)."""
    return year * YEAR + 7 * (week_of_year - 1) - day0


def school_holidays(horizon: int, day0: int, first_week: int, last_week: int) -> set[int]:
    """Model days in the school holidays: the summer holiday's weeks and the Christmas break."""
    days: set[int] = set()
    for y in range(-1, horizon // YEAR + 2):
        start, end = model_day(first_week, y, day0), model_day(last_week + 1, y, day0)
        days.update(range(max(0, start), min(horizon, end)))
        xmas = y * YEAR + CHRISTMAS_BREAK[0] - day0
        days.update(d for d in range(xmas, xmas + YEAR - CHRISTMAS_BREAK[0] + CHRISTMAS_BREAK[1] + 1)
                    if 0 <= d < horizon)
    return days


def summer_rota(positions: int, leave_weeks: int, first_week: int, last_week: int, floor: float,
                gen: np.random.Generator) -> list[list[int]]:
    """Each position's summer leave weeks for one year, at most (1 - floor) of the positions away in any week.

    Positions are taken in random order and each is given the run of `leave_weeks` weeks with the fewest
    colleagues away (the earliest among equals). When no run has room, the position gets the weeks that
    still have room (possibly fewer than `leave_weeks`); the caller spreads the rest over the year.
    """
    span = last_week - first_week + 1
    cap = int(positions * (1.0 - floor) + 1e-9)
    away = [0] * span
    rota: list[list[int]] = [[] for _ in range(positions)]
    if leave_weeks <= 0 or span <= 0:
        return rota
    for p in gen.permutation(positions).tolist():
        best = min(range(span - leave_weeks + 1), key=lambda s: (max(away[s:s + leave_weeks]),
                                                                  sum(away[s:s + leave_weeks]), s))
        if max(away[best:best + leave_weeks]) < cap:
            weeks = list(range(best, best + leave_weeks))
        else:
            weeks = [w for w in range(span) if away[w] < cap][:leave_weeks]
        for w in weeks:
            away[w] += 1
        rota[p] = [first_week + w for w in weeks]
    return rota


def week_start(start: date, warmup_weeks: int, week: float) -> date:
    """The Monday that begins result week `week` (1 = the first week after the warm-up)."""
    return first_monday(start) + timedelta(days=round(7 * (warmup_weeks + week - 1)))
