"""Chart weeks as calendar dates: the scenario's start date, the warm-up, month ticks in Swedish or English."""

from __future__ import annotations

from datetime import date

from barntid.sim.engine.calendar import week_start

__all__ = ["MONTHS", "month_ticks", "week_start"]

MONTHS = {
    "sv": ("jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def month_ticks(start: date, warmup_weeks: int, weeks: int, lang: str = "sv") -> list[tuple[float, str]]:
    """Tick positions (in result weeks) and labels at the first of a month: every month for runs up to a
    year, every quarter up to four years, else every January. The year is shown in January and on the
    first tick."""
    first = week_start(start, warmup_weeks, 1)
    last = week_start(start, warmup_weeks, weeks + 1)
    step = 1 if weeks <= 56 else 3 if weeks <= 4 * 52 else 12
    names = MONTHS.get(lang, MONTHS["sv"])
    ticks: list[tuple[float, str]] = []
    y, m = first.year, first.month
    while True:
        d = date(y, m, 1)
        if d > last:
            break
        if d >= first and (m - 1) % step == 0:
            x = 1 + (d - first).days / 7.0
            text = names[m - 1]
            if m == 1 or not ticks:
                text = f"{text}\n{y}"
            ticks.append((x, text))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return ticks
