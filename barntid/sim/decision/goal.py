"""Goal seeking: the cheapest plan on the lever grid that reaches a contact-share target, checked independently.

- Cost is the budget (`price.budget`): every lever step has a price, so 'cheapest' is exact on the grid.
- Today is the main window's run of the scenario (its replications and seed, `cache.baseline`), the same
  figure the main window and the tornado show.
- The search tests grid points on k other replications (n..n+k-1, common random numbers): a point passes
  when in at least ceil(probability * k) of them the contact share reaches the target (and, with
  `keep_child_time`, children's time is at least today's in the same replication). A test stops as soon as
  its answer is certain. `lattice.Search` finds the cheapest passing point without testing them all.
- A plan holds when its run as the main window runs it (replications 0..n-1, none of them used by the
  search) reaches the target with at least the given probability (the share of replications that reach it)
  and, with `keep_child_time`, its mean children's time is at least today's. A plan that does not hold is
  set aside and the search goes on; after `max_confirmations` failures, or when no point passes, there is
  no plan and `nearest` is the candidate that came closest, run like a plan.
Same seed, same plan, serially or in parallel: every decision depends only on replications' numbers.
"""

from __future__ import annotations

import functools
import math
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field

import numpy as np

from barntid.sim.decision import lattice
from barntid.sim.decision.levers import SPLIT_FOR_CHILDREN, Lever, Settings, default_levers
from barntid.sim.decision.price import BUDGET_KEYS, budget
from barntid.sim.experiment.cache import ReplicationCache, baseline, shared
from barntid.sim.experiment.results import Estimate, ReplicationResult
from barntid.sim.experiment.runner import default_workers, make_pool
from barntid.sim.scenario.io import Problem, ScenarioError, get, with_changes
from barntid.sim.scenario.schema import Scenario

EPS = 1e-12


@dataclass(frozen=True)
class Candidate:
    """A grid point tested in the search, on few replications: contact and children's time are today's
    figure plus the mean paired difference (common random numbers)."""

    settings: Settings
    cost: float  # kr per year more than today, by the budget
    contact: float
    child: float
    p_goal: float  # share of its tested replications that pass
    replications: int
    passed: bool | None  # None: only looked at (one replication, to steer the search), not tested


@dataclass(frozen=True)
class Plan:
    """A plan (or today) run as the main window runs it."""

    settings: Settings
    cost: float  # kr per year more than today, by the budget
    contact: Estimate
    child: Estimate
    p_goal: float
    annual_cost: float  # the simulated annual cost (salaries as paid, overtime, consultants, recruitment)
    replications: int


@dataclass(frozen=True)
class GoalProgress:
    """Where a search is, as data: phase ('today', 'search', 'confirm', 'nearest'), grid points tested,
    replications run, an estimate of the seconds left (None until there is one) and the candidates so far."""

    phase: str
    tried: int
    replications: int
    seconds_left: float | None
    latest: Candidate | None = None
    evaluated: tuple[Candidate, ...] = ()
    elapsed: float = 0.0
    today: Plan | None = None


@dataclass
class GoalResult:
    target: float
    probability: float
    keep_child_time: bool
    today: Plan
    plan: Plan | None = None  # holds on the independent check
    nearest: Plan | None = None  # when there is no plan: the candidate that came closest
    rejected: list[Plan] = field(default_factory=list)  # passed the search, did not hold
    evaluated: list[Candidate] = field(default_factory=list)
    search_replications: int = 0
    grid_points: int = 0

    @property
    def frontier(self) -> list[Candidate]:
        return frontier(self.evaluated)

    def holds(self, p: Plan) -> bool:
        return p.p_goal >= self.probability - EPS and (not self.keep_child_time
                                                         or p.child.mean >= self.today.child.mean - EPS)


def frontier(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Candidates no other beats on both cost and contact share, cheapest first."""
    best: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: (c.cost, -c.contact)):
        if not best or c.contact > best[-1].contact + EPS:
            best.append(c)
    return best


def seek(
    scenario: Scenario,
    target: float = 0.20,
    probability: float = 0.80,
    levers: Sequence[Lever] | None = None,
    search_replications: int = 8,
    keep_child_time: bool = False,
    workers: int | None = None,
    pool: Executor | None = None,
    progress: Callable[[GoalProgress], None] | None = None,
    cache: ReplicationCache | None = None,
    max_confirmations: int = 3,
    batch: int = 2,
) -> GoalResult:
    """The cheapest plan on the grid of `levers` that holds (see the module's description), or the nearest."""
    if pool is None and (workers or default_workers()) > 1:
        with make_pool(workers) as own:
            return seek(scenario, target, probability, levers, search_replications, keep_child_time, 1, own,
                        progress, cache, max_confirmations, batch)
    return _Seeker(scenario, target, probability, list(levers if levers is not None else default_levers(scenario)),
                   search_replications, keep_child_time, pool, progress, cache or shared,
                   max_confirmations, batch).run()


class _Seeker:
    def __init__(self, sc: Scenario, target: float, probability: float, levers: list[Lever], k: int,
                 keep_child: bool, pool: Executor | None, progress: Callable[[GoalProgress], None] | None,
                 cache: ReplicationCache, max_confirmations: int, batch: int) -> None:
        self.sc, self.target, self.probability, self.levers = sc, target, probability, levers
        self.keep_child, self.pool, self.progress, self.cache = keep_child, pool, progress, cache
        self.max_confirmations, self.batch = max_confirmations, max(1, batch)
        self.seed, self.n = sc.simulation.seed, sc.simulation.replications
        self.k = max(1, k)
        self.search_reps = list(range(self.n, self.n + self.k))
        self.need = max(1, math.ceil(probability * self.k - 1e-9))
        self.phase = "today"
        self.runs = 0
        self.started = time.monotonic()
        self.candidates: dict[int, Candidate] = {}
        self.plans: dict[int, Plan] = {}
        self.search: lattice.Search | None = None
        self.today_search: dict[int, tuple[float, float]] = {}
        self.batch_left = self.n + self.k + len(levers)  # still to come of the block, a check or the nearest

    # -- evaluation ------------------------------------------------------------------------------------
    def replications(self, sc: Scenario, reps: Sequence[int]) -> list[ReplicationResult]:
        before = self.cache.runs
        out = self.cache.replications(sc, reps, self.seed, self.pool)
        self.runs += self.cache.runs - before
        return out

    def settings(self, i: int) -> Settings:
        return self.settings_at(self.grid.points[i])

    def settings_at(self, point: Sequence[int]) -> Settings:
        values = {lv.key: lv.values[int(j)] for lv, j in zip(self.levers, point, strict=True)}
        return {k: v for k, v in values.items() if v != get(self.sc, k)}

    def peek_points(self) -> list[tuple[int, ...]]:
        """Each lever alone at its highest value (a first look, see `peek`)."""
        return [tuple(len(lv.values) - 1 if j == i else 0 for j in range(len(self.levers)))
                for i, lv in enumerate(self.levers) if len(lv.values) > 1]

    def scenario(self, settings: Settings) -> Scenario:
        return with_changes(self.sc, settings) if settings else self.sc

    def plan(self, settings: Settings, cost: float) -> Plan:
        if not settings:
            res = self.today_result
        else:
            sc = self.scenario(settings)
            self.run_batch([(sc, range(self.n))])
            res = baseline(sc, self.pool, self.cache)  # kept now
        k = res.kpis
        p = float(np.mean(res.kpi_values("contact_share") >= self.target - EPS)) if res.replications else math.nan
        return Plan(settings, cost, k["contact_share"], k["child_contact_share"], p, k["annual_cost_sek"].mean,
                    len(res.replications))

    def ok(self, rep: ReplicationResult) -> bool:
        if rep.kpis["contact_share"] < self.target - EPS:
            return False
        today = self.today_search[rep.replication][1]
        return not self.keep_child or rep.kpis["child_contact_share"] >= today - EPS

    def today_at(self, reps: Sequence[int]) -> dict[int, tuple[float, float]]:
        """Today's contact share and children's time in search replications (run when first needed)."""
        missing = [r for r in reps if r not in self.today_search]
        for r in self.replications(self.sc, missing):
            self.today_search[r.replication] = (r.kpis["contact_share"], r.kpis["child_contact_share"])
        return {r: self.today_search[r] for r in reps}

    def candidate(self, i: int, done: list[ReplicationResult], passed: bool | None) -> Candidate:
        today = self.today_at([r.replication for r in done])
        good = sum(self.ok(r) for r in done)
        diff = [r.kpis["contact_share"] - today[r.replication][0] for r in done]
        cdiff = [r.kpis["child_contact_share"] - today[r.replication][1] for r in done]
        c = Candidate(self.settings(i), float(self.grid.cost[i]), self.today.contact.mean + float(np.mean(diff)),
                      self.today.child.mean + float(np.mean(cdiff)), good / len(done), len(done), passed)
        self.candidates[i] = c
        self.report(c)
        return c

    def test(self, i: int) -> bool:
        """Does grid point i pass on the search replications? Stops as soon as the answer is certain."""
        sc = self.scenario(self.settings(i))
        done: list[ReplicationResult] = []
        good = 0
        while len(done) < self.k and good < self.need and len(done) - good <= self.k - self.need:
            # No more than could settle it: the successes still needed, or the failures that would fail it.
            settle = min(self.need - good, self.k - self.need + 1 - (len(done) - good))
            # On a pool, a full batch even when fewer could settle it: the other cores would idle, and the
            # extra replications only sharpen the candidate's figures (pass or fail is the same).
            width = self.batch if self.pool is not None else max(1, min(self.batch, settle))
            start = len(done)
            done += self.replications(sc, self.search_reps[start:start + width])
            self.today_at([r.replication for r in done])
            good = sum(self.ok(r) for r in done)
        return bool(self.candidate(i, done, good >= self.need).passed)

    def peek(self, points: Sequence[int]) -> None:
        """One search replication of each point (run in the first block): a first look for `chance`, not a
        test."""
        rep = self.search_reps[0]
        for i in points:
            self.candidate(i, self.replications(self.scenario(self.settings(i)), [rep]), None)

    def confirm(self, i: int) -> bool:
        self.phase, self.batch_left = "confirm", self.n
        self.report(None)
        p = self.plan(self.settings(i), float(self.grid.cost[i]))
        self.plans[i] = p
        self.phase = "search"
        return self.result.holds(p)

    # -- progress --------------------------------------------------------------------------------------
    def report(self, latest: Candidate | None) -> None:
        if self.progress is None:
            return
        self.progress(GoalProgress(self.phase, len(self.candidates), self.runs, self.seconds_left(), latest,
                                   tuple(self.candidates.values()), time.monotonic() - self.started,
                                   getattr(self, "today", None)))

    def seconds_left(self) -> float | None:
        """A rough estimate: the replications still expected times the time one has taken so far. The tests
        still to come are taken as half a bisection of the points still open, each costing what the tests so
        far cost on average (before any, halfway between a failing and a passing test)."""
        if self.runs == 0:
            return None
        per_run = (time.monotonic() - self.started) / self.runs
        tested = [c.replications for c in self.candidates.values() if c.passed is not None]
        per_test = sum(tested) / len(tested) if tested else (self.need + 2) / 2
        open_points = self.search.left() if self.search is not None else math.prod(len(lv.values)
                                                                                    for lv in self.levers)
        tests = 0.5 * math.log2(1 + open_points) * per_test
        left: float
        if self.phase == "today":
            left = self.batch_left + tests + self.n
        elif self.phase in ("confirm", "nearest"):
            left = self.batch_left
        else:
            left = tests + self.n
        return max(0.0, left * per_run)

    def run_batch(self, jobs: Sequence[tuple[Scenario, Sequence[int]]]) -> None:
        """Run what is missing of `jobs` at once on the pool, reporting progress after each replication."""
        def each(left: int) -> None:
            self.runs += 1
            self.batch_left = left
            self.report(None)

        self.cache.fill(jobs, self.seed, self.pool, each)

    def chance(self) -> np.ndarray:
        """Each grid point's chance of passing, from an additive fit of the candidates so far (it only
        orders the probes; every decision is a test)."""
        if not self.candidates:
            return np.full(len(self.grid), 0.5)
        sizes = np.maximum(1, np.array(self.grid.sizes) - 1)
        x = np.c_[np.ones(len(self.grid)), self.grid.points / sizes]
        idx = list(self.candidates)
        a = x[idx]
        ridge = 1e-6 * np.eye(a.shape[1])
        rep_sd = max(0.002, float(np.std(self.today_result.kpi_values("contact_share"))))
        spread = math.hypot(rep_sd, 0.004)

        def fit(values: list[float]) -> np.ndarray:
            beta = np.linalg.solve(a.T @ a + ridge, a.T @ np.array(values))
            out: np.ndarray = x @ beta
            return out

        q = _phi((fit([c.contact for c in self.candidates.values()]) - self.target) / spread)
        if self.keep_child:
            q = q * _phi((fit([c.child for c in self.candidates.values()]) - self.today.child.mean) / spread)
        return _at_least(self.need, self.k, q)

    # -- the search ------------------------------------------------------------------------------------
    def run(self) -> GoalResult:
        sizes = [len(lv.values) for lv in self.levers]
        if math.prod(sizes) > lattice.MAX_POINTS:
            raise ScenarioError([Problem("--lever", f"hävstängerna ger {math.prod(sizes)} kombinationer; högst "
                                                    f"{lattice.MAX_POINTS}. Minska intervallen eller öka stegen")])
        self.report(None)
        # The first block, all on the pool at once: today as the main window runs it, today on the search's
        # replications (to pair with) and the first look at each lever; none of it depends on the rest.
        block = [(self.sc, [*range(self.n), *self.search_reps])]
        block += [(self.scenario(self.settings_at(p)), self.search_reps[:1]) for p in self.peek_points()]
        self.run_batch(block)
        self.today_result = baseline(self.sc, self.pool, self.cache)
        self.today_at(self.search_reps)
        vacancy = self.today_result.kpis["vacancy_rate"].mean
        vacancy = vacancy if math.isfinite(vacancy) else 0.0
        base_cost = budget(self.sc, vacancy)

        priced = [i for i, lv in enumerate(self.levers) if lv.key in BUDGET_KEYS]

        @functools.cache
        def priced_cost(point: tuple[int, ...]) -> float:
            changes = {self.levers[i].key: self.levers[i].values[j] for i, j in zip(priced, point, strict=True)}
            return budget(self.sc, vacancy, changes) - base_cost

        def cost(point: tuple[int, ...]) -> float:
            return priced_cost(tuple(point[i] for i in priced))

        self.grid = lattice.Grid(sizes, cost, [i for i, lv in enumerate(self.levers)
                                               if self.keep_child and lv.key in SPLIT_FOR_CHILDREN])
        self.today = self.plan({}, 0.0)
        self.result = GoalResult(self.target, self.probability, self.keep_child, self.today,
                                 search_replications=self.k, grid_points=len(self.grid))
        self.phase = "search"
        self.report(None)
        self.peek([self.grid.index(p) for p in self.peek_points()])
        self.search = lattice.Search(self.grid, self.test, self.confirm, self.max_confirmations, self.chance,
                                     (float(self.need), 2.0))
        found = self.search.run()
        res = self.result
        res.evaluated = list(self.candidates.values())
        res.rejected = [self.plans[i] for i in self.search.rejected]
        if found is not None:
            res.plan = self.plans[found]
        else:
            res.nearest = self.nearest()
        return res

    def nearest(self) -> Plan | None:
        """The plan that came closest: a set-aside plan with the highest probability, else the tested point
        with the highest probability and contact share, run like a plan."""
        if self.result.rejected:
            return max(self.result.rejected, key=lambda p: (p.p_goal, p.contact.mean))
        if not self.candidates:
            return None
        i = max(self.candidates, key=lambda j: (self.candidates[j].p_goal, self.candidates[j].contact,
                                                -self.grid.rank[j]))
        self.phase, self.batch_left = "nearest", self.n
        self.report(None)
        return self.plan(self.candidates[i].settings, self.candidates[i].cost)



def _phi(z: np.ndarray) -> np.ndarray:
    erf = np.frompyfunc(math.erf, 1, 1)
    out: np.ndarray = 0.5 * (1 + erf(np.clip(z, -30, 30) / math.sqrt(2)).astype(float))
    return out


def _at_least(need: int, k: int, q: np.ndarray) -> np.ndarray:
    """P(at least `need` of `k` independent trials succeed), each with probability q."""
    out: np.ndarray = sum((math.comb(k, j) * q**j * (1 - q) ** (k - j) for j in range(need, k + 1)),
                          np.zeros_like(q))
    return out
