"""A plan as a timeline in words (no Qt): the steps and their changes, where they fall on a weekly chart, and the
date the goal is first reached ("vecka 12 2016 (21 mars 2016)").

Shared by the report, the Excel export and the GUI (which passes its language).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from barntid.present.calendar import week_start
from barntid.present.report import NBSP, KpiRow, param_label, param_value
from barntid.sim.experiment.results import ExperimentResult
from barntid.sim.scenario.schema import Scenario, TimelineStep

MONTH_NAMES = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}
GOAL_LABEL = "Målet nås"  # with the goal: "Målet 20 % nås"
NOT_REACHED = {"sv": "nås inte under körningen", "en": "not reached during the run"}


def long_date(d: date, lang: str = "sv") -> str:
    """'16 mars 2016' (Swedish), '16 March 2016' (English)."""
    names = MONTH_NAMES.get(lang, MONTH_NAMES["sv"])
    return f"{d.day} {names[d.month - 1]} {d.year}"


def week_text(d: date, lang: str = "sv") -> str:
    """'vecka 12 2016': the ISO week (as Swedish calendars number them) of a day."""
    year, week, _day = d.isocalendar()
    return f"{'vecka' if lang == 'sv' else 'week'} {week} {year}"


def goal_date_text(result: ExperimentResult, lang: str = "sv") -> str:
    """When the goal is first reached with 80 % probability: 'vecka 12 2016 (21 mars 2016)', or
    'nås inte under körningen'. The date is the Monday of that week."""
    d = result.goal_date
    if d is None:
        return NOT_REACHED.get(lang, NOT_REACHED["sv"])
    return f"{week_text(d, lang)} ({long_date(d, lang)})"


def goal_heading(result: ExperimentResult, lang: str = "sv") -> str:
    """'Målet 20 % nås' ('Goal 20% reached')."""
    pct = f"{100 * result.goal:.1f}".rstrip("0").rstrip(".")
    if lang == "en":
        return f"Goal {pct}% reached"
    return f"Målet {pct.replace('.', ',')}{NBSP}% nås"


def weeks_apart(base: ExperimentResult, other: ExperimentResult, lang: str = "sv") -> str:
    """How much earlier or later `other` reaches the goal than `base`: '12 veckor tidigare', 'samma vecka', '–'
    when either never does (then the texts of each say so)."""
    a, b = base.weeks_to_goal, other.weeks_to_goal
    if a is None or b is None:
        return "–"
    d = b - a
    if d == 0:
        return "samma vecka" if lang == "sv" else "same week"
    n = abs(d)
    if lang == "en":
        return f"{n} week{'s' if n != 1 else ''} {'earlier' if d < 0 else 'later'}"
    return f"{n}{NBSP}{'vecka' if n == 1 else 'veckor'} {'tidigare' if d < 0 else 'senare'}"


def change_text(key: str, value: Any) -> str:
    """One change of a step in words with its unit: 'Bärbara datorer: på', 'Administrativt stöd: 1,5 heltidstjänster',
    'Parbesök: 50 %'."""
    return f"{param_label(key)}: {param_value(key, value)}"


def changes_text(step: TimelineStep, sep: str = "; ") -> str:
    return sep.join(change_text(k, v) for k, v in step.changes.items()) or "inga ändringar"


def ordered_steps(sc: Scenario) -> list[tuple[int, TimelineStep]]:
    """The steps with their numbers in the file (1-based), in date order (same dates in file order)."""
    return sorted(enumerate(sc.timeline, 1), key=lambda p: p[1].date)


def step_rows(sc: Scenario) -> list[tuple[str, str, str]]:
    """(date, title, changes) for each step in date order, as the report and the export print them."""
    return [(s.date.isoformat(), s.title, changes_text(s)) for _n, s in ordered_steps(sc)]


def date_x(sc: Scenario, d: date) -> float:
    """Where a day falls on a weekly chart, in result weeks (1 = the Monday beginning the first result week)."""
    first = week_start(sc.calendar.start_date, sc.simulation.warmup_weeks, 1)
    return 1 + (d - first).days / 7.0


@dataclass(frozen=True)
class Marker:
    x: float  # in result weeks, as `date_x`
    title: str
    step: TimelineStep


def markers(sc: Scenario, weeks: int) -> list[Marker]:
    """The steps that fall within the chart's weeks (1 to weeks + 1), in date order; a step on or before the run's
    start is part of the starting point and has no marker."""
    out = []
    for _n, s in ordered_steps(sc):
        if s.date <= sc.calendar.start_date:
            continue
        x = date_x(sc, s.date)
        if 1 <= x <= weeks + 1:
            out.append(Marker(x, s.title or s.date.isoformat(), s))
    return out


# -- the committee report ---------------------------------------------------------------------------------
def wants_goal_date(*results: ExperimentResult) -> bool:
    """The goal's date is worth telling when a result follows a timeline or reaches the goal at all."""
    return any(r.scenario.timeline or r.goal_date is not None for r in results)


def goal_kpi_row(base: ExperimentResult, proposal: ExperimentResult) -> KpiRow:
    """The key-figure table's row for the week the goal is first reached, in both alternatives."""
    return KpiRow(f"{goal_heading(base)} (80{NBSP}% av körningarna)", "vecka", goal_date_text(base),
                  goal_date_text(proposal), weeks_apart(base, proposal), "", False)


def goal_sentence(base: ExperimentResult, proposal: ExperimentResult) -> str:
    """'Med förslaget nås målet 20 % vecka 20 2016 (16 maj 2016), i utgångsläget nås det inte under körningen.'"""
    goal = goal_heading(base).removeprefix("Målet ").removesuffix(" nås")

    def when(r: ExperimentResult) -> str:
        return f"{goal_date_text(r)}" if r.goal_date is not None else "inte under körningen"

    text = (f"Med förslaget nås målet {goal} {when(proposal)}, i utgångsläget "
            f"{'nås det ' + when(base) if base.goal_date is not None else 'nås det inte under körningen'}")
    diff = weeks_apart(base, proposal)
    if diff not in ("–", "samma vecka"):
        text += f": {diff}"
    return text + ". Målet räknas som nått den första veckan då minst 80 % av körningarna har nått det, räknat " \
                  "över de fyra senaste veckorna."



TIMELINE_NOTE = ("Varje steg gäller från sitt datum. Nya tjänster tillsätts efter rekryteringstiden och ett nytt "
                 "arbetssätt har en inlärningstid innan det ger full effekt; diagrammen visar ett streck vid varje "
                 "steg.")
