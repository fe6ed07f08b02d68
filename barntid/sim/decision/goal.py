"""Goal seeking: the cheapest combination of levers that reaches a contact-share target with a probability.

The search is greedy on cost-effectiveness, with common random numbers so that small differences between
candidates are real: from the baseline it repeatedly takes the one step (one more position, half an
administrator, laptops on, ...) that buys the most contact share per krona, until the target is reached
with the required probability; then it tries to undo steps that turned out unnecessary. Every evaluated
plan is kept, so the cost-versus-contact-share frontier comes for free. The chosen plan is confirmed with
a different seed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from typing import Any

from barntid.sim.experiment.results import Estimate, ExperimentResult
from barntid.sim.experiment.runner import default_workers, make_pool, run_experiment
from barntid.sim.scenario.io import Problem, ScenarioError, with_changes
from barntid.sim.scenario.schema import Scenario

Settings = dict[str, Any]


@dataclass(frozen=True)
class Lever:
    """A setting the user allows to change, with its ordered values (the current value first)."""

    key: str
    values: tuple[Any, ...]


@dataclass(frozen=True)
class Plan:
    settings: Settings
    cost: float
    contact: Estimate
    p_goal: float


@dataclass(frozen=True)
class GoalProgress:
    """Progress of a search as data: how many plans have been tried, and the latest one."""

    tried: int
    latest: Plan


@dataclass
class GoalResult:
    target: float
    probability: float
    plan: Plan | None
    confirmation: Plan | None
    evaluated: list[Plan] = field(default_factory=list)

    @property
    def frontier(self) -> list[Plan]:
        """Plans no other plan beats on both cost and contact share, cheapest first."""
        best: list[Plan] = []
        for p in sorted(self.evaluated, key=lambda p: (p.cost, -p.contact.mean)):
            if not best or p.contact.mean > best[-1].contact.mean + 1e-12:
                best.append(p)
        return best


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


def seek(
    scenario: Scenario,
    target: float = 0.20,
    probability: float = 0.80,
    levers: Sequence[Lever] | None = None,
    replications: int = 12,
    confirm_replications: int = 30,
    workers: int | None = None,
    pool: Executor | None = None,
    progress: Callable[[GoalProgress], None] | None = None,
    max_steps: int = 30,
) -> GoalResult:
    if pool is None and (workers or default_workers()) > 1:
        with make_pool(workers) as own:
            return seek(scenario, target, probability, levers, replications, confirm_replications, 1, own,
                        progress, max_steps)
    levers = list(levers if levers is not None else default_levers(scenario))
    seed = scenario.simulation.seed
    cache: dict[tuple[Any, ...], Plan] = {}
    result = GoalResult(target, probability, None, None)

    def evaluate(settings: Settings, reps: int = replications, s: int = seed) -> Plan:
        key = (tuple(sorted(settings.items())), reps, s)
        if key in cache:
            return cache[key]
        sc = with_changes(scenario, settings) if settings else scenario
        res: ExperimentResult = run_experiment(sc, replications=reps, seed=s, workers=workers, pool=pool)
        sc_goal = with_changes(res.scenario, {"simulation.goal": target})
        res = ExperimentResult(sc_goal, res.seed, res.replications)
        plan = Plan(dict(settings), res.kpis["annual_cost_sek"].mean, res.kpis["contact_share"], res.p_goal)
        cache[key] = plan
        if reps == replications and s == seed:
            result.evaluated.append(plan)
        if progress:
            progress(GoalProgress(len(result.evaluated), plan))
        return plan

    need = [probability]  # raised if a plan fails its confirmation

    def reached(p: Plan) -> bool:
        return p.p_goal >= need[0] - 1e-12

    position = {lv.key: 0 for lv in levers}

    def settings_of(pos: dict[str, int]) -> Settings:
        return {lv.key: lv.values[pos[lv.key]] for lv in levers if pos[lv.key] > 0}

    def climb(current: Plan, budget: int) -> Plan | None:
        """Greedy steps, best contact share per krona first, until the target is reached."""
        for _ in range(budget):
            if reached(current):
                return current
            best: tuple[float, str, Plan] | None = None
            for lv in levers:
                if position[lv.key] + 1 >= len(lv.values):
                    continue
                cand = evaluate(settings_of(dict(position, **{lv.key: position[lv.key] + 1})))
                gain = cand.contact.mean - current.contact.mean
                if gain <= 0:
                    continue
                score = gain / max(cand.cost - current.cost, 1.0)  # free steps that help come first
                if best is None or score > best[0]:
                    best = (score, lv.key, cand)
            if best is None:
                return None
            position[best[1]] += 1
            current = best[2]
        return current if reached(current) else None

    def trim(current: Plan) -> Plan:
        """Undo steps the target does not need, saving the most first."""
        while True:
            options = []
            for lv in levers:
                if position[lv.key] > 0:
                    cand = evaluate(settings_of(dict(position, **{lv.key: position[lv.key] - 1})))
                    if reached(cand) and cand.cost <= current.cost:
                        options.append((cand.cost, lv.key, cand))
            if not options:
                return current
            _, key, current = min(options, key=lambda o: o[0])
            position[key] -= 1

    found = climb(evaluate({}), max_steps)
    for _ in range(3):  # a plan must also hold with another seed
        if found is None:
            return result
        found = trim(found)
        result.plan = found
        result.confirmation = evaluate(found.settings, confirm_replications, seed + 1)
        if result.confirmation.p_goal >= probability - 1e-12:
            return result
        # Not confirmed with the other seed: ask more of the search and climb on from here.
        need[0] = min(1.0, need[0] + 0.1)
        found = climb(found, max_steps)
    return result


def describe(settings: Settings) -> str:
    """Settings as KEY=VALUE, comma-separated (as --set takes them)."""
    return ", ".join(f"{k}={v}" for k, v in settings.items()) or "utgångsläget"

