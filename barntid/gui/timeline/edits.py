"""The timeline's edits as new scenarios: add, replace, move and remove a step, validated by the core.

Steps are kept in date order (steps on the same date in the order they were added), so the step numbers the
core's messages use ("Tidslinjen, steg 2 (2016-01-10 Fler) – …") are the rows the panel shows. A step is a plain
dict ({"date", "title", "changes"}) until the core has judged it, so nothing the user typed is thrown away.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from barntid.gui.editing import display
from barntid.gui.i18n import lang
from barntid.sim.scenario.io import Problem, ScenarioError, field_info, get
from barntid.sim.scenario.schema import Scenario
from barntid.sim.scenario.timeline import with_timeline

StepData = dict[str, Any]

translate = QCoreApplication.translate


def steps_of(sc: Scenario) -> list[StepData]:
    """The scenario's steps as plain dicts, in the order the file holds them."""
    return [s.model_dump() for s in sc.timeline]


def sort_steps(steps: list[StepData]) -> list[StepData]:
    """Date order; steps on the same date keep their order. A step without a proper date sorts last."""
    def when(s: StepData) -> dt.date:
        d = s.get("date")
        return d if isinstance(d, dt.date) else dt.date.max

    return sorted(steps, key=when)


def with_steps(sc: Scenario, steps: list[StepData]) -> Scenario:
    """A new scenario holding `steps` (sorted by date) as its timeline; raises ScenarioError naming the step."""
    return with_timeline(sc, sort_steps(steps))


def step_label(number: int, step: StepData) -> str:
    """'Tidslinjen, steg 2 (2016-01-10 Fler)' as the core names a step."""
    d = step.get("date")
    when = d.isoformat() if isinstance(d, dt.date) else str(d)
    inner = f"{when} {step.get('title', '')}".strip()
    return translate("Timeline", "Tidslinjen, steg %1 (%2)").replace("%1", str(number)).replace("%2", inner)


def range_problems(number: int, step: StepData) -> list[Problem]:
    """Values outside a field's range, judged in the units the dialog shows (percent for shares), naming the step,
    the field by its label and the range: 'Tidslinjen, steg 2 (2016-01-10 Fler) – Parbesök: 150 % är utanför det
    tillåtna intervallet 0–100 %'."""
    out = []
    for key, value in step.get("changes", {}).items():
        info = field_info(key)
        if info is None or isinstance(value, bool) or not isinstance(value, int | float):
            continue
        shown = display.to_form(info, float(value))
        lo, hi = display.bounds(key, info)
        if (lo is None or shown >= lo) and (hi is None or shown <= hi):
            continue
        text = translate("Timeline", "%1 %2 är utanför det tillåtna intervallet %3")
        message = (text.replace("%1", display.number(shown)).replace("%2", display.unit(info))
                   .replace("%3", display.range_text(key, info)))
        out.append(Problem(key, message, f"{step_label(number, step)} – {lang.field_label(info, key)}"))
    return out


def number_in(steps: list[StepData], step: StepData) -> int:
    """The 1-based number `step` has among `steps` once they are sorted by date."""
    ordered = sort_steps(steps)
    return next(i for i, s in enumerate(ordered, 1) if s is step)


def judge(sc: Scenario, steps: list[StepData], edited: StepData | None = None) -> tuple[Scenario | None, list[Problem]]:
    """The scenario with these steps, or the problems (the edited step's range first, then the core's)."""
    if edited is not None:
        problems = range_problems(number_in(steps, edited), edited)
        if problems:
            return None, problems
    try:
        return with_steps(sc, steps), []
    except ScenarioError as exc:
        return None, exc.problems or [Problem("", str(exc))]


def value_before(sc: Scenario, steps: list[StepData], index: int | None, key: str, when: dt.date) -> Any:
    """The value `key` has just before a step on `when`: the scenario's own, changed by every other step before
    that date (`index` is the step being edited, left out)."""
    value = get(sc, key)
    skip = steps[index] if index is not None and 0 <= index < len(steps) else None
    for s in sort_steps(steps):
        if s is skip:
            continue
        d = s.get("date")
        if isinstance(d, dt.date) and d <= when and key in s.get("changes", {}):
            value = s["changes"][key]
    return value
