"""Finished runs kept in memory, so an identical scenario is never run twice (no Qt here).

A run is identified by the scenario's content (its canonical JSON, hashed), the seed and the number of
replications: replication r always uses random streams from (seed, r), so a kept result is exactly what a
fresh run would give, serially or in parallel. The cache is shared between the GUI thread and background jobs
(theme day's precompute), hence the lock. It is bounded by weight, replications times weeks (a result's
weekly series are most of its memory): the least recently used results go first when it is full.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict

from barntid.sim.experiment.results import ExperimentResult
from barntid.sim.scenario.io import to_dict
from barntid.sim.scenario.schema import Scenario

CACHE_WEIGHT = 120_000
"""Replication-weeks kept: 25 runs of 30 replications over 3 years, some 60 MB."""

Key = tuple[str, int, int]


def run_key(scenario: Scenario, replications: int) -> Key:
    """(content hash, seed, replications): equal exactly when a run would give the same numbers."""
    text = json.dumps(to_dict(scenario), sort_keys=True, default=str, ensure_ascii=False)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return digest, scenario.simulation.seed, replications


def weight(result: ExperimentResult) -> int:
    """Replications times weeks: what a result costs to keep."""
    weeks = max((len(s) for r in result.replications[:1] for s in r.series.values()), default=0)
    return len(result.replications) * max(1, weeks)


class ResultCache:
    """Finished results by `run_key` up to a total `weight` (the newest is always kept), least recently used
    dropped first; thread-safe."""

    def __init__(self, max_weight: int = CACHE_WEIGHT) -> None:
        self.max_weight = max_weight
        self._items: OrderedDict[Key, ExperimentResult] = OrderedDict()
        self._weight = 0
        self._lock = threading.Lock()

    def get(self, scenario: Scenario, replications: int) -> ExperimentResult | None:
        key = run_key(scenario, replications)
        with self._lock:
            result = self._items.get(key)
            if result is not None:
                self._items.move_to_end(key)
            return result

    def __contains__(self, request: tuple[Scenario, int]) -> bool:
        with self._lock:
            return run_key(*request) in self._items

    def put(self, result: ExperimentResult, replications: int) -> None:
        """Keep a finished result (all `replications` of it; a partial one is never kept)."""
        if len(result.replications) != replications:
            return
        key = run_key(result.scenario, replications)
        with self._lock:
            old = self._items.pop(key, None)
            self._weight += weight(result) - (weight(old) if old is not None else 0)
            self._items[key] = result
            while self._weight > self.max_weight and len(self._items) > 1:
                _key, dropped = self._items.popitem(last=False)
                self._weight -= weight(dropped)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._weight = 0

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)
