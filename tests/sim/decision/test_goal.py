"""Goal seeking: the cheapest plan on the grid (as exhaustive search finds it), a plan that holds or the nearest
candidate, one 'today' with the main window and the tornado, and the same plan serially and in parallel."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from barntid.sim import run_experiment, with_changes
from barntid.sim.decision import lattice
from barntid.sim.decision.goal import GoalProgress, GoalResult, frontier, seek
from barntid.sim.decision.levers import Lever, parse_lever
from barntid.sim.decision.price import budget
from barntid.sim.decision.sensitivity import tornado
from barntid.sim.experiment.cache import ReplicationCache
from barntid.sim.experiment.runner import make_pool
from tests.helpers import short

SMALL = [Lever("staff.admin_fte", (1.0, 1.5, 2.0, 2.5)), Lever("measures.mobile_documentation", (False, True)),
         Lever("measures.checklists", (False, True))]


def exhaustive(grid: lattice.Grid, passes: list[bool], holds: list[bool]) -> int | None:
    """Test every point: the first in rank order that passes the search test and holds."""
    return next((int(i) for i in grid.order if passes[i] and holds[i]), None)


@pytest.mark.parametrize("seed", range(12))
def test_lattice_search_equals_exhaustive_search_on_monotone_tests(seed: int) -> None:
    rng = np.random.default_rng(seed)
    sizes = tuple(int(v) for v in rng.integers(1, 5, size=int(rng.integers(2, 5))))
    prices = rng.choice([0.0, 1.0, 2.5, 4.0], size=len(sizes))
    split = [0] if seed % 3 == 0 else []
    grid = lattice.Grid(sizes, lambda p: float(np.dot(p, prices)), split)
    gains = rng.uniform(0.0, 1.0, size=len(sizes))
    flip = rng.uniform(-1, 1)  # the split lever may help or hurt

    def score(i: int, noise: float) -> float:
        p = grid.points[i]
        return float(sum(g * v for k, (g, v) in enumerate(zip(gains, p, strict=True)) if k not in split)
                     + (flip * p[0] if split else 0.0) + noise)

    need = rng.uniform(0.0, float(sum(g * (s - 1) for g, s in zip(gains, sizes, strict=True))) + 0.3)
    passes = [score(i, 0.0) >= need for i in range(len(grid))]
    holds = [score(i, -0.15) >= need for i in range(len(grid))]
    search = lattice.Search(grid, lambda i: passes[i], lambda i: holds[i], max_confirmations=len(grid))
    assert search.run() == exhaustive(grid, passes, holds)


def test_seek_finds_the_cheapest_plan_that_exhaustive_search_finds() -> None:
    sc = short(years=0.5, simulation__replications=4)
    cache = ReplicationCache()
    n, k = 4, 4
    points = list(itertools.product(*(range(len(lv.values)) for lv in SMALL)))
    with make_pool(2) as pool:
        runs = {p: [cache.replications(with_changes(sc, {lv.key: lv.values[j] for lv, j in zip(SMALL, p,
                                                                                                   strict=True)}),
                                       list(range(n + k)), sc.simulation.seed, pool)] for p in points}
        search = {p: sorted(r.kpis["contact_share"] for r in v[0][n:]) for p, v in runs.items()}
        target = float(np.percentile([s[1] for s in search.values()], 40))  # some points pass, some fail
        res = seek(sc, target, 0.75, SMALL, search_replications=k, pool=pool, cache=cache)
    need = math.ceil(0.75 * k)
    grid = lattice.Grid([len(lv.values) for lv in SMALL], lambda p: _cost(sc, p), [])
    index = [tuple(int(v) for v in grid.points[i]) for i in range(len(grid))]
    passes = [sum(v >= target - 1e-12 for v in search[p]) >= need for p in index]
    holds = [np.mean([r.kpis["contact_share"] >= target - 1e-12 for r in runs[p][0][:n]]) >= 0.75 - 1e-12
             for p in index]
    best = exhaustive(grid, passes, holds)
    assert best is not None and sum(passes) < len(grid), "the target should split the grid"
    expected = {lv.key: lv.values[j] for lv, j in zip(SMALL, index[best], strict=True) if j > 0}
    assert res.plan is not None and res.plan.settings == expected
    assert res.plan.cost == pytest.approx(_cost(sc, index[best]))
    assert res.holds(res.plan) and res.nearest is None
    assert len(res.evaluated) < len(grid) or len(grid) <= 16


def _cost(sc: object, p: tuple[int, ...]) -> float:
    from barntid.sim.scenario.schema import Scenario

    assert isinstance(sc, Scenario)
    changes = {lv.key: lv.values[j] for lv, j in zip(SMALL, p, strict=True)}
    return budget(sc, 0.0, changes) - budget(sc, 0.0)


def test_same_seed_same_plan_serially_and_in_parallel() -> None:
    sc = short(years=0.25, simulation__replications=3)
    serial = seek(sc, 0.12, 0.8, SMALL, search_replications=3, workers=1, cache=ReplicationCache())
    parallel = seek(sc, 0.12, 0.8, SMALL, search_replications=3, workers=2, cache=ReplicationCache())
    assert serial.plan == parallel.plan and serial.nearest == parallel.nearest
    assert serial.evaluated == parallel.evaluated and serial.today == parallel.today


def test_unreachable_target_gives_no_plan_but_the_nearest_candidate() -> None:
    sc = short(years=0.25, simulation__replications=3)
    res = seek(sc, target=0.9, probability=0.8, levers=SMALL, search_replications=3, workers=1,
               cache=ReplicationCache())
    assert res.plan is None and res.nearest is not None
    assert res.nearest.contact.mean < 0.9 and res.nearest.p_goal < 0.8
    assert res.nearest.contact.mean >= max(c.contact for c in res.evaluated) - 0.05  # the closest, not any


def test_children_time_can_be_kept() -> None:
    """Pair visits are free and raise the staff's contact time, but children's time falls (each meeting once)."""
    sc = short(years=0.25, simulation__replications=3)
    levers = [Lever("measures.pair_visits", (False, True)), *SMALL]
    cache = ReplicationCache()
    pair = run_experiment(with_changes(sc, {"measures.pair_visits": True}), replications=6, workers=1)
    today = run_experiment(sc, replications=3, workers=1)
    assert pair.kpis["child_contact_share"].mean < today.kpis["child_contact_share"].mean
    target = float(pair.kpi_values("contact_share").min()) - 1e-4  # pair visits alone reach it every time
    free = seek(sc, target, 0.8, levers, search_replications=3, workers=1, cache=cache)
    assert free.plan is not None and free.plan.settings == {"measures.pair_visits": True}
    kept = seek(sc, target, 0.8, levers, search_replications=3, keep_child_time=True, workers=1, cache=cache)
    assert kept.plan != free.plan
    shown = kept.plan or kept.nearest
    assert shown is not None
    if kept.plan is not None:
        assert kept.plan.child.mean >= kept.today.child.mean and kept.holds(kept.plan)


def test_today_is_the_main_windows_figure_in_goal_seeking_and_the_tornado() -> None:
    sc = short(years=0.25, simulation__replications=4)
    main_window = run_experiment(sc, workers=1)  # what Kör shows: the scenario's replications and seed
    cache = ReplicationCache()
    res = seek(sc, 0.9, 0.8, SMALL[:1], search_replications=2, workers=1, cache=cache)
    t = tornado(sc, ["staff.admin_fte"], replications=2, workers=1, cache=cache)
    fresh = tornado(sc, ["staff.admin_fte"], replications=2, workers=1, cache=ReplicationCache())
    figure = main_window.kpis["contact_share"].mean
    assert res.today.contact.mean == figure == t.base == fresh.base
    assert res.today.child.mean == main_window.kpis["child_contact_share"].mean
    assert res.today.replications == 4


def test_cost_is_a_price_per_lever_step() -> None:
    sc = short()
    c = sc.costs
    post = c.social_worker_salary * 12 * (1 + c.employer_fee)
    assert budget(sc, 0.1, {"staff.social_workers": sc.staff.social_workers + 2}) - budget(sc, 0.1) == \
        pytest.approx(2 * post)
    assert budget(sc, 0.1, {"measures.pair_visits": True}) == budget(sc, 0.1)
    consultants = budget(sc, 0.1, {"turnover.consultant_policy": "after"}) - budget(sc, 0.1)
    assert consultants == pytest.approx(0.1 * sc.staff.social_workers * (c.consultant_monthly - post / 12) * 12)


def test_frontier_is_cheapest_first_and_rising() -> None:
    res = GoalResult(0.2, 0.8, False, None)  # type: ignore[arg-type]
    from barntid.sim.decision.goal import Candidate

    res.evaluated = [Candidate({}, c, v, v, 0, 1, False) for c, v in [(3, 0.15), (1, 0.12), (2, 0.11), (5, 0.2)]]
    front = frontier(res.evaluated)
    assert [(c.cost, c.contact) for c in front] == [(1, 0.12), (3, 0.15), (5, 0.2)]
    assert all(a.cost <= b.cost and a.contact < b.contact for a, b in itertools.pairwise(front))


def test_parse_lever_validates_against_schema() -> None:
    from barntid.sim import ScenarioError

    sc = short()
    assert parse_lever(sc, "staff.admin_fte=1:2:0.5").values == (1.0, 1.5, 2.0)
    assert parse_lever(sc, "measures.pair_visits=false,true").values == (False, True)
    with pytest.raises(ScenarioError, match=r"staff\.admin_fte"):
        parse_lever(sc, "staff.admin_fte=1:500:100")


def test_fill_runs_several_scenarios_at_once_and_nothing_twice() -> None:
    """The first block of a search: today and the first looks submitted together; what is kept is not run
    again, and every replication equals the one run on its own (replication r draws from (seed, r))."""
    sc = short(years=0.25, simulation__replications=3)
    more = with_changes(sc, {"staff.admin_fte": 2.0})
    cache = ReplicationCache()
    cache.replications(sc, [0], 2015)
    left: list[int] = []
    with make_pool(2) as pool:
        ran = cache.fill([(sc, [0, 1, 2]), (more, [1, 1]), (sc, [2])], 2015, pool, left.append)
    assert ran == 3 and cache.runs == 4 and sorted(left, reverse=True) == [2, 1, 0]
    alone = ReplicationCache()
    for s, r in ((sc, 1), (sc, 2), (more, 1)):
        assert cache.get(s, 2015, [r])[r] == alone.replications(s, [r], 2015)[0]


def test_time_left_counts_the_check_down_replication_by_replication() -> None:
    """The check of a plan is reported after each of its replications, from its full length down (it said
    '0 s left' at the start of a check that then took a quarter of the search)."""
    sc = short(years=0.25, simulation__replications=4)
    seen: list[GoalProgress] = []
    res = seek(sc, 0.9, 0.8, SMALL, search_replications=2, workers=1, cache=ReplicationCache(),
               progress=seen.append)
    assert res.plan is None and res.nearest is not None and res.nearest.settings  # the nearest is run like a plan
    nearest = [p for p in seen if p.phase == "nearest"]
    assert len(nearest) >= 4 + 1  # its start, then each of its 4 replications
    lefts = [p.seconds_left for p in nearest]
    first = lefts[0]
    assert all(t is not None for t in lefts) and first is not None and first > 0 and lefts[-1] == 0.0
    today = [p for p in seen if p.phase == "today" and p.seconds_left is not None]
    assert len(today) >= 4  # the first block reports each replication too
