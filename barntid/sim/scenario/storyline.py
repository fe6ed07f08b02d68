"""Storylines for theme days: a scripted sequence of steps, each changing the scenario a little more.

A storyline is a TOML file naming a base scenario (a .toml file given relative to the storyline, in its
folder or the folder above: a storyline never reads files elsewhere) and its steps; each
step's changes add to the previous steps', so the trainer walks from, say, Sjöbo 2015 through each measure
to Sjöbo 2017. Every step is validated when the file is loaded, so a typo shows before the audience does.
"""

from __future__ import annotations

import math
import os
import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from barntid.sim.scenario.io import Problem, ScenarioError, field_info, load, read_text, with_changes
from barntid.sim.scenario.schema import Scenario, TimelineStep, timeline_keys
from barntid.sim.scenario.timeline import with_timeline


class StepSpec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    title: str = Field(min_length=1, max_length=80)
    text: str = Field(default="", max_length=400)
    changes: dict[str, Any] = Field(default_factory=dict)


class StorylineSpec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    name: str = Field(min_length=1, max_length=120)
    base: str
    step: list[StepSpec] = Field(min_length=1, max_length=50)


@dataclass(frozen=True)
class Step:
    title: str
    text: str
    changes: dict[str, Any]  # this step's own changes
    scenario: Scenario  # the base with all changes up to and including this step


@dataclass(frozen=True)
class Storyline:
    name: str
    steps: list[Step]


def load_storyline(path: str | os.PathLike[str]) -> Storyline:
    p = Path(path)
    try:
        spec = StorylineSpec.model_validate(tomllib.loads(read_text(p)))
    except tomllib.TOMLDecodeError as exc:
        raise ScenarioError([Problem("", f"inte giltig TOML: {exc}")], str(p)) from None
    except ValidationError as exc:
        raise ScenarioError([Problem(".".join(map(str, e["loc"])), e["msg"]) for e in exc.errors()], str(p)) from None
    allowed = p.resolve().parent.parent  # the storyline's folder and the one above (scenarios/storylines/)
    base_path = (p.resolve().parent / spec.base).resolve()
    if Path(spec.base).is_absolute() or not base_path.is_relative_to(allowed) or base_path.suffix != ".toml":
        raise ScenarioError([Problem("base", f"'{spec.base}' ska vara en .toml-fil i berättelsens mapp eller mappen "
                                             f"ovanför ({allowed}), angiven relativt berättelsen")], str(p))
    base = load(base_path)
    steps, changes = [], {}
    for i, s in enumerate(spec.step, 1):
        changes.update(s.changes)
        try:
            sc = with_changes(base, {**changes, "name": f"{spec.name}: {s.title}"})
        except ScenarioError as exc:
            raise ScenarioError([Problem(f"step {i} ({s.title})", str(q)) for q in exc.problems],
                                str(p)) from None
        steps.append(Step(s.title, s.text, dict(s.changes), sc))
    return Storyline(spec.name, steps)


ONE_RUN_MONTHS = 4
"""How far apart a storyline's steps are put when it is shown as one run (theme day's 'Visa som en körning')."""
AFTER_LAST_MONTHS = 6
"""A run shown as one timeline goes on at least this long after its last step, so the last step shows."""


def add_months(d: date, months: int) -> date:
    """The same day `months` later (the month's last day where it is shorter: 31 August + 1 = 30 September)."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(d.day, last))


def results_start(sc: Scenario) -> date:
    """The Monday the results begin: the start date's Monday plus the warm-up."""
    start = sc.calendar.start_date
    return start - timedelta(days=start.weekday()) + timedelta(weeks=sc.simulation.warmup_weeks)


def as_one_run(storyline: Storyline, months: int = ONE_RUN_MONTHS) -> Scenario:
    """The storyline as one run: the first step's scenario, and every later step a dated step of its timeline,
    `months` apart from the first result week (step 2 after `months`, step 3 after twice that, …). The run is
    made long enough to go on half a year after the last step. A step that changes something a timeline cannot
    (only measures and posts) is refused, naming the step (ScenarioError)."""
    if months < 1:
        raise ScenarioError([Problem("months", f"stegen måste ligga minst en månad isär, inte {months}")])
    first = storyline.steps[0].scenario
    begin = results_start(first)
    allowed = set(timeline_keys())
    steps, problems = [], []
    for i, step in enumerate(storyline.steps[1:], 2):
        bad = [k for k in step.changes if k not in allowed]
        for key in bad:
            info = field_info(key)
            name = info.title if info is not None and info.title else key
            problems.append(Problem(key, f"{name} kan inte ändras under en körning; en tidslinje ändrar åtgärder "
                                         "och tjänster", f"Steg {i} ({step.title})"))
        steps.append(TimelineStep(date=add_months(begin, (i - 1) * months), title=step.title[:80],
                                  changes=dict(step.changes)))
    if problems:
        raise ScenarioError(problems)
    needed = ((len(storyline.steps) - 1) * months + AFTER_LAST_MONTHS) / 12
    years = max(first.simulation.years, math.ceil(needed * 4) / 4)
    sc = with_changes(first, {"name": f"{storyline.name} som en körning"[:200], "simulation.years": years})
    return with_timeline(sc, steps)
