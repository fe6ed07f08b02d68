"""A plan as a timeline: dated steps that change measures and posts during a run (docs/model.md 2.13).

Each step's changes add to the earlier steps', in date order (steps on the same date in file order). A step
on or before the scenario's start date describes the unit as it is when the run starts, so it is folded into
the starting scenario. Every step is validated as the scenario it makes, and a problem names the step.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from barntid.sim.scenario.io import Problem, ScenarioError, field_info, to_dict, validate, with_changes
from barntid.sim.scenario.schema import TIMELINE_STAFF_KEYS, Scenario, TimelineStep, timeline_keys


@dataclass(frozen=True)
class PlannedStep:
    number: int  # 1-based, as in the file
    step: TimelineStep
    day: int  # the model day it applies (day 0 is the start date)
    scenario: Scenario  # the start with every change up to and including this step, without a timeline


def step_name(number: int, step: TimelineStep) -> str:
    return f"Tidslinjen, steg {number} ({step.label})"


def model_day(sc: Scenario, when: date) -> int:
    """Days from model day 0, the Monday of the start date's week (barntid/sim/engine/calendar.py)."""
    start = sc.calendar.start_date
    return (when - start).days + start.weekday()


def without_timeline(sc: Scenario) -> Scenario:
    return sc.model_copy(update={"timeline": ()}) if sc.timeline else sc


def plan(sc: Scenario) -> tuple[Scenario, list[PlannedStep]]:
    """The scenario the run starts from, and the steps that apply later; raises ScenarioError naming the step."""
    allowed = set(timeline_keys())
    order = sorted(enumerate(sc.timeline, 1), key=lambda p: p[1].date)
    current = without_timeline(sc)
    start = current
    later: list[PlannedStep] = []
    problems: list[Problem] = []
    for number, step in order:
        name = step_name(number, step)
        bad = [k for k in step.changes if k not in allowed]
        for key in bad:
            info = field_info(key)
            if info is None:
                close = difflib.get_close_matches(key, sorted(allowed), n=1, cutoff=0.6)
                hint = f" Menade du '{close[0]}' ({field_info(close[0]).title})?" if close else ""  # type: ignore[union-attr]
                problems.append(Problem(key, f"okänd nyckel.{hint}", name))
            else:
                problems.append(Problem(key, "kan inte ändras i tidslinjen; den ändrar åtgärder (measures.…) och "
                                             f"tjänster ({', '.join(TIMELINE_STAFF_KEYS)})",
                                        f"{name} – {info.title}"))
        if bad:
            continue
        try:
            current = with_changes(current, dict(step.changes))
        except ScenarioError as exc:
            for p in exc.problems:
                label = f"{name} – {p.label}" if p.label else name
                problems.append(Problem(p.key, p.message, label))
            continue
        day = model_day(sc, step.date)
        if step.date <= sc.calendar.start_date:
            start = current
        else:
            later.append(PlannedStep(number, step, day, current))
    if problems:
        raise ScenarioError(problems)
    return start, later


def changed(before: Scenario, after: Scenario) -> dict[str, Any]:
    """The timeline keys whose value differs between two scenarios."""
    out: dict[str, Any] = {}
    for key in timeline_keys():
        section, name = key.split(".")
        a, b = getattr(getattr(before, section), name), getattr(getattr(after, section), name)
        if a != b:
            out[key] = b
    return out


def with_timeline(sc: Scenario, steps: Sequence[TimelineStep | dict[str, Any]]) -> Scenario:
    """A new, validated scenario with `steps` (steps, or plain dicts as an editor holds them) as its timeline;
    ScenarioError names a bad step."""
    data = to_dict(sc)
    data["timeline"] = [s.model_dump() if isinstance(s, TimelineStep) else s for s in steps]
    return validate(data)
