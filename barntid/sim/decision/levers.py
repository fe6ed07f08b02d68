"""The levers goal seeking may pull: a setting and its values, ordered from today's towards more help."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from barntid.sim.scenario.io import Problem, ScenarioError, with_changes
from barntid.sim.scenario.schema import Scenario

Settings = dict[str, Any]

SPLIT_FOR_CHILDREN = frozenset({"measures.pair_visits", "measures.pair_visit_share"})
"""Levers that raise the staff's contact time but can lower the children's (both of a pair count): when
children's time must not fall, the search tries each of their values on its own instead of assuming that
more always helps."""


@dataclass(frozen=True)
class Lever:
    """A setting the user allows to change, with its ordered values (the current value first)."""

    key: str
    values: tuple[Any, ...]


def default_levers(sc: Scenario) -> list[Lever]:
    """Levers a chief can pull, from today's value upwards."""
    def steps(start: float, stop: float, step: float) -> tuple[float, ...]:
        n = max(0, math.floor((stop - start) / step + 1e-9))
        return tuple(round(start + i * step, 6) for i in range(n + 1))

    s, m = sc.staff, sc.measures
    levers = [
        Lever("staff.social_workers", steps(s.social_workers, s.social_workers + 8, 1)),
        Lever("staff.admin_fte", steps(s.admin_fte, s.admin_fte + 4, 0.5)),
        Lever("staff.assistant_fte", steps(s.assistant_fte, s.assistant_fte + 3, 0.5)),
    ]
    for key in ("mobile_documentation", "pair_visits", "school_contacts", "checklists"):
        if not getattr(m, key):
            levers.append(Lever(f"measures.{key}", (False, True)))
    if sc.turnover.consultant_policy == "none":
        levers.append(Lever("turnover.consultant_policy", ("none", "after")))
    return levers


MAX_LEVER_VALUES = 1000
"""A lever's grid is capped, as a sweep's is: '0:200:1e-6' is refused, not tried."""


def parse_lever(sc: Scenario, text: str) -> Lever:
    """'KEY=START:STOP:STEP' or 'KEY=a,b,c'; the values are validated against the schema."""
    key, sep, spec = text.partition("=")
    if not sep:
        raise ScenarioError([Problem("--lever", f"'{text}' ska skrivas NYCKEL=START:STOPP:STEG eller NYCKEL=a,b")])
    from barntid.sim.scenario.io import parse_value

    if ":" in spec:
        try:
            a, b, c = (float(x) for x in spec.split(":"))
        except ValueError:
            raise ScenarioError([Problem("--lever", f"'{spec}' ska vara tre tal START:STOPP:STEG")]) from None
        if not all(math.isfinite(x) for x in (a, b, c)):
            raise ScenarioError([Problem("--lever", f"'{spec}': START, STOPP och STEG ska vara ändliga tal")])
        if c <= 0 or b < a:
            raise ScenarioError([Problem("--lever", f"'{spec}': STEG ska vara > 0 och STOPP ≥ START")])
        count = (b - a) / c + 1
        if count > MAX_LEVER_VALUES:
            raise ScenarioError([Problem("--lever", f"'{spec}' ger {count:.3g} värden; högst {MAX_LEVER_VALUES} "
                                                    "per hävstång. Öka STEG eller minska intervallet")])
        values: tuple[Any, ...] = tuple(round(a + i * c, 6) for i in range(math.floor((b - a) / c + 1e-9) + 1))
    else:
        values = tuple(parse_value(v.strip()) for v in spec.split(","))
        if len(values) > MAX_LEVER_VALUES:
            raise ScenarioError([Problem("--lever", f"'{key}' har {len(values)} värden; högst {MAX_LEVER_VALUES}")])
    for v in values:
        with_changes(sc, {key: v})  # raises with the field's name and range
    return Lever(key.strip(), values)




def describe(settings: Settings) -> str:
    """Settings as KEY=VALUE, comma-separated (as --set takes them)."""
    return ", ".join(f"{k}={v}" for k, v in settings.items()) or "utgångsläget"

