"""The search on the lever grid: the first point, in order of cost, that passes a test.

A point holds one value index per lever. `Grid` ranks every point by (cost, number of levers changed, the
indices): the answer is the best-ranked point that passes `test` and then `confirm`, exactly what testing
every point would give. Testing every point is not needed because the test is monotone: among points with
the same values of the `split` levers (a lever that can also hurt, such as pair visits when children's time
must not fall), a point above a passing point passes and a point below a failing point fails (more of a
lever never lowers the contact share). So each probe decides many points: a failing probe every point below
it, a passing probe becomes the plan to beat, and the probes are chosen to halve what is still open.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

MAX_POINTS = 500_000
"""The largest grid searched (combinations of lever values)."""

PASS, FAIL, OPEN = 1, -1, 0


class Grid:
    """Every combination of the levers' value indices, with its cost and rank."""

    def __init__(self, sizes: Sequence[int], cost: Callable[[tuple[int, ...]], float],
                 split: Sequence[int] = ()) -> None:
        self.sizes = tuple(sizes)
        self.points = np.array(list(np.ndindex(*self.sizes)), dtype=np.int32).reshape(-1, len(self.sizes))
        self.cost = np.array([cost(tuple(int(v) for v in p)) for p in self.points], dtype=float)
        self.split = [i for i in range(len(self.sizes)) if i in set(split)]
        self.mono = [i for i in range(len(self.sizes)) if i not in set(split)]
        changes = (self.points > 0).sum(axis=1)
        self.order = np.lexsort((np.arange(len(self.points)), changes, np.round(self.cost, 2)))
        self.rank = np.empty(len(self.points), dtype=np.int64)
        self.rank[self.order] = np.arange(len(self.points))
        self.strides = np.array([int(np.prod(self.sizes[i + 1:])) for i in range(len(self.sizes))], dtype=np.int64)

    def __len__(self) -> int:
        return len(self.points)

    def index(self, point: Sequence[int]) -> int:
        return int(np.dot(np.asarray(point, dtype=np.int64), self.strides))

    def below(self, i: int) -> np.ndarray:
        """Points at or below point i (same split values, every other lever at most as high)."""
        p, pts = self.points[i], self.points
        out: np.ndarray = np.all(pts[:, self.mono] <= p[self.mono], axis=1) & np.all(
            pts[:, self.split] == p[self.split], axis=1)
        return out

    def above(self, i: int) -> np.ndarray:
        p, pts = self.points[i], self.points
        out: np.ndarray = np.all(pts[:, self.mono] >= p[self.mono], axis=1) & np.all(
            pts[:, self.split] == p[self.split], axis=1)
        return out

    def lift(self, i: int, limit: int, first: int | None) -> int:
        """Raise point i step by step while its rank stays below `limit`: lever `first` as far as it goes,
        then the others in turn. The result is a highest point reachable within the limit."""
        p = [int(v) for v in self.points[i]]
        order = ([first] if first is not None else []) + [k for k in self.mono if k != first]
        moved = True
        while moved:
            moved = False
            for k in order:
                while p[k] + 1 < self.sizes[k]:
                    p[k] += 1
                    if self.rank[self.index(p)] >= limit:
                        p[k] -= 1
                        break
                    moved = True
                    if k != first:
                        break
            first = None
        return self.index(p)


@dataclass
class Search:
    """The state of one search: what is known of every point, and the probes made."""

    grid: Grid
    test: Callable[[int], bool]
    confirm: Callable[[int], bool]
    max_confirmations: int = 3
    chance: Callable[[], np.ndarray] | None = None
    """Each point's estimated chance of passing (a guess that only steers the order of the probes)."""
    test_cost: tuple[float, float] = (1.0, 1.0)
    """What a passing and a failing test cost (replications), for the same purpose."""
    first: Sequence[int] = ()
    """Points to test first (their results also feed `chance`)."""
    status: np.ndarray = field(init=False)
    excluded: np.ndarray = field(init=False)
    probes: list[int] = field(default_factory=list)
    rejected: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.status = np.zeros(len(self.grid), dtype=np.int8)
        self.excluded = np.zeros(len(self.grid), dtype=bool)

    def best_rank(self) -> int:
        ranks = self.grid.rank[(self.status == PASS) & ~self.excluded]
        return int(ranks.min()) if ranks.size else len(self.grid)

    def open_points(self, limit: int) -> np.ndarray:
        out: np.ndarray = (self.status == OPEN) & ~self.excluded & (self.grid.rank < limit)
        return out

    def left(self) -> int:
        """Points still open that could beat the best passing point so far."""
        return int(self.open_points(self.best_rank()).sum())

    def run(self) -> int | None:
        """The best-ranked point that passes the test and its confirmation, or None."""
        g = self.grid
        while True:
            limit = self.best_rank()
            open_ = self.open_points(limit)
            if not open_.any():
                if limit == len(g):
                    return None
                best = int(g.order[limit])
                if self.confirm(best):
                    return best
                self.rejected.append(best)
                self.excluded |= g.below(best)
                if len(self.rejected) >= self.max_confirmations:
                    return None
                continue
            queued = [i for i in self.first if open_[i] and i not in self.probes]
            z = queued[0] if queued else self.choose(open_, limit)
            self.probes.append(z)
            if self.test(z):
                self.status[g.above(z) & (self.status == OPEN)] = PASS
                self.status[z] = PASS
            else:
                self.status[g.below(z) & (self.status == OPEN)] = FAIL
                self.status[z] = FAIL

    def choose(self, open_: np.ndarray, limit: int) -> int:
        """The probe that decides the most open points per replication (in log terms, by the estimated chance
        of passing):
        a failing probe decides the open points below it, a passing one every open point ranked after it.
        The candidates are the highest points reachable from the cheapest open point within a few rank
        limits, and the cheapest open points likely to pass."""
        g = self.grid
        ranks = np.sort(g.rank[open_])
        y = int(g.order[ranks[0]])
        chance = self.chance() if self.chance is not None else np.full(len(g), 0.5)
        options = {y}
        for q in (0.15, 0.35, 0.6, 1.0):
            cap = limit if q >= 1.0 else int(ranks[min(len(ranks) - 1, int(q * len(ranks)))]) + 1
            options.update(g.lift(y, cap, first) for first in [None, *g.mono])
        ranked = g.order[ranks]
        for level in (0.5, 0.8, 0.95):
            likely = ranked[chance[ranked] >= level]
            if likely.size:
                options.add(int(likely[0]))
        best, score = y, -1.0
        for z in sorted(options, key=lambda i: int(g.rank[i])):
            if not open_[z]:
                continue
            p = float(chance[z])
            fail_gain = int((open_ & g.below(z)).sum())
            pass_gain = int((open_ & (g.rank > g.rank[z])).sum()) + 1
            # Log gains: like bisection, an even split is worth more than a long shot at a large one.
            s = (p * math.log1p(pass_gain) + (1 - p) * math.log1p(fail_gain)) / (
                p * self.test_cost[0] + (1 - p) * self.test_cost[1])
            if s > score:
                best, score = z, s
        return best
