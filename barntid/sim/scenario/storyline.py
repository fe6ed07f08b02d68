"""Storylines for theme days: a scripted sequence of steps, each changing the scenario a little more.

A storyline is a TOML file naming a base scenario (a .toml file given relative to the storyline, in its
folder or the folder above: a storyline never reads files elsewhere) and its steps; each
step's changes add to the previous steps', so the trainer walks from, say, Sjöbo 2015 through each measure
to Sjöbo 2017. Every step is validated when the file is loaded, so a typo shows before the audience does.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from barntid.sim.scenario.io import Problem, ScenarioError, load, read_text, with_changes
from barntid.sim.scenario.schema import Scenario


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
